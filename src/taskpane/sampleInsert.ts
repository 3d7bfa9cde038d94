/**
 * Inserting the sample workbook: its sheets, and its reference date (30 September 2021) when the
 * workbook has none saved, so the sample's leavers and starters fall in the year counted. A
 * reference date the user saved is never replaced.
 */
import { parseDateText } from "../core/dates";
import { SAMPLE_REFERENCE_DATE } from "../core/sample";
import { bundledData } from "../workbook/bundledData";
import type { WorkbookHost } from "../workbook/types";
import { REFERENCE_DATE_SETTING, saveReferenceDateText } from "./referenceDate";

export const SAMPLE_REFERENCE_SERIAL = parseDateText(SAMPLE_REFERENCE_DATE) as number;

export interface InsertedSample {
  /** The sheet holding the sample's staffing list. */
  sheet: string;
  /** True when the sample's reference date was saved (none was saved before). */
  referenceDateSet: boolean;
}

export async function insertSampleWorkbook(host: WorkbookHost): Promise<InsertedSample> {
  const sheet = await host.insertSample(bundledData().sample());
  if ((await host.getSetting(REFERENCE_DATE_SETTING)) !== null)
    return { sheet, referenceDateSet: false };
  await host.setSetting(REFERENCE_DATE_SETTING, saveReferenceDateText(SAMPLE_REFERENCE_SERIAL));
  return { sheet, referenceDateSet: true };
}
