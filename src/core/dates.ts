/**
 * Dates as HR extracts hold them, read into Excel date serials (days since 30 December 1899,
 * so 44469 is 30 September 2021), and the DfE collection year they fall in.
 *
 * DfE's census counts starters and leavers "during the year" to the 30 September reference
 * date: 1 October to 30 September inclusive (Children's social work workforce methodology,
 * https://explore-education-statistics.service.gov.uk/methodology/children-s-social-work-workforce-methodology).
 */

/** Serial of 1 January 1900 .. 31 December 9999, the dates Excel can show. */
const MIN_SERIAL = 1;
export const MAX_EXCEL_SERIAL = 2_958_465;
/**
 * Numbers in a date column below this are not taken as dates: 0/1 are yes/no flags, and no
 * HR date in a social work list falls before 1927 (serial 10000).
 */
export const MIN_PLAUSIBLE_DATE_SERIAL = 10_000;

export const DAY_MS = 86_400_000;
/** Serials from 61 (1 March 1900) on are days after this; Excel keeps Lotus's 29 February 1900 as 60. */
export const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Serial of a calendar date, or null when the date does not exist (31 June, month 13…). */
export function serialFromYmd(year: number, month: number, day: number): number | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  // January and February 1900 come before Excel's fictitious 29 February 1900 (serial 60).
  if (year === 1900 && month <= 2) return month === 1 ? day : 31 + day;
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** The calendar date of a serial. */
export function ymdFromSerial(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  if (whole < 61) {
    // 1–31 are January 1900; 32–60 February, 60 being Excel's 29 February 1900, shown as the 28th.
    return whole <= 31
      ? { year: 1900, month: 1, day: Math.max(1, whole) }
      : { year: 1900, month: 2, day: Math.min(28, whole - 31) };
  }
  const date = new Date(EXCEL_EPOCH_MS + whole * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "2021-09-30" for a serial. */
export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "30/09/2021" for a serial (UK day-first), for messages. */
export function ukFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** "30 September 2021" for a serial, for messages and labels. */
export function longDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString("en-GB", {
    month: "long",
    timeZone: "UTC",
  });
  return `${day} ${name} ${year}`;
}

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/**
 * Reads a date from text: ISO ("2021-09-30", with or without a time), UK day-first
 * ("30/09/2021", "30-9-21", "30.09.2021"; never US month-first) or with a month name
 * ("30 Sep 2021", "30-Sept-21", "30 September 2021"). Null when the text is not a date or
 * names a day that does not exist.
 * @example parseDateText("03/09/2021") === 44442 (3 September 2021)
 */
export function parseDateText(text: string): number | null {
  const t = text.trim();
  if (t.length > 40) return null;
  let m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      t,
    );
  if (m) return serialFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) return serialFromYmd(fullYear(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[-\s.]+([A-Za-z]{3,9})\.?,?[-\s.]+(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const named = m[2].toLowerCase();
    const month = MONTHS[named.slice(0, 3)];
    if (month === undefined || !monthNameMatches(named, month)) return null;
    return serialFromYmd(fullYear(m[3]), month, Number(m[1]));
  }
  return null;
}

export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "sep", "sept" and "september" name September; "septx" does not. */
function monthNameMatches(text: string, month: number): boolean {
  const full = MONTH_NAMES[month - 1];
  return full.startsWith(text) && (text.length === 3 || text === "sept" || text === full);
}

/** A date serial from a cell: a serial number in Excel's date range, or date text. */
export function parseDateCell(value: unknown): number | null {
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= MIN_SERIAL && value <= MAX_EXCEL_SERIAL
      ? Math.floor(value)
      : null;
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms)
      ? null
      : serialFromYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  return typeof value === "string" ? parseDateText(value) : null;
}

/**
 * The latest 30 September on or before `today`: the reference date of the most recent DfE
 * census ("as at 30 September").
 * @example latestThirtySeptember(new Date("2026-12-01")) is 30 September 2026
 * @example latestThirtySeptember(new Date("2026-09-29")) is 30 September 2025
 */
export function latestThirtySeptember(today: Date = new Date()): number {
  const year = today.getUTCFullYear();
  const thisYear = serialFromYmd(year, 9, 30) as number;
  const todaySerial = serialFromYmd(year, today.getUTCMonth() + 1, today.getUTCDate()) as number;
  return todaySerial >= thisYear ? thisYear : (serialFromYmd(year - 1, 9, 30) as number);
}

/**
 * The year to a reference date: from the day after the same date a year before, to the
 * reference date itself. For 30 September 2021 that is 1 October 2020 – 30 September 2021.
 */
export function yearTo(reference: number): { first: number; last: number } {
  const { year, month, day } = ymdFromSerial(reference);
  // 29 February has no anniversary a year before: the year then starts on 1 March.
  const yearBefore =
    serialFromYmd(year - 1, month, Math.min(day, daysInMonth(year - 1, month))) ?? reference - 365;
  return { first: yearBefore + 1, last: reference };
}

/** Where a date falls against the year to the reference date. */
export type YearPosition = "before" | "within" | "after";

export function positionInYear(date: number, reference: number): YearPosition {
  const { first, last } = yearTo(reference);
  if (date < first) return "before";
  return date > last ? "after" : "within";
}
