/**
 * WorkbookHost over the workbench's own engine: the task pane talks to the grid through
 * exactly the interface it uses in Excel (src/office/excelWorkbook.ts).
 */
import { detectColumns } from "../core/staffing";
import {
  WorkbookError,
  type CellValue,
  type ChartSpec,
  type DataBlock,
  type SampleWorkbook,
  type TableSpec,
  type Unsubscribe,
  type WorkbookHost,
  type WriteCellsOptions,
  type WriteValue,
  type WrittenTable,
} from "../workbook/types";
import { rangeAddress, rangesOverlap, type CellRef, type RangeRef } from "../workbook/a1";
import { cellInput } from "../workbook/cellText";
import {
  cellsInUse,
  checkCells,
  checkChart,
  checkRange,
  checkTable,
  lastSheet,
  noSuchSheet,
} from "../workbook/checks";
import type { WorkbookModel } from "./workbookModel";

const SETTINGS_STORAGE_KEY = "workforce-preview:settings";

function looksLikeStaffing(headers: readonly unknown[]): boolean {
  return detectColumns(headers).missing.length === 0;
}

export class PreviewWorkbook implements WorkbookHost {
  readonly kind = "preview" as const;

  constructor(
    private readonly model: WorkbookModel,
    private readonly storage: Storage | null = typeof localStorage === "undefined"
      ? null
      : localStorage,
  ) {
    this.loadPersistedSettings();
  }

  /**
   * Settings saved in this browser survive a reload even when the workbook is rebuilt. They
   * are written on every setSetting, so they are never older than the autosaved workbook.
   */
  loadPersistedSettings(): void {
    const text = this.storage?.getItem(SETTINGS_STORAGE_KEY);
    if (!text) return;
    try {
      const saved = JSON.parse(text) as Record<string, unknown>;
      for (const [key, value] of Object.entries(saved)) {
        if (typeof value === "string") this.model.settings.set(key, value);
      }
    } catch {
      // A corrupt entry is ignored rather than blocking the workbench from opening.
    }
  }

  /** Makes the workbook's settings (e.g. from an imported file) this browser's saved ones. */
  replacePersistedSettings(): void {
    this.persistSettings();
  }

  private persistSettings(): void {
    try {
      this.storage?.setItem(
        SETTINGS_STORAGE_KEY,
        JSON.stringify(Object.fromEntries(this.model.settings)),
      );
    } catch (error) {
      throw new WorkbookError(
        "The setting was saved in the workbook but not in this browser's storage.",
        error,
      );
    }
  }

  private requireSheet(sheet: string): void {
    if (!this.model.hasSheet(sheet)) throw noSuchSheet(sheet);
  }

  /** Refuses to write over any cell that holds something (the user's cells are never touched). */
  private requireEmpty(sheet: string, range: RangeRef, what: string): void {
    const used = this.model.usedSize(sheet);
    const lastRow = Math.min(range.end.row, used.rows - 1);
    const lastCol = Math.min(range.end.col, used.cols - 1);
    for (let row = range.start.row; row <= lastRow; row++) {
      for (let col = range.start.col; col <= lastCol; col++) {
        if (!this.model.isEmpty(sheet, { row, col })) throw cellsInUse(sheet, range, what);
      }
    }
    if (this.model.tables.some((t) => t.sheet === sheet && rangesOverlap(t.range, range))) {
      throw cellsInUse(sheet, range, what);
    }
  }

  /** Writes a block through the model as typed input, text kept as text (workbook/cellText). */
  private enter(
    sheet: string,
    at: CellRef,
    rows: readonly (readonly WriteValue[])[],
    width: number,
  ) {
    this.model.setCells(
      sheet,
      at,
      rows.map((row) => {
        const cells = row.map((value) => cellInput(value));
        while (cells.length < width) cells.push(null);
        return cells;
      }),
    );
  }

  private readBlock(sheet: string, range: RangeRef, tableName?: string): DataBlock {
    const width = range.end.col - range.start.col + 1;
    const readRow = (row: number): CellValue[] =>
      Array.from({ length: width }, (_, i) =>
        this.model.getPlainValue(sheet, { row, col: range.start.col + i }),
      );
    const headers = readRow(range.start.row).map((h) => (h === null ? "" : String(h)));
    const rows: CellValue[][] = [];
    for (let row = range.start.row + 1; row <= range.end.row; row++) rows.push(readRow(row));
    return {
      sheet,
      ...(tableName ? { tableName } : {}),
      address: rangeAddress(range),
      headerRow: range.start.row + 1,
      firstColumn: range.start.col,
      headers,
      rows,
    };
  }

  /** The contiguous non-empty block around a cell, like Excel's current region (Ctrl+*). */
  currentRegion(sheet: string, at: CellRef): RangeRef | null {
    const filled = (row: number, col: number): boolean =>
      row >= 0 && col >= 0 && !this.model.isEmpty(sheet, { row, col });
    const used = this.model.usedSize(sheet);
    let region: RangeRef = { start: { ...at }, end: { ...at } };
    if (!filled(at.row, at.col)) {
      const neighbour = [
        [-1, 0],
        [1, 0],
        [0, -1],
        [0, 1],
      ].find(([dr, dc]) => filled(at.row + dr, at.col + dc));
      if (!neighbour) return null;
    }
    let grew = true;
    while (grew) {
      grew = false;
      const { start, end } = region;
      const rowHas = (row: number): boolean => {
        for (let c = Math.max(0, start.col - 1); c <= Math.min(used.cols, end.col + 1); c++)
          if (filled(row, c)) return true;
        return false;
      };
      const colHas = (col: number): boolean => {
        for (let r = Math.max(0, start.row - 1); r <= Math.min(used.rows, end.row + 1); r++)
          if (filled(r, col)) return true;
        return false;
      };
      if (start.row > 0 && rowHas(start.row - 1)) {
        region = { start: { ...region.start, row: start.row - 1 }, end: region.end };
        grew = true;
      }
      if (end.row < used.rows && rowHas(end.row + 1)) {
        region = { start: region.start, end: { ...region.end, row: end.row + 1 } };
        grew = true;
      }
      if (start.col > 0 && colHas(start.col - 1)) {
        region = { start: { ...region.start, col: start.col - 1 }, end: region.end };
        grew = true;
      }
      if (end.col < used.cols && colHas(end.col + 1)) {
        region = { start: region.start, end: { ...region.end, col: end.col + 1 } };
        grew = true;
      }
    }
    return region;
  }

  /** Runs host work so that any failure becomes a rejected promise with a user-fit message. */
  private run<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(
        error instanceof WorkbookError
          ? error
          : new WorkbookError(error instanceof Error ? error.message : String(error), error),
      );
    }
  }

  findStaffingData(): Promise<DataBlock | null> {
    return this.run(() => {
      const table = this.model.tables.find(
        (t) => this.model.hasSheet(t.sheet) && looksLikeStaffing(t.headers),
      );
      if (table) return this.readBlock(table.sheet, table.range, table.name);
      const { sheet, active } = this.model.selection;
      const tableHere = this.model.tableAt(sheet, active);
      if (tableHere) return this.readBlock(sheet, tableHere.range, tableHere.name);
      const region = this.currentRegion(sheet, active);
      return region ? this.readBlock(sheet, region) : null;
    });
  }

  selectRange(sheet: string, address: string): Promise<void> {
    return this.run(() => {
      const range = checkRange(address);
      this.requireSheet(sheet);
      this.model.select(sheet, range);
    });
  }

  listSheets(): Promise<string[]> {
    return this.run(() => this.model.sheetNames());
  }

  addSheet(preferredName: string): Promise<string> {
    return this.run(() => this.model.addSheet(preferredName));
  }

  deleteSheet(name: string): Promise<void> {
    return this.run(() => {
      this.requireSheet(name);
      if (this.model.sheetNames().length === 1) throw lastSheet(name);
      this.model.deleteSheet(name);
    });
  }

  writeTable(sheet: string, table: TableSpec): Promise<WrittenTable> {
    return this.run(() => {
      const range = checkTable(table);
      this.requireSheet(sheet);
      this.requireEmpty(sheet, range, `the table "${table.name}"`);
      const width = table.headers.length;
      const body = table.rows.length > 0 ? table.rows : [table.headers.map(() => null)];
      const name = this.model.uniqueTableName(table.name);
      this.model.batch(() => {
        this.enter(sheet, range.start, [table.headers, ...body], width);
        table.columnFormats?.forEach((format, i) => {
          if (!format) return;
          for (let r = 1; r <= body.length; r++) {
            this.model.setFormat(
              sheet,
              { row: range.start.row + r, col: range.start.col + i },
              format,
            );
          }
        });
        this.model.addTable({ name, sheet, range, headers: [...table.headers] });
      });
      return { sheet, tableName: name, address: rangeAddress(range) };
    });
  }

  writeCells(
    sheet: string,
    topLeft: string,
    values: WriteValue[][],
    { replace = false }: WriteCellsOptions = {},
  ): Promise<void> {
    return this.run(() => {
      const range = checkCells(topLeft, values);
      this.requireSheet(sheet);
      if (!replace) this.requireEmpty(sheet, range, `cells at ${topLeft}`);
      this.enter(sheet, range.start, values, range.end.col - range.start.col + 1);
    });
  }

  addChart(sheet: string, chart: ChartSpec): Promise<void> {
    return this.run(() => {
      checkChart(chart);
      this.requireSheet(sheet);
      this.model.addChart(sheet, chart);
    });
  }

  getSetting(key: string): Promise<string | null> {
    return this.run(() => this.model.settings.get(key) ?? null);
  }

  setSetting(key: string, value: string): Promise<void> {
    return this.run(() => {
      this.model.setSetting(key, value);
      this.persistSettings();
    });
  }

  onDataChanged(callback: () => void): Promise<Unsubscribe> {
    return this.run(() =>
      this.model.subscribe((kinds) => {
        if (kinds.has("data") || kinds.has("sheets")) callback();
      }),
    );
  }

  insertSample(sample: SampleWorkbook): Promise<string> {
    return this.run(() => {
      let staffingSheet: string | null = null;
      this.model.batch(() => {
        for (const sheetSpec of sample.sheets) {
          const name = this.model.addSheet(sheetSpec.name);
          const range: RangeRef = {
            start: { row: 0, col: 0 },
            end: { row: sheetSpec.rows.length, col: sheetSpec.headers.length - 1 },
          };
          this.enter(
            name,
            range.start,
            [sheetSpec.headers, ...sheetSpec.rows],
            sheetSpec.headers.length,
          );
          if (sheetSpec.tableName) {
            this.model.addTable({
              name: this.model.uniqueTableName(sheetSpec.tableName),
              sheet: name,
              range,
              headers: [...sheetSpec.headers],
            });
          }
          if (staffingSheet === null && looksLikeStaffing(sheetSpec.headers)) staffingSheet = name;
        }
      });
      const result = staffingSheet ?? this.model.sheetNames()[0];
      this.model.selectCell(result, { row: 0, col: 0 });
      return result;
    });
  }
}
