/**
 * The planning assumptions, defined once: each field's engine name, pane label, unit, whether it
 * is shown as a percentage, whether the pane tucks it under "More assumptions", its default and
 * its limits. Parsing, validation, the default set, the sheet's name/value table and the task
 * pane's scenario form are all derived from these specs.
 *
 * To add an assumption: add it to `Assumptions` and give it a spec in `FIELD_SPECS` (the type
 * requires one for every field). Give a `default`, or mark it `required` (no sensible default)
 * or leave both out (optional: absent unless the user gives it). It then parses from a sheet,
 * validates, round-trips through the scenario sheet and appears in the scenario form.
 */

import type { PlanExtras } from "./planExtraTypes";

export type AgencyPolicy = "flat" | "release" | "backfill";
export const AGENCY_POLICIES: readonly AgencyPolicy[] = ["flat", "release", "backfill"];

export interface Assumptions extends PlanExtras {
  /** Funded social worker posts, FTE. Required. */
  establishmentFte: number;
  /** Permanent (employed) social workers in post at the start of `startMonth`, FTE. Required. */
  inPostFte: number;
  /** Agency social workers at the start of `startMonth`, FTE. */
  agencyFte: number;
  /** Open cases at the start of `startMonth`. Required. */
  cases: number;
  /** DfE turnover: permanent leavers in a year ÷ permanent FTE in post (0.12 = 12 %). */
  annualTurnover: number;
  /** Growth in open cases each month (0.01 = 1 % a month; negative for falling demand). */
  monthlyDemandGrowth: number;
  /** Share of working days lost to sickness absence (DfE absence rate). */
  absenceRate: number;
  /** Share of social worker FTE who hold cases (DfE case holders ÷ FTE in post). */
  caseHoldingShare: number;
  /** Annual cost of one permanent FTE including on-costs (employer NI and pension), £. */
  permanentCostPerFte: number;
  /** Annual cost of one agency FTE including the agency's margin, £. */
  agencyCostPerFte: number;
  /** First projected month, "YYYY-MM". Required. */
  startMonth: string;
  /** What agency staffing does as permanent staff come and go. */
  agencyPolicy: AgencyPolicy;
  /** Caseload per worker that counts as "on target" (informational; functions take a target argument). */
  targetCaseload?: number;
  /** Vacancy rate that counts as "on target" (informational). */
  targetVacancyRate?: number;
  /** Share of a full caseload an ASYE (newly qualified) worker carries during protection. */
  asyeCaseloadShare: number;
  /** Months of ASYE protected caseload. */
  asyeProtectedMonths: number;
  /** Months before an ASYE reaches the protected caseload (linear ramp-up). */
  asyeRampUpMonths: number;
  /** Months an international recruit spends on registration and induction holding no cases. */
  internationalLeadMonths: number;
  /** Months over which an international recruit then ramps up to a full caseload. */
  internationalRampUpMonths: number;
  /** Months over which an experienced permanent starter ramps up to a full caseload. */
  permanentRampUpMonths: number;
  /** Monte Carlo: standard deviation of the annual turnover rate (absolute, 0.03 = 3 points). */
  turnoverSd: number;
  /** Monte Carlo: standard deviation of the monthly demand growth (absolute). */
  demandGrowthSd: number;
  /** Optional series of open cases by month (index 0 = start month) overriding growth while it lasts. */
  casesSeries?: readonly number[];
}

/** Every assumption with a single value (the cases series is a list, read separately). */
export type AssumptionKey = Exclude<keyof Assumptions, "casesSeries" | "annualBudgetByYear">;

/** The assumptions holding a number. */
export type NumericAssumptionKey = {
  [K in AssumptionKey]-?: NonNullable<Assumptions[K]> extends number ? K : never;
}[AssumptionKey];

interface BaseSpec<K extends AssumptionKey> {
  key: K;
  /** The snake_case name used on sheets, in formulas and in the engine's messages. */
  name: string;
  /** The label the task pane shows. */
  label: string;
  /** What the value is measured in, for messages ("FTE", "a fraction, e.g. 0.12 for 12%"). */
  unit: string;
  /** Shown under the pane's "More assumptions" rather than with the main fields. */
  advanced: boolean;
  /** Must be given: no sensible default exists. */
  required?: true;
  /** Other spellings users write that the loose name matching does not already cover. */
  aliases?: readonly string[];
}

export interface NumberFieldSpec<
  K extends NumericAssumptionKey = NumericAssumptionKey,
> extends BaseSpec<K> {
  kind: "number" | "integer";
  /** A fraction the pane shows and takes as a percentage (0.12 is shown as 12). */
  percent: boolean;
  /** Used when the field is blank or missing; absent for required and optional fields. */
  default?: number;
  min?: number;
  max?: number;
  /** Whether min is excluded (the value must be greater than min). */
  exclusiveMin?: boolean;
  /** False when the pane fills the field itself (the targets), so the form leaves it out. */
  inForm?: false;
}

export interface MonthFieldSpec extends BaseSpec<"startMonth"> {
  kind: "month";
  required: true;
}

export interface PolicyFieldSpec extends BaseSpec<"agencyPolicy"> {
  kind: "policy";
  default: AgencyPolicy;
}

type SpecFor<K extends AssumptionKey> = K extends NumericAssumptionKey
  ? NumberFieldSpec<K>
  : K extends "startMonth"
    ? MonthFieldSpec
    : K extends "agencyPolicy"
      ? PolicyFieldSpec
      : never;

export type AssumptionFieldSpec = NumberFieldSpec | MonthFieldSpec | PolicyFieldSpec;

/** Largest FTE figure an assumption may hold. */
export const MAX_FTE = 1_000_000;
/** Most open cases an assumption (or a month of the cases series) may hold. */
export const MAX_CASES = 100_000_000;
const MAX_COST = 10_000_000;
/** Longest lead-in, ramp-up or protected period, in months. */
export const MAX_PERIOD_MONTHS = 120;
/** Largest annual budget, £. */
export const MAX_BUDGET = 100_000_000_000;

const fte = { kind: "number", percent: false, min: 0, max: MAX_FTE, unit: "FTE" } as const;
const cost = { kind: "number", percent: false, min: 0, max: MAX_COST, unit: "£ a year" } as const;
const period = {
  kind: "integer",
  percent: false,
  min: 0,
  max: MAX_PERIOD_MONTHS,
  unit: "whole months",
  advanced: true,
} as const;

/**
 * In display order (the order of the sheet's assumptions table and of the form). Defaults are
 * England 2025 from DfE "Children's social work workforce" (turnover 11.8 %, absence 3.5 %,
 * 21,105 case-holding FTE of 36,186 in post); costs are typical of 2024–25 council budgets and
 * should be replaced with local figures.
 */
const FIELD_SPECS: { readonly [K in AssumptionKey]: SpecFor<K> } = {
  establishmentFte: {
    ...fte,
    key: "establishmentFte",
    name: "establishment_fte",
    label: "Establishment (funded posts, FTE)",
    advanced: false,
    required: true,
    exclusiveMin: true,
    aliases: ["establishment"],
  },
  inPostFte: {
    ...fte,
    key: "inPostFte",
    name: "in_post_fte",
    label: "Permanent in post (FTE)",
    advanced: false,
    required: true,
    aliases: ["inpost"],
  },
  agencyFte: {
    ...fte,
    key: "agencyFte",
    name: "agency_fte",
    label: "Agency workers (FTE)",
    advanced: false,
    default: 0,
    aliases: ["agency"],
  },
  cases: {
    kind: "number",
    percent: false,
    key: "cases",
    name: "cases",
    label: "Open cases",
    unit: "open cases",
    advanced: false,
    required: true,
    min: 0,
    max: MAX_CASES,
    aliases: ["opencases"],
  },
  annualTurnover: {
    kind: "number",
    percent: true,
    key: "annualTurnover",
    name: "annual_turnover",
    label: "Annual turnover (%)",
    unit: "a fraction, e.g. 0.12 for 12%",
    advanced: false,
    default: 0.12,
    min: 0,
    max: 1,
    aliases: ["turnover"],
  },
  monthlyDemandGrowth: {
    kind: "number",
    percent: true,
    key: "monthlyDemandGrowth",
    name: "monthly_demand_growth",
    label: "Demand growth per month (%)",
    unit: "a fraction per month, e.g. 0.01 for 1%",
    advanced: false,
    default: 0,
    min: -0.5,
    max: 0.5,
    aliases: ["demandgrowth"],
  },
  absenceRate: {
    kind: "number",
    percent: true,
    key: "absenceRate",
    name: "absence_rate",
    label: "Sickness absence rate (%)",
    unit: "a fraction, e.g. 0.035 for 3.5%",
    advanced: false,
    default: 0.035,
    min: 0,
    max: 1,
    aliases: ["absence"],
  },
  caseHoldingShare: {
    kind: "number",
    percent: true,
    key: "caseHoldingShare",
    name: "case_holding_share",
    label: "Share holding cases (%)",
    unit: "a fraction, e.g. 0.58",
    advanced: false,
    default: 0.58,
    min: 0,
    max: 1,
  },
  permanentCostPerFte: {
    ...cost,
    key: "permanentCostPerFte",
    name: "permanent_cost_per_fte",
    label: "Permanent cost per FTE (£ a year)",
    advanced: false,
    default: 55_000,
    aliases: ["permanentcost"],
  },
  agencyCostPerFte: {
    ...cost,
    key: "agencyCostPerFte",
    name: "agency_cost_per_fte",
    label: "Agency cost per FTE (£ a year)",
    advanced: false,
    default: 90_000,
    aliases: ["agencycost"],
  },
  startMonth: {
    kind: "month",
    key: "startMonth",
    name: "start_month",
    label: "Start month (YYYY-MM)",
    unit: "a month",
    advanced: false,
    required: true,
    aliases: ["start"],
  },
  agencyPolicy: {
    kind: "policy",
    key: "agencyPolicy",
    name: "agency_policy",
    label: "Agency policy",
    unit: "flat, release or backfill",
    advanced: false,
    default: "flat",
    aliases: ["policy"],
  },
  targetCaseload: {
    kind: "number",
    percent: false,
    key: "targetCaseload",
    name: "target_caseload",
    label: "Target caseload",
    unit: "cases per worker",
    advanced: false,
    min: 0,
    exclusiveMin: true,
    max: 10_000,
    inForm: false,
  },
  targetVacancyRate: {
    kind: "number",
    percent: true,
    key: "targetVacancyRate",
    name: "target_vacancy_rate",
    label: "Target vacancy rate (%)",
    unit: "a fraction",
    advanced: false,
    min: 0,
    max: 1,
    inForm: false,
  },
  asyeCaseloadShare: {
    kind: "number",
    percent: true,
    key: "asyeCaseloadShare",
    name: "asye_caseload_share",
    label: "ASYE caseload share (%)",
    unit: "a fraction of a full caseload",
    advanced: true,
    default: 0.8,
    min: 0,
    max: 1,
  },
  asyeProtectedMonths: {
    ...period,
    key: "asyeProtectedMonths",
    name: "asye_protected_months",
    label: "ASYE protected months",
    default: 12,
  },
  asyeRampUpMonths: {
    ...period,
    key: "asyeRampUpMonths",
    name: "asye_ramp_up_months",
    label: "ASYE ramp-up months",
    default: 0,
  },
  internationalLeadMonths: {
    ...period,
    key: "internationalLeadMonths",
    name: "international_lead_months",
    label: "International lead-in months",
    default: 2,
  },
  internationalRampUpMonths: {
    ...period,
    key: "internationalRampUpMonths",
    name: "international_ramp_up_months",
    label: "International ramp-up months",
    default: 3,
  },
  permanentRampUpMonths: {
    ...period,
    key: "permanentRampUpMonths",
    name: "permanent_ramp_up_months",
    label: "Permanent ramp-up months",
    default: 1,
  },
  turnoverSd: {
    kind: "number",
    percent: true,
    key: "turnoverSd",
    name: "turnover_sd",
    label: "Turnover uncertainty (SD, %)",
    unit: "a fraction",
    advanced: true,
    default: 0.03,
    min: 0,
    max: 0.5,
  },
  demandGrowthSd: {
    kind: "number",
    percent: true,
    key: "demandGrowthSd",
    name: "demand_growth_sd",
    label: "Demand growth uncertainty (SD, %)",
    unit: "a fraction per month",
    advanced: true,
    default: 0.005,
    min: 0,
    max: 0.1,
  },
  // Money (planExtras.ts): pay, on-costs, agency rates, the budget.
  payAward: {
    kind: "number",
    percent: true,
    key: "payAward",
    name: "pay_award",
    label: "Pay award each April (%)",
    unit: "a fraction applied each April, e.g. 0.03 for 3%",
    advanced: true,
    default: 0,
    min: -0.5,
    max: 1,
  },
  onCostRate: {
    kind: "number",
    percent: true,
    key: "onCostRate",
    name: "on_cost_rate",
    label: "Employer on-costs (% of salary)",
    unit: "a fraction of salary, e.g. 0.3 for 30%",
    advanced: true,
    default: 0.3,
    min: 0,
    max: 2,
    aliases: ["oncosts"],
  },
  permanentSalaryPerFte: {
    ...cost,
    key: "permanentSalaryPerFte",
    name: "permanent_salary_per_fte",
    label: "Permanent salary per FTE (£ a year, replaces the cost)",
    unit: "£ a year before on-costs",
    advanced: true,
    aliases: ["salary", "salaryperfte"],
  },
  annualBudget: {
    kind: "number",
    percent: false,
    key: "annualBudget",
    name: "annual_budget",
    label: "Annual budget (£)",
    unit: "£ a financial year",
    advanced: true,
    min: 0,
    max: MAX_BUDGET,
    aliases: ["budget"],
  },
  agencyHourlyRate: {
    kind: "number",
    percent: false,
    key: "agencyHourlyRate",
    name: "agency_hourly_rate",
    label: "Agency hourly rate (£, replaces the cost)",
    unit: "£ an hour",
    advanced: true,
    min: 0,
    max: 10_000,
  },
  agencyHoursPerWeek: {
    kind: "number",
    percent: false,
    key: "agencyHoursPerWeek",
    name: "agency_hours_per_week",
    label: "Agency hours per week",
    unit: "hours a week",
    advanced: true,
    default: 37,
    min: 0,
    exclusiveMin: true,
    max: 168,
  },
  agencyRateCap: {
    kind: "number",
    percent: false,
    key: "agencyRateCap",
    name: "agency_rate_cap",
    label: "Agency rate cap (£ an hour)",
    unit: "£ an hour",
    advanced: true,
    min: 0,
    max: 10_000,
  },
  // The recruitment pipeline (planExtras.ts).
  monthlyRecruits: {
    ...fte,
    key: "monthlyRecruits",
    name: "monthly_recruits",
    label: "Permanent recruits each month (FTE)",
    unit: "FTE a month",
    advanced: true,
    default: 0,
  },
  timeToFillMonths: {
    ...period,
    key: "timeToFillMonths",
    name: "time_to_fill_months",
    label: "Months to refill a leaver's post",
    default: 3,
  },
  refillRate: {
    kind: "number",
    percent: true,
    key: "refillRate",
    name: "refill_rate",
    label: "Leavers' posts refilled (%)",
    unit: "a fraction of leavers, e.g. 0.8",
    advanced: true,
    default: 0,
    min: 0,
    max: 1,
  },
  agencyConversionPerMonth: {
    ...fte,
    key: "agencyConversionPerMonth",
    name: "agency_conversion_per_month",
    label: "Agency converting to permanent each month (FTE)",
    unit: "FTE a month",
    advanced: true,
    default: 0,
  },
  asyeTurnover: {
    kind: "number",
    percent: true,
    key: "asyeTurnover",
    name: "asye_turnover",
    label: "ASYE turnover (%, else annual turnover)",
    unit: "a fraction, e.g. 0.15 for 15%",
    advanced: true,
    min: 0,
    max: 1,
  },
  internationalTurnover: {
    kind: "number",
    percent: true,
    key: "internationalTurnover",
    name: "international_turnover",
    label: "International recruits' turnover (%, else annual turnover)",
    unit: "a fraction, e.g. 0.2 for 20%",
    advanced: true,
    min: 0,
    max: 1,
  },
  contractEndLeavingShare: {
    kind: "number",
    percent: true,
    key: "contractEndLeavingShare",
    name: "contract_end_leaving_share",
    label: "Leaving when a first contract ends (%)",
    unit: "a fraction, e.g. 0.25",
    advanced: true,
    default: 0.25,
    min: 0,
    max: 1,
  },
};

/** Every assumption's spec, in display order. */
export const ASSUMPTION_FIELDS: readonly AssumptionFieldSpec[] = Object.values(FIELD_SPECS);

/** The spec of one assumption. */
export function assumptionField<K extends AssumptionKey>(key: K): SpecFor<K> {
  return FIELD_SPECS[key];
}

/** The numeric assumptions, in display order. */
export const NUMBER_FIELDS: readonly NumberFieldSpec[] = ASSUMPTION_FIELDS.filter(
  (spec): spec is NumberFieldSpec => spec.kind === "number" || spec.kind === "integer",
);

/** Every name an assumptions table may use, in snake_case, in display order. */
export const ASSUMPTION_NAMES: readonly string[] = ASSUMPTION_FIELDS.map((spec) => spec.name);

/** Names that must be present in an assumptions table. */
export const REQUIRED_ASSUMPTIONS: readonly string[] = ASSUMPTION_FIELDS.filter(
  (spec) => spec.required === true,
).map((spec) => spec.name);

type RequiredKey = "establishmentFte" | "inPostFte" | "cases" | "startMonth";

/** The default of every field that has one. */
export const DEFAULT_ASSUMPTIONS: Readonly<Omit<Assumptions, RequiredKey>> = Object.fromEntries(
  ASSUMPTION_FIELDS.flatMap((spec) =>
    "default" in spec && spec.default !== undefined ? [[spec.key, spec.default]] : [],
  ),
) as unknown as Omit<Assumptions, RequiredKey>;
