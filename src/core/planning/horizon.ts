/**
 * Cohorts against the months a calculation covers. A cohort is never dropped without a word
 * (docs/planning.md, "Cohorts outside the horizon"):
 *   - before start_month: an error naming the row, everywhere. The projection starts from the
 *     opening figures at start_month, so an earlier cohort is either already counted in
 *     in_post_fte or mis-dated; the model cannot tell which, and guessing changes every figure.
 *   - after the last month: an error naming the row where the caller chose the length
 *     (PROJECT, PROJECTBANDS, MONTHSTOTARGET, the pane's run); BUDGET notes the rows in its last
 *     year's note instead, since a budget covers fixed years while a cohort plan often runs on;
 *     RECRUITSNEEDED allows them, since a cohort after by_month cannot change its answer.
 */
import { WorkforceError, invalidValue } from "../errors";
import type { Assumptions } from "./assumptions";
import { Cohort, cohortPlace } from "./cohorts";
import { MonthIndex, formatMonth, parseMonth } from "./months";

/** Index of the first cohort starting before `start`; -1 when none does. */
function firstBefore(cohorts: readonly Pick<Cohort, "month">[], start: MonthIndex): number {
  for (let i = 0; i < cohorts.length; i++) {
    const month = parseMonth(cohorts[i].month);
    if (month !== null && month < start) return i;
  }
  return -1;
}

/** The first cohort starting before `start`, as the error naming its row; null when none does. */
export function cohortBeforeStart(
  cohorts: readonly Cohort[],
  start: MonthIndex,
): WorkforceError | null {
  const i = firstBefore(cohorts, start);
  if (i < 0) return null;
  const first = formatMonth(start);
  return invalidValue(
    `${cohortPlace(cohorts[i], i)}: month ${cohorts[i].month} is before start_month ${first}, and the projection starts from the opening figures at ${first}. If these staff are already in post, count them in in_post_fte and leave the row out; otherwise move it to ${first} or later.`,
  );
}

/** Indices of the cohorts starting after `last`, in order. */
export function cohortsAfter(
  cohorts: readonly Pick<Cohort, "month">[],
  last: MonthIndex,
): number[] {
  const after: number[] = [];
  for (let i = 0; i < cohorts.length; i++) {
    const month = parseMonth(cohorts[i].month);
    if (month !== null && month > last) after.push(i);
  }
  return after;
}

/** The first cohort outside a projection, and on which side of it. */
export interface HorizonBreach {
  index: number;
  side: "before" | "after";
  start: MonthIndex;
  last: MonthIndex;
}

/**
 * The first cohort outside a projection of `months` months from `startMonth` (before it, or
 * after its last month); null when every cohort is inside or the start month is not a month.
 * The rule lives here; each caller words it for its own users (a sheet's field names, the
 * pane's labels).
 */
export function cohortOutsideHorizon(
  startMonth: string,
  cohorts: readonly Pick<Cohort, "month">[],
  months: number,
): HorizonBreach | null {
  const start = parseMonth(startMonth);
  if (start === null) return null;
  const last = start + months - 1;
  const before = firstBefore(cohorts, start);
  if (before >= 0) return { index: before, side: "before", start, last };
  const [after] = cohortsAfter(cohorts, last);
  return after === undefined ? null : { index: after, side: "after", start, last };
}

/**
 * The error for the first cohort outside a projection of `months` months from the assumptions'
 * start month (before it, or after its last month); null when every cohort is inside.
 */
export function cohortOutsideProjection(
  assumptions: Pick<Assumptions, "startMonth">,
  cohorts: readonly Cohort[],
  months: number,
): WorkforceError | null {
  const breach = cohortOutsideHorizon(assumptions.startMonth, cohorts, months);
  if (breach === null) return null;
  if (breach.side === "before") return cohortBeforeStart(cohorts, breach.start);
  const cohort = cohorts[breach.index];
  return invalidValue(
    `${cohortPlace(cohort, breach.index)}: month ${cohort.month} is after the projection's last month, ${formatMonth(breach.last)} (${months} months from ${formatMonth(breach.start)}). Project more months, or leave the row out.`,
  );
}
