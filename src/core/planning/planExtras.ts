/**
 * The money and recruitment-pipeline assumptions (issue 12). Every one is optional in
 * `Assumptions`, so a scenario saved before they existed still runs; the engine reads them only
 * through `resolveMoney` and `resolvePipeline`, which apply the field specs' defaults.
 */
import { assumptionField } from "./assumptionFields";
import type { NumericAssumptionKey } from "./assumptionTypes";
import type { MoneyAssumptions, PipelineAssumptions } from "./planExtraTypes";

export type { MoneyAssumptions, PipelineAssumptions, PlanExtras } from "./planExtraTypes";

/** Weeks in a costed year of agency work. */
export const WEEKS_PER_YEAR = 52;

/** A default from the field specs (assumptionFields.ts), the one place defaults live. */
function specDefault(key: NumericAssumptionKey): number {
  const value = assumptionField(key).default;
  if (value === undefined) throw new Error(`${key} has no default in assumptionFields.ts`);
  return value;
}

export const MONEY_DEFAULTS = {
  payAward: specDefault("payAward"),
  onCostRate: specDefault("onCostRate"),
  agencyHoursPerWeek: specDefault("agencyHoursPerWeek"),
} as const;

export const PIPELINE_DEFAULTS = {
  monthlyRecruits: specDefault("monthlyRecruits"),
  timeToFillMonths: specDefault("timeToFillMonths"),
  refillRate: specDefault("refillRate"),
  agencyConversionPerMonth: specDefault("agencyConversionPerMonth"),
  contractEndLeavingShare: specDefault("contractEndLeavingShare"),
} as const;

interface CostInputs {
  permanentCostPerFte: number;
  agencyCostPerFte: number;
}

/** Annual costs at the start month's prices, with the split the budget shows. */
export interface ResolvedMoney {
  payAward: number;
  onCostRate: number;
  /** Salary of one permanent FTE a year, £. */
  salaryPerFte: number;
  /** Salary × (1 + on-costs): what one permanent FTE costs a year, £. */
  permanentCostPerFte: number;
  /** What one agency FTE costs a year after any cap, £. */
  agencyCostPerFte: number;
  /** The hourly agency rate before the cap, £ (from the hourly rate, or the annual cost ÷ hours). */
  agencyHourlyRate: number;
  agencyHoursPerWeek: number;
  agencyRateCap?: number;
  /** Whether the stated agency rate is above the cap (costed at the cap). */
  agencyAboveCap: boolean;
  annualBudget?: number;
  annualBudgetByYear: Readonly<Record<string, number>>;
}

/**
 * The money assumptions with their defaults applied.
 *
 *   permanent cost = salary × (1 + on_cost_rate)   (salary = permanent_cost_per_fte ÷ (1 + on_cost_rate)
 *                                                   when only the all-in cost is given)
 *   agency cost    = min(hourly rate, agency_rate_cap) × agency_hours_per_week × 52
 *                    (hourly rate = agency_hourly_rate, or agency_cost_per_fte ÷ (hours × 52))
 *
 * E.g. salary £42,000, on-costs 0.3 → £54,600; £45 an hour, 37 hours, cap £40 → 40 × 37 × 52 = £76,960.
 */
export function resolveMoney(assumptions: CostInputs & MoneyAssumptions): ResolvedMoney {
  const onCostRate = assumptions.onCostRate ?? MONEY_DEFAULTS.onCostRate;
  const salary = assumptions.permanentSalaryPerFte;
  const permanentCostPerFte =
    salary === undefined ? assumptions.permanentCostPerFte : salary * (1 + onCostRate);
  const salaryPerFte = salary ?? assumptions.permanentCostPerFte / (1 + onCostRate);
  const hours = assumptions.agencyHoursPerWeek ?? MONEY_DEFAULTS.agencyHoursPerWeek;
  const hoursPerYear = hours * WEEKS_PER_YEAR;
  const hourly =
    assumptions.agencyHourlyRate ??
    (hoursPerYear > 0 ? assumptions.agencyCostPerFte / hoursPerYear : 0);
  const cap = assumptions.agencyRateCap;
  const agencyAboveCap = cap !== undefined && hourly > cap;
  const agencyCostPerFte =
    assumptions.agencyHourlyRate === undefined && !agencyAboveCap
      ? assumptions.agencyCostPerFte
      : Math.min(hourly, cap ?? Number.POSITIVE_INFINITY) * hoursPerYear;
  return {
    payAward: assumptions.payAward ?? MONEY_DEFAULTS.payAward,
    onCostRate,
    salaryPerFte,
    permanentCostPerFte,
    agencyCostPerFte,
    agencyHourlyRate: hourly,
    agencyHoursPerWeek: hours,
    ...(cap === undefined ? {} : { agencyRateCap: cap }),
    agencyAboveCap,
    ...(assumptions.annualBudget === undefined ? {} : { annualBudget: assumptions.annualBudget }),
    annualBudgetByYear: assumptions.annualBudgetByYear ?? {},
  };
}

export interface ResolvedPipeline {
  monthlyRecruits: number;
  timeToFillMonths: number;
  refillRate: number;
  agencyConversionPerMonth: number;
  asyeTurnover?: number;
  internationalTurnover?: number;
  contractEndLeavingShare: number;
}

export function resolvePipeline(assumptions: PipelineAssumptions): ResolvedPipeline {
  return {
    monthlyRecruits: assumptions.monthlyRecruits ?? PIPELINE_DEFAULTS.monthlyRecruits,
    timeToFillMonths: assumptions.timeToFillMonths ?? PIPELINE_DEFAULTS.timeToFillMonths,
    refillRate: assumptions.refillRate ?? PIPELINE_DEFAULTS.refillRate,
    agencyConversionPerMonth:
      assumptions.agencyConversionPerMonth ?? PIPELINE_DEFAULTS.agencyConversionPerMonth,
    ...(assumptions.asyeTurnover === undefined ? {} : { asyeTurnover: assumptions.asyeTurnover }),
    ...(assumptions.internationalTurnover === undefined
      ? {}
      : { internationalTurnover: assumptions.internationalTurnover }),
    contractEndLeavingShare:
      assumptions.contractEndLeavingShare ?? PIPELINE_DEFAULTS.contractEndLeavingShare,
  };
}
