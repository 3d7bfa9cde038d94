/**
 * What a user typed into the grid or the formula bar, read as Excel (UK settings) reads it:
 * a formula, a number, a percentage, TRUE/FALSE, a date in UK (31/01/2025) or ISO (2025-01-31)
 * form, or text. Only typed input is read this way: text from a file, a saved setting or a
 * label is written as text (see `asText`).
 */
import type { RawCellContent } from "hyperformula";
import { needsTextMarker } from "../workbook/cellText";

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Smallest positive number Excel keeps; anything closer to 0 becomes 0, as in Excel. */
const SMALLEST_EXCEL_NUMBER = 2.2250738585072014e-308;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

export interface TypedValue {
  content: RawCellContent;
  /** A number format the entry implies ("0%", "dd/mm/yyyy"), for a cell that has none. */
  format?: string;
}

/** The Excel serial number of a calendar date, or null when the date does not exist. */
export function dateSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return (time - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

/** The calendar date of an Excel serial number (time of day dropped). */
export function serialDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
}

/** Excel reads a two-digit year 00–29 as 2000–2029 and 30–99 as 1930–1999. */
const fullYear = (yy: number): number => (yy < 30 ? 2000 + yy : 1900 + yy);

/** A UK or ISO date typed as text, as its serial number and the format it implies. */
function typedDate(text: string, today: Date): TypedValue | null {
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return serial === null ? null : { content: serial, format: "yyyy-mm-dd" };
  }
  const uk = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(text);
  if (uk) {
    const year =
      uk[3] === undefined
        ? today.getFullYear()
        : uk[3].length === 2
          ? fullYear(Number(uk[3]))
          : Number(uk[3]);
    const serial = dateSerial(year, Number(uk[2]), Number(uk[1]));
    return serial === null ? null : { content: serial, format: "dd/mm/yyyy" };
  }
  return null;
}

/** A number as Excel keeps it: finite, with the tiniest magnitudes flushed to 0. */
export function excelNumber(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return Math.abs(value) < SMALLEST_EXCEL_NUMBER ? 0 : value;
}

/** Text entered so that it stays text (the hosts' rule, src/workbook/cellText). */
export function asText(text: string): string {
  return needsTextMarker(text) ? `'${text}` : text;
}

/** Interprets typed text like Excel: formulas, numbers, percentages, TRUE/FALSE, dates, text. */
export function interpretTyped(text: string, today = new Date()): TypedValue {
  const trimmed = text.trim();
  if (trimmed === "") return { content: null };
  if (text.length > MAX_CELL_TEXT) {
    throw new RangeError(
      `That entry is ${text.length.toLocaleString("en-GB")} characters long; a cell holds at most ${MAX_CELL_TEXT.toLocaleString("en-GB")} (Excel's limit).`,
    );
  }
  if (trimmed.startsWith("=")) return { content: trimmed };
  // An apostrophe first means "text", as in Excel; the engine keeps it out of sight.
  if (trimmed.startsWith("'")) return { content: text };
  if (/^(true|false)$/i.test(trimmed)) return { content: trimmed.toUpperCase() === "TRUE" };
  const percent = /^(-?[\d,]*\.?\d+)%$/.exec(trimmed);
  if (percent) {
    const value = excelNumber(Number(percent[1].replace(/,/g, "")) / 100);
    if (value !== null) return { content: value, format: "0%" };
  }
  if (/^-?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/.test(trimmed) && /\d/.test(trimmed)) {
    const value = excelNumber(Number(trimmed.replace(/,/g, "")));
    // A number too big for Excel (1e309) stays the text that was typed.
    return value === null ? { content: `'${text}` } : { content: value };
  }
  const date = typedDate(trimmed, today);
  if (date) return date;
  return { content: text };
}

/** The raw content only, for callers that do not keep formats (pasted text). */
export function parseInput(text: string): RawCellContent {
  return interpretTyped(text).content;
}
