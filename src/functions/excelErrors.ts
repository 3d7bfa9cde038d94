/**
 * Excel's error values, in one table: the text a cell shows, the name Excel's error cell value
 * gives its type (Excel.ErrorCellValueType), the custom-functions runtime's code name
 * (CustomFunctions.ErrorCode) where a custom function may return it, and the core error kind
 * it stands for. Sources: office-js-docs-pr docs/excel/custom-functions-errors.md and the
 * Excel.ErrorCellValue interfaces in @types/office-js.
 */
import type { WorkforceErrorKind } from "../core";

export interface ExcelErrorInfo {
  /** What the cell shows. */
  readonly text: string;
  /** Excel.ErrorCellValueType. */
  readonly cellValueType: string;
  /** CustomFunctions.ErrorCode member, for the errors a custom function can return. */
  readonly errorCode?: string;
  /** The core kind: an argument holding this error passes it on as that kind. */
  readonly kind?: WorkforceErrorKind;
}

export const EXCEL_ERRORS: readonly ExcelErrorInfo[] = [
  { text: "#VALUE!", cellValueType: "Value", errorCode: "invalidValue", kind: "invalidValue" },
  { text: "#N/A", cellValueType: "NotAvailable", errorCode: "notAvailable", kind: "notAvailable" },
  {
    text: "#DIV/0!",
    cellValueType: "Div0",
    errorCode: "divisionByZero",
    kind: "divisionByZero",
  },
  { text: "#NUM!", cellValueType: "Num", errorCode: "invalidNumber", kind: "invalidNumber" },
  { text: "#NULL!", cellValueType: "Null", errorCode: "nullReference" },
  { text: "#NAME?", cellValueType: "Name", errorCode: "invalidName" },
  { text: "#REF!", cellValueType: "Ref", errorCode: "invalidReference" },
  { text: "#BLOCKED!", cellValueType: "Blocked" },
  { text: "#BUSY!", cellValueType: "Busy" },
  { text: "#CALC!", cellValueType: "Calc" },
  { text: "#CONNECT!", cellValueType: "Connect" },
  { text: "#EXTERNAL!", cellValueType: "External" },
  { text: "#FIELD!", cellValueType: "Field" },
  { text: "#GETTING_DATA", cellValueType: "GettingData" },
  { text: "#PYTHON!", cellValueType: "Python" },
  { text: "#SPILL!", cellValueType: "Spill" },
  { text: "#UNKNOWN!", cellValueType: "Unknown" },
];

const TEXT_BY_CELL_VALUE_TYPE = new Map(EXCEL_ERRORS.map((e) => [e.cellValueType, e.text]));
const KIND_BY_TEXT = new Map(
  EXCEL_ERRORS.flatMap((e) => (e.kind === undefined ? [] : [[e.text, e.kind] as const])),
);

/** The text Excel shows for an error cell value's type; "#VALUE!" for a type it does not list. */
export function errorTextOfCellValueType(type: string): string {
  return TEXT_BY_CELL_VALUE_TYPE.get(type) ?? "#VALUE!";
}

/** The core kind an error argument passes on as; #VALUE! for errors the core has no kind for. */
export function kindOfErrorText(text: string): WorkforceErrorKind {
  return KIND_BY_TEXT.get(text) ?? "invalidValue";
}

/** CustomFunctions.ErrorCode: each code name with the text Excel shows for it. */
export const CUSTOM_FUNCTION_ERROR_CODES = Object.fromEntries(
  EXCEL_ERRORS.flatMap((e) => (e.errorCode === undefined ? [] : [[e.errorCode, e.text]])),
) as Readonly<
  Record<
    | "invalidValue"
    | "notAvailable"
    | "divisionByZero"
    | "invalidNumber"
    | "nullReference"
    | "invalidName"
    | "invalidReference",
    string
  >
>;
