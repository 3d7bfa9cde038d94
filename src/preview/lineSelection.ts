/**
 * Whole rows and columns as Excel selects them (from their headers, Shift+Space, Ctrl+Space),
 * and what Insert and Delete act on: the selected rows or columns, or for a selection of
 * cells, their rows (Excel asks; the workbench's context menu offers both).
 */
import { parseCell, type RangeRef } from "../workbook/a1";
import { LAST_COL, LAST_ROW } from "./gridNavigation";
import type { Axis } from "./rowsColumns";
import type { WorkbookModel } from "./workbookModel";

export const wholeRows = (range: RangeRef): RangeRef => ({
  start: { row: range.start.row, col: 0 },
  end: { row: range.end.row, col: LAST_COL },
});

export const wholeColumns = (range: RangeRef): RangeRef => ({
  start: { row: 0, col: range.start.col },
  end: { row: LAST_ROW, col: range.end.col },
});

export const isWholeColumns = (range: RangeRef): boolean =>
  range.start.row === 0 && range.end.row === LAST_ROW;

export const isWholeRows = (range: RangeRef): boolean =>
  range.start.col === 0 && range.end.col === LAST_COL;

/** The lines Insert or Delete acts on for a selection: whole columns selected, else rows. */
export function linesOf(range: RangeRef, axis?: Axis): { axis: Axis; at: number; count: number } {
  const chosen = axis ?? (isWholeColumns(range) && !isWholeRows(range) ? "columns" : "rows");
  return chosen === "rows"
    ? { axis: chosen, at: range.start.row, count: range.end.row - range.start.row + 1 }
    : { axis: chosen, at: range.start.col, count: range.end.col - range.start.col + 1 };
}

/** Inserts (before the selection) or deletes the selection's rows or columns. */
export function changeSelectedLines(
  model: WorkbookModel,
  sheet: string,
  range: RangeRef,
  action: "insert" | "delete",
  axis?: Axis,
): void {
  const lines = linesOf(range, axis);
  if (action === "insert") model.insertLines(sheet, lines.axis, lines.at, lines.count);
  else model.deleteLines(sheet, lines.axis, lines.at, lines.count);
}

/**
 * Selects whole rows or columns from a header: the one clicked, or (Shift) from the active
 * cell's to it, the active cell staying where it is.
 */
export function selectLines(
  model: WorkbookModel,
  axis: Axis,
  index: number,
  extend: boolean,
): void {
  const { sheet, active } = model.selection;
  const from = extend ? (axis === "rows" ? active.row : active.col) : index;
  const [first, last] = [Math.min(from, index), Math.max(from, index)];
  const range =
    axis === "rows"
      ? wholeRows({ start: { row: first, col: 0 }, end: { row: last, col: 0 } })
      : wholeColumns({ start: { row: 0, col: first }, end: { row: 0, col: last } });
  const start = axis === "rows" ? { row: index, col: 0 } : { row: 0, col: index };
  model.select(sheet, range, extend ? active : start);
}

/** A right-click outside the selection selects what it is on first (a cell, a row, a column). */
export function selectForMenu(model: WorkbookModel, target: HTMLElement): void {
  const { sheet, range } = model.selection;
  const on = target.closest<HTMLElement>("[data-address], [data-row], [data-col]");
  if (!on) return;
  const inRows = (row: number) => row >= range.start.row && row <= range.end.row;
  const inCols = (col: number) => col >= range.start.col && col <= range.end.col;
  const ref = on.dataset.address ? parseCell(on.dataset.address) : null;
  if (ref && !(inRows(ref.row) && inCols(ref.col))) model.selectCell(sheet, ref);
  if (on.dataset.row !== undefined) {
    const row = Number(on.dataset.row);
    if (!(inRows(row) && isWholeRows(range))) selectLines(model, "rows", row, false);
  }
  if (on.dataset.col !== undefined) {
    const col = Number(on.dataset.col);
    if (!(inCols(col) && isWholeColumns(range))) selectLines(model, "columns", col, false);
  }
}
