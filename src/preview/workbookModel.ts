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
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { RawCellContent, SimpleCellAddress } from "hyperformula";
import type { CellValue, ChartSpec } from "../workbook/types";
import { SpillTracker } from "./spills";
import { displayOf, inputOf, type CellDisplay } from "./cellDisplay";
import { ChangeNotifier, type ChangeKind } from "./changeNotifier";
import { cellAddress, type CellRef, type RangeRef } from "../workbook/a1";
import { uniqueSheetName, uniqueTableName } from "../workbook/names";
import { checkSnapshot, type ChartInfo, type TableInfo, type WorkbookSnapshot } from "./snapshot";
import { interpretTyped } from "./typedInput";
import { checkedContents, pastedRows } from "./workbookInput";
import {
  engineConfig,
  UNDO_STEPS,
  filledCellCount,
  filledCells,
  writeTiles,
} from "./workbookEngine";
import { spillFormulaAt, spillRangeAt } from "./workbookSpills";
import { toEngineFormula, toExcelFormula, type TableNameRef } from "./formulaText";
import { defineTableNames } from "./tableNames";
import {
  copyTable,
  dropSheetOf,
  growTablesBelow,
  moveTables,
  renameSheetOf,
  tableAt,
} from "./workbookTables";
import { UndoHistory } from "./undoHistory";
import { buildRestored } from "./workbookRestore";
import type { Axis, LineChange } from "./rowsColumns";
import { SheetLayers, type LayersCapture } from "./sheetLayers";
import { errorOrigin } from "./errorOrigin";

export type { ChartInfo, TableInfo, WorkbookSnapshot } from "./snapshot";
export { parseInput } from "./typedInput";

/** Bounding boxes up to this many cells HyperFormula may copy whole (removing a sheet does). */
const DENSE_COPY_LIMIT = 5_000_000;

/** What undo restores beside the engine: everything the workbench keeps outside it. */
interface WorkbookMeta {
  tables: TableInfo[];
  charts: ChartInfo[];
  layers: LayersCapture;
}

export type { CellDisplay } from "./cellDisplay";
export type { ChangeKind } from "./changeNotifier";

export interface Selection {
  sheet: string;
  active: CellRef;
  range: RangeRef;
}

export class WorkbookModel {
  /** Spill sizes of the engine's array formulas (./spills); each engine gets its own. */
  private spills = new SpillTracker();
  private engine: HyperFormula;
  readonly tables: TableInfo[] = [];
  readonly charts: ChartInfo[] = [];
  readonly settings = new Map<string, string>();
  /** Number formats and column widths (./sheetLayers). */
  private readonly layers = new SheetLayers();
  private readonly changes = new ChangeNotifier();
  private nextChartId = 1;
  private readonly history: UndoHistory<WorkbookMeta, Selection>;
  /** A group of task pane writes, closed once the pane's current piece of work is done. */
  private paneGroup: ReturnType<typeof setTimeout> | null = null;
  private inPaneWrite = false;
  selection: Selection;
  /** The workbook's name, as Excel's title bar shows it; an export is saved under it. */
  name = "Workbook";

  constructor() {
    this.engine = HyperFormula.buildEmpty(engineConfig(this.spills));
    const first = this.engine.addSheet("Sheet1");
    this.engine.clearUndoStack();
    this.selection = this.cellSelection(first, { row: 0, col: 0 });
    this.history = new UndoHistory<WorkbookMeta, Selection>(
      {
        engine: () => this.engine,
        meta: () => this.meta(),
        setMeta: (meta) => this.setMeta(meta),
        place: () => this.selection,
        setPlace: (place) => {
          this.selection = this.hasSheet(place.sheet)
            ? place
            : this.cellSelection(this.sheetNames()[0], { row: 0, col: 0 });
        },
        // Undo and redo move cells: shapes are learnt again from the engine's recalculation.
        settle: () => {
          this.spills.forgetAll();
          this.spills.settle(this.engine);
        },
        sameMeta: (a, b) =>
          a.charts.length === b.charts.length &&
          JSON.stringify(a.tables) === JSON.stringify(b.tables) &&
          SheetLayers.same(a.layers, b.layers),
      },
      UNDO_STEPS,
    );
  }

  /** The engine holding the cells. `restore` replaces it, so read it here each time. */
  get hf(): HyperFormula {
    return this.engine;
  }

  // ---- change notification -------------------------------------------------------------

  subscribe(listener: (kinds: Set<ChangeKind>) => void): () => void {
    return this.changes.subscribe(listener);
  }

  private emit(kind: ChangeKind): void {
    this.changes.emit(kind);
  }

  /**
   * Groups many edits into one recalculation, one notification and one undo step (a task pane
   * write joins the pane's current step instead: see `paneWrite`).
   */
  batch<T>(work: () => T): T {
    if (this.changes.held) return work();
    if (!this.inPaneWrite) this.closePaneGroup();
    const ownStep = !this.history.isOpen;
    if (ownStep) this.beginStep();
    this.changes.hold();
    let result!: T;
    try {
      this.hf.batch(() => {
        result = work();
      });
    } finally {
      this.changes.release();
      this.spills.settle(this.hf);
      if (ownStep && !this.inPaneWrite) this.history.end();
    }
    this.changes.flush();
    return result;
  }

  private beginStep(): void {
    this.layers.newStep();
    this.history.begin();
  }

  /**
   * Runs a task pane write. Writes the pane makes in one go (a scenario's sheet, tables and
   * charts, made one after another without waiting on anything else) are one undo step: the
   * step stays open until the browser's next task.
   */
  paneWrite<T>(work: () => T): T {
    if (this.paneGroup === null) {
      this.history.end();
      this.beginStep();
      this.paneGroup = setTimeout(() => this.closePaneGroup(), 0);
    }
    this.inPaneWrite = true;
    try {
      return this.batch(work);
    } finally {
      this.inPaneWrite = false;
    }
  }

  private closePaneGroup(): void {
    if (this.paneGroup === null) return;
    clearTimeout(this.paneGroup);
    this.paneGroup = null;
    this.history.end();
    this.emit("history");
  }

  // ---- undo and redo ----------------------------------------------------------------------

  /** Whether there is a step to undo (the pane's open one counts: it closes on undo). */
  canUndo(): boolean {
    return this.history.canUndo() || this.paneGroup !== null;
  }

  canRedo(): boolean {
    return this.history.canRedo() && this.paneGroup === null;
  }

  /** Undoes the last step (Ctrl+Z); false when there is nothing to undo. */
  undo(): boolean {
    this.closePaneGroup();
    const done = this.history.undo();
    if (done) this.emitAll();
    return done;
  }

  /** Redoes the last undone step (Ctrl+Y); false when there is nothing to redo. */
  redo(): boolean {
    this.closePaneGroup();
    const done = this.history.redo();
    if (done) this.emitAll();
    return done;
  }

  private meta(): WorkbookMeta {
    return {
      tables: this.tables.map(copyTable),
      charts: this.charts.map((c) => ({ ...c })),
      layers: this.layers.capture(),
    };
  }

  private setMeta(meta: WorkbookMeta): void {
    this.tables.splice(0, this.tables.length, ...meta.tables.map(copyTable));
    this.charts.splice(0, this.charts.length, ...meta.charts.map((c) => ({ ...c })));
    this.layers.restore(meta.layers);
  }

  private emitAll(): void {
    for (const kind of ["data", "sheets", "selection", "charts", "history"] as const)
      this.emit(kind);
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
    this.batch(() => this.hf.addSheet(name));
    this.emit("sheets");
    return name;
  }

  deleteSheet(name: string): void {
    const id = this.sheetId(name);
    if (this.sheetNames().length === 1) throw new Error("A workbook must keep at least one sheet.");
    const { height, width } = this.hf.getSheetDimensions(id);
    if (height * width > DENSE_COPY_LIMIT) {
      // HyperFormula copies a sheet cell by cell over its bounding box before removing it (for
      // its undo), which a far-off cell makes billions of cells; rebuilding without the sheet
      // costs what the workbook holds instead (and cannot be undone), and formulas that pointed
      // there show #REF! alike.
      const selection = this.selection;
      const snapshot = this.snapshot();
      this.restore({ ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== name) });
      if (selection.sheet !== name) this.selection = selection;
      this.emit("sheets");
      return;
    }
    this.batch(() => {
      this.hf.removeSheet(id);
      this.layers.deleteSheet(name);
      dropSheetOf(this.tables, name);
      dropSheetOf(this.charts, name);
      if (this.selection.sheet === name) {
        this.selection = this.cellSelection(this.sheetNames()[0], { row: 0, col: 0 });
        this.emit("selection");
      }
    });
    this.emit("sheets");
  }

  renameSheet(from: string, to: string): string {
    const name = this.uniqueSheetName(to, from);
    if (name === from) return from;
    this.batch(() => {
      this.hf.renameSheet(this.sheetId(from), name);
      renameSheetOf(this.tables, from, name);
      renameSheetOf(this.charts, from, name);
      this.layers.renameSheet(from, name);
      if (this.selection.sheet === from) this.selection = { ...this.selection, sheet: name };
    });
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
    for (const name of this.sheetNames()) count += filledCellCount(this.hf, this.sheetId(name));
    return count;
  }

  /** Rows and columns in use on a sheet (0 when empty). */
  usedSize(sheet: string): { rows: number; cols: number } {
    const { height, width } = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { rows: height, cols: width };
  }

  // ---- rows and columns -------------------------------------------------------------------

  /** Inserts `count` rows or columns before `at` (as Excel's Insert); formulas follow. */
  insertLines(sheet: string, axis: Axis, at: number, count: number): void {
    this.changeLines(sheet, { axis, at, count });
  }

  /** Deletes `count` rows or columns from `at` (as Excel's Delete); formulas follow. */
  deleteLines(sheet: string, axis: Axis, at: number, count: number): void {
    this.changeLines(sheet, { axis, at, count: -count });
  }

  private changeLines(sheet: string, change: LineChange): void {
    const id = this.sheetId(sheet);
    if (change.count === 0) return;
    this.batch(() => {
      const amount = Math.abs(change.count);
      if (change.axis === "rows") {
        if (change.count > 0) this.hf.addRows(id, [change.at, amount]);
        else this.hf.removeRows(id, [change.at, amount]);
      } else if (change.count > 0) this.hf.addColumns(id, [change.at, amount]);
      else this.hf.removeColumns(id, [change.at, amount]);
      // Spill shapes are keyed by address, and cells moved: learnt again as the engine recalculates.
      this.spills.forgetAll();
      this.layers.moveLines(sheet, change);
      moveTables(this.hf, this.tables, sheet, change, (before, after) =>
        this.writeNewHeaders(before, after),
      );
    });
    this.emit("data");
  }

  /** Columns inserted inside a table get their header cells written ("Column1"…), as in Excel. */
  private writeNewHeaders(before: TableInfo, after: TableInfo): void {
    const id = this.sheetId(after.sheet);
    after.headers.forEach((header, i) => {
      if (before.headers.includes(header)) return;
      this.hf.setCellContents(
        { sheet: id, row: after.range.start.row, col: after.range.start.col + i },
        [[header]],
      );
    });
  }

  /** A column's width in CSS pixels, or undefined for the default width. */
  columnWidth(sheet: string, col: number): number | undefined {
    return this.layers.width(sheet, col);
  }

  /** The sheet's resized columns (column → width in pixels). */
  columnWidths(sheet: string): ReadonlyMap<number, number> {
    return this.layers.widthsOf(sheet);
  }

  /** Sets a column's width (null: back to the default); one undo step. */
  setColumnWidth(sheet: string, col: number, width: number | null): void {
    this.sheetId(sheet);
    this.batch(() => {
      this.layers.setWidth(sheet, col, width);
    });
    this.emit("data");
  }

  // ---- cells ----------------------------------------------------------------------------

  private address(sheet: string, ref: CellRef): SimpleCellAddress {
    return { sheet: this.sheetId(sheet), row: ref.row, col: ref.col };
  }

  /** A formula as Excel writes it (TRUE, table names, structured references). */
  private excelFormula(formula: string): string {
    return toExcelFormula(formula, this.tables);
  }

  /** What the formula bar shows: the formula, or the raw value. */
  getInput(sheet: string, ref: CellRef): string {
    return inputOf(this.hf, this.address(sheet, ref), (formula) => this.excelFormula(formula));
  }

  /** The spill anchor's formula for a cell inside a spilled range (Excel greys it out). */
  spillFormulaFor(sheet: string, ref: CellRef): string | null {
    const formula = spillFormulaAt(this.hf, this.address(sheet, ref));
    return formula === null ? null : this.excelFormula(formula);
  }

  /** The spill range holding a cell (anchor included), or null when it is not in one. */
  spillRangeAt(sheet: string, ref: CellRef): RangeRef | null {
    return spillRangeAt(this.hf, this.sheetId(sheet), ref);
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
    return this.layers.format(sheet, ref);
  }

  setFormat(sheet: string, ref: CellRef, format: string | null): void {
    this.batch(() => {
      this.layers.setFormat(sheet, ref, format);
    });
  }

  display(sheet: string, ref: CellRef): CellDisplay {
    return displayOf(this.getValue(sheet, ref), this.getFormat(sheet, ref));
  }

  /**
   * Where an error a formula shows comes from, when it is not its own: the cell among those it
   * reads that holds that error (followed back to the cell that made it), as "Sheet1!B3", with
   * that cell's own explanation. Null when the formula made the error itself.
   */
  errorSource(sheet: string, ref: CellRef): { address: string; message: string } | null {
    const origin = errorOrigin(this.hf, this.address(sheet, ref));
    const originSheet = origin ? this.hf.getSheetName(origin.sheet) : undefined;
    if (!origin || originSheet === undefined) return null;
    const display = this.display(originSheet, origin);
    return {
      address: `${originSheet}!${cellAddress(origin)}`,
      message: display.error?.message ?? "",
    };
  }

  /**
   * Enters what a user typed, as Excel interprets it (typedInput.ts): the one place a string
   * the user wrote becomes a formula, a number or a date. A date or percentage typed into a cell
   * without a number format gives it one, as in Excel.
   */
  enterInput(sheet: string, ref: CellRef, text: string): void {
    const typed = interpretTyped(text);
    this.batch(() => {
      this.setCells(sheet, ref, [[typed.content]]);
      if (typed.format && !this.getFormat(sheet, ref)) this.setFormat(sheet, ref, typed.format);
      this.growTablesBelow(sheet, { start: ref, end: ref });
    });
  }

  /** A row typed or pasted directly below a table joins it, as Excel's AutoExpansion does. */
  private growTablesBelow(sheet: string, edit: RangeRef): void {
    const isFilled = (row: number, col: number) => !this.isEmpty(sheet, { row, col });
    if (growTablesBelow(this.hf, this.tables, sheet, edit, isFilled)) this.emit("data");
  }

  /**
   * Writes a block of raw contents: a string starting "=" is a formula (as Excel writes it),
   * one starting with an apostrophe is text (callers writing text use typedInput's `asText`).
   * One recalculation. Refuses, writing nothing, text longer than a cell holds; numbers too
   * close to 0 for Excel become 0, as Excel stores them.
   */
  setCells(sheet: string, topLeft: CellRef, values: (CellValue | RawCellContent)[][]): void {
    const id = this.sheetId(sheet);
    const names: TableNameRef[] = [];
    const contents = checkedContents(sheet, topLeft, values).map((row, r) =>
      row.map((value) => {
        if (typeof value !== "string" || !value.startsWith("=")) return value;
        const engine = toEngineFormula(value, { tables: this.tables, sheet, row: topLeft.row + r });
        for (const name of engine.names) names.push(name);
        return engine.text;
      }),
    );
    this.batch(() => {
      defineTableNames(this.hf, names);
      const width = contents.reduce((widest, row) => Math.max(widest, row.length), 0);
      this.spills.forgetWithin(id, topLeft.row, topLeft.col, contents.length, width);
      this.hf.setCellContents({ sheet: id, row: topLeft.row, col: topLeft.col }, contents);
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

  /** Pastes tab-separated text at a cell, each value read as if typed: one undo step. */
  pasteText(sheet: string, at: CellRef, text: string): void {
    const rows = pastedRows(text);
    if (rows.length === 0) return;
    this.batch(() => {
      this.setCells(sheet, at, rows);
      this.growTablesBelow(sheet, {
        start: at,
        end: { row: at.row + rows.length - 1, col: at.col + rows[0].length - 1 },
      });
    });
  }

  /** Empties a range: only its filled cells are written, so clearing A:XFD costs what it holds. */
  clearRange(sheet: string, range: RangeRef): void {
    const id = this.sheetId(sheet);
    const inside = filledCells(this.hf, id).filter(
      ([row, col]) =>
        row >= range.start.row &&
        row <= range.end.row &&
        col >= range.start.col &&
        col <= range.end.col,
    );
    if (inside.length === 0) return;
    this.batch(() => {
      for (const [row, col] of inside) this.spills.forget({ sheet: id, row, col });
      writeTiles(
        this.hf,
        id,
        inside.map(([row, col]) => [row, col, null]),
      );
    });
    this.emit("data");
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
    this.batch(() => this.tables.push(copyTable(table)));
    this.emit("data");
  }

  tableAt(sheet: string, ref: CellRef): TableInfo | undefined {
    return tableAt(this.tables, sheet, ref);
  }

  addChart(sheet: string, spec: ChartSpec): ChartInfo {
    const chart = { id: this.nextChartId++, sheet, spec };
    this.batch(() => this.charts.push(chart));
    this.emit("charts");
    return chart;
  }

  // ---- settings ---------------------------------------------------------------------------

  /** The pane's settings are its preferences, saved in the browser too: not undo steps. */
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

  /** The workbook as plain data, formulas as Excel writes them. */
  snapshot(): WorkbookSnapshot {
    this.closePaneGroup();
    const { formats, widths } = this.layers.toSnapshot();
    return {
      name: this.name,
      sheets: this.sheetNames().map((name) => ({
        name,
        cells: filledCells(this.hf, this.sheetId(name)).map(([row, col, content]) => [
          row,
          col,
          typeof content === "string" && content.startsWith("=")
            ? this.excelFormula(content)
            : content,
        ]),
      })),
      formats,
      tables: this.tables.map(copyTable),
      charts: this.charts.map((c) => ({ ...c })),
      settings: [...this.settings],
      widths,
    };
  }

  /**
   * Replaces the whole workbook with a snapshot (reload, import). The snapshot is checked
   * (snapshot.ts `checkSnapshot`) and built in a new engine first; only a complete build
   * replaces the current workbook, so any failure throws with the workbook unchanged. The
   * replaced workbook's undo history goes with it.
   */
  restore(data: WorkbookSnapshot): void {
    const snapshot = checkSnapshot(data);
    const restored = buildRestored(snapshot);
    this.closePaneGroup();
    const previous = this.engine;
    this.engine = restored.engine;
    this.spills = restored.spills;
    previous.destroy();
    this.history.clear();
    this.tables.splice(0, this.tables.length, ...restored.tables);
    this.layers.load(snapshot.formats, snapshot.widths, restored.sheetNames);
    this.charts.splice(0, this.charts.length, ...restored.charts);
    this.nextChartId = restored.nextChartId;
    this.settings.clear();
    for (const [k, v] of snapshot.settings) this.settings.set(k, v);
    this.name = snapshot.name ?? "Workbook";
    this.selection = this.cellSelection(this.sheetNames()[0], { row: 0, col: 0 });
    this.spills.settle(this.engine);
    this.engine.clearUndoStack();
    this.emitAll();
    this.emit("settings");
  }
}
