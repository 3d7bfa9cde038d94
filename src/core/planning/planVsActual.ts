/**
 * Plan against actual: an approved plan's monthly figures beside the figures recorded each month
 * from the staffing list, with the variance (actual − plan). Both tables use DfE's post-level
 * definitions (vacancies include posts covered by agency staff; caseload is cases ÷ the FTE of
 * case holders, agency included), so the comparison is like with like.
 *
 * Worked example (tested in test/core/planning/planVsActual.test.ts):
 *   plan    Month 2026-04, Vacancy rate 0.20, Caseload 16
 *   actuals Month 2026-04, Vacancy rate 0.25, Caseload 17.5
 *   → 2026-04 | vacancy rate plan 0.20, actual 0.25, variance 0.05 | caseload 16, 17.5, 1.5
 */
import { isBlank, toNumberArg } from "../args";
import { WorkforceError, invalidValue, isWorkforceError } from "../errors";
import { normaliseName } from "./assumptions";
import type { Assumptions } from "./assumptions";
import type { ProjectionRow } from "./engine";
import { describeValue, formatMonth, parseMonth } from "./months";

export type TrackedMeasure =
  "inPostFte" | "agencyFte" | "vacancyFte" | "cases" | "caseload" | "vacancyRate" | "agencyRate";

/** The measures a plan and actuals share, in column order, with the headers the tables use. */
export const TRACKED_MEASURES: readonly { key: TrackedMeasure; header: string }[] = [
  { key: "inPostFte", header: "In post FTE" },
  { key: "agencyFte", header: "Agency FTE" },
  { key: "vacancyFte", header: "Vacancy FTE" },
  { key: "cases", header: "Cases" },
  { key: "caseload", header: "Caseload" },
  { key: "vacancyRate", header: "Vacancy rate" },
  { key: "agencyRate", header: "Agency rate" },
];

/** Headers of an approved plan's table and of the Actuals table (which adds when it was recorded). */
export const PLAN_TABLE_HEADERS = ["Month", ...TRACKED_MEASURES.map((m) => m.header)] as const;
export const ACTUALS_HEADERS = [...PLAN_TABLE_HEADERS, "Recorded on"] as const;

const HEADER_KEYS: Readonly<Record<string, TrackedMeasure | "month">> = {
  month: "month",
  period: "month",
  date: "month",
  inpostfte: "inPostFte",
  inpost: "inPostFte",
  permanentinpostfte: "inPostFte",
  agencyfte: "agencyFte",
  agency: "agencyFte",
  agencyworkersfte: "agencyFte",
  vacancyfte: "vacancyFte",
  vacancies: "vacancyFte",
  vacanciesfte: "vacancyFte",
  cases: "cases",
  opencases: "cases",
  caseload: "caseload",
  averagecaseload: "caseload",
  caseloaddfe: "caseload",
  vacancyrate: "vacancyRate",
  agencyrate: "agencyRate",
};

export type MonthFigures = Partial<Record<TrackedMeasure, number>>;

export interface TrackedTable {
  /** Figures by month index, in the order the rows came. */
  months: Map<number, MonthFigures>;
  /** Measures the table has a column for. */
  measures: Set<TrackedMeasure>;
}

/** DfE markers for a figure that is missing, never zero (x, c, z, low, u; also ".." and "-"). */
const MISSING_MARKERS = new Set(["x", "c", "z", "low", "u", "..", "-", "n/a", "na"]);

/**
 * Reads a plan or actuals table: a header row (title rows above it are skipped: the header is
 * the first row naming a month column), then one row a month. Columns it does not know are
 * ignored, so a WORKFORCE.PROJECT spill can be given as it is (its "Caseload per worker" is the
 * planning measure, not DfE caseload, and is not compared). Blank cells and DfE's missing markers
 * are missing figures.
 */
export function readTrackedTable(range: unknown[][], name: string): TrackedTable | WorkforceError {
  const headerIndex = range.findIndex(
    (row) =>
      Array.isArray(row) &&
      row.some((cell) => typeof cell === "string" && HEADER_KEYS[normaliseName(cell)] === "month"),
  );
  if (headerIndex < 0) {
    return invalidValue(
      `${name} must have a header row with a Month column and any of ${TRACKED_MEASURES.map((m) => m.header).join(", ")}.`,
    );
  }
  const header = range[headerIndex];
  const columns: { index: number; key: TrackedMeasure | "month" }[] = [];
  const seen = new Set<string>();
  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    const key = typeof cell === "string" ? HEADER_KEYS[normaliseName(cell)] : undefined;
    if (key === undefined) continue;
    if (seen.has(key)) return invalidValue(`${name} has two ${describeValue(cell)} columns.`);
    seen.add(key);
    columns.push({ index: c, key });
  }
  const monthColumn = columns.find((column) => column.key === "month")?.index ?? 0;
  const measures = new Set<TrackedMeasure>();
  for (const column of columns) if (column.key !== "month") measures.add(column.key);

  const months = new Map<number, MonthFigures>();
  const rowOfMonth = new Map<number, number>();
  for (let r = headerIndex + 1; r < range.length; r++) {
    const row = range[r];
    if (!Array.isArray(row) || row.every((cell) => isBlank(cell))) continue;
    const rowNumber = r + 1;
    const month = parseMonth(row[monthColumn]);
    if (month === null) {
      return invalidValue(
        `${name} row ${rowNumber}: Month must be a month such as "2026-04" (got ${describeValue(row[monthColumn])}).`,
      );
    }
    const earlier = rowOfMonth.get(month);
    if (earlier !== undefined) {
      return invalidValue(
        `${name} rows ${earlier} and ${rowNumber} are both ${formatMonth(month)}.`,
      );
    }
    rowOfMonth.set(month, rowNumber);
    const figures: MonthFigures = {};
    for (const column of columns) {
      if (column.key === "month") continue;
      const cell = row[column.index];
      if (isBlank(cell)) continue;
      if (typeof cell === "string" && MISSING_MARKERS.has(cell.trim().toLowerCase())) continue;
      const value = toNumberArg(
        cell,
        `${name} row ${rowNumber} ${describeValue(header[column.index])}`,
      );
      if (isWorkforceError(value)) return invalidValue(value.message);
      figures[column.key] = value;
    }
    months.set(month, figures);
  }
  return { months, measures };
}

export interface PlanVsActualRow {
  month: string;
  plan: MonthFigures;
  actual: MonthFigures;
}

/** Every month of either table, in order, with the measures both tables have. */
export function compareTracked(
  plan: TrackedTable,
  actuals: TrackedTable,
): { measures: TrackedMeasure[]; rows: PlanVsActualRow[] } {
  const measures = TRACKED_MEASURES.map((m) => m.key).filter(
    (key) => plan.measures.has(key) && actuals.measures.has(key),
  );
  const allMonths = new Set<number>([...plan.months.keys(), ...actuals.months.keys()]);
  const rows = [...allMonths]
    .sort((a, b) => a - b)
    .map((month) => ({
      month: formatMonth(month),
      plan: plan.months.get(month) ?? {},
      actual: actuals.months.get(month) ?? {},
    }));
  return { measures, rows };
}

export type PlanVsActualCell = string | number;

/**
 * Month, then plan, actual and variance (actual − plan) for each shared measure; blank where a
 * figure is missing on either side.
 */
export function planVsActualMatrix(
  plan: TrackedTable,
  actuals: TrackedTable,
): PlanVsActualCell[][] | WorkforceError {
  const { measures, rows } = compareTracked(plan, actuals);
  if (measures.length === 0) {
    return invalidValue(
      `plan and actuals share no measure: give both any of ${TRACKED_MEASURES.map((m) => m.header).join(", ")}.`,
    );
  }
  const headerOf = (key: TrackedMeasure): string =>
    TRACKED_MEASURES.find((m) => m.key === key)?.header ?? key;
  const header: PlanVsActualCell[] = ["Month"];
  for (const key of measures) {
    const label = headerOf(key);
    header.push(`${label} plan`, `${label} actual`, `${label} variance`);
  }
  const matrix: PlanVsActualCell[][] = [header];
  for (const row of rows) {
    const cells: PlanVsActualCell[] = [row.month];
    for (const key of measures) {
      const planned = row.plan[key];
      const actual = row.actual[key];
      cells.push(
        planned ?? "",
        actual ?? "",
        planned === undefined || actual === undefined ? "" : actual - planned,
      );
    }
    matrix.push(cells);
  }
  return matrix;
}

/**
 * A projection as an approved plan's table, in DfE's post-level terms: caseload is cases ÷ the
 * FTE holding cases, (in post + agency) × case_holding_share, not the projection's planning
 * measure (which also removes absence and newcomers' reduced caseloads).
 */
export function planTable(
  rows: readonly ProjectionRow[],
  assumptions: Pick<Assumptions, "caseHoldingShare">,
): (string | number)[][] {
  const table: (string | number)[][] = [PLAN_TABLE_HEADERS.slice()];
  for (const row of rows) {
    const holders = (row.inPostFte + row.agencyFte) * assumptions.caseHoldingShare;
    table.push([
      row.month,
      row.inPostFte,
      row.agencyFte,
      row.vacancyFte,
      row.cases,
      holders > 0 ? row.cases / holders : "",
      row.vacancyRate,
      row.agencyRate ?? "",
    ]);
  }
  return table;
}
