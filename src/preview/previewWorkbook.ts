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
  type WrittenTable,
} from "../workbook/types";
import { parseCell, parseRange, rangeAddress, type CellRef, type RangeRef } from "./a1";
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
    if (!this.model.hasSheet(sheet))
      throw new WorkbookError(`There is no sheet called "${sheet}".`);
  }

  private requireCell(address: string): CellRef {
    const ref = parseCell(address);
    if (!ref) throw new WorkbookError(`"${address}" is not a cell address.`);
    return ref;
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
      this.requireSheet(sheet);
      const range = parseRange(address);
      if (!range) throw new WorkbookError(`"${address}" is not a range address.`);
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
      this.model.deleteSheet(name);
    });
  }

  writeTable(sheet: string, table: TableSpec): Promise<WrittenTable> {
    return this.run(() => {
      this.requireSheet(sheet);
      const topLeft = this.requireCell(table.topLeft);
      const width = table.headers.length;
      if (width === 0) throw new WorkbookError(`Table "${table.name}" has no columns.`);
      const badRow = table.rows.findIndex((row) => row.length !== width);
      if (badRow >= 0) {
        throw new WorkbookError(
          `Row ${badRow + 1} of table "${table.name}" has ${table.rows[badRow].length} values for ${width} columns.`,
        );
      }
      const range: RangeRef = {
        start: topLeft,
        end: { row: topLeft.row + table.rows.length, col: topLeft.col + width - 1 },
      };
      const overlapping = this.model.tables.find(
        (t) =>
          t.sheet === sheet &&
          t.range.start.row <= range.end.row &&
          range.start.row <= t.range.end.row &&
          t.range.start.col <= range.end.col &&
          range.start.col <= t.range.end.col,
      );
      if (overlapping) {
        throw new WorkbookError(`Table "${table.name}" would overlap table "${overlapping.name}".`);
      }
      const name = this.model.uniqueTableName(table.name);
      this.model.batch(() => {
        this.model.setCells(sheet, topLeft, [table.headers, ...table.rows]);
        table.columnFormats?.forEach((format, i) => {
          if (!format) return;
          for (let r = 1; r <= table.rows.length; r++) {
            this.model.setFormat(sheet, { row: topLeft.row + r, col: topLeft.col + i }, format);
          }
        });
        this.model.addTable({ name, sheet, range, headers: [...table.headers] });
      });
      return { sheet, tableName: name, address: rangeAddress(range) };
    });
  }

  writeCells(sheet: string, topLeft: string, values: CellValue[][]): Promise<void> {
    return this.run(() => {
      this.requireSheet(sheet);
      this.model.setCells(sheet, this.requireCell(topLeft), values);
    });
  }

  addChart(sheet: string, chart: ChartSpec): Promise<void> {
    return this.run(() => {
      this.requireSheet(sheet);
      for (const address of [
        chart.categoriesAddress,
        ...chart.series.map((s) => s.valuesAddress),
      ]) {
        if (!parseRange(address)) {
          throw new WorkbookError(`Chart "${chart.title}": "${address}" is not a range address.`);
        }
      }
      this.requireCell(chart.anchor);
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
          this.model.setCells(name, range.start, [sheetSpec.headers, ...sheetSpec.rows]);
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
