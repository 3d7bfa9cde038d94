/**
 * What every host checks before it writes, and the words it rejects with, so that a request
 * the workbench refuses is refused in Excel with the same message (test/workbook/
 * hostContract.ts). Nothing here touches a workbook: each check takes plain values and throws a
 * `WorkbookError`, and a host runs them before its first change, so a refused write writes
 * nothing.
 */
import {
  blockRange,
  columnLetters,
  fitsOnSheet,
  parseCell,
  parseRange,
  rangeAddress,
  type RangeRef,
} from "./a1";
import {
  isFormulaCell,
  WorkbookError,
  type CellFormats,
  type ChartSpec,
  type TableSpec,
  type WriteValue,
} from "./types";

/** Excel's limits for one cell (Microsoft support, "Excel specifications and limits"). */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA_LENGTH = 8_192;

export const noSuchSheet = (sheet: string): WorkbookError =>
  new WorkbookError(`There is no sheet called "${sheet}".`);

export const lastSheet = (sheet: string): WorkbookError =>
  new WorkbookError(`"${sheet}" is the only sheet, and a workbook must keep at least one.`);

export const cellsInUse = (sheet: string, range: RangeRef, what: string): WorkbookError =>
  new WorkbookError(
    `Did not write ${what} on "${sheet}": ${rangeAddress(range)} already holds data, and the add-in never writes over cells it did not create.`,
  );

/**
 * Most cells one readSheet may take: as many as the staffing detection reads of a whole sheet,
 * a few hundred thousand rows of a list, and still a few seconds' work at most.
 */
export const MAX_SHEET_READ_CELLS = 2_000_000;

/** Refuses to read a used range bigger than MAX_SHEET_READ_CELLS, naming where it reaches. */
export function checkReadSize(sheet: string, used: RangeRef): void {
  const cells = (used.end.row - used.start.row + 1) * (used.end.col - used.start.col + 1);
  if (cells <= MAX_SHEET_READ_CELLS) return;
  throw new WorkbookError(
    `Did not read the sheet "${sheet}": its used cells span ${rangeAddress(used)} (${cells.toLocaleString("en-GB")} cells), more than the ${MAX_SHEET_READ_CELLS.toLocaleString("en-GB")} the add-in reads at once. Clear the cells far from the data (they reach row ${(used.end.row + 1).toLocaleString("en-GB")} and column ${columnLetters(used.end.col)}) and try again.`,
  );
}

function requireTopLeft(address: string): RangeRef["start"] {
  const ref = parseCell(address);
  if (!ref) throw new WorkbookError(`"${address}" is not a cell address.`);
  return ref;
}

function checkValue(value: WriteValue, where: () => string): void {
  if (isFormulaCell(value)) {
    if (!value.formula.startsWith("=")) {
      throw new WorkbookError(
        `${where()}: the formula "${value.formula}" does not start with "=".`,
      );
    }
    if (value.formula.length > MAX_FORMULA_LENGTH) {
      throw new WorkbookError(
        `${where()}: a formula is longer than Excel's ${MAX_FORMULA_LENGTH.toLocaleString("en-GB")}-character limit.`,
      );
    }
    return;
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new WorkbookError(`${where()}: ${value} is not a number Excel can store.`);
  }
  if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
    throw new WorkbookError(
      `${where()}: a value is longer than Excel's ${MAX_CELL_TEXT.toLocaleString("en-GB")}-character cell limit.`,
    );
  }
}

/**
 * Checks a table before it is written; returns the block it covers (header row plus at least
 * one body row, as Excel tables need one).
 */
export function checkTable(spec: TableSpec): RangeRef {
  const topLeft = requireTopLeft(spec.topLeft);
  const width = spec.headers.length;
  if (width === 0) throw new WorkbookError(`Table "${spec.name}" has no columns.`);
  const seen = new Map<string, number>();
  spec.headers.forEach((header, i) => {
    if (header.trim() === "") {
      throw new WorkbookError(`Column ${i + 1} of table "${spec.name}" has no header.`);
    }
    checkValue(header, () => `The header of column ${i + 1} of table "${spec.name}"`);
    const key = header.trim().toLowerCase();
    if (seen.has(key)) {
      throw new WorkbookError(`Table "${spec.name}" has two columns called "${header.trim()}".`);
    }
    seen.set(key, i);
  });
  spec.rows.forEach((row, r) => {
    if (row.length !== width) {
      throw new WorkbookError(
        `Row ${r + 1} of table "${spec.name}" has ${row.length} values for ${width} columns.`,
      );
    }
    for (const value of row) checkValue(value, () => `Row ${r + 1} of table "${spec.name}"`);
  });
  if (spec.columnFormats && spec.columnFormats.length > width) {
    throw new WorkbookError(
      `Table "${spec.name}" has ${spec.columnFormats.length} column formats for ${width} columns.`,
    );
  }
  const range = blockRange(topLeft, Math.max(spec.rows.length, 1) + 1, width);
  if (!fitsOnSheet(range)) {
    throw new WorkbookError(`Table "${spec.name}" does not fit on the sheet from ${spec.topLeft}.`);
  }
  return range;
}

/** Checks cells before they are written; returns the block they cover (the widest row). */
export function checkCells(topLeft: string, values: readonly (readonly WriteValue[])[]): RangeRef {
  const start = requireTopLeft(topLeft);
  let width = 0;
  values.forEach((row, r) => {
    if (row.length > width) width = row.length;
    for (const value of row) checkValue(value, () => `Row ${r + 1} of the cells at ${topLeft}`);
  });
  if (values.length === 0 || width === 0) {
    throw new WorkbookError(`There are no cells to write at ${topLeft}.`);
  }
  const range = blockRange(start, values.length, width);
  if (!fitsOnSheet(range)) {
    throw new WorkbookError(`The cells from ${topLeft} do not fit on the sheet.`);
  }
  return range;
}

/** Most rows one writeCells may format: a spill of 600 months with room to spare, in one request. */
export const MAX_FORMAT_ROWS = 10_000;

/** Checks number formats before they are set; returns the block they cover. */
export function checkFormats(topLeft: string, formats: CellFormats): RangeRef {
  const start = requireTopLeft(topLeft);
  const { rows, columns } = formats;
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_FORMAT_ROWS || columns.length === 0) {
    throw new WorkbookError(
      `The number formats at ${topLeft} must cover 1 to ${MAX_FORMAT_ROWS.toLocaleString("en-GB")} rows and at least one column.`,
    );
  }
  const range = blockRange(start, rows, columns.length);
  if (!fitsOnSheet(range)) {
    throw new WorkbookError(`The number formats from ${topLeft} do not fit on the sheet.`);
  }
  return range;
}

/** Checks a chart's addresses before it is added. */
export function checkChart(spec: ChartSpec): void {
  if (spec.series.length === 0) {
    throw new WorkbookError(`The chart "${spec.title}" has no series to draw.`);
  }
  for (const address of [spec.categoriesAddress, ...spec.series.map((s) => s.valuesAddress)]) {
    if (!parseRange(address)) {
      throw new WorkbookError(`Chart "${spec.title}": "${address}" is not a range address.`);
    }
  }
  requireTopLeft(spec.anchor);
}

/** Checks a range address given to selectRange. */
export function checkRange(address: string): RangeRef {
  const range = parseRange(address);
  if (!range) throw new WorkbookError(`"${address}" is not a range address.`);
  return range;
}
