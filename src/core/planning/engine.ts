/**
 * The month-by-month stock-and-flow projection of permanent staff, agency staff, vacancies,
 * caseloads and cost. Pure and deterministic. The model is described in docs/planning.md.
 *
 * Every row is the position at the END of its month:
 *   leavers   = Σ over turnover groups: group in post at the start of the month × its annual turnover ÷ 12
 *               + cohorts whose first contract ends this month × their contract-end leaving share
 *   starters  = cohorts + monthly recruits + refills (refill rate × leavers time-to-fill months ago,
 *               at most the vacancies) + agency conversions
 *   in post   = in post at the start + starters − leavers       (starters do not leave in their first month)
 *   vacancies = max(0, establishment − in post)                   (DfE: posts not filled by permanent staff,
 *                                                                  whether or not agency staff cover them)
 *   agency    = by policy: flat (plus agency cohorts), release (minus permanent starters as they settle in),
 *               backfill (= vacancies)
 *   effective case-holding FTE = (experienced in post + newcomers × capacity factor + agency)
 *                                × case-holding share × (1 − absence rate)
 *   cases     = cases at the start × (1 + monthly growth) each month, or the given series
 *   cost      = in post × permanent cost ÷ 12 × pay index + agency × agency cost ÷ 12
 *               (permanent cost = salary × (1 + on-costs); the pay index rises by the pay award each April)
 */
import type { Assumptions } from "./assumptions";
import type { Cohort } from "./cohorts";
import { WorkforceError, divByZero } from "../errors";
import {
  type CompiledPlan,
  DEFAULT_PROJECTION_MONTHS,
  NewcomerWindow,
  compilePlan,
} from "./compiledPlan";

export interface ProjectionRow {
  month: string;
  /** Permanent social workers in post at the end of the month, FTE. */
  inPostFte: number;
  /** Permanent starters this month (permanent, international and ASYE cohorts), FTE. */
  starters: number;
  /** Permanent leavers this month, FTE (turnover and contract ends). */
  leavers: number;
  /** Of the leavers, those leaving as their first contract ends, FTE. */
  contractEndLeavers: number;
  /** Of the starters, posts refilled after a leaver, FTE. */
  refillStarters: number;
  /** Of the starters, agency workers converted into permanent posts, FTE. */
  agencyConversions: number;
  agencyFte: number;
  /** DfE vacancies: establishment not filled by permanent staff (never negative). */
  vacancyFte: number;
  /** Vacancies covered by agency staff (DfE "agency cover"). */
  agencyCoverFte: number;
  /** Vacancies neither filled nor covered. */
  uncoveredVacancyFte: number;
  /** DfE vacancy rate: vacancies ÷ (vacancies + in post). */
  vacancyRate: number;
  /** DfE agency rate: agency ÷ (agency + in post); null when both are zero. */
  agencyRate: number | null;
  /** Permanent starters still within their lead, ramp-up or protected period, FTE. */
  newcomerFte: number;
  effectiveCaseHoldingFte: number;
  cases: number;
  /** Cases ÷ effective case-holding FTE; null when nobody can hold cases. */
  caseloadPerWorker: number | null;
  /** Permanent pay this month including on-costs, £. */
  permanentCost: number;
  /** Agency charges this month, £. */
  agencyCost: number;
  monthlyCost: number;
  cumulativeCost: number;
}

/** Display headers of the spilled table, in the order of `projectionToMatrix`'s columns. */
export const PROJECTION_HEADERS = [
  "Month",
  "In-post FTE",
  "Starters",
  "Leavers",
  "Agency FTE",
  "Vacancy FTE",
  "Vacancy rate",
  "Agency rate",
  "Effective case-holding FTE",
  "Cases",
  "Caseload per worker",
  "Monthly cost",
  "Cumulative cost",
] as const;

/**
 * Agency FTE at the end of month t under the plan's policy, after `converted` agency FTE moved
 * into permanent posts this month.
 */
export function nextAgency(
  plan: CompiledPlan,
  t: number,
  previousAgency: number,
  inPost: number,
  converted = 0,
): number {
  switch (plan.policy) {
    case "backfill":
      return Math.max(0, plan.establishment - inPost);
    case "release":
      return Math.max(
        0,
        previousAgency + plan.agencyStartersByMonth[t] - plan.settlingByMonth[t] - converted,
      );
    default:
      return Math.max(0, previousAgency + plan.agencyStartersByMonth[t] - converted);
  }
}

/**
 * Projects `months` months from the assumptions' start month. Expects valid inputs (as returned by
 * parseAssumptions/parseCohorts, or checked with validateAssumptions/validateCohorts); months is
 * clamped to 0…600.
 */
export function project(
  assumptions: Assumptions,
  cohorts: readonly Cohort[] = [],
  months = DEFAULT_PROJECTION_MONTHS,
): ProjectionRow[] {
  return projectPlan(
    compilePlan(assumptions, cohorts, months),
    assumptions.annualTurnover,
    assumptions.monthlyDemandGrowth,
  );
}

/**
 * The projection of a compiled plan with the given turnover and demand growth (Monte Carlo varies
 * these). Groups with a turnover of their own move by the same amount as `annualTurnover`.
 */
export function projectPlan(
  plan: CompiledPlan,
  annualTurnover: number,
  monthlyDemandGrowth: number,
): ProjectionRow[] {
  const groups = plan.groupTurnover.length;
  const shift = annualTurnover - plan.annualTurnover;
  const leaverRates = new Float64Array(groups);
  for (let g = 0; g < groups; g++) {
    const rate = g === 0 ? annualTurnover : Math.min(1, Math.max(0, plan.groupTurnover[g] + shift));
    leaverRates[g] = rate / 12;
  }
  const stock = new Float64Array(groups);
  stock[0] = plan.openingInPost;
  const rows: ProjectionRow[] = [];
  const remaining = new Float64Array(plan.newcomers.length);
  const window = new NewcomerWindow(
    plan.newcomers.map((cohort) => cohort.arrival),
    plan.longestNewcomerPeriod,
  );
  // Contracts being followed: the cohort's FTE still in post, until its contract ends.
  const contracts = plan.contractEnds;
  const contractFte = new Float64Array(contracts.length);
  let firstOpenContract = 0;
  const leaverHistory = new Float64Array(plan.months);
  const refillFactors = plan.refillFactors;
  // refillRemaining[k]: refill starters who arrived k months ago, still in post (k < factors' length).
  const refillRemaining = new Float64Array(refillFactors.length);
  let inPost = plan.openingInPost;
  let agency = plan.openingAgency;
  let cases = plan.openingCases;
  let cumulativeCost = 0;

  for (let t = 0; t < plan.months; t++) {
    let leavers = 0;
    for (let g = 0; g < groups; g++) {
      const left = stock[g] * leaverRates[g];
      stock[g] -= left;
      leavers += left;
    }
    let contractEndLeavers = 0;
    while (firstOpenContract < contracts.length && contracts[firstOpenContract].end < t)
      firstOpenContract++;
    for (let c = firstOpenContract; c < contracts.length; c++) {
      const contract = contracts[c];
      if (contract.arrival > t) break;
      if (contract.end < t) continue;
      if (contract.arrival === t) {
        contractFte[c] = contract.fte;
        continue;
      }
      const stayed = contractFte[c] * (1 - leaverRates[contract.group]);
      if (contract.end === t) {
        const gone = Math.min(stock[contract.group], stayed * contract.share);
        stock[contract.group] -= gone;
        contractEndLeavers += gone;
        contractFte[c] = 0;
      } else {
        contractFte[c] = stayed;
      }
    }
    leavers += contractEndLeavers;
    leaverHistory[t] = leavers;

    let starters = plan.startersByMonth[t];
    for (let g = 0; g < groups; g++) stock[g] += plan.startersByGroup[g][t];
    const agencyAvailable =
      agency + (plan.policy === "backfill" ? 0 : plan.agencyStartersByMonth[t]);
    const conversions = Math.min(plan.agencyConversionPerMonth, agencyAvailable);
    let filled = inPost - leavers + starters + conversions;
    const lag = t - plan.timeToFillMonths;
    const refillDue = lag >= 0 ? plan.refillRate * leaverHistory[lag] : 0;
    const refills = Math.min(refillDue, Math.max(0, plan.establishment - filled));
    filled += refills;
    stock[0] += conversions + refills;
    starters += conversions + refills;
    inPost = Math.max(0, filled);

    let newcomerFte = 0;
    let newcomerEffective = 0;
    window.advance(t);
    for (let c = window.from; c < window.to; c++) {
      const cohort = plan.newcomers[c];
      const age = t - cohort.arrival;
      // Past its newcomer period a cohort is simply in post; its remaining FTE no longer matters.
      if (age >= cohort.factors.length) continue;
      // Newcomers leave at their group's rate from their second month, and at a contract's end.
      if (age === 0) remaining[c] = cohort.fte;
      else {
        remaining[c] *= 1 - leaverRates[cohort.group];
        if (age === cohort.contractEndAge) remaining[c] *= 1 - cohort.contractEndShare;
      }
      newcomerFte += remaining[c];
      newcomerEffective += remaining[c] * cohort.factors[age];
    }
    for (let k = refillRemaining.length - 1; k >= 0; k--) {
      refillRemaining[k] = k === 0 ? refills : refillRemaining[k - 1] * (1 - leaverRates[0]);
      newcomerFte += refillRemaining[k];
      newcomerEffective += refillRemaining[k] * refillFactors[k];
    }
    const experienced = Math.max(0, inPost - newcomerFte);

    agency = nextAgency(plan, t, agency, inPost, conversions);
    const vacancy = Math.max(0, plan.establishment - inPost);
    const agencyCover = Math.min(agency, vacancy);
    const effective = (experienced + newcomerEffective + agency) * plan.capacityMultiplier;

    const override = plan.casesOverride[t];
    cases = Number.isNaN(override) ? cases * (1 + monthlyDemandGrowth) : override;

    // A vanishing capacity (e.g. a share of 1e-300) would overflow to Infinity: treat it as none.
    const caseload = effective > 0 ? cases / effective : Number.POSITIVE_INFINITY;

    const permanentCost = inPost * plan.monthlyPermanentCost * plan.payIndex[t];
    const agencyCost = agency * plan.monthlyAgencyCost;
    const monthlyCost = permanentCost + agencyCost;
    cumulativeCost += monthlyCost;
    rows.push({
      month: plan.labels[t],
      inPostFte: inPost,
      starters,
      leavers,
      contractEndLeavers,
      refillStarters: refills,
      agencyConversions: conversions,
      agencyFte: agency,
      vacancyFte: vacancy,
      agencyCoverFte: agencyCover,
      uncoveredVacancyFte: vacancy - agencyCover,
      vacancyRate: vacancy / (vacancy + inPost),
      agencyRate: agency + inPost > 0 ? agency / (agency + inPost) : null,
      newcomerFte,
      effectiveCaseHoldingFte: effective,
      cases,
      caseloadPerWorker: Number.isFinite(caseload) ? caseload : null,
      permanentCost,
      agencyCost,
      monthlyCost,
      cumulativeCost,
    });
  }
  return rows;
}

export type ProjectionCell = string | number | WorkforceError;

/** Header row plus one row a month, in PROJECTION_HEADERS order, ready to spill. */
export function projectionToMatrix(rows: readonly ProjectionRow[]): ProjectionCell[][] {
  const matrix: ProjectionCell[][] = [PROJECTION_HEADERS.slice()];
  for (const row of rows) {
    matrix.push([
      row.month,
      row.inPostFte,
      row.starters,
      row.leavers,
      row.agencyFte,
      row.vacancyFte,
      row.vacancyRate,
      row.agencyRate ?? divByZero("No permanent or agency staff: agency rate is undefined."),
      row.effectiveCaseHoldingFte,
      row.cases,
      row.caseloadPerWorker ??
        divByZero("No case-holding capacity: caseload per worker is undefined."),
      row.monthlyCost,
      row.cumulativeCost,
    ]);
  }
  return matrix;
}
