/**
 * The reference date leavers and starters are counted to (DfE: 30 September), saved in the
 * workbook. When none is saved, the latest 30 September.
 */
import { isoFromSerial, latestThirtySeptember, parseDateText } from "../core/dates";
import { isRecord, parseSaved, serialise, type LoadResult } from "./persisted";

export const REFERENCE_DATE_SETTING = "workforce.referenceDate";
export const REFERENCE_DATE_VERSION = 1;

/** A saved reference date, as an Excel date serial; null when none is saved. */
export function loadReferenceDate(text: string | null): LoadResult<number | null> {
  return parseSaved<number | null>(text, "reference date", REFERENCE_DATE_VERSION, null, (data) => {
    if (!isRecord(data) || typeof data.date !== "string") return "expected a date.";
    return parseDateText(data.date) ?? `"${data.date}" is not a date.`;
  });
}

export function saveReferenceDateText(serial: number): string {
  return serialise(REFERENCE_DATE_VERSION, { date: isoFromSerial(serial) });
}

/** The date to count to: the saved one, else the latest 30 September. */
export function effectiveReferenceDate(saved: number | null, today = new Date()): number {
  return saved ?? latestThirtySeptember(today);
}
