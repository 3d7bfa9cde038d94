/**
 * What a cell shows: its value as text with the cell's number format, and for an error the
 * Excel error text with its reason; and what the formula bar shows for it.
 */
import { DetailedCellError, ErrorType, type HyperFormula } from "hyperformula";
import type { SimpleCellAddress } from "hyperformula";
import type { CellValue } from "../workbook/types";
import { formatNumber } from "./format";

export interface CellDisplay {
  text: string;
  kind: "empty" | "number" | "text" | "boolean" | "error";
  /** For errors: the Excel error text and the reason. */
  error?: { code: string; message: string };
}

/** A cell's value (or engine error) as the grid shows it, numbers in `format`. */
export function displayOf(
  value: CellValue | DetailedCellError,
  format: string | undefined,
): CellDisplay {
  if (value instanceof DetailedCellError) {
    const message =
      value.type === ErrorType.SPILL
        ? "The spill range isn't blank: clear the cells in the way to see the whole result."
        : (value.message ?? "");
    return { text: value.value, kind: "error", error: { code: value.value, message } };
  }
  if (value === null || value === "") return { text: "", kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      const message = "The result is not a number Excel can show.";
      return { text: "#NUM!", kind: "error", error: { code: "#NUM!", message } };
    }
    return { text: formatNumber(value, format), kind: "number" };
  }
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", kind: "boolean" };
  return { text: value, kind: "text" };
}

/**
 * What the formula bar shows for a cell: its formula (turned into Excel's text by
 * `excelFormula`), nothing inside a spill, or its raw value.
 */
export function inputOf(
  engine: HyperFormula,
  address: SimpleCellAddress,
  excelFormula: (engineFormula: string) => string,
): string {
  const formula = engine.getCellFormula(address);
  if (formula !== undefined) return excelFormula(formula);
  if (engine.isCellPartOfArray(address)) return "";
  const value = engine.getCellSerialized(address);
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
