/** The user's column choices, saved in the workbook for the headers they were made for. */
import type { ColumnMapping, StaffingColumn } from "../core/staffing";
import { COLUMN_LABELS } from "../core/staffing";
import { isRecord, parseSaved, serialise, type LoadResult } from "./persisted";

export const MAPPING_SETTING = "workforce.columnMapping";
export const MAPPING_VERSION = 1;

export interface ChosenMapping {
  /** The headers the choice was made for (joined); a different table gets detection again. */
  headersKey: string;
  mapping: ColumnMapping;
}

function validate(data: unknown): ChosenMapping | string {
  if (!isRecord(data) || typeof data.headersKey !== "string" || !isRecord(data.mapping)) {
    return "expected headers and a column mapping.";
  }
  const mapping: ColumnMapping = {};
  for (const [column, index] of Object.entries(data.mapping)) {
    if (!(column in COLUMN_LABELS)) return `unknown column "${column}".`;
    if (index === undefined || index === null) continue;
    if (typeof index !== "number" || !Number.isInteger(index) || index < 0) {
      return `the ${COLUMN_LABELS[column as StaffingColumn]} column is not a column number.`;
    }
    mapping[column as StaffingColumn] = index;
  }
  return { headersKey: data.headersKey, mapping };
}

export function loadMapping(text: string | null): LoadResult<ChosenMapping | null> {
  return parseSaved<ChosenMapping | null>(text, "column choices", MAPPING_VERSION, null, validate);
}

export function saveMappingText(choice: ChosenMapping): string {
  return serialise(MAPPING_VERSION, choice);
}
