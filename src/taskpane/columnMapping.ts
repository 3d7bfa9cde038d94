/** The user's column choices, saved in the workbook for the headers they were made for. */
import type { ColumnMapping, StaffingColumn } from "../core/staffing";
import { COLUMN_LABELS } from "../core/staffing";
import {
  isRecord,
  parseSaved,
  salvaged,
  serialise,
  type LoadResult,
  type Salvaged,
} from "./persisted";

export const MAPPING_SETTING = "workforce.columnMapping";
export const MAPPING_VERSION = 1;

export interface ChosenMapping {
  /** The headers the choice was made for (joined); a different table gets detection again. */
  headersKey: string;
  mapping: ColumnMapping;
}

/** Each saved choice on its own: a damaged one is dropped (its column is detected again). */
function validate(data: unknown): ChosenMapping | string | Salvaged<ChosenMapping | null> {
  if (!isRecord(data) || typeof data.headersKey !== "string" || !isRecord(data.mapping)) {
    return "expected headers and a column mapping.";
  }
  const mapping: ColumnMapping = {};
  const lost: string[] = [];
  for (const [column, index] of Object.entries(data.mapping)) {
    if (!(column in COLUMN_LABELS)) {
      lost.push(`a choice for an unknown column "${column.slice(0, 40)}"`);
    } else if (index === undefined || index === null) {
      continue;
    } else if (
      typeof index !== "number" ||
      !Number.isInteger(index) ||
      index < 0 ||
      index > 16_383
    ) {
      lost.push(`the ${COLUMN_LABELS[column as StaffingColumn]} column is not a column number`);
    } else {
      mapping[column as StaffingColumn] = index;
    }
  }
  return salvaged({ headersKey: data.headersKey, mapping }, lost);
}

export function loadMapping(text: string | null): LoadResult<ChosenMapping | null> {
  return parseSaved<ChosenMapping | null>(text, "column choices", MAPPING_VERSION, null, validate);
}

export function saveMappingText(choice: ChosenMapping): string {
  return serialise(MAPPING_VERSION, choice);
}
