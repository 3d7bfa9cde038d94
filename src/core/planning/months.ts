/**
 * Calendar months for the planning engine. A month is held as an integer index
 * (year × 12 + zero-based month) so that month arithmetic is exact, and shown as "YYYY-MM".
 */
import {
  DAY_MS as MS_PER_DAY,
  EXCEL_EPOCH_MS as EXCEL_EPOCH_UTC_MS,
  MAX_EXCEL_SERIAL,
  MONTH_NAMES,
} from "../dates";
import { WorkforceError, invalidValue } from "../errors";

export type MonthIndex = number;

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

export function monthIndex(year: number, zeroBasedMonth: number): MonthIndex {
  return year * 12 + zeroBasedMonth;
}

export function formatMonth(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}`;
}

function fromYearMonth(year: number, month1: number): MonthIndex | null {
  if (!Number.isInteger(year) || !Number.isInteger(month1)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month1 < 1 || month1 > 12) return null;
  return monthIndex(year, month1 - 1);
}

/** Month of an Excel date serial (the integer part; time of day is ignored). */
export function monthFromExcelSerial(serial: number): MonthIndex | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_EXCEL_SERIAL) return null;
  const day = Math.floor(serial);
  if (day < 61) {
    // 1 = 1900-01-01 … 31 = 1900-01-31, 32 … 60 = February 1900 (60 is Excel's fictitious 29 Feb).
    return monthIndex(1900, day <= 31 ? 0 : 1);
  }
  const date = new Date(EXCEL_EPOCH_UTC_MS + day * MS_PER_DAY);
  return monthIndex(date.getUTCFullYear(), date.getUTCMonth());
}

/**
 * The smallest number read as a month. A number in a month cell is an Excel date serial, but
 * 1 to 9,999 (dates before 18 May 1927) are almost always something else typed as a number: a
 * month number (6), a count of months from the start (18) or a year (2026). None of those names
 * one month unambiguously, so they are refused with a message saying how to write a month
 * (see notAMonth), never read as a date in 1900.
 */
export const SMALLEST_MONTH_SERIAL = 10_000;

/** True when `value` is a number, or numeric text, too small to be a month (see SMALLEST_MONTH_SERIAL). */
function isSmallNumber(value: unknown): boolean {
  const number =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(number) && number >= 0 && number < SMALLEST_MONTH_SERIAL;
}

/**
 * Why `value` is not a month, ending with how to write one, for messages such as
 * `cohorts row 3: month ${notAMonth(value)}`.
 */
export function notAMonth(value: unknown): string {
  const example = 'text such as "2026-06" or "Jun 2026", or an Excel date';
  if (isSmallNumber(value)) {
    return `must be a month, and ${describeValue(value)} is a number: a month number, a count of months or a year alone does not say which month. Write the month as ${example}.`;
  }
  return `must be a month: ${example} (got ${describeValue(value)}).`;
}

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ].*)?$/;
const MONTH_FIRST = /^(\d{1,2})[-/.](\d{4})$/;
const NAMED_MONTH = /^(?:(\d{1,2})\s+)?([a-z]+)\.?,?\s+(\d{4})$/;

/**
 * Parses the month of a value from Excel or the task pane: an Excel date serial, a Date,
 * "2021-12", "2021-12-01", "12/2021", "Dec 2021", "1 December 2021", or any other
 * JavaScript date string. Returns null when it is not a recognisable month, including a number
 * below SMALLEST_MONTH_SERIAL ("6" is not June 1900).
 */
export function parseMonth(value: unknown): MonthIndex | null {
  if (isSmallNumber(value)) return null;
  if (typeof value === "number") return monthFromExcelSerial(value);
  if (value instanceof Date) {
    const time = value.getTime();
    if (!Number.isFinite(time)) return null;
    return fromYearMonth(value.getFullYear(), value.getMonth() + 1);
  }
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  if (text === "") return null;

  const iso = ISO_LIKE.exec(text);
  if (iso) return fromYearMonth(Number(iso[1]), Number(iso[2]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return fromYearMonth(Number(monthFirst[2]), Number(monthFirst[1]));
  const named = NAMED_MONTH.exec(text);
  if (named) {
    const name = named[2] === "sept" ? "sep" : named[2];
    const position = name.length >= 3 ? MONTH_NAMES.findIndex((full) => full.startsWith(name)) : -1;
    if (position >= 0) return fromYearMonth(Number(named[3]), position + 1);
  }
  // A number typed as text ("44531") is a serial the user meant as a date.
  if (/^\d+(\.\d+)?$/.test(text)) return monthFromExcelSerial(Number(text));
  // Last resort: a JavaScript date string with a time ("Wed Dec 01 2021 00:00:00 GMT+0000").
  // Without a time, V8's lenient parser accepts near-misses like "Decembre 2021", so refuse them.
  if (!/\b\d{4}\b/.test(text) || !/\d{1,2}:\d{2}/.test(text)) return null;
  const parsed = Date.parse(value);
  if (!Number.isFinite(parsed)) return null;
  const date = new Date(parsed);
  return fromYearMonth(date.getFullYear(), date.getMonth() + 1);
}

export function parseMonthOrError(value: unknown, field: string): MonthIndex | WorkforceError {
  const index = parseMonth(value);
  if (index === null) {
    return invalidValue(`${field} ${notAMonth(value)}`);
  }
  return index;
}

/** Short description of a cell value for error messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "an empty cell";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `"${shown}"`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return "a date";
  return "a non-numeric value";
}

/** The calendar year a month's financial year (April to March) starts in: 2027-02 → 2026. */
export function financialYearStart(index: MonthIndex): number {
  const year = Math.floor(index / 12);
  return index - year * 12 >= 3 ? year : year - 1;
}

/** A financial year as councils write it: 2026 → "2026/27". */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/**
 * The financial year a text names, as its starting calendar year: "2026/27", "2026-27",
 * "2026/2027", "FY2026/27" or just "2026"; null when it is not a financial year (or its two
 * halves are not consecutive years, as in "2026/28").
 */
export function parseFinancialYear(text: string): number | null {
  const match = /^(?:fy)?\s*(\d{4})(?:\s*[-/]\s*(\d{2}|\d{4}))?$/i.exec(text.trim());
  if (!match) return null;
  const start = Number(match[1]);
  if (start < MIN_YEAR || start >= MAX_YEAR) return null;
  const end = match[2];
  if (end !== undefined) {
    const expected = end.length === 2 ? (start + 1) % 100 : start + 1;
    if (Number(end) !== expected) return null;
  }
  return start;
}
