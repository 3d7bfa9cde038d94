/**
 * Rows and columns inserted and deleted: formulas follow (the engine), and so do formats,
 * widths and tables (src/preview/rowsColumns.ts), as in Excel.
 */
import { ColumnLayout, COLUMN_WIDTH } from "../../src/preview/gridLayout";
import { movedTable, movedIndex } from "../../src/preview/rowsColumns";
import type { TableInfo } from "../../src/preview/snapshot";
import { WorkbookModel } from "../../src/preview/workbookModel";

const table: TableInfo = {
  name: "T",
  sheet: "S",
  range: { start: { row: 2, col: 1 }, end: { row: 5, col: 3 } },
  headers: ["A", "B", "C"],
};

it("moves indices past an insertion and drops deleted ones", () => {
  expect(movedIndex(4, { axis: "rows", at: 2, count: 3 })).toBe(7);
  expect(movedIndex(1, { axis: "rows", at: 2, count: 3 })).toBe(1);
  expect(movedIndex(3, { axis: "rows", at: 2, count: -2 })).toBeNull();
  expect(movedIndex(4, { axis: "rows", at: 2, count: -2 })).toBe(2);
});

it("grows, moves, shrinks and removes tables as Excel does", () => {
  const range = (t: TableInfo | null) =>
    t && [t.range.start.row, t.range.end.row, t.range.start.col, t.range.end.col];
  expect(range(movedTable(table, { axis: "rows", at: 0, count: 2 }))).toEqual([4, 7, 1, 3]);
  expect(range(movedTable(table, { axis: "rows", at: 4, count: 2 }))).toEqual([2, 7, 1, 3]);
  expect(range(movedTable(table, { axis: "rows", at: 6, count: 2 }))).toEqual([2, 5, 1, 3]);
  expect(range(movedTable(table, { axis: "rows", at: 3, count: -2 }))).toEqual([2, 3, 1, 3]);
  expect(range(movedTable(table, { axis: "rows", at: 3, count: -10 }))).toEqual([2, 3, 1, 3]);
  expect(movedTable(table, { axis: "rows", at: 2, count: -1 })).toBeNull();
  const narrower = movedTable(table, { axis: "columns", at: 2, count: -1 });
  expect([range(narrower), narrower?.headers]).toEqual([
    [2, 5, 1, 2],
    ["A", "C"],
  ]);
  const wider = movedTable(table, { axis: "columns", at: 2, count: 2 });
  expect(wider?.headers).toEqual(["A", "Column1", "Column2", "B", "C"]);
  expect(movedTable(table, { axis: "columns", at: 0, count: -5 })).toBeNull();
});

it("formulas, formats and widths follow inserted and deleted rows and columns", () => {
  const model = new WorkbookModel();
  model.setCells("Sheet1", { row: 0, col: 0 }, [
    [1, 2, "=A1+B1"],
    [3, 4, "=SUM(A1:B2)"],
  ]);
  model.setFormat("Sheet1", { row: 1, col: 2 }, "0.0");
  model.setColumnWidth("Sheet1", 2, 150);
  model.insertLines("Sheet1", "columns", 1, 1);
  expect(model.getInput("Sheet1", { row: 0, col: 3 })).toBe("=A1+C1");
  expect(model.getFormat("Sheet1", { row: 1, col: 3 })).toBe("0.0");
  expect(model.columnWidth("Sheet1", 3)).toBe(150);
  model.insertLines("Sheet1", "rows", 1, 2);
  expect(model.getInput("Sheet1", { row: 3, col: 3 })).toBe("=SUM(A1:C4)");
  expect(model.getPlainValue("Sheet1", { row: 3, col: 3 })).toBe(10);
  model.deleteLines("Sheet1", "rows", 0, 1);
  expect(model.getInput("Sheet1", { row: 2, col: 3 })).toBe("=SUM(A1:C3)");
  model.undo();
  model.deleteLines("Sheet1", "columns", 0, 1);
  expect(model.getInput("Sheet1", { row: 0, col: 2 })).toBe("=#REF!+B1");
});

it("lays out resized columns: left edges and the column under a point", () => {
  const layout = new ColumnLayout(
    new Map([
      [1, 40],
      [3, 250],
    ]),
  );
  expect([0, 1, 2, 3, 4].map((c) => layout.left(c))).toEqual([0, 100, 140, 240, 490]);
  expect([0, 99, 100, 139, 140, 239, 240, 489, 490, 590].map((x) => layout.columnAt(x))).toEqual([
    0, 0, 1, 1, 2, 2, 3, 3, 4, 5,
  ]);
  const plain = new ColumnLayout(new Map());
  expect(plain.columnAt(COLUMN_WIDTH * 16_000 + 1)).toBe(16_000);
});
