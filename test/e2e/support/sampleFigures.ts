/**
 * The sample workbook's staffing list and the core's figures for it, read as the task pane
 * reads them (at the sample's reference date): what e2e tests compare the pane and the sheets
 * the pane writes against.
 */
import { parseDateText } from "../../../src/core/dates";
import { SAMPLE_REFERENCE_DATE } from "../../../src/core/sample";
import { readStaffing } from "../../../src/core/staffing";
import { summarise, type MeasureSet } from "../../../src/core/summary";
import { sample } from "../../support/bundledTexts";

/** The sample's Staffing sheet (headers and rows), as the workbench opens it. */
export function staffingSheet() {
  const sheet = sample().sheets.find((s) => s.name === "Staffing");
  if (!sheet) throw new Error("the sample workbook has no Staffing sheet");
  return sheet;
}

/** The core's whole-service figures for these rows, read at the sample's reference date. */
export function coreTotal(headers: string[], rows: unknown[][]): MeasureSet {
  const read = readStaffing(headers, rows, undefined, {
    referenceDate: parseDateText(SAMPLE_REFERENCE_DATE) as number,
  });
  return summarise(read.records, { columns: read.columns }).total;
}
