/**
 * The thin layer between Excel and the core: converts Excel arguments (via core/args), calls
 * the core, and maps core results to what Excel shows. Core `WorkforceError`s become
 * `CustomFunctions.Error` values placed in the returned matrix, so one bad element spoils only
 * its own cell. Nothing here throws, and no NaN or Infinity reaches a cell.
 */
import {
  elementwiseNumbers,
  isWorkforceError,
  padRow,
  plainRange,
  toMatrix,
  trimTrailingEmptyRows,
  widestRow,
  WorkforceError,
} from "../core";
import type { Arg, NumberArgSpec } from "../core";

/** A value a custom function may put in a result cell. */
export type ExcelCell = string | number | boolean | CustomFunctions.Error;

/**
 * The Excel error for a core error. Excel shows custom messages only for #VALUE! and #N/A,
 * so the message is passed for those two codes only.
 */
export function toExcelError(error: WorkforceError): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[error.kind];
  const withMessage = error.kind === "invalidValue" || error.kind === "notAvailable";
  return withMessage
    ? new CustomFunctions.Error(code, error.message)
    : new CustomFunctions.Error(code);
}

/** One result value as Excel should receive it. Non-finite numbers become #NUM!. */
export function toExcelValue(value: unknown): ExcelCell {
  // Numbers first: they are the common case, and a number is never a WorkforceError.
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? value
      : toExcelError(new WorkforceError("invalidNumber", "result is not a finite number"));
  }
  if (isWorkforceError(value)) return toExcelError(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value === null || value === undefined) return "";
  if (value instanceof CustomFunctions.Error) return value;
  return toExcelError(new WorkforceError("invalidValue", "result is not a cell value"));
}

/** A core result matrix as an Excel result matrix. */
export function toExcelMatrix(result: readonly (readonly unknown[])[]): ExcelCell[][] {
  return result.map((row) => row.map(toExcelValue));
}

/** A whole-call error as a 1×1 result (Excel shows it in the formula's cell). */
export function errorResult(error: WorkforceError): ExcelCell[][] {
  return [[toExcelError(error)]];
}

/** Element-wise numeric function over Excel arguments with Excel's broadcasting rules. */
export function numericFunction(
  args: readonly Arg[],
  specs: readonly NumberArgSpec[],
  fn: (...numbers: number[]) => number | WorkforceError,
): ExcelCell[][] {
  const result = elementwiseNumbers(args, specs, fn);
  // One cell (one formula a row, the commonest use) skips the two map callbacks; the matrix
  // from elementwiseNumbers has no holes, so this is what toExcelMatrix would give.
  return result.length === 1 && result[0].length === 1
    ? [[toExcelValue(result[0][0])]]
    : toExcelMatrix(result);
}

/**
 * Runs a custom function body; an unexpected exception (a bug, not bad input, which the core
 * reports as values) becomes #VALUE! naming the function rather than an Excel crash.
 */
export function guard(functionName: string, body: () => ExcelCell[][]): ExcelCell[][] {
  try {
    return body();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return errorResult(
      new WorkforceError("invalidValue", `unexpected error in ${functionName}: ${detail}`),
    );
  }
}

/** A range argument as plain values, its trailing blank rows dropped. */
export function plainMatrixArg(value: Arg): unknown[][] {
  // Blank rows are no one's data: a whole-column table (A:H) costs what it holds.
  return plainRange(toMatrix(Array.isArray(value) ? trimTrailingEmptyRows(value) : value));
}

/**
 * A range argument with a header row, split into header text and data rows. Data types and
 * error cells are read as plain values first (core/cellValue).
 */
export function tableArg(value: Arg): { headers: string[]; rows: unknown[][] } {
  const matrix = plainMatrixArg(value);
  const header = matrix[0] ?? [];
  const rows = matrix.slice(1);
  return {
    headers: header.map((h) =>
      typeof h === "string" || typeof h === "number" ? String(h).trim() : "",
    ),
    rows,
  };
}

/** Pads rows with "" to a rectangle: Excel needs every spilled row the same width. */
export function rectangular(rows: readonly (readonly unknown[])[]): unknown[][] {
  const width = widestRow(rows, 1);
  return rows.map((row) => padRow(row, width, ""));
}
