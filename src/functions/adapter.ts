/**
 * Core results as Excel shows them (./runner reads the arguments and calls the core). Core `WorkforceError`s become
 * `CustomFunctions.Error` values placed in the returned matrix, so one bad element spoils only
 * its own cell. Nothing here throws, and no NaN or Infinity reaches a cell.
 */
import { isWorkforceError, toMatrix, widestRow, WorkforceError } from "../core";
import { plainRange } from "./cellValue";
import { trimTrailingEmptyRows } from "./wholeColumns";
import type { Arg } from "../core";

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

/**
 * A core spill as Excel cells: rows padded with "" to the widest (Excel needs every spilled
 * row the same width), each value mapped as `toExcelValue` does. Finite numbers and text,
 * nearly every cell, take a fast path (PROJECT recalculates on every input change).
 */
export function spill(matrix: readonly (readonly unknown[])[]): ExcelCell[][] {
  const width = widestRow(matrix, 1);
  const result: ExcelCell[][] = new Array<ExcelCell[]>(matrix.length);
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    const cells: ExcelCell[] = new Array<ExcelCell>(width);
    for (let c = 0; c < width; c++) {
      const cell = c < row.length ? row[c] : "";
      cells[c] =
        typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))
          ? cell
          : toExcelValue(cell);
    }
    result[r] = cells;
  }
  return result;
}

/** A range argument as plain values, its trailing blank rows dropped. */
export function plainMatrixArg(value: Arg): unknown[][] {
  // Blank rows are no one's data: a whole-column table (A:H) costs what it holds.
  return plainRange(toMatrix(Array.isArray(value) ? trimTrailingEmptyRows(value) : value));
}
