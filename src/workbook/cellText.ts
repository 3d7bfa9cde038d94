/**
 * How a host enters a written value so that text stays text. Excel (`range.values`, and
 * typed input) and HyperFormula (`setCellContents`) both read a string as typed input: "="
 * starts a formula, and so do "+", "-" and "@" in Excel; "12", "5%", "TRUE" and "#N/A" become
 * numbers, booleans and errors; "1/2" becomes a date. Both keep a leading apostrophe as a
 * marker meaning "this is text" without storing it (Excel's quote prefix), so text that could
 * be read as anything else is entered with one. A cell formatted as text ("@") in Excel keeps
 * what is entered literally, apostrophe included, so it gets none.
 */
import { isFormulaCell, type WriteValue } from "./types";

/** Strings that Excel or HyperFormula might read as something other than text. */
export function needsTextMarker(text: string): boolean {
  return (
    /^\s*[=+\-@'#]/.test(text) || // formulas, operators, errors, an apostrophe of its own
    /[\d:]/.test(text) || // numbers, percentages, dates, times (HyperFormula reads ":" as 0:00), fractions
    /^\s*(true|false)\s*$/i.test(text)
  );
}

/** What to enter for `value`: a formula's text, text with its marker where needed, or null. */
export function cellInput(
  value: WriteValue,
  { textFormatted = false }: { textFormatted?: boolean } = {},
): string | number | boolean | null {
  if (isFormulaCell(value)) return value.formula;
  if (typeof value === "string" && !textFormatted && needsTextMarker(value)) return `'${value}`;
  return value;
}
