/**
 * Target questions over the projection: how many extra recruits reach a target by a month, and
 * when a measure first meets its target.
 */
import { nameKey } from "../names";
import { WorkforceError, invalidValue, notAvailable } from "../errors";
import type { Assumptions } from "./assumptions";
import { validateAssumptions } from "./assumptions";
import type { Cohort, CohortKind } from "./cohorts";
import { validateCohorts } from "./cohorts";
import { DEFAULT_PROJECTION_MONTHS, MAX_PROJECTION_MONTHS } from "./compiledPlan";
import { ProjectionRow, project } from "./engine";
import { cohortBeforeStart, cohortOutsideProjection } from "./horizon";
import { formatMonth, parseMonth } from "./months";

export type TargetMeasure = "caseload" | "vacancy_rate";
export const TARGET_MEASURES: readonly TargetMeasure[] = ["caseload", "vacancy_rate"];

export function parseMeasure(value: unknown): TargetMeasure | null {
  if (value === null || value === undefined || value === "") return "caseload";
  if (typeof value !== "string") return null;
  const key = nameKey(value);
  if (key === "caseload" || key === "caseloads" || key === "caseloadperworker") return "caseload";
  if (key === "vacancyrate" || key === "vacancy" || key === "vacancies") return "vacancy_rate";
  return null;
}

/** The measure's value in a row; null when it is undefined (no case-holding capacity). */
export function measureValue(row: ProjectionRow, measure: TargetMeasure): number | null {
  return measure === "caseload" ? row.caseloadPerWorker : row.vacancyRate;
}

/** A measure meets its target when it is at or below it (both are "lower is better"). */
export function meetsTarget(row: ProjectionRow, measure: TargetMeasure, target: number): boolean {
  const value = measureValue(row, measure);
  return value !== null && value <= target;
}

function checkTarget(measure: TargetMeasure, target: number): WorkforceError | null {
  if (!Number.isFinite(target)) return invalidValue("target must be a finite number.");
  if (measure === "caseload" && !(target > 0)) {
    return invalidValue(`target caseload must be greater than 0 (got ${target}).`);
  }
  if (measure === "vacancy_rate" && (target < 0 || target > 1)) {
    return invalidValue(
      `target vacancy rate must be a fraction from 0 to 1, e.g. 0.24 for 24% (got ${target}).`,
    );
  }
  return null;
}

function checkInputs(assumptions: Assumptions, cohorts: readonly Cohort[]): WorkforceError | null {
  return validateAssumptions(assumptions) ?? validateCohorts(cohorts);
}

export interface RecruitsNeededOptions {
  /** Month the extra recruits start; defaults to the assumptions' start month. */
  startMonth?: string;
  /** Month by which the target must be met. */
  byMonth: string;
  measure: TargetMeasure;
  target: number;
  /** Kind of the extra recruits (default permanent, with its default ramp-up). */
  kind?: Exclude<CohortKind, "agency">;
}

/** Largest answer searched, in tenths of an FTE (one million FTE, the largest valid establishment). */
const MAX_TENTHS = 10_000_000;

/**
 * The smallest extra FTE, to one decimal, that starting in `startMonth` brings the measure to its
 * target (at or below it) in `byMonth`. Found by bisection on the 0.1 FTE grid, which guarantees
 * that the answer meets the target and 0.1 FTE less does not. The extra recruits are an added
 * cohort, so they take part in the agency policy like any other starters. #N/A with the reason
 * when no number of recruits can do it.
 */
export function recruitsNeeded(
  assumptions: Assumptions,
  cohorts: readonly Cohort[],
  options: RecruitsNeededOptions,
): number | WorkforceError {
  const problem = checkInputs(assumptions, cohorts) ?? checkTarget(options.measure, options.target);
  if (problem) return problem;
  const modelStart = parseMonth(assumptions.startMonth);
  const recruitStart =
    options.startMonth === undefined ? modelStart : parseMonth(options.startMonth);
  const by = parseMonth(options.byMonth);
  if (modelStart === null) return invalidValue("start_month is not a month.");
  if (recruitStart === null)
    return invalidValue(`start month "${options.startMonth}" is not a month such as "2022-01".`);
  if (by === null)
    return invalidValue(`by month "${options.byMonth}" is not a month such as "2022-12".`);
  // Cohorts after by_month cannot change the answer, so only earlier ones are refused (./horizon).
  const early = cohortBeforeStart(cohorts, modelStart);
  if (early) return early;
  if (recruitStart < modelStart) {
    return invalidValue(
      `recruits cannot start (${formatMonth(recruitStart)}) before the projection's start_month (${formatMonth(modelStart)}).`,
    );
  }
  if (by < recruitStart) {
    return notAvailable(
      `the target month ${formatMonth(by)} is before the recruits start (${formatMonth(recruitStart)}).`,
    );
  }
  const horizon = by - modelStart + 1;
  if (horizon > MAX_PROJECTION_MONTHS) {
    return invalidValue(
      `the target month must be within ${MAX_PROJECTION_MONTHS} months of start_month.`,
    );
  }

  const { measure, target } = options;
  const month = formatMonth(recruitStart);
  const kind = options.kind ?? "permanent";
  const meetsWith = (tenths: number): boolean => {
    const extra: Cohort[] =
      tenths > 0 ? [{ month, fte: tenths / 10, kind, label: "extra recruits" }] : [];
    const rows = project(assumptions, [...cohorts, ...extra], horizon);
    return meetsTarget(rows[rows.length - 1], measure, target);
  };

  if (meetsWith(0)) return 0;
  let low = 0; // fails
  let high = 1;
  while (!meetsWith(high)) {
    low = high;
    if (high >= MAX_TENTHS)
      return notAvailable(unreachableReason(assumptions, options, month, formatMonth(by)));
    high = Math.min(high * 2, MAX_TENTHS);
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (meetsWith(middle)) high = middle;
    else low = middle;
  }
  return high / 10;
}

function unreachableReason(
  assumptions: Assumptions,
  options: RecruitsNeededOptions,
  start: string,
  by: string,
): string {
  const label = options.measure === "caseload" ? "caseload per worker" : "the vacancy rate";
  if (options.measure === "caseload") {
    if (assumptions.caseHoldingShare === 0)
      return "case_holding_share is 0, so no one holds cases.";
    if (assumptions.absenceRate >= 1)
      return "absence_rate is 1, so no one is available to hold cases.";
    if (options.kind === "international" && assumptions.internationalLeadMonths > 0) {
      return `international recruits starting ${start} are still in registration and induction in ${by}.`;
    }
  }
  return `no number of recruits (up to ${(MAX_TENTHS / 10).toLocaleString("en-GB")} FTE) starting ${start} brings ${label} to ${options.target} by ${by}.`;
}

export interface MonthsToTargetOptions {
  measure: TargetMeasure;
  target: number;
  /** Horizon searched, default 24. */
  months?: number;
}

/**
 * Months after the start month (0 = the start month itself) of the first month whose measure is at
 * or below the target; #N/A if none within the horizon. Add it to the start month with EDATE to get a date.
 */
export function monthsToTarget(
  assumptions: Assumptions,
  cohorts: readonly Cohort[],
  options: MonthsToTargetOptions,
): number | WorkforceError {
  const problem = checkInputs(assumptions, cohorts) ?? checkTarget(options.measure, options.target);
  if (problem) return problem;
  const months = options.months ?? DEFAULT_PROJECTION_MONTHS;
  if (!Number.isInteger(months) || months < 1 || months > MAX_PROJECTION_MONTHS) {
    return invalidValue(
      `months must be a whole number from 1 to ${MAX_PROJECTION_MONTHS} (got ${months}).`,
    );
  }
  const outside = cohortOutsideProjection(assumptions, cohorts, months);
  if (outside) return outside;
  const rows = project(assumptions, cohorts, months);
  const index = rows.findIndex((row) => meetsTarget(row, options.measure, options.target));
  if (index < 0) {
    const label = options.measure === "caseload" ? "caseload per worker" : "the vacancy rate";
    return notAvailable(
      `${label} does not reach ${options.target} within ${months} months of ${assumptions.startMonth}.`,
    );
  }
  return index;
}

/** The month label of monthsToTarget's answer, for surfaces that show it as text. */
export function monthLabelAfter(startMonth: string, monthsAfter: number): string | null {
  const start = parseMonth(startMonth);
  return start === null ? null : formatMonth(start + monthsAfter);
}
