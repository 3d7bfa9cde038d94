/**
 * The shapes in which Excel passes one cell to a custom function, read as plain values.
 *
 * functions.json sets `allowErrorForDataTypeAny` and `allowCustomDataForDataTypeAny`
 * (scripts/build/functionsMetadata.cjs), so besides numbers, strings, booleans and null a cell
 * may arrive as:
 * - an error: a `CustomFunctions.Error`, whose `code` is the text Excel shows ("#DIV/0!",
 *   custom-functions-runtime `CustomFunctions.ErrorCode`), or Excel's error cell value
 *   `{ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }` (Excel.ErrorCellValue);
 * - a data type (Excel.CellValue): `{ type, basicValue }` for Double, FormattedNumber,
 *   String and Boolean, `{ type: "Empty" }`, and an entity or linked entity (a Geography
 *   "Leeds", a Stock) with `text` (what the cell shows) and `basicValue` "#VALUE!".
 * Sources: office-js-docs-pr docs/excel/custom-functions-errors.md ("Errors as custom function
 * inputs"), custom-functions-data-types-concepts.md ("Input an entity value"), and the
 * Excel.CellValue interfaces in @types/office-js.
 *
 * Errors become the core's `CellError` (`{ code, kind, message? }`: the text Excel shows, the
 * kind the core passes it on as, and a CustomFunctions.Error's message); data types become the
 * number, text or boolean they stand for. Everything else passes unchanged, so plain values cost
 * one `typeof`. The core reads only these plain values (core/args).
 */
import { isBlank, unwrapSingle } from "../core";
import type { CellError } from "../core";
import { errorTextOfCellValueType, kindOfErrorText } from "./excelErrors";

type Shape = Record<string, unknown>;

const isShape = (value: unknown): value is Shape =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The Excel error text of an error argument in either documented shape, else undefined. */
export function errorCode(value: unknown): string | undefined {
  if (!isShape(value)) return undefined;
  if (value.type === "Error") {
    if (typeof value.basicValue === "string" && value.basicValue.startsWith("#")) {
      return value.basicValue;
    }
    return typeof value.errorType === "string"
      ? errorTextOfCellValueType(value.errorType)
      : "#VALUE!";
  }
  // CustomFunctions.Error (and the shim): a code such as "#DIV/0!".
  return typeof value.code === "string" && value.code.startsWith("#") ? value.code : undefined;
}

const errorArgument = (code: string, message?: unknown): CellError =>
  typeof message === "string" && message !== ""
    ? { code, kind: kindOfErrorText(code), message }
    : { code, kind: kindOfErrorText(code) };

/**
 * One argument cell as a plain value: a number, text, boolean, null, or a `CellError`.
 *
 * @example plainCell({ type: "FormattedNumber", basicValue: 0.25, numberFormat: "0%" }) // 0.25
 * @example plainCell({ type: "LinkedEntity", text: "Leeds", basicValue: "#VALUE!" }) // "Leeds"
 * @example plainCell({ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }) // { code: "#N/A", kind: "notAvailable" }
 */
export function plainCell(value: unknown): unknown {
  if (!isShape(value)) return value;
  const code = errorCode(value);
  if (code !== undefined)
    return errorArgument(code, value.type === "Error" ? undefined : value.message);
  if (typeof value.type !== "string") return value;
  switch (value.type) {
    case "Empty":
      return null;
    case "Double":
    case "FormattedNumber":
    case "String":
    case "Boolean":
      return value.basicValue ?? null;
    default: {
      // Entities, linked entities and other rich values: what the cell shows.
      if (typeof value.text === "string") return value.text;
      const basic = value.basicValue;
      if (typeof basic === "string" && basic.startsWith("#")) return errorArgument(basic);
      if (typeof basic === "string" || typeof basic === "number" || typeof basic === "boolean") {
        return basic;
      }
      return errorArgument("#VALUE!", `a ${value.type} value that is not a number or text`);
    }
  }
}

/**
 * A range with every cell through `plainCell`. Rows without a rich value are kept as they are
 * (no copy), so a plain million-row column costs one pass of `typeof` checks.
 */
export function plainRange(rows: unknown[][]): unknown[][] {
  let out: unknown[][] | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let copy: unknown[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "object" && cell !== null) {
        const plain = plainCell(cell);
        if (plain !== cell) {
          copy ??= row.slice();
          copy[c] = plain;
        }
      }
    }
    if (copy) {
      out ??= rows.slice();
      out[r] = copy;
    }
  }
  return out ?? rows;
}

/**
 * True for an argument left out or blank: null, "", an empty range or 1×1 blank range, or
 * Excel's `{ type: "Empty" }` (core/args `isBlank` reads plain values only).
 */
export function blankArgument(value: unknown): boolean {
  const single = unwrapSingle(value);
  return isBlank(Array.isArray(single) ? single : plainCell(single));
}
