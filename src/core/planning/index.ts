/** The planning engine's public API: every surface (custom functions, task pane, preview) imports from here. */
export type {
  AgencyPolicy,
  AssumptionFieldSpec,
  AssumptionKey,
  AssumptionProblem,
  Assumptions,
  NumberFieldSpec,
  NumericAssumptionKey,
} from "./assumptions";
export {
  AGENCY_POLICIES,
  ASSUMPTION_FIELDS,
  ASSUMPTION_NAMES,
  DEFAULT_ASSUMPTIONS,
  NUMBER_FIELDS,
  REQUIRED_ASSUMPTIONS,
  assumptionField,
  assumptionProblems,
  assumptionsToPairs,
  isOptionalField,
  normaliseName,
  parseAgencyPolicy,
  parseAssumptions,
  validateAssumptions,
} from "./assumptions";
export type { Cohort, CohortKind } from "./cohorts";
export {
  COHORT_KINDS,
  cohortPlace,
  parseCohortKind,
  parseCohorts,
  validateCohort,
  validateCohorts,
} from "./cohorts";
export {
  cohortBeforeStart,
  cohortOutsideHorizon,
  cohortOutsideProjection,
  cohortsAfter,
} from "./horizon";
export type { HorizonBreach } from "./horizon";
export type { CompiledPlan } from "./compiledPlan";
export {
  DEFAULT_PROJECTION_MONTHS,
  MAX_PROJECTION_MONTHS,
  cohortTiming,
  cohortTurnover,
  compilePlan,
  newcomerFactors,
  payIndexByMonth,
} from "./compiledPlan";
export type { ProjectionCell, ProjectionRow } from "./engine";
export { PROJECTION_HEADERS, project, projectPlan, projectionToMatrix } from "./engine";
export type {
  Band,
  MonteCarloAsyncOptions,
  MonteCarloOptions,
  MonteCarloResult,
} from "./monteCarlo";
export {
  DEFAULT_RUNS,
  MAX_CELLS as MAX_MONTE_CARLO_CELLS,
  MONTE_CARLO_HEADERS,
  abortError,
  isAbortError,
  monteCarlo,
  monteCarloAsync,
  monteCarloToMatrix,
  percentileOfSorted,
} from "./monteCarlo";
export type { MonthIndex } from "./months";
export {
  SMALLEST_MONTH_SERIAL,
  describeValue,
  financialYearLabel,
  financialYearStart,
  formatMonth,
  monthFromExcelSerial,
  notAMonth,
  parseFinancialYear,
  parseMonth,
  parseMonthOrError,
} from "./months";
export type { Random } from "./rng";
export { Sfc32, standardNormal } from "./rng";
export type { MonthsToTargetOptions, RecruitsNeededOptions, TargetMeasure } from "./solver";
export {
  TARGET_MEASURES,
  measureValue,
  meetsTarget,
  monthLabelAfter,
  monthsToTarget,
  parseMeasure,
  recruitsNeeded,
} from "./solver";
export type { BudgetCell, BudgetYear } from "./budget";
export {
  BUDGET_HEADERS,
  DEFAULT_BUDGET_YEARS,
  MAX_BUDGET_YEARS,
  budgetHorizon,
  budgetToMatrix,
  budgetYears,
} from "./budget";
export type {
  MoneyAssumptions,
  PipelineAssumptions,
  PlanExtras,
  ResolvedMoney,
  ResolvedPipeline,
} from "./planExtras";
export { MONEY_DEFAULTS, PIPELINE_DEFAULTS, resolveMoney, resolvePipeline } from "./planExtras";
export type {
  MonthFigures,
  PlanVsActualCell,
  PlanVsActualRow,
  TrackedMeasure,
  TrackedTable,
} from "./planVsActual";
export {
  ACTUALS_HEADERS,
  PLAN_TABLE_HEADERS,
  TRACKED_MEASURES,
  compareTracked,
  planTable,
  planVsActualMatrix,
  readTrackedTable,
} from "./planVsActual";
