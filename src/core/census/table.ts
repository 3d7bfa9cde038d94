/**
 * Reads census workers from a table (a sheet range, a CSV file, an xlsx sheet) whose headers
 * are the census item names. Headers are matched without regard to case, spaces or
 * underscores, may sit below title rows, and may come in any order; columns that are not
 * items are reported, never guessed at. Values may be what a spreadsheet holds: Excel date
 * serials for dates, numbers for codes, TRUE/FALSE for yes/no items, or a code's label.
 */
import { isoDate, parseDate } from "./dates";
import { ITEM_KINDS, itemForHeader, REPEATABLE_ITEMS, type WorkerItem } from "./items";
import { ITEM_INDEX, RawWorker, type CensusReturn, type ItemValues } from "./model";

/** A table's columns are all items or ignored, so no worker has unknown elements. */
const NO_UNKNOWN: readonly string[] = Object.freeze([]);

/** The header a written sheet puts beside a code column; the reader skips these columns. */
export function labelHeader(item: WorkerItem): string {
  return `${item} (label)`;
}

const LABEL_HEADER = /\s*\(label\)\s*$/i;

/** Where the header row is: the first of the first 20 rows naming at least two items. */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): number | undefined {
  const limit = Math.min(rows.length, 20);
  for (let r = 0; r < limit; r++) {
    let named = 0;
    for (const cell of rows[r]) {
      if (typeof cell === "string" && itemForHeader(cell) !== undefined) named++;
      if (named >= 2) return r;
    }
  }
  return undefined;
}

const YES_NO_ITEMS = new Set<WorkerItem>([
  "AgencyWorker",
  "StepUpGrad",
  "FrontlineGrad",
  "Absat30Sept",
]);

/** A cell as census text, using what the item's kind says the cell should hold. */
function cellText(item: WorkerItem, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") {
    if (YES_NO_ITEMS.has(item)) return value ? "1" : "0";
    return value ? "TRUE" : "FALSE";
  }
  if (typeof value === "number") {
    if (ITEM_KINDS[item] === "date") {
      const day = parseDate(value);
      return day === undefined ? String(value) : isoDate(day);
    }
    return String(value);
  }
  // An error cell (CustomFunctions.Error or a sheet's error value) keeps its code, e.g. "#N/A".
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string") return code;
  const basic = (value as { basicValue?: unknown }).basicValue;
  if (basic !== undefined) return cellText(item, basic);
  // Anything else (a rich value) is kept as JSON, so validation can quote it.
  return JSON.stringify(value) ?? "";
}

/** A repeated item's values from one cell: a sheet holds several CFKSSstatus codes as "1; 3". */
function repeatedValues(text: string): string[] {
  if (!text.includes(";")) return [text];
  const values: string[] = [];
  for (const part of text.split(";")) {
    const trimmed = part.trim();
    if (trimmed !== "") values.push(trimmed);
  }
  return values;
}

/** Values kept per column, so memory stays bounded whatever a hostile table holds. */
const MAX_SHARED_VALUES = 50_000;

interface ColumnReader {
  /** The column's position in the row. */
  index: number;
  /** The item's position in a worker's values (ITEM_INDEX). */
  at: number;
  /** A cell's values, or undefined when it is blank. */
  values: (cell: unknown) => ItemValues | undefined;
}

/**
 * How one column's cells become an item's values. Codes, dates and numbers repeat from worker to
 * worker (200,000 workers hold a few thousand distinct dates), so each distinct cell's values
 * are made once and shared, frozen so that no reader can change another worker's; validation
 * then reads each shared array once too (./validate). SWE numbers and free text, which do not
 * repeat, are made each time.
 */
function columnReader(index: number, item: WorkerItem): ColumnReader {
  const repeatable = REPEATABLE_ITEMS.includes(item);
  const make = (cell: unknown): ItemValues | undefined => {
    const text = cellText(item, cell);
    if (text === "") return undefined;
    return repeatable ? repeatedValues(text) : [text];
  };
  const at = ITEM_INDEX.get(item) as number;
  if (ITEM_KINDS[item] === "swe" || ITEM_KINDS[item] === "text") return { index, at, values: make };
  const shared = new Map<unknown, ItemValues | undefined>();
  // The previous row's cell first: a sorted extract repeats a value down many rows.
  let lastCell: unknown = shared;
  let lastValues: ItemValues | undefined;
  const values = (cell: unknown): ItemValues | undefined => {
    if (cell === lastCell) return lastValues;
    if (typeof cell === "object" && cell !== null) return make(cell);
    let made = shared.get(cell);
    if (made === undefined && !shared.has(cell)) {
      made = make(cell);
      if (made) Object.freeze(made);
      if (shared.size < MAX_SHARED_VALUES) shared.set(cell, made);
    }
    lastCell = cell;
    lastValues = made;
    return made;
  };
  return { index, at, values };
}

function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && !value.trim());
}

export interface CensusTableOptions {
  /** Sheet (or file) row number of `rows[0]`, for the "row N" in messages. Default 1. */
  firstRowNumber?: number;
  /** Name of the table in messages ("the workers range", "the file"). */
  what?: string;
}

/**
 * Reads workers from rows whose header row is found by `findHeaderRow`. Blank rows are
 * skipped (and counted); every other row becomes a worker, however wrong its values.
 */
export function readCensusTable(
  rows: readonly (readonly unknown[])[],
  options: CensusTableOptions = {},
): CensusReturn & { blankRows: number } {
  const what = options.what ?? "the table";
  const firstRowNumber = options.firstRowNumber ?? 1;
  const headerIndex = findHeaderRow(rows);
  if (headerIndex === undefined) {
    return {
      header: {},
      workers: [],
      blankRows: 0,
      fileProblems: [
        `No header row naming census items (AgencyWorker, SWENo, FTE, …) was found in the first 20 rows of ${what}.`,
      ],
    };
  }
  const headerCells = rows[headerIndex];
  const columns: { index: number; item: WorkerItem }[] = [];
  const seen = new Set<WorkerItem>();
  const ignored: string[] = [];
  const duplicated: string[] = [];
  headerCells.forEach((cell, index) => {
    const text = typeof cell === "string" || typeof cell === "number" ? String(cell).trim() : "";
    if (text === "") return;
    const item = itemForHeader(text);
    if (item === undefined) {
      const isLabel =
        LABEL_HEADER.test(text) && itemForHeader(text.replace(LABEL_HEADER, "")) !== undefined;
      if (!isLabel) ignored.push(text);
      return;
    }
    if (seen.has(item)) {
      duplicated.push(text);
      return;
    }
    seen.add(item);
    columns.push({ index, item });
  });
  const fileProblems: string[] = [];
  const fileWarnings: string[] = [];
  for (const required of ["SWENo", "AgencyWorker"] as const) {
    if (!seen.has(required)) fileProblems.push(`${what} has no ${required} column.`);
  }
  if (ignored.length > 0) {
    fileWarnings.push(`Columns that are not census items were not read: ${ignored.join(", ")}.`);
  }
  if (duplicated.length > 0) {
    fileWarnings.push(
      `Columns naming an item a second time were not read: ${duplicated.join(", ")}.`,
    );
  }
  const reading = columns.map(({ index, item }) => columnReader(index, item));
  const workers: RawWorker[] = [];
  let blankRows = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r];
    let blank = true;
    for (let c = 0; c < columns.length; c++) {
      if (!isBlankCell(row[columns[c].index])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      blankRows++;
      continue;
    }
    const worker = new RawWorker(`row ${firstRowNumber + r}`, NO_UNKNOWN);
    for (let c = 0; c < reading.length; c++) {
      const column = reading[c];
      worker.values[column.at] = column.values(row[column.index]);
    }
    workers.push(worker);
  }
  return { header: {}, workers, blankRows, fileProblems, fileWarnings };
}
