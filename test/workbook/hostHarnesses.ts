/**
 * The three WorkbookHost implementations behind one test interface, so that one contract
 * (./hostContract.test.ts) runs against each: the Excel host over the Excel model in
 * test/office/excelMock.ts, the workbench host over its HyperFormula model, and the in-memory
 * host the component tests use.
 */
import { createExcelWorkbook } from "../../src/office/excelWorkbook";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { WorkbookModel } from "../../src/preview/workbookModel";
import { blockRange, cellAddress, requireCell, requireRange } from "../../src/workbook/a1";
import type { CellValue, WorkbookHost } from "../../src/workbook/types";
import { ExcelMock } from "../office/excelMock";
import { FakeHost } from "../taskpane/fakeHost";

export interface UserTable {
  name: string;
  topLeft: string;
  headers: string[];
  rows: CellValue[][];
}

export interface ChartSeen {
  title: string;
  series: string[];
}

export interface HostHarness {
  host: WorkbookHost;
  /** A sheet the user made, with values as typed (numbers, plain text, blanks). */
  addUserSheet(name: string, cells?: Record<string, CellValue>): void;
  /** A table the user made on one of their sheets. */
  addUserTable(sheet: string, table: UserTable): void;
  /** What a cell shows; null when empty. */
  value(sheet: string, address: string): CellValue;
  /** A cell's formula, or null when it holds a value. */
  formula(sheet: string, address: string): string | null;
  /** Every filled cell on a sheet, by address. */
  cells(sheet: string): Record<string, CellValue>;
  sheetNames(): string[];
  tableNames(): string[];
  charts(sheet: string): ChartSeen[];
}

function cellsOfTable(table: UserTable): Record<string, CellValue> {
  const start = requireCell(table.topLeft);
  const cells: Record<string, CellValue> = {};
  [table.headers, ...table.rows].forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) cells[cellAddress({ row: start.row + r, col: start.col + c })] = value;
    }),
  );
  return cells;
}

export function excelHarness(): HostHarness {
  const excel = new ExcelMock({ sheets: ["Sheet1"] });
  return {
    host: createExcelWorkbook(excel.run, { runInContext: excel.runInContext }),
    addUserSheet: (name, cells = {}) => excel.addUserSheet(name, cells),
    addUserTable: (sheet, table) => excel.addUserTable({ ...table, sheet }),
    value: (sheet, address) => excel.value(sheet, address),
    formula: (sheet, address) => excel.formula(sheet, address),
    cells: (sheet) =>
      Object.fromEntries(
        Object.entries(excel.snapshot(sheet))
          .filter(([, cell]) => cell.value !== null || cell.formula)
          .map(([address, cell]) => [address, cell.formula ?? cell.value]),
      ),
    sheetNames: () => excel.sheets.map((s) => s.name),
    tableNames: () => excel.tables.map((t) => t.name),
    charts: (sheet) =>
      excel.sheet(sheet).charts.map((c) => ({
        title: c.title ?? "",
        series: c.series.map((s) => s.name),
      })),
  };
}

export function workbenchHarness(): HostHarness {
  const model = new WorkbookModel();
  const address = (sheet: string, a1: string) => ({
    sheet: model.sheetId(sheet),
    ...requireCell(a1),
  });
  return {
    host: new PreviewWorkbook(model, null),
    addUserSheet: (name, cells = {}) => {
      model.hf.addSheet(name);
      for (const [a1, value] of Object.entries(cells))
        model.setCells(name, requireCell(a1), [[value]]);
    },
    addUserTable: (sheet, table) => {
      model.setCells(sheet, requireCell(table.topLeft), [table.headers, ...table.rows]);
      model.addTable({
        name: table.name,
        sheet,
        range: blockRange(table.topLeft, table.rows.length + 1, table.headers.length),
        headers: [...table.headers],
      });
    },
    value: (sheet, a1) => model.getPlainValue(sheet, requireCell(a1)),
    formula: (sheet, a1) => model.hf.getCellFormula(address(sheet, a1)) ?? null,
    cells: (sheet) => {
      const out: Record<string, CellValue> = {};
      const { rows, cols } = model.usedSize(sheet);
      for (let row = 0; row < rows; row++) {
        for (let col = 0; col < cols; col++) {
          if (model.isEmpty(sheet, { row, col })) continue;
          const a1 = cellAddress({ row, col });
          out[a1] =
            model.hf.getCellFormula(address(sheet, a1)) ?? model.getPlainValue(sheet, { row, col });
        }
      }
      return out;
    },
    sheetNames: () => model.sheetNames(),
    tableNames: () => model.tables.map((t) => t.name),
    charts: (sheet) =>
      model.charts
        .filter((c) => c.sheet === sheet)
        .map((c) => ({ title: c.spec.title, series: c.spec.series.map((s) => s.name) })),
  };
}

export function fakeHarness(): HostHarness {
  const fake = new FakeHost();
  const addSheet = (name: string, cells: Record<string, CellValue> = {}) =>
    fake.sheets.push({
      name,
      cells: new Map(Object.entries(cells).filter(([, v]) => v !== null)),
      formulas: new Map(),
      tables: [],
      charts: [],
    });
  addSheet("Sheet1");
  return {
    host: fake,
    addUserSheet: addSheet,
    addUserTable: (sheet, table) => {
      const target = fake.sheet(sheet);
      for (const [a1, value] of Object.entries(cellsOfTable(table))) target.cells.set(a1, value);
      const range = blockRange(table.topLeft, table.rows.length + 1, table.headers.length);
      target.tables.push({
        name: table.name,
        address: `${cellAddress(range.start)}:${cellAddress(range.end)}`,
        headers: table.headers,
      });
    },
    value: (sheet, a1) => fake.sheet(sheet).cells.get(cellAddress(requireRange(a1).start)) ?? null,
    formula: (sheet, a1) =>
      fake.sheet(sheet).formulas.get(cellAddress(requireRange(a1).start)) ?? null,
    cells: (sheet) => Object.fromEntries(fake.sheet(sheet).cells),
    sheetNames: () => fake.sheets.map((s) => s.name),
    tableNames: () => fake.sheets.flatMap((s) => s.tables.map((t) => t.name)),
    charts: (sheet) =>
      fake
        .sheet(sheet)
        .charts.map((c) => ({ title: c.title, series: c.series.map((s) => s.name) })),
  };
}

export const HARNESSES: [string, () => HostHarness][] = [
  ["Excel host (over the Excel model)", excelHarness],
  ["workbench host (HyperFormula)", workbenchHarness],
  ["in-memory test host", fakeHarness],
];
