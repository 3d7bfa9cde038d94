/**
 * Workbooks as the workbench holds them: a WorkbookModel (the engine, its spill tracker and the
 * bridge's functions), opened from sheets of raw contents the way a saved or imported workbook
 * opens. The benchmarks time what a workbench user's actions call on it.
 */
import type { RawCellContent } from "hyperformula";
import type { SheetCell } from "../src/preview/snapshot";
import { WorkbookModel } from "../src/preview/workbookModel";

export type Grid = RawCellContent[][];

function cellsOf(grid: Grid): SheetCell[] {
  const cells: SheetCell[] = [];
  grid.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content !== null && content !== undefined && content !== "") cells.push([r, c, content]);
    }),
  );
  return cells;
}

/** A workbook holding `sheets` (by name, in order), as reopening a saved one builds it. */
export function openWorkbook(sheets: Readonly<Record<string, Grid>>): WorkbookModel {
  const model = new WorkbookModel();
  model.restore({
    name: "Benchmark",
    sheets: Object.entries(sheets).map(([name, grid]) => ({ name, cells: cellsOf(grid) })),
    formats: {},
    tables: [],
    charts: [],
    settings: [],
  });
  return model;
}

/** The sheet's values, errors as their Excel text, as the grid shows them. */
export function sheetValues(model: WorkbookModel, sheet: string): unknown[][] {
  const { rows, cols } = model.usedSize(sheet);
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: cols }, (_, col) => model.getPlainValue(sheet, { row, col })),
  );
}
