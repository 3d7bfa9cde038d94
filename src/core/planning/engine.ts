/**
 * The month-by-month stock-and-flow projection of permanent staff, agency staff, vacancies,
 * caseloads and cost. Pure and deterministic. The model is described in docs/planning.md.
 *
 * Every row is the position at the END of its month:
 *   leavers   = permanent in post at the start of the month × annual turnover ÷ 12
 *   in post   = in post at the start + starters − leavers       (starters do not leave in their first month)
 *   vacancies = max(0, establishment − in post)                   (DfE: posts not filled by permanent staff,
 *                                                                  whether or not agency staff cover them)
 *   agency    = by policy: flat (plus agency cohorts), release (minus permanent starters as they settle in),
 *               backfill (= vacancies)
 *   effective case-holding FTE = (experienced in post + newcomers × capacity factor + agency)
 *                                × case-holding share × (1 − absence rate)
 *   cases     = cases at the start × (1 + monthly growth) each month, or the given series
 *   cost      = in post × permanent cost ÷ 12 + agency × agency cost ÷ 12
 */
import type { Assumptions } from "./assumptions";
import type { Cohort } from "./cohorts";
import { WorkforceError, divByZero } from "../errors";
import { formatMonth, parseMonth } from "./months";

export const DEFAULT_PROJECTION_MONTHS = 24;
export const MAX_PROJECTION_MONTHS = 600;

export interface ProjectionRow {
  month: string;
  /** Permanent social workers in post at the end of the month, FTE. */
  inPostFte: number;
  /** Permanent starters this month (permanent, international and ASYE cohorts), FTE. */
  starters: number;
  /** Permanent leavers this month, FTE. */
  leavers: number;
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

/** Capacity of newcomers, by months since arrival, as a multiple of an experienced worker's caseload. */
interface NewcomerSchedule {
  arrival: number;
  fte: number;
  /** factors[k] for k months after arrival; 1 from factors.length on. */
  factors: Float64Array;
}

/** Assumptions and cohorts reduced to per-month arrays, shared by the projection, the solver and Monte Carlo. */
export interface CompiledPlan {
  months: number;
  labels: string[];
  establishment: number;
  openingInPost: number;
  openingAgency: number;
  openingCases: number;
  annualTurnover: number;
  monthlyDemandGrowth: number;
  /** Cases by month where a series is given; NaN where growth applies. */
  casesOverride: Float64Array;
  policy: Assumptions["agencyPolicy"];
  /** (case-holding share) × (1 − absence rate). */
  capacityMultiplier: number;
  monthlyPermanentCost: number;
  monthlyAgencyCost: number;
  startersByMonth: Float64Array;
  agencyStartersByMonth: Float64Array;
  /** FTE of permanent starters reaching full caseload this month (agency released under "release"). */
  settlingByMonth: Float64Array;
  /**
   * Newcomer cohorts in order of arrival, those arriving in the same month with the same timing
   * merged (their FTE adds up exactly: everyone leaves at the same rate).
   */
  newcomers: NewcomerSchedule[];
  /** The longest newcomer period: a cohort older than this no longer needs visiting. */
  longestNewcomerPeriod: number;
}

/**
 * The newcomer cohorts to visit in month t: indices [from, to) of `newcomers`, the cohorts
 * that have arrived and arrived less than `longestNewcomerPeriod` months ago. Keeps a month's
 * work proportional to the cohorts still settling in, not to every cohort in the plan.
 */
export class NewcomerWindow {
  from = 0;
  to = 0;

  constructor(
    private readonly arrivals: ArrayLike<number>,
    private readonly longest: number,
  ) {}

  advance(t: number): void {
    while (this.to < this.arrivals.length && this.arrivals[this.to] <= t) this.to++;
    while (this.from < this.to && t - this.arrivals[this.from] >= this.longest) this.from++;
  }
}

/** Months of newcomer bookkeeping one projection of `plan` does: the work a run costs. */
export function newcomerMonths(plan: CompiledPlan): number {
  let total = 0;
  for (const cohort of plan.newcomers) {
    total += Math.max(0, Math.min(plan.longestNewcomerPeriod, plan.months - cohort.arrival));
  }
  return total;
}

/** Lead months (no cases) and ramp-up months for a cohort, from its own value or the kind's default. */
export function cohortTiming(
  assumptions: Assumptions,
  cohort: Cohort,
): { lead: number; rampUp: number } {
  switch (cohort.kind) {
    case "international":
      return {
        lead: assumptions.internationalLeadMonths,
        rampUp: cohort.rampUpMonths ?? assumptions.internationalRampUpMonths,
      };
    case "asye":
      return { lead: 0, rampUp: cohort.rampUpMonths ?? assumptions.asyeRampUpMonths };
    case "agency":
      return { lead: 0, rampUp: 0 };
    default:
      return { lead: 0, rampUp: cohort.rampUpMonths ?? assumptions.permanentRampUpMonths };
  }
}

/**
 * Capacity factors of a newcomer by months since arrival: 0 during the lead, then (j+1)/(R+1)
 * in ramp-up month j of R, then 1; an ASYE's factor is also scaled by the protected caseload share
 * for the protected months. E.g. an international recruit with the defaults: 0, 0, 0.25, 0.5, 0.75, 1 …
 */
export function newcomerFactors(assumptions: Assumptions, cohort: Cohort): Float64Array {
  const { lead, rampUp } = cohortTiming(assumptions, cohort);
  const protectedMonths = cohort.kind === "asye" ? assumptions.asyeProtectedMonths : 0;
  const length = Math.max(lead + rampUp, protectedMonths);
  const factors = new Float64Array(length);
  for (let k = 0; k < length; k++) {
    let factor: number;
    if (k < lead) factor = 0;
    else if (k - lead < rampUp) factor = (k - lead + 1) / (rampUp + 1);
    else factor = 1;
    if (k < protectedMonths) factor *= assumptions.asyeCaseloadShare;
    factors[k] = factor;
  }
  return factors;
}

export function compilePlan(
  assumptions: Assumptions,
  cohorts: readonly Cohort[],
  months: number,
): CompiledPlan {
  const horizon = clampMonths(months);
  const start = parseMonth(assumptions.startMonth) ?? 0;
  const labels: string[] = new Array<string>(horizon);
  for (let t = 0; t < horizon; t++) labels[t] = formatMonth(start + t);

  const startersByMonth = new Float64Array(horizon);
  const agencyStartersByMonth = new Float64Array(horizon);
  const settlingByMonth = new Float64Array(horizon);
  const newcomers: NewcomerSchedule[] = [];
  // Cohorts with the same arrival and timing share one schedule (see CompiledPlan.newcomers).
  const scheduleFor = new Map<string, NewcomerSchedule>();
  let longestNewcomerPeriod = 0;
  for (const cohort of cohorts) {
    const monthIndex = parseMonth(cohort.month);
    // Cohorts before the start month are already in the opening figures.
    if (monthIndex === null || cohort.fte <= 0) continue;
    const arrival = monthIndex - start;
    if (arrival < 0 || arrival >= horizon) continue;
    if (cohort.kind === "agency") {
      agencyStartersByMonth[arrival] += cohort.fte;
      continue;
    }
    startersByMonth[arrival] += cohort.fte;
    const { lead, rampUp } = cohortTiming(assumptions, cohort);
    const settles = arrival + lead + rampUp;
    if (settles < horizon) settlingByMonth[settles] += cohort.fte;
    const key = `${arrival}:${cohort.kind}:${cohort.rampUpMonths ?? ""}`;
    const shared = scheduleFor.get(key);
    if (shared) {
      shared.fte += cohort.fte;
      continue;
    }
    const factors = newcomerFactors(assumptions, cohort);
    if (factors.length === 0) continue;
    const schedule = { arrival, fte: cohort.fte, factors };
    scheduleFor.set(key, schedule);
    newcomers.push(schedule);
    longestNewcomerPeriod = Math.max(longestNewcomerPeriod, factors.length);
  }
  newcomers.sort((a, b) => a.arrival - b.arrival);

  const series = assumptions.casesSeries ?? [];
  const casesOverride = new Float64Array(horizon).fill(Number.NaN);
  for (let t = 0; t < Math.min(horizon, series.length); t++) casesOverride[t] = series[t];

  return {
    months: horizon,
    labels,
    establishment: assumptions.establishmentFte,
    openingInPost: assumptions.inPostFte,
    openingAgency: assumptions.agencyFte,
    openingCases: assumptions.cases,
    annualTurnover: assumptions.annualTurnover,
    monthlyDemandGrowth: assumptions.monthlyDemandGrowth,
    casesOverride,
    policy: assumptions.agencyPolicy,
    capacityMultiplier: assumptions.caseHoldingShare * (1 - assumptions.absenceRate),
    monthlyPermanentCost: assumptions.permanentCostPerFte / 12,
    monthlyAgencyCost: assumptions.agencyCostPerFte / 12,
    startersByMonth,
    agencyStartersByMonth,
    settlingByMonth,
    newcomers,
    longestNewcomerPeriod,
  };
}

export function clampMonths(months: number): number {
  if (!Number.isFinite(months)) return DEFAULT_PROJECTION_MONTHS;
  return Math.min(MAX_PROJECTION_MONTHS, Math.max(0, Math.floor(months)));
}

/** Agency FTE at the end of month t under the plan's policy. */
export function nextAgency(
  plan: CompiledPlan,
  t: number,
  previousAgency: number,
  inPost: number,
): number {
  switch (plan.policy) {
    case "backfill":
      return Math.max(0, plan.establishment - inPost);
    case "release":
      return Math.max(0, previousAgency + plan.agencyStartersByMonth[t] - plan.settlingByMonth[t]);
    default:
      return previousAgency + plan.agencyStartersByMonth[t];
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

/** The projection of a compiled plan with the given turnover and demand growth (Monte Carlo varies these). */
export function projectPlan(
  plan: CompiledPlan,
  annualTurnover: number,
  monthlyDemandGrowth: number,
): ProjectionRow[] {
  const leaverRate = annualTurnover / 12;
  const stayRate = 1 - leaverRate;
  const rows: ProjectionRow[] = [];
  const remaining = new Float64Array(plan.newcomers.length);
  const window = new NewcomerWindow(
    plan.newcomers.map((cohort) => cohort.arrival),
    plan.longestNewcomerPeriod,
  );
  let inPost = plan.openingInPost;
  let agency = plan.openingAgency;
  let cases = plan.openingCases;
  let cumulativeCost = 0;

  for (let t = 0; t < plan.months; t++) {
    const leavers = inPost * leaverRate;
    const starters = plan.startersByMonth[t];
    inPost = inPost - leavers + starters;

    let newcomerFte = 0;
    let newcomerEffective = 0;
    window.advance(t);
    for (let c = window.from; c < window.to; c++) {
      const cohort = plan.newcomers[c];
      const age = t - cohort.arrival;
      // Past its newcomer period a cohort is simply in post; its remaining FTE no longer matters.
      if (age >= cohort.factors.length) continue;
      // Newcomers leave at the same rate as everyone else, from their second month.
      remaining[c] = age === 0 ? cohort.fte : remaining[c] * stayRate;
      newcomerFte += remaining[c];
      newcomerEffective += remaining[c] * cohort.factors[age];
    }
    const experienced = Math.max(0, inPost - newcomerFte);

    agency = nextAgency(plan, t, agency, inPost);
    const vacancy = Math.max(0, plan.establishment - inPost);
    const agencyCover = Math.min(agency, vacancy);
    const effective = (experienced + newcomerEffective + agency) * plan.capacityMultiplier;

    const override = plan.casesOverride[t];
    cases = Number.isNaN(override) ? cases * (1 + monthlyDemandGrowth) : override;

    // A vanishing capacity (e.g. a share of 1e-300) would overflow to Infinity: treat it as none.
    const caseload = effective > 0 ? cases / effective : Number.POSITIVE_INFINITY;

    const monthlyCost = inPost * plan.monthlyPermanentCost + agency * plan.monthlyAgencyCost;
    cumulativeCost += monthlyCost;
    rows.push({
      month: plan.labels[t],
      inPostFte: inPost,
      starters,
      leavers,
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
