/**
 * Assumptions and cohorts compiled into per-month arrays: the starters, settling, turnover groups,
 * contract ends, pay index and newcomer schedules the projection (./engine), the target solver and
 * Monte Carlo all run over. Pure; expects valid inputs.
 */
import type { Assumptions } from "./assumptions";
import type { Cohort } from "./cohorts";
import { formatMonth, parseMonth } from "./months";
import { resolveMoney, resolvePipeline } from "./planExtras";

export const DEFAULT_PROJECTION_MONTHS = 24;
export const MAX_PROJECTION_MONTHS = 600;

/** Capacity of newcomers, by months since arrival, as a multiple of an experienced worker's caseload. */
interface NewcomerSchedule {
  arrival: number;
  fte: number;
  /** factors[k] for k months after arrival; 1 from factors.length on. */
  factors: Float64Array;
  /** Turnover group the cohort leaves with (index into CompiledPlan.groupTurnover). */
  group: number;
  /** Months after arrival when the first contract ends; -1 for none. */
  contractEndAge: number;
  /** Share of those still in post leaving when the contract ends. */
  contractEndShare: number;
}

/** Cohorts whose first contract ends: their FTE is followed until then so the leavers are theirs. */
interface ContractEnd {
  arrival: number;
  fte: number;
  group: number;
  /** Month index (from the start month) the contract ends. */
  end: number;
  share: number;
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
  /** One permanent FTE for a month at the start month's pay, on-costs included, £. */
  monthlyPermanentCost: number;
  monthlyAgencyCost: number;
  /** Permanent pay by month relative to the start month: × (1 + pay award) each April after it. */
  payIndex: Float64Array;
  /** Permanent starters from cohorts and monthly recruits (not refills or conversions). */
  startersByMonth: Float64Array;
  agencyStartersByMonth: Float64Array;
  /** FTE of permanent starters reaching full caseload this month (agency released under "release"). */
  settlingByMonth: Float64Array;
  /**
   * Annual turnover of each turnover group. Group 0 is everyone on `annualTurnover` (the opening
   * staff and any cohort without a rate of its own); Monte Carlo moves every group by its draw.
   */
  groupTurnover: Float64Array;
  /** Cohort and recruit starters by group: startersByGroup[g][t]. */
  startersByGroup: Float64Array[];
  /** Cohorts with a first contract, in order of arrival. */
  contractEnds: ContractEnd[];
  /** Share of leavers' posts refilled, and after how many months. */
  refillRate: number;
  timeToFillMonths: number;
  /** Capacity factors of a refill starter (an experienced permanent starter). */
  refillFactors: Float64Array;
  agencyConversionPerMonth: number;
  /** True when the plan uses none of the pipeline's dynamic parts (Monte Carlo's fast loop applies). */
  simple: boolean;
  /**
   * Newcomer cohorts in order of arrival, those arriving in the same month with the same timing
   * and turnover merged (their FTE adds up exactly: they leave at the same rate).
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
  for (const contract of plan.contractEnds) {
    total += Math.max(0, Math.min(contract.end, plan.months) - contract.arrival);
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

/** The annual turnover a cohort leaves at: its own, else its kind's, else everyone's (null). */
export function cohortTurnover(assumptions: Assumptions, cohort: Cohort): number | null {
  if (cohort.annualTurnover !== undefined) return cohort.annualTurnover;
  if (cohort.kind === "asye") return assumptions.asyeTurnover ?? null;
  if (cohort.kind === "international") return assumptions.internationalTurnover ?? null;
  return null;
}

/** Permanent pay index by month: 1 in the start month, × (1 + award) in each later April. */
export function payIndexByMonth(start: number, months: number, payAward: number): Float64Array {
  const index = new Float64Array(months);
  let level = 1;
  for (let t = 0; t < months; t++) {
    // Month indices count from January (index % 12 === 3 is April); the start month is already priced.
    if (t > 0 && (start + t) % 12 === 3) level *= 1 + payAward;
    index[t] = level;
  }
  return index;
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
  const money = resolveMoney(assumptions);
  const pipeline = resolvePipeline(assumptions);

  const startersByMonth = new Float64Array(horizon);
  const agencyStartersByMonth = new Float64Array(horizon);
  const settlingByMonth = new Float64Array(horizon);
  const groupRates: number[] = [assumptions.annualTurnover];
  const groupOfRate = new Map<number, number>();
  const startersByGroup: Float64Array[] = [new Float64Array(horizon)];
  const groupFor = (rate: number | null): number => {
    if (rate === null) return 0;
    let group = groupOfRate.get(rate);
    if (group === undefined) {
      group = groupRates.length;
      groupRates.push(rate);
      groupOfRate.set(rate, group);
      startersByGroup.push(new Float64Array(horizon));
    }
    return group;
  };
  const contractEnds: ContractEnd[] = [];
  const newcomers: NewcomerSchedule[] = [];
  // Cohorts with the same arrival, timing and turnover share one schedule (see CompiledPlan.newcomers).
  const scheduleFor = new Map<string, NewcomerSchedule>();
  let longestNewcomerPeriod = 0;

  const addStarters = (cohort: Cohort, arrival: number): void => {
    startersByMonth[arrival] += cohort.fte;
    const group = groupFor(cohortTurnover(assumptions, cohort));
    startersByGroup[group][arrival] += cohort.fte;
    const { lead, rampUp } = cohortTiming(assumptions, cohort);
    const settles = arrival + lead + rampUp;
    if (settles < horizon) settlingByMonth[settles] += cohort.fte;
    const contractAge = cohort.retentionMonths ?? -1;
    const share = cohort.leaveAtContractEnd ?? pipeline.contractEndLeavingShare;
    if (contractAge > 0 && share > 0 && arrival + contractAge < horizon) {
      contractEnds.push({ arrival, fte: cohort.fte, group, end: arrival + contractAge, share });
    }
    const key = `${arrival}:${cohort.kind}:${cohort.rampUpMonths ?? ""}:${group}:${contractAge}:${share}`;
    const shared = scheduleFor.get(key);
    if (shared) {
      shared.fte += cohort.fte;
      return;
    }
    const factors = newcomerFactors(assumptions, cohort);
    if (factors.length === 0) return;
    const schedule: NewcomerSchedule = {
      arrival,
      fte: cohort.fte,
      factors,
      group,
      contractEndAge: contractAge,
      contractEndShare: share,
    };
    scheduleFor.set(key, schedule);
    newcomers.push(schedule);
    longestNewcomerPeriod = Math.max(longestNewcomerPeriod, factors.length);
  };

  for (const cohort of cohorts) {
    const monthIndex = parseMonth(cohort.month);
    // Only the projection's months are modelled; every caller refuses or notes cohorts outside
    // them first (./horizon), so nothing is dropped without a word.
    if (monthIndex === null || cohort.fte <= 0) continue;
    const arrival = monthIndex - start;
    if (arrival < 0 || arrival >= horizon) continue;
    if (cohort.kind === "agency") agencyStartersByMonth[arrival] += cohort.fte;
    else addStarters(cohort, arrival);
  }
  if (pipeline.monthlyRecruits > 0) {
    for (let t = 0; t < horizon; t++) {
      addStarters({ month: labels[t], fte: pipeline.monthlyRecruits, kind: "permanent" }, t);
    }
  }
  newcomers.sort((a, b) => a.arrival - b.arrival);
  contractEnds.sort((a, b) => a.arrival - b.arrival);

  const series = assumptions.casesSeries ?? [];
  const casesOverride = new Float64Array(horizon).fill(Number.NaN);
  for (let t = 0; t < Math.min(horizon, series.length); t++) casesOverride[t] = series[t];

  const refillRate = pipeline.refillRate;
  const conversion = pipeline.agencyConversionPerMonth;
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
    monthlyPermanentCost: money.permanentCostPerFte / 12,
    monthlyAgencyCost: money.agencyCostPerFte / 12,
    payIndex: payIndexByMonth(start, horizon, money.payAward),
    startersByMonth,
    agencyStartersByMonth,
    settlingByMonth,
    groupTurnover: Float64Array.from(groupRates),
    startersByGroup,
    contractEnds,
    refillRate,
    timeToFillMonths: pipeline.timeToFillMonths,
    refillFactors: newcomerFactors(assumptions, { month: "", fte: 0, kind: "permanent" }),
    agencyConversionPerMonth: conversion,
    simple:
      groupRates.length === 1 && contractEnds.length === 0 && refillRate === 0 && conversion === 0,
    newcomers,
    longestNewcomerPeriod,
  };
}

export function clampMonths(months: number): number {
  if (!Number.isFinite(months)) return DEFAULT_PROJECTION_MONTHS;
  return Math.min(MAX_PROJECTION_MONTHS, Math.max(0, Math.floor(months)));
}
