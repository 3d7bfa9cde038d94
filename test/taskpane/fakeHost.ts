/**
 * An in-memory WorkbookHost for component tests. Sheets are sparse cell maps; every cell write
 * is recorded so tests can prove user sheets never change. Calls are logged for assertions.
 * It follows the same contract as the Excel and workbench hosts (test/workbook/
 * hostContract.test.ts): the shared name rules, checks and rejection messages.
 */
import {
  blockAddress,
  cellAddress,
  rangeAddress,
  rangesOverlap,
  requireCell,
  requireRange,
  type RangeRef,
} from "../../src/workbook/a1";
import {
  cellsInUse,
  checkCells,
  checkChart,
  checkFormats,
  checkRange,
  checkReadSize,
  checkTable,
  lastSheet,
  noSuchSheet,
} from "../../src/workbook/checks";
import { uniqueSheetName, uniqueTableName } from "../../src/workbook/names";
import {
  blockFromSheet,
  blockFromTable,
  chooseStaffingTable,
} from "../../src/workbook/staffingDetection";
import {
  isFormulaCell,
  WorkbookError,
  type CellValue,
  type ChartSpec,
  type DataBlock,
  type SampleWorkbook,
  type SheetValues,
  type TableSpec,
  type WorkbookHost,
  type WriteCellsOptions,
  type WriteValue,
  type WrittenTable,
} from "../../src/workbook/types";

/** A sheet with nothing on it yet. */
const emptySheet = (name: string): FakeSheet => ({
  name,
  cells: new Map(),
  formulas: new Map(),
  formats: new Map(),
  tables: [],
  charts: [],
});

export interface FakeSheet {
  name: string;
  /** What each cell shows; a formula cell holds its formula text here and in `formulas`. */
  cells: Map<string, CellValue>;
  formulas: Map<string, string>;
  /** Number formats set through writeCells' `formats`, by address. */
  formats?: Map<string, string>;
  tables: { name: string; address: string; headers: string[] }[];
  charts: ChartSpec[];
}

export interface CellWrite {
  sheet: string;
  address: string;
  value: CellValue;
}

export class FakeHost implements WorkbookHost {
  readonly kind = "preview" as const;
  sheets: FakeSheet[] = [];
  settings = new Map<string, string>();
  writes: CellWrite[] = [];
  calls: { method: string; args: unknown[] }[] = [];
  selections: { sheet: string; address: string }[] = [];
  listeners = new Set<() => void>();
  /** When set, the next call to the named method rejects with this error. */
  failNext: { method: string; error: WorkbookError } | null = null;
  /** Lets a test hold findStaffingData responses and release them out of order. */
  gateReads = false;
  pendingReads: (() => void)[] = [];

  addUserSheet(
    name: string,
    headers: string[],
    rows: CellValue[][],
    tableName?: string,
  ): FakeSheet {
    const sheet = emptySheet(name);
    this.sheets.push(sheet);
    this.putBlock(sheet, "A1", [headers, ...rows], false);
    if (tableName)
      sheet.tables.push({
        name: tableName,
        address: blockAddress("A1", rows.length + 1, headers.length),
        headers,
      });
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw noSuchSheet(name);
    return found;
  }

  /** A copy of every cell of the named sheets, for before/after comparisons. */
  snapshot(names: string[]): Record<string, Record<string, CellValue>> {
    const out: Record<string, Record<string, CellValue>> = {};
    for (const name of names) out[name] = Object.fromEntries(this.sheet(name).cells);
    return out;
  }

  /** Fires the data-changed listeners, as Excel's worksheets.onChanged would. */
  changeData(): void {
    for (const l of this.listeners) l();
  }

  /** Records the call; like a real host, answers asynchronously and fails by rejecting. */
  private async log(method: string, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await Promise.resolve();
    if (this.failNext && this.failNext.method === method) {
      const { error } = this.failNext;
      this.failNext = null;
      throw error;
    }
  }

  private putBlock(
    sheet: FakeSheet,
    topLeft: string,
    values: readonly (readonly WriteValue[])[],
    record = true,
  ): void {
    const start = requireCell(topLeft);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const address = cellAddress({ row: start.row + r, col: start.col + c });
        const shown = isFormulaCell(value) ? value.formula : value;
        if (isFormulaCell(value)) sheet.formulas.set(address, value.formula);
        else sheet.formulas.delete(address);
        if (shown === null) sheet.cells.delete(address);
        else sheet.cells.set(address, shown);
        if (record) this.writes.push({ sheet: sheet.name, address, value: shown });
      }),
    );
  }

  /** Rejects a write over any cell that holds something, or over a table. */
  private requireEmpty(sheet: FakeSheet, range: RangeRef, what: string): void {
    for (const address of sheet.cells.keys()) {
      const cell = requireCell(address);
      if (rangesOverlap(range, { start: cell, end: cell }))
        throw cellsInUse(sheet.name, range, what);
    }
    if (sheet.tables.some((t) => rangesOverlap(requireRange(t.address), range))) {
      throw cellsInUse(sheet.name, range, what);
    }
  }

  private readBlock(sheet: FakeSheet, address: string): CellValue[][] {
    const { start, end } = requireRange(address);
    const rows: CellValue[][] = [];
    for (let r = start.row; r <= end.row; r++) {
      const row: CellValue[] = [];
      for (let c = start.col; c <= end.col; c++)
        row.push(sheet.cells.get(cellAddress({ row: r, col: c })) ?? null);
      rows.push(row);
    }
    return rows;
  }

  async findStaffingData(): Promise<DataBlock | null> {
    await this.log("findStaffingData", []);
    // Read now, answer later: a gated read returns the data as it was when it was asked for.
    const block = this.readStaffingNow();
    if (this.gateReads) await new Promise<void>((resolve) => this.pendingReads.push(resolve));
    return block;
  }

  /** The sheet the "selection" is on when no table holds staffing data; the first sheet unless set. */
  activeSheet: string | null = null;
  /** The selected cell on that sheet; null reads only a staffing list found on the sheet. */
  selected: { row: number; col: number } | null = null;

  /** Finds staffing data by the rule both real hosts use (src/workbook/staffingDetection.ts). */
  private readStaffingNow(): DataBlock | null {
    const tables = this.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => {
        const { start, end } = requireRange(table.address);
        const header = blockAddress(start, 1, end.col - start.col + 1);
        return { sheet, table, headers: this.readBlock(sheet, header)[0] };
      }),
    );
    const chosen = chooseStaffingTable(tables);
    if (chosen) {
      return blockFromTable(
        chosen.sheet.name,
        chosen.table.name,
        this.readBlock(chosen.sheet, chosen.table.address),
        requireRange(chosen.table.address).start,
      );
    }
    const sheet = this.activeSheet ? this.sheet(this.activeSheet) : this.sheets[0];
    if (!sheet) return null;
    let rows = 0;
    let columns = 0;
    for (const address of sheet.cells.keys()) {
      const { row, col } = requireCell(address);
      rows = Math.max(rows, row + 1);
      columns = Math.max(columns, col + 1);
    }
    if (rows === 0) return null;
    const values = this.readBlock(sheet, blockAddress("A1", rows, columns));
    return blockFromSheet(sheet.name, values, { row: 0, col: 0 }, this.selected);
  }

  async readSheet(name: string): Promise<SheetValues | null> {
    await this.log("readSheet", [name]);
    const sheet = this.sheet(name);
    let used: RangeRef | null = null;
    for (const address of sheet.cells.keys()) {
      const { row, col } = requireCell(address);
      used = used
        ? {
            start: { row: Math.min(used.start.row, row), col: Math.min(used.start.col, col) },
            end: { row: Math.max(used.end.row, row), col: Math.max(used.end.col, col) },
          }
        : { start: { row, col }, end: { row, col } };
    }
    if (!used) return null;
    checkReadSize(name, used);
    const address = rangeAddress(used);
    return {
      sheet: name,
      address,
      firstRow: used.start.row + 1,
      firstColumn: used.start.col,
      values: this.readBlock(sheet, address),
    };
  }

  async selectRange(sheet: string, address: string): Promise<void> {
    await this.log("selectRange", [sheet, address]);
    checkRange(address);
    this.sheet(sheet);
    this.selections.push({ sheet, address });
    return;
  }

  async listSheets(): Promise<string[]> {
    await this.log("listSheets", []);
    return this.sheets.map((s) => s.name);
  }

  async addSheet(preferredName: string): Promise<string> {
    await this.log("addSheet", [preferredName]);
    const name = uniqueSheetName(
      preferredName,
      this.sheets.map((s) => s.name),
    );
    this.sheets.push(emptySheet(name));
    return name;
  }

  async deleteSheet(name: string): Promise<void> {
    await this.log("deleteSheet", [name]);
    this.sheet(name);
    if (this.sheets.length === 1) throw lastSheet(name);
    this.sheets = this.sheets.filter((s) => s.name !== name);
    return;
  }

  async writeTable(sheetName: string, spec: TableSpec): Promise<WrittenTable> {
    await this.log("writeTable", [sheetName, spec]);
    const range = checkTable(spec);
    const sheet = this.sheet(sheetName);
    this.requireEmpty(sheet, range, `the table "${spec.name}"`);
    const allTables = this.sheets.flatMap((s) => s.tables.map((t) => t.name));
    const tableName = uniqueTableName(spec.name, allTables);
    const address = rangeAddress(range);
    this.putBlock(sheet, spec.topLeft, [spec.headers, ...spec.rows]);
    sheet.tables.push({ name: tableName, address, headers: spec.headers });
    return { sheet: sheetName, tableName, address };
  }

  async writeCells(
    sheetName: string,
    topLeft: string,
    values: WriteValue[][],
    { replace = false, formats }: WriteCellsOptions = {},
  ): Promise<void> {
    await this.log("writeCells", [sheetName, topLeft, values]);
    const range = checkCells(topLeft, values);
    const formatted = formats ? checkFormats(topLeft, formats) : null;
    const sheet = this.sheet(sheetName);
    if (!replace) this.requireEmpty(sheet, range, `cells at ${topLeft}`);
    if (formats && formatted) {
      for (let r = 0; r < formats.rows; r++) {
        formats.columns.forEach((format, c) => {
          const at = cellAddress({ row: formatted.start.row + r, col: formatted.start.col + c });
          if (format) (sheet.formats ??= new Map()).set(at, format);
        });
      }
    }
    this.putBlock(sheet, topLeft, values);
    return;
  }

  async addChart(sheetName: string, chart: ChartSpec): Promise<void> {
    await this.log("addChart", [sheetName, chart]);
    checkChart(chart);
    this.sheet(sheetName).charts.push(chart);
    return;
  }

  async getSetting(key: string): Promise<string | null> {
    await this.log("getSetting", [key]);
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.log("setSetting", [key, value]);
    this.settings.set(key, value);
    return;
  }

  async onDataChanged(callback: () => void): Promise<() => void> {
    await this.log("onDataChanged", []);
    this.listeners.add(callback);
    return () => {
      this.listeners.delete(callback);
    };
  }

  async insertSample(sample: SampleWorkbook): Promise<string> {
    await this.log("insertSample", [sample]);
    let first: string | null = null;
    for (const part of sample.sheets) {
      const name = await this.addSheet(part.name);
      first ??= name;
      await this.writeTable(name, {
        name: part.tableName ?? part.name,
        topLeft: "A1",
        headers: part.headers,
        rows: part.rows,
      });
    }
    if (first === null) throw new WorkbookError("The sample has no sheets.");
    return first;
  }
}
