/**
 * The recruitment cohorts a workbook already holds (the sample's "Cohorts" sheet, or a council's
 * own), read for the scenario form's pre-fill through core's cohort parser, so the pane accepts
 * exactly what WORKFORCE.PROJECT accepts. Title rows above the header are skipped, and a bad
 * row is named by its row on the sheet.
 */
import { isWorkforceError } from "../core/errors";
import { nameKey } from "../core/names";
import {
  MAX_PROJECTION_MONTHS,
  formatMonth,
  parseCohorts,
  parseMonth,
  type Cohort,
} from "../core/planning";
import type { CellValue, WorkbookHost } from "../workbook/types";

/** How many rows above the header may hold a title or notes. */
const MAX_TITLE_ROWS = 10;

export type WorkbookCohorts =
  /** No sheet of cohorts in the workbook. */
  | { kind: "none" }
  | { kind: "read"; sheet: string; cohorts: Cohort[] }
  /** The sheet is there but cannot be read; `message` names the sheet and the row. */
  | { kind: "problem"; sheet: string; message: string };

/** The sheet holding cohorts: "Cohorts" itself first, else the first whose name says cohorts. */
export function cohortsSheetName(sheets: readonly string[]): string | null {
  return (
    sheets.find((s) => nameKey(s) === "cohorts") ??
    sheets.find((s) => nameKey(s).includes("cohort")) ??
    null
  );
}

const isBlankRow = (row: readonly CellValue[]) => row.every((v) => v === null || v === "");

/** A header row by core's own rule: a range holding only it parses as no cohorts. */
const isCohortHeader = (row: readonly CellValue[]) =>
  !isBlankRow(row) && !isWorkforceError(parseCohorts([[...row]]));

/**
 * Cohorts from a sheet's used values (`firstRow` is the 1-based sheet row of `values[0]`).
 * Rows above the header are skipped; row numbers in messages are the sheet's.
 */
export function cohortsFromSheet(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  firstRow: number,
): WorkbookCohorts {
  let header = -1;
  let looked = 0;
  for (let r = 0; r < values.length && looked <= MAX_TITLE_ROWS; r++) {
    if (isBlankRow(values[r])) continue;
    if (isCohortHeader(values[r])) {
      header = r;
      break;
    }
    looked++;
  }
  if (header < 0) {
    return {
      kind: "problem",
      sheet,
      message: `The sheet "${sheet}" has no header row with month and fte columns in its first rows, so its cohorts were not put in the form.`,
    };
  }
  // Blank rows stand for the sheet's rows above the header, so core counts rows as the sheet does.
  const above: CellValue[][] = Array.from({ length: firstRow - 1 + header }, () => []);
  const parsed = parseCohorts([...above, ...values.slice(header).map((row) => [...row])]);
  if (isWorkforceError(parsed)) {
    return {
      kind: "problem",
      sheet,
      message: `The cohorts on the sheet "${sheet}" were not put in the form (rows as numbered on the sheet): ${parsed.message}`,
    };
  }
  return { kind: "read", sheet, cohorts: parsed };
}

/** Reads the workbook's cohorts sheet, if it has one. Rejects only when the host does. */
export async function readWorkbookCohorts(host: WorkbookHost): Promise<WorkbookCohorts> {
  const sheet = cohortsSheetName(await host.listSheets());
  if (sheet === null) return { kind: "none" };
  const used = await host.readSheet(sheet);
  if (!used) return { kind: "read", sheet, cohorts: [] };
  return cohortsFromSheet(sheet, used.values, used.firstRow);
}

/**
 * The start month and horizon that hold every cohort: the start moves back to the first
 * cohort's month when one is earlier, and the horizon grows to reach the last one, so none is
 * left out. Only ever widens what it is given.
 */
export function horizonFor(
  cohorts: readonly Cohort[],
  startMonth: string,
  months: number,
): { startMonth: string; months: number } {
  const start = parseMonth(startMonth);
  if (start === null || cohorts.length === 0) return { startMonth, months };
  let first = start;
  let latest: number | null = null;
  for (const c of cohorts) {
    const month = parseMonth(c.month);
    if (month === null) continue;
    first = Math.min(first, month);
    latest = latest === null ? month : Math.max(latest, month);
  }
  const last = latest ?? start;
  return {
    startMonth: formatMonth(first),
    months: Math.min(MAX_PROJECTION_MONTHS, Math.max(months, last - first + 1)),
  };
}
