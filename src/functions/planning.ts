/**
 * The planning custom functions (WORKFORCE.PROJECT, RECRUITSNEEDED, MONTHSTOTARGET,
 * PROJECTBANDS, BUDGET, PLANVSACTUAL) declared for ./runner: the readers of their arguments and the
 * src/core/planning call each makes. The JSDoc'd functions that generate functions.json are in
 * functions.ts. Excel passes every argument as a range (a single cell is 1×1) and an omitted
 * optional one as null.
 */
import { isBlank, toNumberArg, unwrapSingle } from "../core";
import { blankArgument, plainCell } from "./cellValue";
import { WorkforceError, invalidValue, isWorkforceError } from "../core/errors";
import {
  Assumptions,
  Cohort,
  DEFAULT_BUDGET_YEARS,
  DEFAULT_PROJECTION_MONTHS,
  MAX_BUDGET_YEARS,
  TrackedTable,
  budgetToMatrix,
  budgetYears,
  cohortOutsideProjection,
  planVsActualMatrix,
  readTrackedTable,
  DEFAULT_RUNS,
  MAX_MONTE_CARLO_CELLS,
  MAX_PROJECTION_MONTHS,
  TARGET_MEASURES,
  TargetMeasure,
  describeValue,
  formatMonth,
  monteCarlo,
  monteCarloToMatrix,
  monthsToTarget,
  parseAssumptions,
  parseCohorts,
  parseMeasure,
  parseMonthOrError,
  project,
  projectionToMatrix,
  recruitsNeeded,
} from "../core/planning";
import { plainMatrixArg } from "./adapter";
import { wholeReader } from "./readers";
import type { Reader } from "./runner";
import { perCall } from "./runner";
import type { Declaration } from "./runner";

/** One value from an argument that must be a single cell. */
function scalarArg(value: unknown, name: string): unknown {
  const single = unwrapSingle(value);
  if (Array.isArray(single)) return invalidValue(`${name} must be a single cell, not a range.`);
  return plainCell(single);
}

/** A reader of an argument that must be a single cell, given that cell's plain value. */
const cellReader = <T>(
  name: string,
  optional: boolean,
  read: (cell: unknown) => T | WorkforceError,
): Reader<T> =>
  wholeReader(name, optional, (value) => {
    const single = scalarArg(value, name);
    return isWorkforceError(single) ? single : read(single);
  });

const assumptions = (name: string): Reader<Assumptions> =>
  wholeReader(name, false, (value) =>
    blankArgument(value)
      ? invalidValue(`${name} is required: a two-column range of names and values.`)
      : parseAssumptions(plainMatrixArg(value)),
  );

const cohorts = (name: string): Reader<Cohort[]> =>
  wholeReader(name, true, (value) =>
    blankArgument(value) ? [] : parseCohorts(plainMatrixArg(value)),
  );

/** `number` if it is a whole number from `min` to `max`, else the error saying so. */
function wholeNumberIn(
  name: string,
  number: number,
  min: number,
  max: number,
): number | WorkforceError {
  if (!Number.isInteger(number) || number < min || number > max) {
    return invalidValue(
      `${name} must be a whole number from ${min} to ${max.toLocaleString("en-GB")} (got ${number}).`,
    );
  }
  return number;
}

/** An optional single-cell number, checked by the core call (its limits depend on others). */
const numberOrBlank = (name: string): Reader<number | undefined> =>
  cellReader(name, true, (cell) =>
    isBlank(cell) ? undefined : toNumberArg(cell, name, { allowNegative: true }),
  );

const wholeNumber = (name: string, fallback: number, min: number, max: number): Reader<number> =>
  cellReader(name, true, (cell) => {
    if (isBlank(cell)) return fallback;
    const number = toNumberArg(cell, name, { allowNegative: true });
    return isWorkforceError(number) ? number : wholeNumberIn(name, number, min, max);
  });

/** The projection horizon every planning function takes: blank means the default. */
const months = (name: string): Reader<number> =>
  wholeNumber(name, DEFAULT_PROJECTION_MONTHS, 1, MAX_PROJECTION_MONTHS);

const measure = (name: string): Reader<TargetMeasure> =>
  cellReader(
    name,
    true,
    (cell) =>
      parseMeasure(cell) ??
      invalidValue(
        `${name} must be ${TARGET_MEASURES.map((m) => `"${m}"`).join(" or ")} (got ${describeValue(cell)}).`,
      ),
  );

const target = (name: string): Reader<number> =>
  cellReader(name, false, (cell) => toNumberArg(cell, name));

const month = (name: string): Reader<string> =>
  cellReader(name, false, (cell) => {
    const index = parseMonthOrError(cell, name);
    return isWorkforceError(index) ? index : formatMonth(index);
  });

/** An optional month; blank gives undefined (the core call says what that means). */
const monthOrBlank = (name: string): Reader<string | undefined> =>
  wholeReader(name, true, (value) => (blankArgument(value) ? undefined : month(name).read(value)));

const MAX_CASES = 100_000_000;

/** A row or column of open cases by month from the start month; trailing blanks are ignored. */
const casesSeries = (name: string): Reader<number[] | undefined> =>
  wholeReader(name, true, (value) => {
    if (blankArgument(value)) return undefined;
    const matrix = plainMatrixArg(value);
    if (matrix.length > 1 && matrix[0].length > 1) {
      return invalidValue(`${name} must be a single row or column of open cases by month.`);
    }
    const cells = matrix.length > 1 ? matrix.map((row) => row[0]) : matrix[0];
    let end = cells.length;
    while (end > 0 && isBlank(cells[end - 1])) end--;
    const series: number[] = [];
    for (let i = 0; i < end; i++) {
      const cases = toNumberArg(cells[i], `${name} month ${i + 1}`);
      if (isWorkforceError(cases)) {
        return cases.kind === "notAvailable"
          ? invalidValue(`${cases.message}: leave no gaps in ${name}.`)
          : cases;
      }
      if (cases > MAX_CASES) {
        return invalidValue(`${name} month ${i + 1} must be at most 100,000,000 (got ${cases}).`);
      }
      series.push(cases);
    }
    return series;
  });

/** A plan or actuals table for PLANVSACTUAL: a header row with a Month column, one row a month. */
const trackedTable = (name: string): Reader<TrackedTable> =>
  wholeReader(name, false, (value) =>
    isBlank(value)
      ? invalidValue(`${name} is required: a table with a Month column.`)
      : readTrackedTable(plainMatrixArg(value), name),
  );

/** PROJECTBANDS' runs: at most as many as keep runs × months within the work limit. */
function bands(
  assumptionsValue: Assumptions,
  plan: Cohort[],
  horizon: number,
  runs: number | undefined,
  seed: number,
): readonly (readonly unknown[])[] | WorkforceError {
  const maxRuns = Math.floor(MAX_MONTE_CARLO_CELLS / horizon);
  const runCount = wholeNumberIn("runs", runs ?? DEFAULT_RUNS, 1, maxRuns);
  if (isWorkforceError(runCount)) return runCount;
  const result = monteCarlo(assumptionsValue, plan, { months: horizon, runs: runCount, seed });
  return isWorkforceError(result) ? result : monteCarloToMatrix(result);
}

export const PLANNING_FUNCTIONS = {
  PROJECT: perCall(
    [assumptions("assumptions"), cohorts("cohorts"), months("months"), casesSeries("cases_series")],
    (table, plan, horizon, series) =>
      cohortOutsideProjection(table, plan, horizon) ??
      projectionToMatrix(
        project(series === undefined ? table : { ...table, casesSeries: series }, plan, horizon),
      ),
  ),
  RECRUITSNEEDED: perCall(
    [
      assumptions("assumptions"),
      target("target"),
      month("by_month"),
      cohorts("cohorts"),
      measure("measure"),
      monthOrBlank("start_month"),
    ],
    (table, targetValue, byMonth, plan, measureValue, startMonth) =>
      recruitsNeeded(table, plan, {
        startMonth: startMonth ?? table.startMonth,
        byMonth,
        measure: measureValue,
        target: targetValue,
      }),
  ),
  MONTHSTOTARGET: perCall(
    [
      assumptions("assumptions"),
      target("target"),
      cohorts("cohorts"),
      measure("measure"),
      months("months"),
    ],
    (table, targetValue, plan, measureValue, horizon) =>
      monthsToTarget(table, plan, { measure: measureValue, target: targetValue, months: horizon }),
  ),
  PROJECTBANDS: perCall(
    [
      assumptions("assumptions"),
      cohorts("cohorts"),
      months("months"),
      numberOrBlank("runs"),
      wholeNumber("seed", 1, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    ],
    bands,
  ),
  BUDGET: perCall(
    [
      assumptions("assumptions"),
      cohorts("cohorts"),
      wholeNumber("years", DEFAULT_BUDGET_YEARS, 1, MAX_BUDGET_YEARS),
    ],
    (table, plan, years) => {
      const result = budgetYears(table, plan, years);
      return isWorkforceError(result) ? result : budgetToMatrix(result);
    },
  ),
  PLANVSACTUAL: perCall([trackedTable("plan"), trackedTable("actuals")], (plan, actuals) =>
    planVsActualMatrix(plan, actuals),
  ),
} satisfies Record<string, Declaration>;
