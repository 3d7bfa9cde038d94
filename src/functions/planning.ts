/**
 * Adapters for the planning custom functions (WORKFORCE.PROJECT, RECRUITSNEEDED, MONTHSTOTARGET,
 * PROJECTBANDS): convert Excel arguments, call src/core/planning, map core errors to Excel errors.
 * The JSDoc'd wrappers that generate functions.json live at the end of functions.ts.
 * Excel passes every argument as a range (a single cell is 1×1) and an omitted optional one as null.
 */
import { isBlank, toMatrix, toNumberArg, unwrapSingle } from "../core/args";
import { plainCell, plainRange } from "../core/cellValue";
import { trimTrailingEmptyRows } from "../core/ranges";
import { WorkforceError, invalidValue, isWorkforceError } from "../core/errors";
import {
  Assumptions,
  Cohort,
  DEFAULT_PROJECTION_MONTHS,
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
import { errorResult, guard, toExcelError, toExcelMatrix, toExcelValue } from "./adapter";
import type { ExcelCell } from "./adapter";

/** One value from an argument that must be a single cell. */
function scalarArg(value: unknown, name: string): unknown {
  const single = unwrapSingle(value);
  if (Array.isArray(single)) return invalidValue(`${name} must be a single cell, not a range.`);
  return plainCell(single);
}

function isError(value: unknown): value is WorkforceError {
  return isWorkforceError(value);
}

function assumptionsArg(value: unknown): Assumptions | WorkforceError {
  if (isBlank(value))
    return invalidValue("assumptions is required: a two-column range of names and values.");
  return parseAssumptions(tableMatrix(value));
}

function cohortsArg(value: unknown): Cohort[] | WorkforceError {
  if (isBlank(value)) return [];
  return parseCohorts(tableMatrix(value));
}

/**
 * A table-like argument as plain values (core/cellValue), without its trailing blank rows, so
 * a whole column costs what it holds.
 */
function tableMatrix(value: unknown): unknown[][] {
  return plainRange(toMatrix(Array.isArray(value) ? trimTrailingEmptyRows(value) : value));
}

function wholeNumberArg(
  value: unknown,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number | WorkforceError {
  const single = scalarArg(value, name);
  if (isError(single)) return single;
  if (isBlank(single)) return fallback;
  const number = toNumberArg(single, name, { allowNegative: true });
  if (isError(number)) return number;
  if (!Number.isInteger(number) || number < min || number > max) {
    return invalidValue(
      `${name} must be a whole number from ${min} to ${max.toLocaleString("en-GB")} (got ${number}).`,
    );
  }
  return number;
}

/** The projection horizon every planning function takes: blank means the default. */
function monthsArg(value: unknown): number | WorkforceError {
  return wholeNumberArg(value, "months", DEFAULT_PROJECTION_MONTHS, 1, MAX_PROJECTION_MONTHS);
}

function measureArg(value: unknown): TargetMeasure | WorkforceError {
  const single = scalarArg(value, "measure");
  if (isError(single)) return single;
  return (
    parseMeasure(single) ??
    invalidValue(
      `measure must be ${TARGET_MEASURES.map((m) => `"${m}"`).join(" or ")} (got ${describeValue(single)}).`,
    )
  );
}

function targetArg(value: unknown): number | WorkforceError {
  const single = scalarArg(value, "target");
  if (isError(single)) return single;
  return toNumberArg(single, "target");
}

function monthArg(value: unknown, name: string): string | WorkforceError {
  const single = scalarArg(value, name);
  if (isError(single)) return single;
  const month = parseMonthOrError(single, name);
  return isError(month) ? month : formatMonth(month);
}

/**
 * A core spill as Excel cells. The same mapping as toExcelMatrix, with a fast path for the
 * finite numbers and text that make up nearly every cell (PROJECT recalculates on every input change).
 */
function spill(matrix: readonly (readonly (string | number | WorkforceError)[])[]): ExcelCell[][] {
  const result: ExcelCell[][] = new Array<ExcelCell[]>(matrix.length);
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    const cells: ExcelCell[] = new Array<ExcelCell>(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell)))
        cells[c] = cell;
      else cells[c] = cell instanceof WorkforceError ? toExcelError(cell) : toExcelValue(cell);
    }
    result[r] = cells;
  }
  return result;
}

const scalarResult = (value: number | WorkforceError): ExcelCell[][] =>
  isError(value) ? errorResult(value) : toExcelMatrix([[value]]);

const MAX_CASES = 100_000_000;

/** A row or column of open cases by month from the start month; trailing blanks are ignored. */
function casesSeriesArg(value: unknown): number[] | undefined | WorkforceError {
  if (isBlank(value)) return undefined;
  const matrix = tableMatrix(value);
  if (matrix.length > 1 && matrix[0].length > 1) {
    return invalidValue("cases_series must be a single row or column of open cases by month.");
  }
  const cells = matrix.length > 1 ? matrix.map((row) => row[0]) : matrix[0];
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  const series: number[] = [];
  for (let i = 0; i < end; i++) {
    const cases = toNumberArg(cells[i], `cases_series month ${i + 1}`);
    if (isError(cases)) {
      return cases.kind === "notAvailable"
        ? invalidValue(`${cases.message}: leave no gaps in cases_series.`)
        : cases;
    }
    if (cases > MAX_CASES) {
      return invalidValue(
        `cases_series month ${i + 1} must be at most 100,000,000 (got ${cases}).`,
      );
    }
    series.push(cases);
  }
  return series;
}

/** WORKFORCE.PROJECT: header row plus one row a month. */
export function workforceProject(
  assumptions: unknown,
  cohorts: unknown,
  months: unknown,
  casesSeries: unknown = null,
): ExcelCell[][] {
  return guard("PROJECT", () => {
    const table = assumptionsArg(assumptions);
    if (isError(table)) return errorResult(table);
    const series = casesSeriesArg(casesSeries);
    if (isError(series)) return errorResult(series);
    const parsed: Assumptions = series === undefined ? table : { ...table, casesSeries: series };
    const plan = cohortsArg(cohorts);
    if (isError(plan)) return errorResult(plan);
    const horizon = monthsArg(months);
    if (isError(horizon)) return errorResult(horizon);
    return spill(projectionToMatrix(project(parsed, plan, horizon)));
  });
}

/** WORKFORCE.RECRUITSNEEDED: extra permanent FTE (one decimal) to reach the target by a month. */
export function workforceRecruitsNeeded(
  assumptions: unknown,
  target: unknown,
  byMonth: unknown,
  cohorts: unknown,
  measure: unknown,
  startMonth: unknown,
): ExcelCell[][] {
  return guard("RECRUITSNEEDED", () => {
    const parsed = assumptionsArg(assumptions);
    if (isError(parsed)) return errorResult(parsed);
    const targetValue = targetArg(target);
    if (isError(targetValue)) return errorResult(targetValue);
    const by = monthArg(byMonth, "by_month");
    if (isError(by)) return errorResult(by);
    const plan = cohortsArg(cohorts);
    if (isError(plan)) return errorResult(plan);
    const measureValue = measureArg(measure);
    if (isError(measureValue)) return errorResult(measureValue);
    const start = isBlank(startMonth) ? parsed.startMonth : monthArg(startMonth, "start_month");
    if (isError(start)) return errorResult(start);
    return scalarResult(
      recruitsNeeded(parsed, plan, {
        startMonth: start,
        byMonth: by,
        measure: measureValue,
        target: targetValue,
      }),
    );
  });
}

/** WORKFORCE.MONTHSTOTARGET: months after the start month when the measure first meets its target. */
export function workforceMonthsToTarget(
  assumptions: unknown,
  target: unknown,
  cohorts: unknown,
  measure: unknown,
  months: unknown,
): ExcelCell[][] {
  return guard("MONTHSTOTARGET", () => {
    const parsed = assumptionsArg(assumptions);
    if (isError(parsed)) return errorResult(parsed);
    const targetValue = targetArg(target);
    if (isError(targetValue)) return errorResult(targetValue);
    const plan = cohortsArg(cohorts);
    if (isError(plan)) return errorResult(plan);
    const measureValue = measureArg(measure);
    if (isError(measureValue)) return errorResult(measureValue);
    const horizon = monthsArg(months);
    if (isError(horizon)) return errorResult(horizon);
    return scalarResult(
      monthsToTarget(parsed, plan, { measure: measureValue, target: targetValue, months: horizon }),
    );
  });
}

/** WORKFORCE.PROJECTBANDS: P10/P50/P90 caseload and vacancy rate per month from seeded Monte Carlo runs. */
export function workforceProjectBands(
  assumptions: unknown,
  cohorts: unknown,
  months: unknown,
  runs: unknown,
  seed: unknown,
): ExcelCell[][] {
  return guard("PROJECTBANDS", () => {
    const parsed = assumptionsArg(assumptions);
    if (isError(parsed)) return errorResult(parsed);
    const plan = cohortsArg(cohorts);
    if (isError(plan)) return errorResult(plan);
    const horizon = monthsArg(months);
    if (isError(horizon)) return errorResult(horizon);
    const runCount = wholeNumberArg(
      runs,
      "runs",
      DEFAULT_RUNS,
      1,
      Math.floor(MAX_MONTE_CARLO_CELLS / horizon),
    );
    if (isError(runCount)) return errorResult(runCount);
    const seedValue = wholeNumberArg(
      seed,
      "seed",
      1,
      -Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER,
    );
    if (isError(seedValue)) return errorResult(seedValue);
    const result = monteCarlo(parsed, plan, { months: horizon, runs: runCount, seed: seedValue });
    return isError(result) ? errorResult(result) : spill(monteCarloToMatrix(result));
  });
}
