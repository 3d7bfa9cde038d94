/**
 * WorkbookHost over the workbench's own engine: the task pane talks to the grid through
 * exactly the interface it uses in Excel (src/office/excelWorkbook.ts).
 */
import {
  WorkbookError,
  type CellValue,
  type ChartSpec,
  type DataBlock,
  type SampleWorkbook,
  type SheetValues,
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
  checkFormats,
  checkChart,
  checkRange,
  checkReadSize,
  checkTable,
  lastSheet,
  noSuchSheet,
} from "../workbook/checks";
import {
  blockFromSheet,
  blockFromTable,
  chooseStaffingTable,
  looksLikeStaffing,
  regionAround,
  scanWholeSheet,
} from "../workbook/staffingDetection";
import type { WorkbookModel } from "./workbookModel";

const SETTINGS_STORAGE_KEY = "workforce-preview:settings";

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
   * Never throws: a damaged entry keeps whatever is still valid, is kept aside once (as the
   * autosave is) and leaves a message in `settingsProblem` for the page to show.
   */
  loadPersistedSettings(): void {
    let text: string | null;
    try {
      text = this.storage?.getItem(SETTINGS_STORAGE_KEY) ?? null;
    } catch {
      return; // storage blocked by the browser: nothing was kept to load
    }
    if (!text) return;
    let saved: unknown;
    try {
      saved = JSON.parse(text);
    } catch {
      this.setSettingsAside(text, "they are not readable");
      return;
    }
    if (typeof saved !== "object" || saved === null || Array.isArray(saved)) {
      this.setSettingsAside(text, "they have an unknown layout");
      return;
    }
    const lost: string[] = [];
    for (const [key, value] of Object.entries(saved)) {
      if (typeof value === "string") this.model.settings.set(key, value);
      else lost.push(key.slice(0, 60));
    }
    if (lost.length > 0) this.setSettingsAside(text, `${lost.join(", ")} could not be read`);
  }

  /** What was wrong with the settings saved in this browser, in words; null when nothing. */
  settingsProblem: string | null = null;

  private setSettingsAside(text: string, reason: string): void {
    const damagedKey = `${SETTINGS_STORAGE_KEY}.damaged`;
    let kept = false;
    try {
      if (this.storage?.getItem(damagedKey) === null) this.storage.setItem(damagedKey, text);
      kept = this.storage?.getItem(damagedKey) !== null;
    } catch {
      kept = false;
    }
    this.settingsProblem =
      `The task pane settings saved in this browser could not all be read (${reason}); the rest are in use. ` +
      (kept
        ? `The saved text is kept in this browser's storage as "${damagedKey}".`
        : "There was no room to keep a copy of the saved text.");
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

  /** The values of a range, row by row. */
  private readValues(sheet: string, range: RangeRef): CellValue[][] {
    const rows: CellValue[][] = [];
    for (let row = range.start.row; row <= range.end.row; row++) {
      const cells: CellValue[] = [];
      for (let col = range.start.col; col <= range.end.col; col++)
        cells.push(this.model.getPlainValue(sheet, { row, col }));
      rows.push(cells);
    }
    return rows;
  }

  /**
   * Runs a write: what the pane writes in one go is one undo step in the workbench (the
   * model's `paneWrite`).
   */
  private write<T>(work: () => T): Promise<T> {
    return this.run(() => this.model.paneWrite(work));
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

  /** Staffing data by the rule both hosts share (src/workbook/staffingDetection.ts). */
  findStaffingData(): Promise<DataBlock | null> {
    return this.run(() => {
      // Header rows as the cells hold them now, not as they were when the table was made.
      const tables = this.model.tables
        .filter((t) => this.model.hasSheet(t.sheet))
        .map((t) => ({
          table: t,
          headers: this.readValues(t.sheet, {
            start: t.range.start,
            end: { row: t.range.start.row, col: t.range.end.col },
          })[0],
        }));
      const table = chooseStaffingTable(tables)?.table;
      if (table)
        return blockFromTable(
          table.sheet,
          table.name,
          this.readValues(table.sheet, table.range),
          table.range.start,
        );
      const { sheet, active } = this.model.selection;
      const used = this.model.usedSize(sheet);
      if (used.rows === 0 || used.cols === 0) return null;
      const whole: RangeRef = {
        start: { row: 0, col: 0 },
        end: { row: used.rows - 1, col: used.cols - 1 },
      };
      const area = scanWholeSheet(whole)
        ? whole
        : regionAround(
            (row, col) => !this.model.isEmpty(sheet, { row, col }),
            active,
            used.rows,
            used.cols,
          );
      if (!area) return null;
      return blockFromSheet(sheet, this.readValues(sheet, area), area.start, active);
    });
  }

  readSheet(name: string): Promise<SheetValues | null> {
    return this.run(() => {
      this.requireSheet(name);
      const used = this.usedRange(name);
      if (!used) return null;
      checkReadSize(name, used);
      return {
        sheet: name,
        address: rangeAddress(used),
        firstRow: used.start.row + 1,
        firstColumn: used.start.col,
        values: this.readValues(name, used),
      };
    });
  }

  /**
   * The smallest block holding every cell with a value, as Excel's getUsedRange(true), found
   * from the engine's map of filled cells: a lone cell far down the sheet costs nothing extra.
   */
  private usedRange(sheet: string): RangeRef | null {
    const id = this.model.sheetId(sheet);
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [address] of this.model.hf.dependencyGraph.addressMapping.sheetEntries(id)) {
      const value = this.model.getPlainValue(sheet, address);
      if (value === null || value === "") continue;
      top = Math.min(top, address.row);
      left = Math.min(left, address.col);
      bottom = Math.max(bottom, address.row);
      right = Math.max(right, address.col);
    }
    if (bottom < 0) return null;
    return { start: { row: top, col: left }, end: { row: bottom, col: right } };
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
    return this.write(() => this.model.addSheet(preferredName));
  }

  deleteSheet(name: string): Promise<void> {
    return this.write(() => {
      this.requireSheet(name);
      if (this.model.sheetNames().length === 1) throw lastSheet(name);
      this.model.deleteSheet(name);
    });
  }

  writeTable(sheet: string, table: TableSpec): Promise<WrittenTable> {
    return this.write(() => {
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
    { replace = false, formats }: WriteCellsOptions = {},
  ): Promise<void> {
    return this.write(() => {
      const range = checkCells(topLeft, values);
      const formatted = formats ? checkFormats(topLeft, formats) : null;
      this.requireSheet(sheet);
      if (!replace) this.requireEmpty(sheet, range, `cells at ${topLeft}`);
      this.model.batch(() => {
        if (formats && formatted) {
          for (let r = 0; r < formats.rows; r++) {
            formats.columns.forEach((format, c) => {
              const at = { row: formatted.start.row + r, col: formatted.start.col + c };
              if (format) this.model.setFormat(sheet, at, format);
            });
          }
        }
        this.enter(sheet, range.start, values, range.end.col - range.start.col + 1);
      });
    });
  }

  addChart(sheet: string, chart: ChartSpec): Promise<void> {
    return this.write(() => {
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
    return this.write(() => {
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
