/**
 * The money and recruitment-pipeline assumptions' types (issue 12), on their own so both the
 * field specs (assumptionFields.ts) and the engine's resolvers (planExtras.ts) can use them.
 * Every one is optional in `Assumptions`, so a scenario saved before they existed still runs.
 */

/** Money: pay, on-costs, agency rates and the budget (see docs/planning.md, "Money"). */
export interface MoneyAssumptions {
  /** Pay award applied to permanent pay each April after the start month (0.03 = 3 %). */
  payAward?: number;
  /** Employer on-costs (national insurance and pension) as a fraction of salary (0.3 = 30 %). */
  onCostRate?: number;
  /**
   * Annual salary of one permanent FTE, £. When given, permanent cost = salary × (1 + on-costs);
   * otherwise `permanentCostPerFte` is the all-in cost and is split by `onCostRate`.
   */
  permanentSalaryPerFte?: number;
  /** Budget for each financial year, £ (a year in `annualBudgetByYear` overrides it). */
  annualBudget?: number;
  /** Budgets by financial year ("2026/27" → £), from "annual_budget 2026/27" rows. */
  annualBudgetByYear?: Readonly<Record<string, number>>;
  /** Agency charge per hour, £; when given, agency cost = rate × hours a week × 52. */
  agencyHourlyRate?: number;
  /** Hours an agency FTE works a week (default 37). */
  agencyHoursPerWeek?: number;
  /** Highest hourly agency rate the council pays, £ (DfE's 2024 agency rules: above a cap needs the DCS's sign-off). */
  agencyRateCap?: number;
}

/** The recruitment pipeline and turnover by route (see docs/planning.md, "Recruitment pipeline"). */
export interface PipelineAssumptions {
  /** Steady permanent hires each month from the start month, FTE. */
  monthlyRecruits?: number;
  /** Months from a leaver going to their post being refilled. */
  timeToFillMonths?: number;
  /** Share of leavers' posts refilled after `timeToFillMonths` (0 … 1). */
  refillRate?: number;
  /** Agency FTE moving into permanent posts each month. */
  agencyConversionPerMonth?: number;
  /** Annual turnover of ASYE cohorts; `annualTurnover` when not given. */
  asyeTurnover?: number;
  /** Annual turnover of international cohorts; `annualTurnover` when not given. */
  internationalTurnover?: number;
  /** Share of a cohort leaving when its first contract (`retention_months`) ends. */
  contractEndLeavingShare?: number;
}

export type PlanExtras = MoneyAssumptions & PipelineAssumptions;
