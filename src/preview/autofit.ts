/**
 * The width that fits a column's contents, as Excel's double-click on a column edge gives:
 * the widest text the column shows (its header letter included), measured in the grid's font.
 */
import type { WorkbookModel } from "./workbookModel";

/** Rows measured at most: a 1,048,576-row column fits by its first rows, never stalls. */
const MAX_ROWS_MEASURED = 20_000;
/** Room for a cell's padding and border either side of its text. */
const CELL_PADDING = 14;
const MIN_WIDTH = 24;
const MAX_WIDTH = 1000;

let canvas: HTMLCanvasElement | null = null;

function textWidth(text: string, font: string): number {
  canvas ??= document.createElement("canvas");
  const context = canvas.getContext("2d");
  if (!context) return text.length * 7;
  context.font = font;
  return context.measureText(text).width;
}

/** The fitting width in pixels, or null for a column with nothing in it (left as it is). */
export function autofitWidth(model: WorkbookModel, sheet: string, col: number): number | null {
  const sample = document.querySelector<HTMLElement>("[role=gridcell]");
  const font = sample ? getComputedStyle(sample).font : "13px system-ui, sans-serif";
  const rows = Math.min(model.usedSize(sheet).rows, MAX_ROWS_MEASURED);
  let widest = 0;
  for (let row = 0; row < rows; row++) {
    const text = model.display(sheet, { row, col }).text;
    if (text !== "") widest = Math.max(widest, textWidth(text, font));
  }
  if (widest === 0) return null;
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + CELL_PADDING)));
}
