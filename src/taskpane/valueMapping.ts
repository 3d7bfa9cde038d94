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
import {
  isRecord,
  parseSaved,
  salvaged,
  serialise,
  type LoadResult,
  type Salvaged,
} from "./persisted";

export const VALUE_MAPPING_SETTING = "workforce.valueMapping";
export const VALUE_MAPPING_VERSION = 1;

const MAX_ENTRIES = 10_000;

/** Yes/no meanings, each on its own: one that is not yes or no is dropped and named in `lost`. */
function flags(data: unknown, what: string, lost: string[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (data === undefined) return out;
  if (!isRecord(data)) {
    lost.push(`the ${what} meanings (not a list)`);
    return out;
  }
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === "boolean") out[key] = value;
    else lost.push(`the ${what} meaning of "${key.slice(0, 40)}" (not yes or no)`);
  }
  return out;
}

/** Each saved meaning on its own, so one damaged meaning drops only itself. */
function validate(data: unknown): string | Salvaged<ValueMapping> {
  if (!isRecord(data)) return "expected value meanings.";
  const mapping = emptyValueMapping();
  const lost: string[] = [];
  const status = data.status ?? {};
  if (!isRecord(status)) lost.push("the status meanings (not a list)");
  else {
    for (const [key, choice] of Object.entries(status)) {
      if (typeof choice === "string" && choice in STATUS_LABELS) {
        mapping.status[key] = choice as StatusChoice;
      } else lost.push(`the status meaning of "${key.slice(0, 40)}" (not one the add-in knows)`);
    }
  }
  mapping.leaver = flags(data.leaver, "leaver", lost);
  mapping.caseHolder = flags(data.caseHolder, "case holder", lost);
  const entries =
    Object.keys(mapping.status).length +
    Object.keys(mapping.leaver).length +
    Object.keys(mapping.caseHolder).length;
  return entries > MAX_ENTRIES
    ? `more than ${MAX_ENTRIES} value meanings.`
    : salvaged(mapping, lost);
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
