/**
 * The small workbook interface the task pane talks to. Two implementations exist:
 * `src/office/excelWorkbook.ts` over the Excel JavaScript API (the only module that calls
 * `Excel.run`/`context.sync`), and `src/preview/previewWorkbook.ts` over the workbench's
 * own engine. Components receive a `WorkbookHost` as a prop and never touch Office.js.
 *
 * Every method is async and rejects with a `WorkbookError` whose message is fit to show a user.
 */

/** A cell value as read from or written to a sheet. `null` is an empty cell. */
export type CellValue = string | number | boolean | null;

/**
 * A formula the pane built itself. It is the only way a host writes a formula: every string
 * written is text, kept as text however it looks ("=HYPERLINK(…)", "+5 ASYE", "1/2", "007").
 */
export interface FormulaCell {
  readonly formula: string;
}

/** A formula cell; `text` starts with "=". */
export const formula = (text: string): FormulaCell => ({ formula: text });

export const isFormulaCell = (value: unknown): value is FormulaCell =>
  typeof value === "object" && value !== null && typeof (value as FormulaCell).formula === "string";

/** What the pane writes into one cell: a value, or a formula it built. */
export type WriteValue = CellValue | FormulaCell;

/** A block of data read from the workbook, with its header row separated out. */
export interface DataBlock {
  /** Sheet name. */
  sheet: string;
  /** Excel table name when the block is a table, otherwise undefined (a current region). */
  tableName?: string;
  /** A1 address of the whole block including the header row, e.g. "A1:H40". */
  address: string;
  /** 1-based sheet row number of the header row; data row i is at sheet row headerRow + 1 + i. */
  headerRow: number;
  /** 0-based sheet column index of the block's first column. */
  firstColumn: number;
  headers: string[];
  rows: CellValue[][];
}

/**
 * The values of a sheet's used range: the smallest block holding every cell with a value, as
 * Excel's `getUsedRange(true)` gives it (it need not start at A1).
 */
export interface SheetValues {
  sheet: string;
  /** A1 address of the used range, e.g. "B3:F40". */
  address: string;
  /** 1-based sheet row of the block's first row: row i of `values` is sheet row firstRow + i. */
  firstRow: number;
  /** 0-based sheet column index of the block's first column (as in DataBlock). */
  firstColumn: number;
  /**
   * Every row of the block, each as wide as the block. Blanks are null; a formula gives its
   * value; an error its Excel text ("#DIV/0!"); text is as the cell holds it ("=A1" typed as
   * text reads back as the text "=A1").
   */
  values: CellValue[][];
}

export interface LineSeries {
  name: string;
  /** A1 range (on the chart's sheet) holding the series values, without header. */
  valuesAddress: string;
}

export interface ChartSpec {
  kind: "line" | "column";
  title: string;
  /** A1 range holding the category (x-axis) labels, without header. */
  categoriesAddress: string;
  series: LineSeries[];
  /** Where to place the chart, as an A1 cell address of its top-left corner. */
  anchor: string;
  yAxisTitle?: string;
  /** Format the value axis as a percentage. */
  percentAxis?: boolean;
  /** A shaded band behind the series, such as the 13–16 caseload band. */
  band?: ChartBand;
}

/** A band between two edges, one value per category each, drawn shaded behind the series. */
export interface ChartBand {
  /** The legend's name for it, e.g. "Caseload band (13–16)". */
  name: string;
  /** A1 range (on the chart's sheet) of the lower edge, without header. */
  lowAddress: string;
  /** A1 range of the upper edge, without header. */
  highAddress: string;
}

export interface TableSpec {
  /** Preferred table name; the host makes it unique and valid. */
  name: string;
  /** A1 address of the top-left cell of the header row. */
  topLeft: string;
  headers: string[];
  /**
   * Rows of values, each as wide as `headers`. Strings are text; a formula is written only as
   * a `FormulaCell`. Cell number formats may be given per column (Excel format codes such as
   * "0.0%" or "#,##0"; "@" keeps a column as text).
   */
  rows: WriteValue[][];
  columnFormats?: (string | null)[];
}

export interface WriteCellsOptions {
  /** The cells are the pane's own, written by it before: update them even though they hold data. */
  replace?: boolean;
  /**
   * Number formats from the top-left cell, one per column ("0.0%", "£#,##0"; null leaves
   * General), over `rows` rows, which may reach below the values written: where a formula
   * written here will spill, so its result shows formatted. Formats are not data: the cells
   * stay empty, and free for the spill.
   */
  formats?: CellFormats;
}

export interface CellFormats {
  columns: readonly (string | null)[];
  rows: number;
}

export interface WrittenTable {
  sheet: string;
  tableName: string;
  /** A1 address of the whole table including header. */
  address: string;
}

export type Unsubscribe = () => void;

export interface WorkbookHost {
  /** "excel" or "preview": lets the UI word a few messages differently. Never branch logic on it. */
  readonly kind: "excel" | "preview";

  /**
   * Finds staffing data: the first Excel table whose headers look like a staffing list,
   * else the current region around the selection. Null when there is nothing to read.
   */
  findStaffingData(): Promise<DataBlock | null>;

  /**
   * Reads the values of a sheet's used range (see SheetValues). Null when the sheet holds no
   * values. Rejects when there is no such sheet, or when the used range has more cells than
   * one read may take (src/workbook/checks.ts: MAX_SHEET_READ_CELLS), saying where the far
   * cells are. Excel reads it in chunks that keep each response under Excel on the web's 5 MB.
   */
  readSheet(name: string): Promise<SheetValues | null>;

  /** Selects a range (e.g. a rejected row) so the user can see it. */
  selectRange(sheet: string, address: string): Promise<void>;

  /** Names of all sheets, in order. */
  listSheets(): Promise<string[]>;

  /**
   * Adds a new sheet, never replacing an existing one: when `preferredName` is taken or
   * invalid the host picks a unique valid variant (src/workbook/names.ts: "Scenario (2)").
   * Returns the name used.
   */
  addSheet(preferredName: string): Promise<string>;

  /** Deletes a sheet. Callers only delete sheets the add-in created (tracked in settings). */
  deleteSheet(name: string): Promise<void>;

  /**
   * Writes a native table (header row and at least one body row) on a sheet the add-in
   * created. Rejects, writing nothing, when any of its cells already holds data: the add-in
   * never writes over the user's cells. The table name is made valid and unique.
   */
  writeTable(sheet: string, table: TableSpec): Promise<WrittenTable>;

  /**
   * Writes cells (a title, notes, a formula the pane built) at an A1 top-left cell; short rows
   * are padded with blanks. Rejects, writing nothing, when any target cell holds data, unless
   * `replace` says the cells are the pane's own (a value it wrote earlier and now updates).
   */
  writeCells(
    sheet: string,
    topLeft: string,
    values: WriteValue[][],
    options?: WriteCellsOptions,
  ): Promise<void>;

  /** Adds a native chart to a sheet. */
  addChart(sheet: string, chart: ChartSpec): Promise<void>;

  /** Reads a setting saved inside the workbook (travels with the file). Null when absent. */
  getSetting(key: string): Promise<string | null>;

  /** Saves a setting inside the workbook. */
  setSetting(key: string, value: string): Promise<void>;

  /** Calls back (debounced by the caller) when cell data changes in the workbook. */
  onDataChanged(callback: () => void): Promise<Unsubscribe>;

  /**
   * Inserts the sample staffing workbook on new sheets (unique names) and returns
   * the sheet name of the staffing list.
   */
  insertSample(sample: SampleWorkbook): Promise<string>;
}

/** The sample workbook from `seeds/`, as plain data, so either host can insert it. */
export interface SampleWorkbook {
  sheets: { name: string; tableName?: string; headers: string[]; rows: CellValue[][] }[];
}

/** An error from the host, worded for the user. */
export class WorkbookError extends Error {
  override readonly name = "WorkbookError";
  readonly cause?: unknown;

  constructor(message: string, cause?: unknown) {
    super(message);
    this.cause = cause;
  }
}
