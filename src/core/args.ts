/**
 * Argument conversion shared by every surface. Excel hands custom functions
 * `number | string | boolean | null` for a single cell and `unknown[][]` for a range; the task
 * pane hands the same values read from sheets. Conversion never throws: a bad value becomes a
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
import { errorCode, plainCell } from "./cellValue";
import { trimWholeColumnRows, widestRow } from "./ranges";

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

const EXCEL_TEXT_TO_KIND: Readonly<Record<string, WorkforceErrorKind>> = {
  "#DIV/0!": "divisionByZero",
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
};

/**
 * An error value arriving as an argument (an error cell in either shape Excel documents, see
 * ./cellValue, or a `WorkforceError`) is passed on with its own kind, as Excel propagates errors.
 */
function errorArgument(value: object, argName: string): WorkforceError | undefined {
  if (isWorkforceError(value)) return value;
  const code = errorCode(value);
  if (code === undefined) return undefined;
  const message = (value as { message?: unknown }).message;
  const detail = typeof message === "string" && message !== "" ? `: ${message}` : "";
  return new WorkforceError(
    EXCEL_TEXT_TO_KIND[code] ?? "invalidValue",
    `${argName} is an error value (${code})${detail}`,
  );
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
  // A formatted number, a linked data type or an error cell, read as what it stands for.
  if (typeof value === "object" && value !== null) value = plainCell(value);
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
  // A linked data type (a Geography "Leeds") reads as the text its cell shows.
  if (typeof value === "object" && value !== null) value = plainCell(value);
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
  if (typeof value === "object" && !Array.isArray(value)) return plainCell(value) === null;
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

/**
 * Applies `fn` element by element with Excel's broadcasting rules for array arithmetic
 * (what `=A1:A3/B1:B3` does):
 * - a scalar or 1×1 range is used for every element;
 * - ranges of equal shape pair up element by element;
 * - a single row is repeated down, a single column across, to meet a larger range;
 * - where shapes do not match otherwise, the result has the larger extent in each direction
 *   and elements beyond the smaller range are #N/A (Excel fills them with #N/A too);
 * - trailing rows empty in every whole-column argument (A:A) are not elements: the result ends
 *   with the data (`trimWholeColumnRows`).
 * `fn` receives the raw elements; use `toNumberArg` inside it, or `elementwiseNumbers`.
 */
export function elementwise<T>(
  args: readonly Arg[],
  fn: (...values: unknown[]) => T | WorkforceError,
): Matrix<T | WorkforceError> {
  const singles = singleElements(args);
  if (singles !== undefined) return [[fn(...singles)]];
  // One result per row: the empty rest of a whole column is not data (see ./ranges).
  const matrices = trimWholeColumnRows(args).map(toMatrix);
  let rows = 1;
  let cols = 1;
  for (const m of matrices) {
    rows = Math.max(rows, m.length);
    cols = Math.max(cols, m[0].length);
  }
  const result: Matrix<T | WorkforceError> = new Array<(T | WorkforceError)[]>(rows);
  // One arguments array reused for every element (fn receives copies through the spread), so a
  // million-row call allocates per row only what it returns.
  const values: unknown[] = new Array<unknown>(matrices.length);
  for (let r = 0; r < rows; r++) {
    const row: (T | WorkforceError)[] = new Array<T | WorkforceError>(cols);
    for (let c = 0; c < cols; c++) {
      let outside = false;
      for (let i = 0; i < matrices.length; i++) {
        const m = matrices[i];
        const rr = m.length === 1 ? 0 : r;
        const cc = m[0].length === 1 ? 0 : c;
        if (rr >= m.length || cc >= m[0].length) {
          outside = true;
          break;
        }
        values[i] = m[rr][cc];
      }
      row[c] = outside
        ? notAvailable("the ranges have different sizes; this element has no partner")
        : fn(...values);
    }
    result[r] = row;
  }
  return result;
}

/** One argument's name and conversion rules, for `elementwiseNumbers`. */
export interface NumberArgSpec extends NumberArgOptions {
  name: string;
  /** When set, a blank element means this value (an optional argument left out). */
  fallback?: number;
}

/**
 * `elementwise` with each element converted by `toNumberArg` first. The first argument that
 * fails conversion decides that element's error, so the message names it.
 */
export function elementwiseNumbers(
  args: readonly Arg[],
  specs: readonly NumberArgSpec[],
  fn: (...numbers: number[]) => number | WorkforceError,
): Matrix<number | WorkforceError> {
  // One value per argument (one formula a row, the commonest use) needs no broadcasting.
  const singles = singleElements(args);
  if (singles !== undefined) return [[applyToNumbers(singles, specs, fn)]];
  return elementwise<number>(args, (...values) => applyToNumbers(values, specs, fn));
}

/** Converts one element of each argument and applies `fn`; the first failed conversion wins. */
function applyToNumbers(
  values: readonly unknown[],
  specs: readonly NumberArgSpec[],
  fn: (...numbers: number[]) => number | WorkforceError,
): number | WorkforceError {
  const numbers: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const spec = specs[i] ?? { name: `argument ${i + 1}` };
    const converted =
      spec.fallback === undefined
        ? toNumberArg(values[i], spec.name, spec)
        : toOptionalNumberArg(values[i], spec.name, spec.fallback, spec);
    // toNumberArg gives a number or a WorkforceError, so typeof tells them apart.
    if (typeof converted !== "number") return converted;
    numbers.push(converted);
  }
  return fn(...numbers);
}

/** Marks an argument that `toMatrix` would not turn into a 1×1 matrix. */
const NOT_SINGLE: unique symbol = Symbol("not a single element");

/**
 * The element `toMatrix(value)` would hold if it is 1×1, without building the matrix: a
 * scalar, `[]` and `[[]]` (one blank), `[x]` and `[[x]]`. Anything larger gives NOT_SINGLE.
 */
function singleElement(value: Arg): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return null;
  // A hole where the row should be is left to the general path, whatever it makes of it.
  if (value.length > 1 || !(0 in value)) return NOT_SINGLE;
  const row: unknown = value[0];
  if (!Array.isArray(row)) return row;
  if (row.length === 0) return null;
  return row.length === 1 ? (row[0] as unknown) : NOT_SINGLE;
}

/**
 * Each argument's only element when every argument is 1×1, so the result is a single element
 * and the broadcasting in `elementwise` would give exactly `fn(...elements)`; else undefined.
 */
function singleElements(args: readonly Arg[]): unknown[] | undefined {
  const elements: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const element = singleElement(args[i]);
    if (element === NOT_SINGLE) return undefined;
    elements.push(element);
  }
  return elements;
}

function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
