/**
 * Plan against actual, as saved in the workbook's settings: the approved plan (a frozen copy of
 * a scenario's projection with the date it was approved) and the months of actuals recorded,
 * each versioned and checked on reading, so damaged settings fall back instead of failing.
 * The sheets that show them are written by ./approvedPlanSheet and ./actualsSheet.
 */
import {
  parseMonth,
  validateAssumptions,
  validateCohorts,
  type Assumptions,
  type Cohort,
} from "../core/planning";
import { isRecord, parseSaved, type LoadResult } from "./persisted";

export const APPROVED_PLAN_SETTING = "workforce.approvedPlan";
export const ACTUALS_SETTING = "workforce.actuals";
export const TRACKING_VERSION = 1;

export interface ApprovedPlan {
  scenarioName: string;
  /** "YYYY-MM-DD". */
  approvedOn: string;
  months: number;
  assumptions: Assumptions;
  cohorts: Cohort[];
  /** PLAN_TABLE_HEADERS then one row a month, frozen at approval. */
  table: (string | number)[][];
  planSheet: string;
  comparisonSheet: string;
}

export interface ActualsRecord {
  /** "YYYY-MM". */
  month: string;
  /** "YYYY-MM-DD". */
  recordedOn: string;
  inPostFte: number;
  agencyFte: number;
  vacancyFte: number;
  cases: number;
  caseload: number | null;
  vacancyRate: number | null;
  agencyRate: number | null;
  /** 0-based sheet row the record is written on. */
  row: number;
}

export interface ActualsStore {
  sheet: string | null;
  records: ActualsRecord[];
}

export const NO_ACTUALS: ActualsStore = { sheet: null, records: [] };

export const isNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);
const isNumberOrNull = (value: unknown): value is number | null =>
  value === null || isNumber(value);

function validatePlan(data: unknown): ApprovedPlan | null | string {
  if (data === null) return null;
  if (!isRecord(data)) return "the approved plan is not an object.";
  const {
    scenarioName,
    approvedOn,
    months,
    assumptions,
    cohorts,
    table,
    planSheet,
    comparisonSheet,
  } = data;
  if (typeof scenarioName !== "string" || typeof approvedOn !== "string")
    return "the approved plan has no name or date.";
  if (
    !isNumber(months) ||
    !Array.isArray(table) ||
    !Array.isArray(cohorts) ||
    !isRecord(assumptions)
  )
    return `the approved plan "${scenarioName}" is incomplete.`;
  const problem =
    validateAssumptions(assumptions as unknown as Assumptions) ??
    validateCohorts(cohorts as Cohort[]);
  if (problem) return `the approved plan "${scenarioName}": ${problem.message}`;
  if (typeof planSheet !== "string" || typeof comparisonSheet !== "string")
    return `the approved plan "${scenarioName}" has no sheets.`;
  return data as unknown as ApprovedPlan;
}

function validateActuals(data: unknown): ActualsStore | string {
  if (!isRecord(data) || !Array.isArray(data.records)) return "the actuals are not a list.";
  const sheet = data.sheet;
  if (sheet !== null && typeof sheet !== "string") return "the actuals sheet is not named.";
  for (const [i, record] of data.records.entries()) {
    if (
      !isRecord(record) ||
      typeof record.month !== "string" ||
      parseMonth(record.month) === null ||
      typeof record.recordedOn !== "string" ||
      ![record.inPostFte, record.agencyFte, record.vacancyFte, record.cases, record.row].every(
        isNumber,
      ) ||
      ![record.caseload, record.vacancyRate, record.agencyRate].every(isNumberOrNull)
    ) {
      return `recorded month ${i + 1} is damaged.`;
    }
  }
  return { sheet, records: data.records as ActualsRecord[] };
}

export const loadApprovedPlan = (text: string | null): LoadResult<ApprovedPlan | null> =>
  parseSaved(text, "approved plan", TRACKING_VERSION, null, validatePlan);

export const loadActuals = (text: string | null): LoadResult<ActualsStore> =>
  parseSaved(text, "actuals", TRACKING_VERSION, NO_ACTUALS, validateActuals);

/** "YYYY-MM-DD" and "YYYY-MM" of a date, in the user's time zone. */
export function dateText(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${String(date.getDate()).padStart(2, "0")}`;
}
export const monthText = (date: Date): string => dateText(date).slice(0, 7);
