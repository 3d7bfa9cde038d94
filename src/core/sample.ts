/**
 * The sample workbook for Northbridge Borough Council (fictional), built from the text of the
 * CSV files in seeds/ so there is one source of truth (the entry points bundle that text:
 * src/workbook/bundledData.ts). The task pane's "insert sample" writes these sheets. Cell text
 * that looks like a number becomes a number; everything else stays text.
 */
import { parseCsv } from "./csv";

export type SampleCell = string | number | null;

export interface SampleSheet {
  name: string;
  tableName: string;
  headers: string[];
  rows: SampleCell[][];
}

export interface SampleWorkbookData {
  sheets: SampleSheet[];
}

/** The text of the sample's three CSV files in seeds/. */
export interface SampleTexts {
  /** seeds/sample-staffing.csv */
  staffing: string;
  /** seeds/scenario-assumptions.csv */
  assumptions: string;
  /** seeds/scenario-cohorts.csv */
  cohorts: string;
}

function toCell(text: string): SampleCell {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  // Months such as "2021-12" and post ids stay text; only plain decimals become numbers.
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function sheetFromCsv(name: string, tableName: string, csv: string): SampleSheet {
  const [headers = [], ...rows] = parseCsv(csv).filter((row) =>
    row.some((cell) => cell.trim() !== ""),
  );
  return {
    name,
    tableName,
    headers: headers.map((h) => h.trim()),
    rows: rows.map((row) => row.map(toCell)),
  };
}

/**
 * The sample's reference date: the council's figures are as at the 2021 census day, ahead of the
 * Cabinet report of 9 November 2021 (seeds/README.md). Its leavers and starters fall in the year
 * to it.
 */
export const SAMPLE_REFERENCE_DATE = "2021-09-30";

/** The sample staffing list and planning scenario from the seeds' text, fresh copies on every call. */
export function sampleWorkbook(texts: SampleTexts): SampleWorkbookData {
  return {
    sheets: [
      sheetFromCsv("Staffing", "StaffingList", texts.staffing),
      sheetFromCsv("Assumptions", "ScenarioAssumptions", texts.assumptions),
      sheetFromCsv("Cohorts", "RecruitmentCohorts", texts.cohorts),
    ],
  };
}
