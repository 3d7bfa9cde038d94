/**
 * The census's dates, on the one calendar the add-in has (../dates): a date is an Excel date
 * serial (30 September 2021 is 44469), so comparisons are plain integer comparisons, no time zone
 * can move a date, and a census date is the same number as the sheet's date. Reads what a census
 * return or a sheet holds with the one date parser (../dates parseDateCell): the XML's xs:date
 * (ISO text), UK day-first text and Excel date serials.
 */
import {
  isoFromSerial,
  parseDateCell,
  serialFromYmd,
  ukFromSerial,
  yearTo,
  ymdFromSerial,
} from "../dates";

/** The serial of a calendar date, or undefined when the date does not exist. */
export function dayNumber(year: number, month: number, day: number): number | undefined {
  return serialFromYmd(year, month, day) ?? undefined;
}

/** Year, month and day of a date. */
export const calendarOf = ymdFromSerial;

/** ISO text (yyyy-mm-dd) of a date. */
export const isoDate = isoFromSerial;

/** UK text (dd/mm/yyyy) of a date, for messages. */
export const ukDate = ukFromSerial;

/**
 * A date from text or an Excel serial (../dates parseDateCell: ISO with or without a time,
 * UK day-first, never US; whole serials from 1); undefined for anything else, including
 * impossible dates.
 */
export function parseDate(value: unknown): number | undefined {
  return parseDateCell(value) ?? undefined;
}

/**
 * The census year ending on `reference`: from the day after the same date a year earlier to
 * the reference date itself, both inclusive (1 October 2021 to 30 September 2022).
 */
export const censusYear = yearTo;

/** The latest 30 September on or before `today`. */
export function latestThirtySeptember(today: number): number {
  const { year } = calendarOf(today);
  const thisYear = serialFromYmd(year, 9, 30) as number;
  return thisYear <= today ? thisYear : (serialFromYmd(year - 1, 9, 30) as number);
}

/** Today (UTC) as a date serial. */
export function todayDay(now: Date = new Date()): number {
  return serialFromYmd(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()) as number;
}

/** Whole years from `birth` to `on` (age on that day). */
export function ageOn(birth: number, on: number): number {
  const b = calendarOf(birth);
  const o = calendarOf(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age--;
  return age;
}

/**
 * `ageOn(birth, on)` for one `on` and many dates, each distinct date worked out once: a return's
 * workers share a few thousand birth and start dates.
 */
export function agesOn(on: number): (birth: number) => number {
  const ages = new Map<number, number>();
  return (birth) => {
    let age = ages.get(birth);
    if (age === undefined) {
      age = ageOn(birth, on);
      ages.set(birth, age);
    }
    return age;
  };
}
