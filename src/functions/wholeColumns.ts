/**
 * Whole columns as Excel passes them: `A:A` arrives as 1,048,576 rows, nearly all empty (null on
 * the web, the data type `{ type: "Empty" }`, or "" from the workbench). Functions drop the empty
 * rest of the sheet so a whole-column argument costs what it holds. Nothing here spreads a range
 * into a call (core/ranges).
 */
import { plainCell } from "./cellValue";

/** Rows in an Excel worksheet: what a whole-column reference such as A:A passes. */
export const SHEET_ROWS = 1_048_576;

/**
 * A range at least this tall reaches to (or near) the bottom of the sheet: a whole column such
 * as A:A, or A2:A1048576. Nobody lists a million rows of data one by one, so its trailing blank
 * rows are the empty rest of the sheet, not data: functions whose result is one element per row
 * drop them (see `trimWholeColumnRows`).
 */
export const WHOLE_COLUMN_ROWS = 1_000_000;

/**
 * An empty cell as Excel (null on the web, or the data type `{ type: "Empty" }`), the
 * workbench ("") or a sheet reader passes it.
 */
export function isEmptyCell(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  return typeof value === "object" && !Array.isArray(value) && plainCell(value) === null;
}

function isEmptyRow(row: unknown): boolean {
  if (!Array.isArray(row)) return isEmptyCell(row);
  for (let c = 0; c < row.length; c++) if (!isEmptyCell(row[c])) return false;
  return true;
}

/** A one-cell row holding null: how Excel on the web passes an empty cell of a column. */
function isNullCellRow(row: unknown): boolean {
  return Array.isArray(row) && row.length === 1 && row[0] === null;
}

/**
 * Number of rows up to and including the last row holding anything (0 when all are empty).
 * Scans from the end and stops at `floor` rows, for a caller that already knows that many are used.
 */
export function usedRowCount(rows: ArrayLike<unknown>, floor = 0): number {
  let end = rows.length;
  for (;;) {
    // A whole column's million empty rows are nearly all a one-cell row holding null: those
    // four at a time, with the cheapest test there is (no decoding), which makes this loop,
    // most of what a whole-column argument costs, several times faster.
    while (end - 4 >= floor) {
      if (
        !isNullCellRow(rows[end - 1]) ||
        !isNullCellRow(rows[end - 2]) ||
        !isNullCellRow(rows[end - 3]) ||
        !isNullCellRow(rows[end - 4])
      ) {
        break;
      }
      end -= 4;
    }
    // Anything else, one row at a time: "", undefined, { type: "Empty" }, wider rows.
    if (end <= floor || !isEmptyRow(rows[end - 1])) return end;
    end--;
  }
}

/**
 * `rows` without its trailing empty rows, keeping at least one row, so a table-like argument
 * (a staffing list, cohorts, assumptions, where blank rows mean nothing) costs what it holds.
 * Returns the same array when nothing is trimmed.
 */
export function trimTrailingEmptyRows<T>(rows: T[]): T[] {
  const used = Math.max(1, usedRowCount(rows));
  return used === rows.length ? rows : rows.slice(0, used);
}

/**
 * Drops the trailing rows that are empty in every whole-column argument (see WHOLE_COLUMN_ROWS)
 * from those arguments, for functions with one result per row: `=VACANCYRATE(B:B, C:C)` then
 * spills as far as the data goes instead of a million #N/A. Ranges of ordinary height, and
 * scalars, are returned unchanged, so an explicit `B2:B200` still reports its blank rows.
 */
export function trimWholeColumnRows(args: readonly unknown[]): unknown[] {
  let used = -1;
  for (const arg of args) {
    if (Array.isArray(arg) && arg.length >= WHOLE_COLUMN_ROWS) {
      used = usedRowCount(arg, Math.max(used, 0));
    }
  }
  if (used < 0) return args.slice();
  const height = Math.max(1, used);
  return args.map((arg) =>
    Array.isArray(arg) && arg.length >= WHOLE_COLUMN_ROWS ? arg.slice(0, height) : arg,
  );
}
