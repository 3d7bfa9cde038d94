/**
 * Calendar dates as whole day numbers (days since 1970-01-01, UTC), so comparisons are plain
 * integer comparisons and no time zone can move a date. Reads what a census return or a sheet
 * holds: ISO text (the XML's xs:date), UK dd/mm/yyyy text, and Excel date serials.
 */

/** Excel's serial number of 1970-01-01 (serial 1 is 1900-01-01 in Excel's 1900 system). */
const EXCEL_SERIAL_OF_EPOCH = 25569;
const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date, or undefined when the date does not exist. */
export function dayNumber(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
    return undefined;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  // 31 April rolls over to 1 May in Date.UTC; such a date does not exist.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round(time / MS_PER_DAY);
}

/** Year, month and day of a day number. */
export function calendarOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO text (yyyy-mm-dd) of a day number. */
export function isoDate(day: number): string {
  const { year, month, day: d } = calendarOf(day);
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** UK text (dd/mm/yyyy) of a day number, for messages. */
export function ukDate(day: number): string {
  const { year, month, day: d } = calendarOf(day);
  return `${String(d).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

export function excelSerialOf(day: number): number {
  return day + EXCEL_SERIAL_OF_EPOCH;
}

/**
 * A date from text or an Excel serial. Accepts yyyy-mm-dd (optionally followed by a time, as
 * an xs:dateTime), dd/mm/yyyy and d/m/yyyy (UK order, never US), and whole-number serials
 * from 1 (1900-01-01) up. Undefined for anything else, including impossible dates.
 */
export function parseDate(value: unknown): number | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > 2_958_465) return undefined;
    // A serial with a time part is still that day; Excel's phantom 29/02/1900 is serial 60.
    const whole = Math.floor(value);
    return whole - EXCEL_SERIAL_OF_EPOCH + (whole < 60 ? 1 : 0);
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return dayNumber(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (uk) return dayNumber(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  return undefined;
}

/** The same calendar day a number of years earlier (29 February becomes 28 February). */
export function yearsBefore(day: number, years: number): number {
  const { year, month, day: d } = calendarOf(day);
  return (
    dayNumber(year - years, month, d) ?? (dayNumber(year - years, month, d - 1) as number) // only 29 February can fail
  );
}

/**
 * The census year ending on `reference`: from the day after the same date a year earlier to
 * the reference date itself, both inclusive (1 October 2021 to 30 September 2022).
 */
export function censusYear(reference: number): { first: number; last: number } {
  return { first: yearsBefore(reference, 1) + 1, last: reference };
}

/** The latest 30 September on or before `today` (a day number). */
export function latestThirtySeptember(today: number): number {
  const { year } = calendarOf(today);
  const thisYear = dayNumber(year, 9, 30) as number;
  return thisYear <= today ? thisYear : (dayNumber(year - 1, 9, 30) as number);
}

/** Today as a day number (UTC). */
export function todayDay(now: Date = new Date()): number {
  return Math.floor(now.getTime() / MS_PER_DAY);
}

/** Whole years from `birth` to `on` (age on that day). */
export function ageOn(birth: number, on: number): number {
  const b = calendarOf(birth);
  const o = calendarOf(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age--;
  return age;
}
