/**
 * The workbench's workbook: a HyperFormula instance (dependency-graph recalculation) plus
 * what HyperFormula does not keep — number formats, tables, charts, settings and the
 * selection. The grid renders it; `previewWorkbook.ts` exposes it to the task pane as a
 * WorkbookHost.
 */
import { DetailedCellError, ErrorType, HyperFormula } from "hyperformula";
import type { RawCellContent, SimpleCellAddress } from "hyperformula";
import type { CellValue, ChartSpec } from "../workbook/types";
import {
  arrayFormulaAddresses,
  forgetAllShapes,
  forgetShape,
  takeResizedFormulas,
} from "./functionBridge";
import { maxOf, widestRow } from "../core/ranges";
import { formatNumber } from "./format";
import type { CellRef, RangeRef } from "../workbook/a1";
import { uniqueSheetName, uniqueTableName } from "../workbook/names";

export interface TableInfo {
  name: string;
  sheet: string;
  /** Whole table including the header row, 0-based. */
  range: RangeRef;
  headers: string[];
}

export interface ChartInfo {
  id: number;
  sheet: string;
  spec: ChartSpec;
}

export interface CellDisplay {
  text: string;
  kind: "empty" | "number" | "text" | "boolean" | "error";
  /** For errors: the Excel error text and the reason. */
  error?: { code: string; message: string };
}

export interface Selection {
  sheet: string;
  active: CellRef;
  range: RangeRef;
}

export type ChangeKind = "data" | "sheets" | "selection" | "charts" | "settings";

/** Serialisable snapshot (localStorage autosave, and the xlsx exporter's input). */
export interface WorkbookSnapshot {
  sheets: { name: string; cells: [number, number, RawCellContent][] }[];
  formats: Record<string, [string, string][]>;
  tables: TableInfo[];
  charts: ChartInfo[];
  settings: [string, string][];
}

export class WorkbookModel {
  readonly hf: HyperFormula;
  readonly tables: TableInfo[] = [];
  readonly charts: ChartInfo[] = [];
  readonly settings = new Map<string, string>();
  private readonly formats = new Map<string, Map<string, string>>();
  private readonly listeners = new Set<(kinds: Set<ChangeKind>) => void>();
  private pending = new Set<ChangeKind>();
  private batchDepth = 0;
  private nextChartId = 1;
  selection: Selection;

  constructor() {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      maxRows: 1_048_576,
      maxColumns: 16_384,
    });
    forgetAllShapes();
    const first = this.hf.addSheet("Sheet1");
    this.selection = this.cellSelection(first, { row: 0, col: 0 });
  }

  // ---- change notification -------------------------------------------------------------

  subscribe(listener: (kinds: Set<ChangeKind>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(kind: ChangeKind): void {
    this.pending.add(kind);
    if (this.batchDepth === 0) this.flush();
  }

  private flush(): void {
    if (this.pending.size === 0) return;
    const kinds = this.pending;
    this.pending = new Set();
    for (const listener of [...this.listeners]) listener(kinds);
  }

  /** Groups many edits into one recalculation and one notification. */
  batch<T>(work: () => T): T {
    if (this.batchDepth > 0) return work();
    this.batchDepth = 1;
    let result!: T;
    try {
      this.hf.batch(() => {
        result = work();
      });
    } finally {
      this.batchDepth = 0;
    }
    this.resizeSpills();
    this.flush();
    return result;
  }

  /** Re-enters spilled formulas whose result changed size so the spill area follows it. */
  private resizeSpills(): void {
    // HyperFormula does not retry a blocked (#SPILL!) array when its way clears; Excel does.
    const blocked = arrayFormulaAddresses().filter((address) => {
      try {
        const value = this.hf.getCellValue(address);
        return value instanceof DetailedCellError && value.type === ErrorType.SPILL;
      } catch {
        forgetShape(address); // its sheet was deleted
        return false;
      }
    });
    if (blocked.length > 0) {
      this.hf.batch(() => {
        for (const address of blocked) {
          const formula = this.hf.getCellFormula(address);
          if (formula !== undefined) this.hf.setCellContents(address, [[formula]]);
          else forgetShape(address);
        }
      });
    }
    for (let pass = 0; pass < 3; pass++) {
      const resized = takeResizedFormulas();
      if (resized.length === 0) return;
      this.hf.batch(() => {
        for (const address of resized) {
          const formula = this.hf.getCellFormula(address);
          // The evaluated shape is kept, so the size method now reserves the right area.
          if (formula !== undefined) this.hf.setCellContents(address, [[formula]]);
          else forgetShape(address);
        }
      });
    }
  }

  // ---- sheets ---------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`There is no sheet called "${name}".`);
    return id;
  }

  hasSheet(name: string): boolean {
    return this.hf.getSheetId(name) !== undefined;
  }

  /** A valid, unused sheet name based on `preferred` (the shared rule, src/workbook/names). */
  uniqueSheetName(preferred: string, except?: string): string {
    return uniqueSheetName(
      preferred,
      this.sheetNames().filter((name) => name !== except),
    );
  }

  addSheet(preferred: string): string {
    const name = this.uniqueSheetName(preferred);
    this.hf.addSheet(name);
    this.emit("sheets");
    return name;
  }

  deleteSheet(name: string): void {
    const id = this.sheetId(name);
    if (this.sheetNames().length === 1) throw new Error("A workbook must keep at least one sheet.");
    this.batch(() => this.hf.removeSheet(id));
    this.formats.delete(name);
    for (let i = this.tables.length - 1; i >= 0; i--) {
      if (this.tables[i].sheet === name) this.tables.splice(i, 1);
    }
    for (let i = this.charts.length - 1; i >= 0; i--) {
      if (this.charts[i].sheet === name) this.charts.splice(i, 1);
    }
    if (this.selection.sheet === name) {
      this.selection = this.cellSelection(this.sheetNames()[0], { row: 0, col: 0 });
      this.emit("selection");
    }
    this.emit("sheets");
  }

  renameSheet(from: string, to: string): string {
    const name = this.uniqueSheetName(to, from);
    if (name === from) return from;
    this.hf.renameSheet(this.sheetId(from), name);
    for (const table of this.tables) if (table.sheet === from) table.sheet = name;
    for (const chart of this.charts) if (chart.sheet === from) chart.sheet = name;
    const formats = this.formats.get(from);
    if (formats) {
      this.formats.delete(from);
      this.formats.set(name, formats);
    }
    if (this.selection.sheet === from) this.selection = { ...this.selection, sheet: name };
    this.emit("sheets");
    return name;
  }

  /** Rows and columns in use on a sheet (0 when empty). */
  usedSize(sheet: string): { rows: number; cols: number } {
    const { height, width } = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { rows: height, cols: width };
  }

  // ---- cells ----------------------------------------------------------------------------

  private address(sheet: string, ref: CellRef): SimpleCellAddress {
    return { sheet: this.sheetId(sheet), row: ref.row, col: ref.col };
  }

  /** What the formula bar shows: the formula, or the raw value. */
  getInput(sheet: string, ref: CellRef): string {
    const address = this.address(sheet, ref);
    const formula = this.hf.getCellFormula(address);
    if (formula !== undefined) return formula;
    if (this.hf.isCellPartOfArray(address)) return "";
    const value = this.hf.getCellSerialized(address);
    if (value === null || value === undefined) return "";
    if (value instanceof Date) return value.toISOString();
    return String(value);
  }

  /** The spill anchor's formula for a cell inside a spilled range (Excel greys it out). */
  spillFormulaFor(sheet: string, ref: CellRef): string | null {
    const address = this.address(sheet, ref);
    if (!this.hf.isCellPartOfArray(address) || this.hf.doesCellHaveFormula(address)) return null;
    // Walk left/up to the anchor: arrays are rectangles anchored at their formula.
    for (let row = ref.row; row >= 0 && row >= ref.row - 5000; row--) {
      for (let col = ref.col; col >= 0 && col >= ref.col - 200; col--) {
        const candidate = { sheet: address.sheet, row, col };
        if (!this.hf.isCellPartOfArray(candidate)) break;
        const formula = this.hf.getCellFormula(candidate);
        if (formula !== undefined) return formula;
      }
    }
    return null;
  }

  /** The spill range holding a cell (anchor included), or null when it is not in one. */
  spillRangeAt(sheet: string, ref: CellRef): RangeRef | null {
    const id = this.sheetId(sheet);
    const inArray = (row: number, col: number) =>
      row >= 0 && col >= 0 && this.hf.isCellPartOfArray({ sheet: id, row, col });
    if (!inArray(ref.row, ref.col)) return null;
    const isAnchor = (row: number, col: number) =>
      this.hf.getCellFormula({ sheet: id, row, col }) !== undefined;
    let anchor: CellRef | null = null;
    for (let row = ref.row; row >= 0 && row >= ref.row - 5000 && !anchor; row--) {
      if (!inArray(row, ref.col) && row !== ref.row) break;
      for (let col = ref.col; col >= 0 && col >= ref.col - 200; col--) {
        if (!inArray(row, col)) break;
        if (isAnchor(row, col)) {
          anchor = { row, col };
          break;
        }
      }
    }
    if (!anchor) return null;
    const end = { ...anchor };
    const belongs = (row: number, col: number) => inArray(row, col) && !isAnchor(row, col);
    while (belongs(end.row + 1, anchor.col)) end.row++;
    while (belongs(anchor.row, end.col + 1)) end.col++;
    if (end.row === anchor.row && end.col === anchor.col) return null;
    return { start: anchor, end };
  }

  getValue(sheet: string, ref: CellRef): CellValue | DetailedCellError {
    const value = this.hf.getCellValue(this.address(sheet, ref));
    if (value instanceof DetailedCellError) return value;
    if (value === null || value === undefined) return null;
    return value;
  }

  /** A cell's value as the WorkbookHost reports it: errors as their Excel text. */
  getPlainValue(sheet: string, ref: CellRef): CellValue {
    const value = this.getValue(sheet, ref);
    return value instanceof DetailedCellError ? value.value : value;
  }

  getFormat(sheet: string, ref: CellRef): string | undefined {
    return this.formats.get(sheet)?.get(`${ref.row}:${ref.col}`);
  }

  setFormat(sheet: string, ref: CellRef, format: string | null): void {
    let sheetFormats = this.formats.get(sheet);
    if (!sheetFormats) {
      sheetFormats = new Map();
      this.formats.set(sheet, sheetFormats);
    }
    if (format) sheetFormats.set(`${ref.row}:${ref.col}`, format);
    else sheetFormats.delete(`${ref.row}:${ref.col}`);
  }

  display(sheet: string, ref: CellRef): CellDisplay {
    const value = this.getValue(sheet, ref);
    if (value instanceof DetailedCellError) {
      const message =
        value.type === ErrorType.SPILL
          ? "The spill range isn't blank: clear the cells in the way to see the whole result."
          : (value.message ?? "");
      return { text: value.value, kind: "error", error: { code: value.value, message } };
    }
    if (value === null || value === "") return { text: "", kind: "empty" };
    if (typeof value === "number") {
      return { text: formatNumber(value, this.getFormat(sheet, ref)), kind: "number" };
    }
    if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", kind: "boolean" };
    return { text: value, kind: "text" };
  }

  /** Enters what a user typed, as Excel interprets it. */
  enterInput(sheet: string, ref: CellRef, text: string): void {
    this.setCells(sheet, ref, [[parseInput(text)]]);
    const format = /^-?[\d.,]+%$/.test(text.trim()) ? "0%" : null;
    if (format && !this.getFormat(sheet, ref)) this.setFormat(sheet, ref, format);
  }

  /** Writes a block of values; strings starting "=" are formulas. One recalculation. */
  setCells(sheet: string, topLeft: CellRef, values: (CellValue | RawCellContent)[][]): void {
    const id = this.sheetId(sheet);
    this.batch(() => {
      values.forEach((row, r) =>
        row.forEach((_, c) =>
          forgetShape({ sheet: id, row: topLeft.row + r, col: topLeft.col + c }),
        ),
      );
      this.hf.setCellContents({ sheet: id, row: topLeft.row, col: topLeft.col }, values);
    });
    this.emit("data");
  }

  /** A range as tab-separated text (what Excel puts on the clipboard): values as shown. */
  rangeAsText(sheet: string, range: RangeRef): string {
    const lines: string[] = [];
    for (let row = range.start.row; row <= range.end.row; row++) {
      const cells: string[] = [];
      for (let col = range.start.col; col <= range.end.col; col++) {
        cells.push(this.display(sheet, { row, col }).text);
      }
      lines.push(cells.join("\t"));
    }
    return lines.join("\n");
  }

  /** Pastes tab-separated text at a cell, each value read as if typed. */
  pasteText(sheet: string, at: CellRef, text: string): void {
    const rows = text
      .replace(/\r\n?/g, "\n")
      .replace(/\n$/, "")
      .split("\n")
      .map((line) => line.split("\t").map(parseInput));
    const width = widestRow(rows);
    this.setCells(
      sheet,
      at,
      rows.map((row) => Array.from({ length: width }, (_, i) => (i < row.length ? row[i] : null))),
    );
  }

  clearRange(sheet: string, range: RangeRef): void {
    const rows = range.end.row - range.start.row + 1;
    const cols = range.end.col - range.start.col + 1;
    this.setCells(
      sheet,
      range.start,
      Array.from({ length: rows }, () => Array.from({ length: cols }, () => null)),
    );
  }

  isEmpty(sheet: string, ref: CellRef): boolean {
    return this.hf.isCellEmpty(this.address(sheet, ref));
  }

  // ---- tables and charts ------------------------------------------------------------------

  /** A valid table name unused in the workbook (the shared rule, src/workbook/names). */
  uniqueTableName(preferred: string): string {
    return uniqueTableName(
      preferred,
      this.tables.map((t) => t.name),
    );
  }

  addTable(table: TableInfo): void {
    this.tables.push(table);
    this.emit("data");
  }

  tableAt(sheet: string, ref: CellRef): TableInfo | undefined {
    return this.tables.find(
      (t) =>
        t.sheet === sheet &&
        ref.row >= t.range.start.row &&
        ref.row <= t.range.end.row &&
        ref.col >= t.range.start.col &&
        ref.col <= t.range.end.col,
    );
  }

  addChart(sheet: string, spec: ChartSpec): ChartInfo {
    const chart = { id: this.nextChartId++, sheet, spec };
    this.charts.push(chart);
    this.emit("charts");
    return chart;
  }

  // ---- settings ---------------------------------------------------------------------------

  setSetting(key: string, value: string): void {
    this.settings.set(key, value);
    this.emit("settings");
  }

  // ---- selection --------------------------------------------------------------------------

  private cellSelection(sheet: string, ref: CellRef): Selection {
    return { sheet, active: ref, range: { start: ref, end: ref } };
  }

  select(sheet: string, range: RangeRef, active: CellRef = range.start): void {
    this.sheetId(sheet);
    this.selection = { sheet, active, range };
    this.emit("selection");
  }

  selectCell(sheet: string, ref: CellRef): void {
    this.select(sheet, { start: ref, end: ref }, ref);
  }

  // ---- snapshots --------------------------------------------------------------------------

  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheetNames().map((name) => {
        const id = this.sheetId(name);
        const serialized = this.hf.getSheetSerialized(id);
        const cells: [number, number, RawCellContent][] = [];
        serialized.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value !== null && value !== undefined && value !== "") cells.push([r, c, value]);
          }),
        );
        return { name, cells };
      }),
      formats: Object.fromEntries(
        [...this.formats].map(([sheet, map]) => [sheet, [...map] as [string, string][]]),
      ),
      tables: this.tables.map((t) => ({ ...t, headers: [...t.headers] })),
      charts: this.charts.map((c) => ({ ...c })),
      settings: [...this.settings],
    };
  }

  /** Replaces the whole workbook with a snapshot (reload, import). */
  restore(snapshot: WorkbookSnapshot): void {
    if (snapshot.sheets.length === 0) throw new Error("The workbook has no sheets.");
    forgetAllShapes();
    this.batch(() => {
      const placeholder = this.uniqueSheetName("__loading__");
      this.hf.addSheet(placeholder);
      for (const name of this.sheetNames()) {
        if (name !== placeholder) this.hf.removeSheet(this.sheetId(name));
      }
      for (const sheet of snapshot.sheets) {
        const id = this.hf.getSheetId(this.hf.addSheet(this.uniqueSheetName(sheet.name)))!;
        let maxRow = -1;
        let maxCol = -1;
        for (const [r, c] of sheet.cells) {
          maxRow = Math.max(maxRow, r);
          maxCol = Math.max(maxCol, c);
        }
        if (maxRow >= 0) {
          const grid: RawCellContent[][] = Array.from({ length: maxRow + 1 }, () =>
            Array.from({ length: maxCol + 1 }, () => null),
          );
          for (const [r, c, v] of sheet.cells) grid[r][c] = v;
          this.hf.setSheetContent(id, grid);
        }
      }
      this.hf.removeSheet(this.sheetId(placeholder));
    });
    this.formats.clear();
    for (const [sheet, entries] of Object.entries(snapshot.formats)) {
      this.formats.set(sheet, new Map(entries));
    }
    this.tables.splice(0, this.tables.length, ...snapshot.tables);
    this.charts.splice(0, this.charts.length, ...snapshot.charts);
    this.nextChartId =
      maxOf(
        this.charts.map((c) => c.id),
        0,
      ) + 1;
    this.settings.clear();
    for (const [k, v] of snapshot.settings) this.settings.set(k, v);
    this.selection = this.cellSelection(this.sheetNames()[0], { row: 0, col: 0 });
    for (const kind of ["data", "sheets", "selection", "charts", "settings"] as const)
      this.emit(kind);
  }
}

/** Interprets typed text like Excel: numbers, percentages, TRUE/FALSE, formulas, text. */
export function parseInput(text: string): RawCellContent {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("=")) return trimmed;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toUpperCase() === "TRUE";
  const percent = /^(-?[\d,]*\.?\d+)%$/.exec(trimmed);
  if (percent) return Number(percent[1].replace(/,/g, "")) / 100;
  if (/^-?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/.test(trimmed) && /\d/.test(trimmed)) {
    return Number(trimmed.replace(/,/g, ""));
  }
  return text;
}
