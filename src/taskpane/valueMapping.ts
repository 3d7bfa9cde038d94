/**
 * The user's meanings for Status, Leaver and Case holder values the reader does not recognise
 * ("Temp/Agency" = agency in a funded post), saved in the workbook like the column choice.
 * Keyed by the value (see `valueKey`), not by table, so one answer serves every list.
 */
import {
  emptyValueMapping,
  STATUS_LABELS,
  type StatusChoice,
  type ValueMapping,
} from "../core/staffing";
import { isRecord, parseSaved, serialise, type LoadResult } from "./persisted";

export const VALUE_MAPPING_SETTING = "workforce.valueMapping";
export const VALUE_MAPPING_VERSION = 1;

const MAX_ENTRIES = 10_000;

function flags(data: unknown, what: string): Record<string, boolean> | string {
  if (data === undefined) return {};
  if (!isRecord(data)) return `the ${what} meanings are not a list.`;
  const out: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== "boolean") return `the ${what} meaning of "${key}" is not yes or no.`;
    out[key] = value;
  }
  return out;
}

function validate(data: unknown): ValueMapping | string {
  if (!isRecord(data)) return "expected value meanings.";
  const mapping = emptyValueMapping();
  const status = data.status ?? {};
  if (!isRecord(status)) return "the status meanings are not a list.";
  for (const [key, choice] of Object.entries(status)) {
    if (typeof choice !== "string" || !(choice in STATUS_LABELS))
      return `the status meaning of "${key}" is not one the add-in knows.`;
    mapping.status[key] = choice as StatusChoice;
  }
  const leaver = flags(data.leaver, "leaver");
  if (typeof leaver === "string") return leaver;
  const caseHolder = flags(data.caseHolder, "case holder");
  if (typeof caseHolder === "string") return caseHolder;
  mapping.leaver = leaver;
  mapping.caseHolder = caseHolder;
  const entries =
    Object.keys(mapping.status).length +
    Object.keys(leaver).length +
    Object.keys(caseHolder).length;
  return entries > MAX_ENTRIES ? `more than ${MAX_ENTRIES} value meanings.` : mapping;
}

export function loadValueMapping(text: string | null): LoadResult<ValueMapping> {
  return parseSaved(text, "value meanings", VALUE_MAPPING_VERSION, emptyValueMapping(), validate);
}

export function saveValueMappingText(mapping: ValueMapping): string {
  return serialise(VALUE_MAPPING_VERSION, mapping);
}

/** `base` with `added` on top (the newer answer wins). */
export function mergeValueMappings(base: ValueMapping, added: ValueMapping): ValueMapping {
  return {
    status: { ...base.status, ...added.status },
    leaver: { ...base.leaver, ...added.leaver },
    caseHolder: { ...base.caseHolder, ...added.caseHolder },
  };
}

export function valueMappingSize(mapping: ValueMapping): number {
  return (
    Object.keys(mapping.status).length +
    Object.keys(mapping.leaver).length +
    Object.keys(mapping.caseHolder).length
  );
}
