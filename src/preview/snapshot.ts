/**
 * The workbench's workbook as plain data: what the autosave keeps, what an import builds and
 * what the exporter reads. Cells are sparse (only filled cells, as [row, col, content]), so a
 * value in XFD1048576 costs one entry. `checkSnapshot` reads one from untrusted data (a saved
 * autosave, a file) and says in plain words what is wrong with it, before anything is replaced.
 */
import type { RawCellContent } from "hyperformula";
import type { ChartSpec } from "../workbook/types";
import { SHEET_COLUMN_COUNT, SHEET_ROW_COUNT, type RangeRef } from "../workbook/a1";

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

/**
 * Cell contents as the engine keeps them: a string starting "=" is a formula; one starting with
 * an apostrophe is text shown without it; other strings, numbers and booleans are values.
 */
export type SheetCell = [row: number, col: number, content: RawCellContent];

export interface WorkbookSnapshot {
  /** The workbook's name (an imported file's, without ".xlsx"): what an export is called. */
  name?: string;
  sheets: { name: string; cells: SheetCell[] }[];
  formats: Record<string, [string, string][]>;
  tables: TableInfo[];
  charts: ChartInfo[];
  settings: [string, string][];
  /** Column widths in CSS pixels by sheet, [column, width] for resized columns only. */
  widths?: Record<string, [number, number][]>;
}

/** Rows and columns in an Excel worksheet. */
export const MAX_ROWS = SHEET_ROW_COUNT;
export const MAX_COLUMNS = SHEET_COLUMN_COUNT;
/**
 * Most filled cells one workbook may hold in the workbench: above the 2 million a big council
 * export can reach, below what a browser tab holds in memory with the engine's own bookkeeping.
 */
export const MAX_FILLED_CELLS = 3_000_000;

/** A snapshot problem, worded for the user. */
export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isIndex = (value: unknown, limit: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value < limit;

function isCellRef(value: unknown): boolean {
  return isRecord(value) && isIndex(value.row, MAX_ROWS) && isIndex(value.col, MAX_COLUMNS);
}

function isRange(value: unknown): value is RangeRef {
  return isRecord(value) && isCellRef(value.start) && isCellRef(value.end);
}

function isPair(value: unknown): value is [string, string] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === "string" &&
    typeof value[1] === "string"
  );
}

function checkCells(cells: unknown, where: string): SheetCell[] {
  if (!Array.isArray(cells)) throw new SnapshotError(`${where} has no list of cells.`);
  for (let i = 0; i < cells.length; i++) {
    const cell: unknown = cells[i];
    if (
      !Array.isArray(cell) ||
      cell.length !== 3 ||
      !isIndex(cell[0], MAX_ROWS) ||
      !isIndex(cell[1], MAX_COLUMNS)
    ) {
      throw new SnapshotError(`${where}: entry ${i + 1} is not a cell on the sheet.`);
    }
    const content: unknown = cell[2];
    const valid =
      content === null ||
      typeof content === "string" ||
      typeof content === "boolean" ||
      (typeof content === "number" && Number.isFinite(content));
    if (!valid)
      throw new SnapshotError(`${where}: entry ${i + 1} holds something not a cell value.`);
  }
  return cells as SheetCell[];
}

/**
 * `value` as a snapshot, or a SnapshotError naming the first problem: no sheets, a sheet
 * without a name or cells, a cell off the sheet, more filled cells than MAX_FILLED_CELLS.
 * Tables, charts and formats of sheets the snapshot does not have are dropped, not fatal.
 */
export function checkSnapshot(value: unknown): WorkbookSnapshot {
  if (!isRecord(value) || !Array.isArray(value.sheets)) {
    throw new SnapshotError("it is not a saved workbook (no list of sheets).");
  }
  if (value.sheets.length === 0) throw new SnapshotError("it has no sheets.");
  let filled = 0;
  const sheets = value.sheets.map((sheet: unknown, i) => {
    if (!isRecord(sheet) || typeof sheet.name !== "string" || sheet.name.trim() === "") {
      throw new SnapshotError(`sheet ${i + 1} has no name.`);
    }
    const cells = checkCells(sheet.cells, `sheet "${sheet.name}"`);
    filled += cells.length;
    return { name: sheet.name, cells };
  });
  if (filled > MAX_FILLED_CELLS) {
    throw new SnapshotError(
      `it has ${filled.toLocaleString("en-GB")} filled cells; the workbench holds at most ${MAX_FILLED_CELLS.toLocaleString("en-GB")}.`,
    );
  }
  const names = new Set(sheets.map((s) => s.name));
  const formats: Record<string, [string, string][]> = {};
  if (isRecord(value.formats)) {
    for (const [sheet, entries] of Object.entries(value.formats)) {
      if (names.has(sheet) && Array.isArray(entries)) formats[sheet] = entries.filter(isPair);
    }
  }
  const tables = (Array.isArray(value.tables) ? value.tables : []).filter(
    (t: unknown): t is TableInfo =>
      isRecord(t) &&
      typeof t.name === "string" &&
      typeof t.sheet === "string" &&
      names.has(t.sheet) &&
      isRange(t.range) &&
      Array.isArray(t.headers) &&
      t.headers.every((h) => typeof h === "string"),
  );
  const charts = (Array.isArray(value.charts) ? value.charts : []).filter(
    (c: unknown): c is ChartInfo =>
      isRecord(c) &&
      typeof c.id === "number" &&
      typeof c.sheet === "string" &&
      names.has(c.sheet) &&
      isRecord(c.spec) &&
      typeof c.spec.title === "string" &&
      Array.isArray(c.spec.series),
  );
  const settings = (Array.isArray(value.settings) ? value.settings : []).filter(isPair);
  const widths: Record<string, [number, number][]> = {};
  if (isRecord(value.widths)) {
    for (const [sheet, entries] of Object.entries(value.widths)) {
      if (!names.has(sheet) || !Array.isArray(entries)) continue;
      widths[sheet] = entries.filter(
        (e: unknown): e is [number, number] =>
          Array.isArray(e) &&
          e.length === 2 &&
          isIndex(e[0], MAX_COLUMNS) &&
          typeof e[1] === "number" &&
          e[1] > 0 &&
          e[1] <= 4000,
      );
    }
  }
  const name = typeof value.name === "string" && value.name.trim() !== "" ? value.name : undefined;
  const sized = Object.keys(widths).length > 0 ? { widths } : {};
  return { ...(name ? { name } : {}), sheets, formats, tables, charts, settings, ...sized };
}
