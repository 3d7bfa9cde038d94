/**
 * Cell reading shared by every surface: a cell's plain value (`number | string | boolean | null`,
 * or a `CellError`) read as a number or text, with DfE's markers and blanks meaning "missing".
 * The custom functions decode Excel's own shapes (error objects, data types) into these plain
 * values first and broadcast over ranges (src/functions/cellValue.ts, broadcast.ts); the task
 * pane hands the values hosts read from sheets. Conversion never throws: a bad value becomes a
 * `WorkforceError` naming the argument, so one bad element spoils only its own result.
 */
import {
  invalidNumber,
  invalidValue,
  isWorkforceError,
  notAvailable,
  WorkforceError,
} from "./errors";
import type { WorkforceErrorKind } from "./errors";
import { widestRow } from "./ranges";

/** Whatever Excel (or a sheet reader) passes for one argument: a scalar or a 2-D range. */
export type Arg = unknown;

/** A 2-D block of values, rows first, like an Excel range. */
export type Matrix<T> = T[][];

/** DfE suppression markers. All mean "missing", never zero. */
export const DFE_MARKERS: Readonly<Record<string, string>> = {
  x: "not available",
  c: "suppressed to protect confidentiality",
  z: "not applicable",
  low: "rounds to zero but is not zero",
  u: "low reliability",
};

/** The DfE marker in `value` (trimmed, lower-cased), or undefined when it is not one. */
export function dfeMarker(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const key = value.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(DFE_MARKERS, key) ? key : undefined;
}

export interface NumberArgOptions {
  /** Accept negative numbers (default false: every workforce count is non-negative). */
  allowNegative?: boolean;
  /** Accept zero (default true; denominators report #DIV/0! themselves). */
  allowZero?: boolean;
}

/**
 * An error cell: the text it shows ("#DIV/0!"), the kind it is passed on as, and any message
 * it carries. The custom functions read Excel's error shapes into this (src/functions/cellValue.ts).
 */
export interface CellError {
  readonly code: string;
  readonly kind: WorkforceErrorKind;
  readonly message?: string;
}

/** True for a `CellError`. */
export function isCellError(value: unknown): value is CellError {
  if (typeof value !== "object" || value === null) return false;
  const { code, kind } = value as { code?: unknown; kind?: unknown };
  return typeof code === "string" && code.startsWith("#") && typeof kind === "string";
}

/**
 * An error value arriving as an argument (a `CellError` or a `WorkforceError`) is passed on
 * with its own kind, as Excel propagates errors.
 */
function errorArgument(value: object, argName: string): WorkforceError | undefined {
  if (isWorkforceError(value)) return value;
  if (!isCellError(value)) return undefined;
  const detail = value.message !== undefined && value.message !== "" ? `: ${value.message}` : "";
  return new WorkforceError(value.kind, `${argName} is an error value (${value.code})${detail}`);
}

/**
 * Converts one cell value to a number, or explains why it cannot.
 *
 * - numbers pass (NaN/±Infinity → #NUM!; negative → #VALUE! unless `allowNegative`);
 * - blank (`null`, `undefined`, `""`) and the DfE markers x, c, z, low, u → #N/A, because they
 *   mean "missing", never zero;
 * - any other text, including numbers stored as text such as `"12"`, → #VALUE!. Excel's own
 *   SUM ignores text, so silently converting it would make our sums disagree with the sheet's;
 *   the message tells the user how to fix the cell instead;
 * - booleans → #VALUE! (TRUE is not a number of staff).
 */
export function toNumberArg(
  value: Arg,
  argName: string,
  options: NumberArgOptions = {},
): number | WorkforceError {
  const { allowNegative = false, allowZero = true } = options;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return invalidNumber(`${argName} is not a finite number`);
    if (value < 0 && !allowNegative)
      return invalidValue(`${argName} must not be negative (got ${value})`);
    if (value === 0 && !allowZero) return invalidValue(`${argName} must be greater than 0`);
    return value;
  }
  if (value === null || value === undefined) return notAvailable(`${argName} is missing (blank)`);
  if (typeof value === "string") {
    const marker = dfeMarker(value);
    if (marker !== undefined) {
      return notAvailable(`${argName} is missing (DfE marker "${marker}": ${DFE_MARKERS[marker]})`);
    }
    const trimmed = value.trim();
    if (trimmed === "") return notAvailable(`${argName} is missing (blank)`);
    if (trimmed !== "" && Number.isFinite(Number(trimmed))) {
      return invalidValue(
        `${argName} is text "${trimmed}", not a number: re-enter it as a number or wrap it in VALUE()`,
      );
    }
    return invalidValue(`${argName} must be a number, not the text "${truncate(trimmed)}"`);
  }
  if (typeof value === "boolean")
    return invalidValue(`${argName} must be a number, not ${value ? "TRUE" : "FALSE"}`);
  if (typeof value === "object") {
    const error = errorArgument(value, argName);
    if (error) return error;
  }
  return invalidValue(`${argName} must be a number`);
}

/** Like `toNumberArg`, but blank (and an omitted optional argument, which Excel passes as null) gives `fallback`. */
export function toOptionalNumberArg(
  value: Arg,
  argName: string,
  fallback: number,
  options: NumberArgOptions = {},
): number | WorkforceError {
  return isBlank(value) ? fallback : toNumberArg(value, argName, options);
}

/** Text argument (e.g. a measure or area name). Blank gives `fallback` when one is supplied. */
export function toTextArg(value: Arg, argName: string, fallback?: string): string | WorkforceError {
  if (isBlank(value)) {
    return fallback ?? notAvailable(`${argName} is missing (blank)`);
  }
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "object" && value !== null) {
    const error = errorArgument(value, argName);
    if (error) return error;
  }
  return invalidValue(`${argName} must be text`);
}

/** True for an empty cell or an omitted argument: null, undefined, "", or an empty / 1×1 blank range. */
export function isBlank(value: Arg): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) {
    // Looks at the first element only, so a whole-column range costs nothing here.
    const single = singleElement(value);
    return single !== NOT_SINGLE && isBlank(single);
  }
  return false;
}

/**
 * Normalises an argument to a rectangular matrix: a scalar becomes 1×1, a 1-D array one row,
 * an empty array a single blank cell, and ragged rows are padded with blanks.
 */
export function toMatrix(value: Arg): Matrix<unknown> {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [[null]];
  // Loops, not spreads: a whole column is 1,048,576 rows (see ./ranges).
  const width = widestRow(value as unknown[], 1);
  const rows: unknown[][] = new Array<unknown[]>(value.length);
  for (let r = 0; r < value.length; r++) {
    const cell: unknown = value[r];
    const row: unknown[] = Array.isArray(cell) ? (cell as unknown[]) : [cell];
    rows[r] = row.length === width ? row : padRow(row, width, null);
  }
  return rows;
}

/** A copy of `row` padded with `fill` to `width` cells. */
export function padRow(row: readonly unknown[], width: number, fill: unknown): unknown[] {
  const padded = row.slice();
  for (let c = row.length; c < width; c++) padded.push(fill);
  return padded;
}

/** If `value` is a 1×1 range, its only element; otherwise the value itself. */
export function unwrapSingle(value: Arg): unknown {
  if (Array.isArray(value)) {
    const single = singleElement(value);
    if (single !== NOT_SINGLE) return single;
  }
  return value;
}

/** Marks an argument that `toMatrix` would not turn into a 1×1 matrix. */
export const NOT_SINGLE: unique symbol = Symbol("not a single element");

/**
 * The element `toMatrix(value)` would hold if it is 1×1, without building the matrix: a
 * scalar, `[]` and `[[]]` (one blank), `[x]` and `[[x]]`. Anything larger gives NOT_SINGLE.
 */
export function singleElement(value: Arg): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return null;
  // A hole where the row should be is left to the general path, whatever it makes of it.
  if (value.length > 1 || !(0 in value)) return NOT_SINGLE;
  const row: unknown = value[0];
  if (!Array.isArray(row)) return row;
  if (row.length === 0) return null;
  return row.length === 1 ? (row[0] as unknown) : NOT_SINGLE;
}

function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
