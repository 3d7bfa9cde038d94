/**
 * What the planning assumptions are: the Assumptions record, the shape of a field's spec and the
 * limits the specs share. The specs themselves, one per field, are in ./assumptionFields.ts.
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

export type SpecFor<K extends AssumptionKey> = K extends NumericAssumptionKey
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
/** Largest annual cost per FTE, £. */
export const MAX_COST = 10_000_000;
/** Longest lead-in, ramp-up or protected period, in months. */
export const MAX_PERIOD_MONTHS = 120;
/** Largest annual budget, £. */
export const MAX_BUDGET = 100_000_000_000;
