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
    const matrix = toMatrix(value);
    return matrix.length === 1 && matrix[0].length === 1 && isBlank(matrix[0][0]);
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
  const rows: unknown[][] = (value as unknown[]).map((row) =>
    Array.isArray(row) ? (row as unknown[]) : [row],
  );
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) =>
    row.length === width ? row : [...row, ...new Array<unknown>(width - row.length).fill(null)],
  );
}

/** If `value` is a 1×1 range, its only element; otherwise the value itself. */
export function unwrapSingle(value: Arg): unknown {
  if (Array.isArray(value)) {
    const matrix = toMatrix(value);
    if (matrix.length === 1 && matrix[0].length === 1) return matrix[0][0];
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
 *   and elements beyond the smaller range are #N/A (Excel fills them with #N/A too).
 * `fn` receives the raw elements; use `toNumberArg` inside it, or `elementwiseNumbers`.
 */
export function elementwise<T>(
  args: readonly Arg[],
  fn: (...values: unknown[]) => T | WorkforceError,
): Matrix<T | WorkforceError> {
  const singles = singleElements(args);
  if (singles !== undefined) return [[fn(...singles)]];
  const matrices = args.map(toMatrix);
  const rows = Math.max(1, ...matrices.map((m) => m.length));
  const cols = Math.max(1, ...matrices.map((m) => m[0].length));
  const result: Matrix<T | WorkforceError> = [];
  for (let r = 0; r < rows; r++) {
    const row: (T | WorkforceError)[] = [];
    for (let c = 0; c < cols; c++) {
      let outside = false;
      const values = matrices.map((m) => {
        const rr = m.length === 1 ? 0 : r;
        const cc = m[0].length === 1 ? 0 : c;
        if (rr >= m.length || cc >= m[0].length) {
          outside = true;
          return null;
        }
        return m[rr][cc];
      });
      row.push(
        outside
          ? notAvailable("the ranges have different sizes; this element has no partner")
          : fn(...values),
      );
    }
    result.push(row);
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
