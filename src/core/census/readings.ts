/**
 * One item's values read into typed values against the census's item types and code lists
 * (docs/census.md), each failure worded for a user.
 */
import { parseDate } from "./dates";
import {
  CODE_LISTS,
  codeFor,
  ITEM_KINDS,
  REPEATABLE_ITEMS,
  WORKER_ITEMS,
  type WorkerItem,
} from "./items";
import type { ItemValues } from "./model";

// Module-level copies: read millions of times, and a bundler may turn each import into a getter.
const ITEMS: readonly WorkerItem[] = WORKER_ITEMS;
const REPEATABLE = ITEMS.map((item) => REPEATABLE_ITEMS.includes(item));
/** Repeatable items whose every value counts (the others use their first). */
const LISTED = ITEMS.map((item) => item === "ReasonAbsence" || item === "CFKSSstatus");

/**
 * Social Work England numbers are "SW" and digits; Social Finance's schema for the synthetic
 * samples allows any two letters and ten digits. Both pass; anything else does not.
 */
export const SWE_PATTERN = /^[A-Za-z]{2}\d{1,10}$/;

const SCALAR_KINDS: Readonly<Record<string, (text: string) => number | undefined>> = {
  fraction: (t) => (/^\d*\.?\d+$/.test(t) && Number(t) <= 1 ? Number(t) : undefined),
  count: (t) => (/^\d+$/.test(t) ? Number(t) : undefined),
  amount: (t) => (/^\d*\.?\d+$/.test(t) ? Number(t) : undefined),
};

export const KIND_RULE: Readonly<Record<string, string>> = {
  fraction: "must be a number from 0 to 1",
  count: "must be a whole number of at least 0",
  amount: "must be a number of at least 0",
  swe: "must be a Social Work England number: two letters and then digits, such as SW123456",
  date: "must be a date (yyyy-mm-dd)",
};

/** What one item's text reads as: its typed value, or why it is not valid. */
type Reading =
  { value: string | number; reason?: undefined } | { value?: undefined; reason: string };

function readText(item: WorkerItem, text: string, lenient: boolean): Reading {
  const kind = ITEM_KINDS[item];
  if (kind === "text") return { value: text };
  if (kind === "code") {
    const code = lenient ? codeFor(item, text) : text;
    if (code !== undefined && CODE_LISTS[item]?.[code] !== undefined) return { value: code };
    const codes = Object.keys(CODE_LISTS[item] ?? {}).join(", ");
    return { reason: `is not one of the census codes (${codes})` };
  }
  if (kind === "date") {
    const iso = /^\d{4}-\d{2}-\d{2}/.test(text);
    const day = lenient || iso ? parseDate(text) : undefined;
    return day !== undefined ? { value: day } : { reason: KIND_RULE.date };
  }
  if (kind === "swe") {
    return SWE_PATTERN.test(text) ? { value: text.toUpperCase() } : { reason: KIND_RULE.swe };
  }
  const value = SCALAR_KINDS[kind](text);
  return value !== undefined ? { value } : { reason: KIND_RULE[kind] };
}

/** One item of one worker as read: its values, and why any of them is not valid. */
export interface ItemReading {
  /** The first valid value, or undefined. */
  first: string | number | undefined;
  /** Every valid value of a listed item (ReasonAbsence, CFKSSstatus); frozen, as it may be shared. */
  list: readonly string[] | undefined;
  /** Whether the item has a value that is not empty text. */
  given: boolean;
  /** The problems with its values, in order. */
  reasons: readonly string[];
}

function readItem(i: number, texts: ItemValues, lenient: boolean): ItemReading {
  const item = ITEMS[i];
  const usable = REPEATABLE[i] ? texts.length : 1;
  const reasons: string[] = [];
  if (usable < texts.length) {
    reasons.push(`is given ${texts.length} times; the census has it once, so the first is used`);
  }
  let first: string | number | undefined;
  let list: string[] | undefined;
  let given = false;
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t];
    if (text === "") continue;
    given = true;
    if (t >= usable) continue;
    const reading = readText(item, text, lenient);
    if (reading.reason !== undefined) {
      reasons.push(reading.reason);
      continue;
    }
    first ??= reading.value;
    if (LISTED[i]) (list ??= []).push(reading.value as string);
  }
  return { first, list: list && Object.freeze(list), given, reasons };
}

/** Readings kept per item, so memory stays bounded whatever a hostile table holds. */
const MAX_REMEMBERED_READINGS = 50_000;

/**
 * `readItem` for one validation. A table reader shares one frozen array among the workers
 * whose cells are the same (./table), so each distinct array is read once: 200,000 workers
 * hold a few thousand distinct dates and a handful of codes. Other arrays are read each time.
 */
export function itemReader(lenient: boolean): (i: number, texts: ItemValues) => ItemReading {
  const remembered = ITEMS.map(() => new Map<ItemValues, ItemReading>());
  // Each item's previous array first: a sorted extract repeats a value down many rows.
  const lastTexts: (ItemValues | undefined)[] = ITEMS.map(() => undefined);
  const lastReadings: (ItemReading | undefined)[] = ITEMS.map(() => undefined);
  return (i, texts) => {
    if (texts === lastTexts[i]) return lastReadings[i] as ItemReading;
    if (!Object.isFrozen(texts)) return readItem(i, texts, lenient);
    const readings = remembered[i];
    let reading = readings.get(texts);
    if (reading === undefined) {
      reading = readItem(i, texts, lenient);
      if (readings.size < MAX_REMEMBERED_READINGS) readings.set(texts, reading);
    }
    lastTexts[i] = texts;
    lastReadings[i] = reading;
    return reading;
  };
}
