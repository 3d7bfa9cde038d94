/**
 * The projection's cost by financial year (April to March), against the budget: what budget
 * setters take to committee. Pure; expects valid inputs, as `project` does.
 *
 * For each financial year, summing the projection's months in it:
 *   permanent salary = Σ in post × salary ÷ 12 × pay index       (pay index × (1 + pay_award) each April)
 *   on-costs         = Σ in post × salary × on_cost_rate ÷ 12 × pay index
 *   agency cost      = Σ agency × agency cost ÷ 12
 *   total            = permanent salary + on-costs + agency cost   (= Σ the projection's monthly cost)
 *   (each figure to the penny)
 *   budget           = the year's annual_budget (pro rata months ÷ 12 in a part year; blank if none)
 *   variance         = total − budget                              (positive: an overspend)
 *   agency premium   = Σ agency × (agency cost − permanent cost × pay index) ÷ 12
 *
 * Worked example (tested in test/core/planning/budget.test.ts): start_month 2026-04, 8 FTE in post,
 * 2 agency, no turnover, salary £40,000, on_cost_rate 0.25, agency £60,000 a year, pay_award 0.03,
 * annual_budget £500,000.
 *   2026/27: salary 8 × 40,000 = 320,000; on-costs 80,000; agency 2 × 60,000 = 120,000;
 *            total 520,000; variance +20,000; premium 2 × (60,000 − 50,000) = 20,000.
 *   2027/28: salary 320,000 × 1.03 = 329,600; on-costs 82,400; agency 120,000; total 532,000;
 *            variance +32,000; premium 2 × (60,000 − 51,500) = 17,000.
 */
import type { Assumptions } from "./assumptions";
import { Cohort, cohortPlace } from "./cohorts";
import { cohortBeforeStart, cohortsAfter } from "./horizon";
import { MAX_PROJECTION_MONTHS, payIndexByMonth } from "./compiledPlan";
import { project } from "./engine";
import { WorkforceError, invalidValue } from "../errors";
import { MONTH_NAMES } from "../dates";
import { financialYearLabel, financialYearStart, parseFinancialYear, parseMonth } from "./months";
import { resolveMoney } from "./planExtras";

export const DEFAULT_BUDGET_YEARS = 3;
/** Most financial years one BUDGET covers: 50 years is the projection's 600 months. */
export const MAX_BUDGET_YEARS = Math.floor(MAX_PROJECTION_MONTHS / 12);

export const BUDGET_HEADERS = [
  "Financial year",
  "Months",
  "Permanent salary",
  "On-costs",
  "Agency cost",
  "Total cost",
  "Budget",
  "Variance (cost − budget)",
  "Agency premium",
  "Note",
] as const;

export interface BudgetYear {
  /** "2026/27". */
  year: string;
  /** Months of the year the projection covers: 12, or fewer in the first (part) year. */
  months: number;
  partYear: boolean;
  permanentSalary: number;
  onCosts: number;
  agencyCost: number;
  totalCost: number;
  /** The year's budget, pro rata in a part year; null when none is given. */
  budget: number | null;
  /** Total cost − budget; null without a budget. */
  variance: number | null;
  /** What the agency FTE cost beyond the same FTE at permanent cost. */
  agencyPremium: number;
  /** Part year, pro rata budget and agency cap notes, in words. */
  note: string;
}

/** Months from the start month to the end of the March closing the `years`-th financial year. */
export function budgetHorizon(startMonth: number, years: number): number {
  const firstYear = financialYearStart(startMonth);
  const endMarch = (firstYear + years) * 12 + 2;
  return endMarch - startMonth + 1;
}

/** A sum of money to the penny. */
function pennies(value: number): number {
  return Math.round(value * 100) / 100;
}

function shortMonth(index: number): string {
  const year = Math.floor(index / 12);
  const name = MONTH_NAMES[index - year * 12];
  return `${name.charAt(0).toUpperCase()}${name.slice(1, 3)} ${year}`;
}

function money(value: number): string {
  return `£${value.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Budgets by financial year's start, from the per-year table (any spelling of the year). */
function budgetsByStartYear(assumptions: Assumptions): Map<number, number> {
  const byStart = new Map<number, number>();
  for (const [year, budget] of Object.entries(assumptions.annualBudgetByYear ?? {})) {
    const start = parseFinancialYear(year);
    if (start !== null) byStart.set(start, budget);
  }
  return byStart;
}

/**
 * The last year's note on cohorts starting after the budget's last month: a budget covers the
 * years asked for, a cohort plan often runs on, so they are named rather than refused.
 */
function laterCohortsNote(cohorts: readonly Cohort[], last: number): string {
  const after = cohortsAfter(cohorts, last);
  if (after.length === 0) return "";
  const shown = after.slice(0, 3).map((i) => `${cohortPlace(cohorts[i], i)} (${cohorts[i].month})`);
  const more = after.length > 3 ? ` and ${after.length - 3} more` : "";
  return `not counted, starting after ${shortMonth(last)}: ${shown.join(", ")}${more}; ask for more years to include them`;
}

/** The plan's cost in each of `years` financial years from the one holding the start month. */
export function budgetYears(
  assumptions: Assumptions,
  cohorts: readonly Cohort[] = [],
  years = DEFAULT_BUDGET_YEARS,
): BudgetYear[] | WorkforceError {
  if (!Number.isInteger(years) || years < 1 || years > MAX_BUDGET_YEARS) {
    return invalidValue(
      `years must be a whole number from 1 to ${MAX_BUDGET_YEARS} (got ${years}).`,
    );
  }
  const start = parseMonth(assumptions.startMonth);
  if (start === null) return invalidValue("start_month is not a month.");
  const early = cohortBeforeStart(cohorts, start);
  if (early) return early;
  const horizon = Math.min(MAX_PROJECTION_MONTHS, budgetHorizon(start, years));
  const rows = project(assumptions, cohorts, horizon);
  const lateNote = laterCohortsNote(cohorts, start + horizon - 1);
  const resolved = resolveMoney(assumptions);
  const payIndex = payIndexByMonth(start, horizon, resolved.payAward);
  const salaryShare = 1 / (1 + resolved.onCostRate);
  const monthlyPermanent = resolved.permanentCostPerFte / 12;
  const monthlyAgency = resolved.agencyCostPerFte / 12;
  const budgets = budgetsByStartYear(assumptions);
  const capNote =
    resolved.agencyAboveCap && resolved.agencyRateCap !== undefined
      ? `agency costed at the ${money(resolved.agencyRateCap)} an hour cap (the stated ${money(resolved.agencyHourlyRate)} is above it and needs the DCS's sign-off)`
      : "";

  const result: BudgetYear[] = [];
  let t = 0;
  while (t < rows.length) {
    const yearStart = financialYearStart(start + t);
    let permanent = 0;
    let agency = 0;
    let premium = 0;
    const first = t;
    while (t < rows.length && financialYearStart(start + t) === yearStart) {
      const row = rows[t];
      permanent += row.permanentCost;
      agency += row.agencyCost;
      premium += row.agencyFte * (monthlyAgency - monthlyPermanent * payIndex[t]);
      t++;
    }
    const months = t - first;
    const partYear = months < 12;
    const annual = budgets.get(yearStart) ?? resolved.annualBudget;
    const budget = annual === undefined ? null : pennies((annual * months) / 12);
    // To the penny, so the columns add up exactly as a budget report's do.
    const salary = pennies(permanent * salaryShare);
    const permanentPennies = pennies(permanent);
    const agencyPennies = pennies(agency);
    const total = pennies(permanentPennies + agencyPennies);
    const notes: string[] = [];
    if (partYear) {
      notes.push(
        `part year: ${shortMonth(start + first)} to ${shortMonth(start + t - 1)} (${months} months)${budget === null ? "" : ", budget pro rata"}`,
      );
    }
    if (budget === null)
      notes.push(
        `no budget: add annual_budget or "annual_budget ${financialYearLabel(yearStart)}"`,
      );
    if (capNote !== "") notes.push(capNote);
    if (t === rows.length && lateNote !== "") notes.push(lateNote);
    result.push({
      year: financialYearLabel(yearStart),
      months,
      partYear,
      permanentSalary: salary,
      onCosts: pennies(permanentPennies - salary),
      agencyCost: agencyPennies,
      totalCost: total,
      budget,
      variance: budget === null ? null : pennies(total - budget),
      agencyPremium: pennies(premium),
      note: notes.join("; "),
    });
  }
  return result;
}

export type BudgetCell = string | number;

/**
 * Header row plus one row a financial year, in BUDGET_HEADERS order, ready to spill. Without a
 * budget for a year its Budget and Variance are blank (missing, never 0) and the note says so.
 */
export function budgetToMatrix(years: readonly BudgetYear[]): BudgetCell[][] {
  const matrix: BudgetCell[][] = [BUDGET_HEADERS.slice()];
  for (const year of years) {
    matrix.push([
      year.year,
      year.months,
      year.permanentSalary,
      year.onCosts,
      year.agencyCost,
      year.totalCost,
      year.budget ?? "",
      year.variance ?? "",
      year.agencyPremium,
      year.note,
    ]);
  }
  return matrix;
}
