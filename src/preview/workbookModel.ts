/**
 * The workbench's workbook: a HyperFormula instance (dependency-graph recalculation) plus
 * what HyperFormula does not keep — number formats, tables, charts, settings and the
 * selection. The grid renders it; `previewWorkbook.ts` exposes it to the task pane as a
 * WorkbookHost.
 *
 * Storage is sparse throughout: the engine keeps each sheet as a map of filled cells
 * (AlwaysSparse), snapshots list filled cells only, and restore writes them in a few
 * rectangles (./sheetTiles), so a value in XFD1048576 costs what it holds. `restore` builds the
 * new workbook in a new engine and swaps it in only once it is complete, so a failure leaves
 * the current workbook exactly as it was.
 */
import { AlwaysSparse, DetailedCellError, ErrorType, HyperFormula } from "hyperformula";
import type { RawCellContent, SimpleCellAddress } from "hyperformula";
import type { CellValue, ChartSpec } from "../workbook/types";
import { SpillTracker } from "./spills";
import { maxOf, widestRow } from "../core/ranges";
import { formatNumber } from "./format";
import type { CellRef, RangeRef } from "../workbook/a1";
import { cellAddress } from "../workbook/a1";
import { uniqueSheetName, uniqueTableName } from "../workbook/names";
import { rowsAddedBelow } from "../workbook/tableGrowth";
import { tilesOf } from "./sheetTiles";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  checkSnapshot,
  type ChartInfo,
  type SheetCell,
  type TableInfo,
  type WorkbookSnapshot,
} from "./snapshot";
import { MAX_CELL_TEXT, excelNumber, interpretTyped, parseInput } from "./typedInput";

export type { ChartInfo, TableInfo, WorkbookSnapshot } from "./snapshot";
export { parseInput } from "./typedInput";

/** Bounding boxes up to this many cells HyperFormula may copy whole (removing a sheet does). */
const DENSE_COPY_LIMIT = 5_000_000;

/** The engine's settings; `context` is the model's SpillTracker, which the bridge reads. */
const engineConfig = (spills: SpillTracker) => ({
  licenseKey: "gpl-v3",
  maxRows: MAX_ROWS,
  maxColumns: MAX_COLUMNS,
  // Maps of filled cells, not row arrays: the engine's own sheet-wide passes (clearing,
  // removing a sheet) then cost what a sheet holds, not its bounding box.
  chooseAddressMappingPolicy: new AlwaysSparse(),
  context: spills,
});

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

export class WorkbookModel {
  /** Spill sizes of the engine's array formulas (./spills); each engine gets its own. */
  private spills = new SpillTracker();
  private engine: HyperFormula;
  readonly tables: TableInfo[] = [];
  readonly charts: ChartInfo[] = [];
  readonly settings = new Map<string, string>();
  private readonly formats = new Map<string, Map<string, string>>();
  private readonly listeners = new Set<(kinds: Set<ChangeKind>) => void>();
  private pending = new Set<ChangeKind>();
  private batchDepth = 0;
  private nextChartId = 1;
  selection: Selection;
  /** The workbook's name, as Excel's title bar shows it; an export is saved under it. */
  name = "Workbook";

  constructor() {
    this.engine = HyperFormula.buildEmpty(engineConfig(this.spills));
    const first = this.engine.addSheet("Sheet1");
    this.selection = this.cellSelection(first, { row: 0, col: 0 });
  }

  /** The engine holding the cells. `restore` replaces it, so read it here each time. */
  get hf(): HyperFormula {
    return this.engine;
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
    this.spills.settle(this.hf);
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
    const { height, width } = this.hf.getSheetDimensions(id);
    if (height * width <= DENSE_COPY_LIMIT) {
      this.batch(() => this.hf.removeSheet(id));
    } else {
      // HyperFormula copies a sheet cell by cell over its bounding box before removing it (for
      // its undo), which a far-off cell makes billions of cells; rebuilding without the sheet
      // costs what the workbook holds instead, and formulas that pointed there show #REF! alike.
      const selection = this.selection;
      const snapshot = this.snapshot();
      this.restore({ ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== name) });
      if (selection.sheet !== name) this.selection = selection;
    }
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

  /**
   * How many cells the workbook holds (formulas, values, and cells formulas refer to), read
   * from the engine's maps of filled cells without visiting them: cheap enough to call on
   * every autosave.
   */
  filledCellCount(): number {
    let count = 0;
    for (const name of this.sheetNames()) {
      const strategy = this.hf.dependencyGraph.addressMapping.getStrategyForSheetOrThrow(
        this.sheetId(name),
      ) as unknown as { mapping?: unknown };
      if (strategy.mapping instanceof Map) {
        // SparseStrategy: a map of columns, each a map of rows (engineConfig asks for it).
        for (const column of (strategy.mapping as Map<number, Map<number, unknown>>).values()) {
          count += column.size;
        }
      } else {
        for (const entry of this.hf.dependencyGraph.addressMapping.sheetEntries(this.sheetId(name)))
          if (entry) count++;
      }
    }
    return count;
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
      if (!Number.isFinite(value)) {
        const message = "The result is not a number Excel can show.";
        return { text: "#NUM!", kind: "error", error: { code: "#NUM!", message } };
      }
      return { text: formatNumber(value, this.getFormat(sheet, ref)), kind: "number" };
    }
    if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", kind: "boolean" };
    return { text: value, kind: "text" };
  }

  /**
   * Enters what a user typed, as Excel interprets it (typedInput.ts): the one place a string
   * the user wrote becomes a formula, a number or a date. A date or percentage typed into a cell
   * without a number format gives it one, as in Excel.
   */
  enterInput(sheet: string, ref: CellRef, text: string): void {
    const typed = interpretTyped(text);
    this.setCells(sheet, ref, [[typed.content]]);
    if (typed.format && !this.getFormat(sheet, ref)) this.setFormat(sheet, ref, typed.format);
    this.growTablesBelow(sheet, { start: ref, end: ref });
  }

  /** A row typed or pasted directly below a table joins it, as Excel's AutoExpansion does. */
  private growTablesBelow(sheet: string, edit: RangeRef): void {
    for (const table of this.tables) {
      if (table.sheet !== sheet) continue;
      const added = rowsAddedBelow(
        { bottom: table.range.end.row, left: table.range.start.col, right: table.range.end.col },
        { top: edit.start.row, bottom: edit.end.row, left: edit.start.col, right: edit.end.col },
        (row, col) => !this.isEmpty(sheet, { row, col }),
      );
      if (added > 0) {
        table.range = {
          start: table.range.start,
          end: { ...table.range.end, row: table.range.end.row + added },
        };
        this.emit("data");
      }
    }
  }

  /**
   * Writes a block of raw contents: a string starting "=" is a formula, one starting with an
   * apostrophe is text (callers writing text use typedInput's `asText`). One recalculation.
   * Refuses, writing nothing, text longer than a cell holds; numbers too close to 0 for Excel
   * become 0, as Excel stores them.
   */
  setCells(sheet: string, topLeft: CellRef, values: (CellValue | RawCellContent)[][]): void {
    const id = this.sheetId(sheet);
    values = values.map((row, r) =>
      row.map((value, c) => {
        if (typeof value === "string") {
          const length = value.startsWith("'") ? value.length - 1 : value.length;
          if (length > MAX_CELL_TEXT) {
            const at = cellAddress({ row: topLeft.row + r, col: topLeft.col + c });
            throw new RangeError(
              `The text for ${sheet}!${at} is ${length.toLocaleString("en-GB")} characters long; a cell holds at most ${MAX_CELL_TEXT.toLocaleString("en-GB")} (Excel's limit).`,
            );
          }
        }
        return typeof value === "number" ? (excelNumber(value) ?? "#NUM!") : value;
      }),
    );
    this.batch(() => {
      values.forEach((row, r) =>
        row.forEach((_, c) =>
          this.spills.forget({ sheet: id, row: topLeft.row + r, col: topLeft.col + c }),
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
    this.growTablesBelow(sheet, {
      start: at,
      end: { row: at.row + rows.length - 1, col: at.col + width - 1 },
    });
  }

  /** Empties a range: only its filled cells are written, so clearing A:XFD costs what it holds. */
  clearRange(sheet: string, range: RangeRef): void {
    const id = this.sheetId(sheet);
    const inside = this.filledCells(id).filter(
      ([row, col]) =>
        row >= range.start.row &&
        row <= range.end.row &&
        col >= range.start.col &&
        col <= range.end.col,
    );
    if (inside.length === 0) return;
    this.batch(() => {
      for (const [row, col] of inside) this.spills.forget({ sheet: id, row, col });
      this.writeTiles(
        this.hf,
        id,
        inside.map(([row, col]) => [row, col, null]),
      );
    });
    this.emit("data");
  }

  /** Writes sparse cells in few rectangles (./sheetTiles). Call inside a batch. */
  private writeTiles(hf: HyperFormula, sheetId: number, cells: readonly SheetCell[]): void {
    for (const tile of tilesOf(cells)) {
      hf.setCellContents({ sheet: sheetId, row: tile.row, col: tile.col }, tile.values);
    }
  }

  /**
   * The filled cells of a sheet as raw contents, row by row, from the engine's map of filled
   * cells (cost grows with the cells, not the bounding box). A spilled result belongs to its
   * formula, so only the anchor is listed.
   */
  private filledCells(sheetId: number): SheetCell[] {
    const hf = this.hf;
    const cells: SheetCell[] = [];
    for (const [address] of hf.dependencyGraph.addressMapping.sheetEntries(sheetId)) {
      const formula = hf.getCellFormula(address);
      if (formula !== undefined) {
        cells.push([address.row, address.col, formula]);
        continue;
      }
      if (hf.isCellPartOfArray(address)) continue;
      const raw = hf.getCellSerialized(address);
      if (raw === null || raw === undefined || raw === "") continue;
      cells.push([address.row, address.col, raw instanceof Date ? raw.toISOString() : raw]);
    }
    return cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
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
      name: this.name,
      sheets: this.sheetNames().map((name) => ({
        name,
        cells: this.filledCells(this.sheetId(name)),
      })),
      formats: Object.fromEntries(
        [...this.formats].map(([sheet, map]) => [sheet, [...map] as [string, string][]]),
      ),
      tables: this.tables.map((t) => ({ ...t, headers: [...t.headers] })),
      charts: this.charts.map((c) => ({ ...c })),
      settings: [...this.settings],
    };
  }

  /**
   * Replaces the whole workbook with a snapshot (reload, import). The snapshot is checked
   * (snapshot.ts `checkSnapshot`) and built in a new engine first; only a complete build
   * replaces the current workbook, so any failure throws with the workbook unchanged.
   */
  restore(data: WorkbookSnapshot): void {
    const snapshot = checkSnapshot(data);
    const built = this.build(snapshot);
    const previous = this.engine;
    this.engine = built.engine;
    this.spills = built.spills;
    previous.destroy();
    this.formats.clear();
    for (const [sheet, entries] of Object.entries(snapshot.formats)) {
      const name = built.names.get(sheet);
      if (name) this.formats.set(name, new Map(entries));
    }
    const renamed = <T extends { sheet: string }>(item: T): T[] => {
      const name = built.names.get(item.sheet);
      return name ? [{ ...item, sheet: name }] : [];
    };
    this.tables.splice(0, this.tables.length, ...snapshot.tables.flatMap(renamed));
    this.charts.splice(0, this.charts.length, ...snapshot.charts.flatMap(renamed));
    this.nextChartId =
      maxOf(
        this.charts.map((c) => c.id),
        0,
      ) + 1;
    this.settings.clear();
    for (const [k, v] of snapshot.settings) this.settings.set(k, v);
    this.name = snapshot.name ?? "Workbook";
    this.selection = this.cellSelection(this.sheetNames()[0], { row: 0, col: 0 });
    this.resizeSpills();
    for (const kind of ["data", "sheets", "selection", "charts", "settings"] as const)
      this.emit(kind);
  }

  /**
   * A new engine holding the snapshot's sheets, and each saved sheet name's name in it (made
   * valid and unique). Sheets whose cells fill most of their bounding box go in as one block
   * (HyperFormula's fastest path); others are written as tiles. Throws, destroying the
   * half-built engine, if anything fails.
   */
  private build(snapshot: WorkbookSnapshot): {
    engine: HyperFormula;
    spills: SpillTracker;
    names: Map<string, string>;
  } {
    const names = new Map<string, string>();
    const taken: string[] = [];
    for (const sheet of snapshot.sheets) {
      const name = uniqueSheetName(sheet.name, taken);
      names.set(sheet.name, name);
      taken.push(name);
    }
    // Placeholder sheet names keep the order (an object's integer-like keys would sort first);
    // control characters never survive the sheet-name rules, so they cannot clash.
    const dense: Record<string, RawCellContent[][]> = {};
    const sparse: { index: number; cells: SheetCell[] }[] = [];
    snapshot.sheets.forEach((sheet, index) => {
      const grid = denseGrid(sheet.cells);
      dense[`\u0001${index}`] = grid ?? [];
      if (!grid) sparse.push({ index, cells: sheet.cells });
    });
    const spills = new SpillTracker();
    const engine = HyperFormula.buildFromSheets(dense, engineConfig(spills));
    try {
      engine.batch(() => {
        for (const { index, cells } of sparse) this.writeTiles(engine, index, cells);
      });
      snapshot.sheets.forEach((sheet, index) => {
        engine.renameSheet(index, names.get(sheet.name) ?? sheet.name);
      });
      return { engine, spills, names };
    } catch (error) {
      engine.destroy();
      throw error;
    }
  }
}

/**
 * The cells as one dense block from A1 when they fill at least half of it (a table, the usual
 * import), else null. Bounded so a far-off cell never builds a huge grid.
 */
function denseGrid(cells: readonly SheetCell[]): RawCellContent[][] | null {
  if (cells.length === 0) return [];
  let rows = 0;
  let cols = 0;
  for (const [row, col] of cells) {
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  if (rows * cols > 2 * cells.length + 1024) return null;
  const grid: RawCellContent[][] = Array.from({ length: rows }, () =>
    new Array<RawCellContent>(cols).fill(null),
  );
  for (const [row, col, value] of cells) grid[row][col] = value;
  return grid;
}
