/**
 * Plan against actual in the workbook: the approved plan (a frozen copy of a scenario's
 * projection, with the date it was approved) and the Actuals recorded from the dashboard each
 * month, both saved as versioned settings and shown on sheets the add-in made:
 *
 *   "Approved plan"   title, approval line, the plan table (values) at A4;
 *   "Actuals"         title, note, header at A4, one row a month from A5 (appended; a recorded
 *                     month is replaced only when the user says so);
 *   "Plan vs actual"  =WORKFORCE.PLANVSACTUAL over the two, and charts of caseload and vacancy
 *                     rate, plan against actual.
 *
 * The host writes only empty cells, or the pane's own with { replace: true }, so nothing the
 * user typed is ever overwritten.
 */
import { isWorkforceError } from "../core/errors";
import {
  ACTUALS_HEADERS,
  PLAN_TABLE_HEADERS,
  TRACKED_MEASURES,
  parseMonth,
  planTable,
  project,
  validateAssumptions,
  validateCohorts,
  type Assumptions,
  type Cohort,
} from "../core/planning";
import type { StaffingSummary } from "../core/summary";
import { blockAddress, cellAddress, qualifiedAddress } from "../workbook/a1";
import { formula, type CellValue, type WorkbookHost } from "../workbook/types";
import { isRecord, parseSaved, serialise, type LoadResult } from "./persisted";

export const APPROVED_PLAN_SETTING = "workforce.approvedPlan";
export const ACTUALS_SETTING = "workforce.actuals";
const VERSION = 1;

/** 0-based rows: the tables' header row on every tracking sheet, and the first body row. */
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
/** Rows of Actuals the Plan vs actual formula reads: over 160 years of months. */
const ACTUALS_ROWS = 2000;

export interface ApprovedPlan {
  scenarioName: string;
  /** "YYYY-MM-DD". */
  approvedOn: string;
  months: number;
  assumptions: Assumptions;
  cohorts: Cohort[];
  /** PLAN_TABLE_HEADERS then one row a month, frozen at approval. */
  table: (string | number)[][];
  planSheet: string;
  comparisonSheet: string;
}

export interface ActualsRecord {
  /** "YYYY-MM". */
  month: string;
  /** "YYYY-MM-DD". */
  recordedOn: string;
  inPostFte: number;
  agencyFte: number;
  vacancyFte: number;
  cases: number;
  caseload: number | null;
  vacancyRate: number | null;
  agencyRate: number | null;
  /** 0-based sheet row the record is written on. */
  row: number;
}

export interface ActualsStore {
  sheet: string | null;
  records: ActualsRecord[];
}

export const NO_ACTUALS: ActualsStore = { sheet: null, records: [] };

const isNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);
const isNumberOrNull = (value: unknown): value is number | null =>
  value === null || isNumber(value);

function validatePlan(data: unknown): ApprovedPlan | null | string {
  if (data === null) return null;
  if (!isRecord(data)) return "the approved plan is not an object.";
  const {
    scenarioName,
    approvedOn,
    months,
    assumptions,
    cohorts,
    table,
    planSheet,
    comparisonSheet,
  } = data;
  if (typeof scenarioName !== "string" || typeof approvedOn !== "string")
    return "the approved plan has no name or date.";
  if (
    !isNumber(months) ||
    !Array.isArray(table) ||
    !Array.isArray(cohorts) ||
    !isRecord(assumptions)
  )
    return `the approved plan "${scenarioName}" is incomplete.`;
  const problem =
    validateAssumptions(assumptions as unknown as Assumptions) ??
    validateCohorts(cohorts as Cohort[]);
  if (problem) return `the approved plan "${scenarioName}": ${problem.message}`;
  if (typeof planSheet !== "string" || typeof comparisonSheet !== "string")
    return `the approved plan "${scenarioName}" has no sheets.`;
  return data as unknown as ApprovedPlan;
}

function validateActuals(data: unknown): ActualsStore | string {
  if (!isRecord(data) || !Array.isArray(data.records)) return "the actuals are not a list.";
  const sheet = data.sheet;
  if (sheet !== null && typeof sheet !== "string") return "the actuals sheet is not named.";
  for (const [i, record] of data.records.entries()) {
    if (
      !isRecord(record) ||
      typeof record.month !== "string" ||
      parseMonth(record.month) === null ||
      typeof record.recordedOn !== "string" ||
      ![record.inPostFte, record.agencyFte, record.vacancyFte, record.cases, record.row].every(
        isNumber,
      ) ||
      ![record.caseload, record.vacancyRate, record.agencyRate].every(isNumberOrNull)
    ) {
      return `recorded month ${i + 1} is damaged.`;
    }
  }
  return { sheet, records: data.records as ActualsRecord[] };
}

export const loadApprovedPlan = (text: string | null): LoadResult<ApprovedPlan | null> =>
  parseSaved(text, "approved plan", VERSION, null, validatePlan);

export const loadActuals = (text: string | null): LoadResult<ActualsStore> =>
  parseSaved(text, "actuals", VERSION, NO_ACTUALS, validateActuals);

/** "YYYY-MM-DD" and "YYYY-MM" of a date, in the user's time zone. */
export function dateText(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${String(date.getDate()).padStart(2, "0")}`;
}
export const monthText = (date: Date): string => dateText(date).slice(0, 7);

export interface PlanSource {
  name: string;
  assumptions: Assumptions;
  cohorts: readonly Cohort[];
  months: number;
}

/** The frozen plan table of a scenario: its projection in DfE post-level terms. */
export function planOf(scenario: PlanSource): (string | number)[][] {
  return planTable(
    project(scenario.assumptions, scenario.cohorts, scenario.months),
    scenario.assumptions,
  );
}

const PLAN_FORMATS = ["@", "0.0", "0.0", "0.0", "#,##0", "0.0", "0.0%", "0.0%"];

/**
 * Approves a scenario: writes the Approved plan sheet and a Plan vs actual sheet over it (and
 * the Actuals sheet when there is none yet), and saves the plan. Earlier plans' sheets stay.
 */
export async function approvePlan(
  host: WorkbookHost,
  scenario: PlanSource,
  actuals: ActualsStore,
  today: Date,
): Promise<{ plan: ApprovedPlan; actuals: ActualsStore }> {
  const approvedOn = dateText(today);
  const table = planOf(scenario);
  const planSheet = await host.addSheet("Approved plan");
  await host.writeCells(planSheet, "A1", [
    [`Approved plan: ${scenario.name}`],
    [
      `Approved on ${approvedOn} from the scenario "${scenario.name}" (${scenario.months} months). A frozen copy: later edits to the scenario do not change it. Caseload is DfE's: cases ÷ case holders' FTE, agency included.`,
    ],
  ]);
  await host.writeTable(planSheet, {
    name: "Approved_plan",
    topLeft: cellAddress({ row: HEADER_ROW, col: 0 }),
    headers: [...PLAN_TABLE_HEADERS],
    rows: table.slice(1),
    columnFormats: PLAN_FORMATS,
  });
  const ensured = await ensureActualsSheet(host, actuals);
  const comparisonSheet = await writePlanVsActualSheet(
    host,
    planSheet,
    table.length - 1,
    ensured.sheet ?? "Actuals",
    scenario.name,
  );
  const plan: ApprovedPlan = {
    scenarioName: scenario.name,
    approvedOn,
    months: scenario.months,
    // A frozen copy (as it is saved: JSON): later edits to the scenario must not reach the plan.
    assumptions: JSON.parse(JSON.stringify(scenario.assumptions)) as Assumptions,
    cohorts: JSON.parse(JSON.stringify(scenario.cohorts)) as Cohort[],
    table,
    planSheet,
    comparisonSheet,
  };
  await host.setSetting(APPROVED_PLAN_SETTING, serialise(VERSION, plan));
  return { plan, actuals: ensured };
}

async function writePlanVsActualSheet(
  host: WorkbookHost,
  planSheet: string,
  planMonths: number,
  actualsSheet: string,
  name: string,
): Promise<string> {
  const sheet = await host.addSheet("Plan vs actual");
  const planRange = qualifiedAddress(
    planSheet,
    blockAddress({ row: HEADER_ROW, col: 0 }, planMonths + 1, PLAN_TABLE_HEADERS.length),
  );
  const actualsRange = qualifiedAddress(
    actualsSheet,
    blockAddress({ row: HEADER_ROW, col: 0 }, ACTUALS_ROWS, ACTUALS_HEADERS.length),
  );
  await host.writeCells(sheet, "A1", [
    [`Plan vs actual: ${name}`],
    [
      "Each month's approved plan, the actual figures recorded from the staffing list, and the variance (actual − plan). It recalculates as months are recorded.",
    ],
  ]);
  await host.writeCells(sheet, cellAddress({ row: HEADER_ROW, col: 0 }), [
    [formula(`=WORKFORCE.PLANVSACTUAL(${planRange},${actualsRange})`)],
  ]);
  // The spill: Month, then plan / actual / variance for each measure in TRACKED_MEASURES order.
  const columnOf = (key: (typeof TRACKED_MEASURES)[number]["key"], part: 0 | 1): string => {
    const measure = TRACKED_MEASURES.findIndex((m) => m.key === key);
    return blockAddress(
      { row: FIRST_ROW, col: 1 + measure * 3 + part },
      Math.max(planMonths, 1),
      1,
    );
  };
  const months = blockAddress({ row: FIRST_ROW, col: 0 }, Math.max(planMonths, 1), 1);
  const chartColumn = 1 + TRACKED_MEASURES.length * 3 + 1;
  await host.addChart(sheet, {
    kind: "line",
    title: "Caseload: plan and actual",
    categoriesAddress: months,
    series: [
      { name: "Plan", valuesAddress: columnOf("caseload", 0) },
      { name: "Actual", valuesAddress: columnOf("caseload", 1) },
    ],
    anchor: cellAddress({ row: HEADER_ROW, col: chartColumn }),
    yAxisTitle: "Cases per case holder",
  });
  await host.addChart(sheet, {
    kind: "line",
    title: "Vacancy rate: plan and actual",
    categoriesAddress: months,
    series: [
      { name: "Plan", valuesAddress: columnOf("vacancyRate", 0) },
      { name: "Actual", valuesAddress: columnOf("vacancyRate", 1) },
    ],
    anchor: cellAddress({ row: HEADER_ROW + 18, col: chartColumn }),
    yAxisTitle: "Vacancy rate",
    percentAxis: true,
  });
  return sheet;
}

const valueOf = (value: unknown): number | null => (isNumber(value) ? value : null);

/** This month's actuals from the dashboard's totals (DfE post-level definitions). */
export function actualsFromSummary(
  summary: StaffingSummary,
  month: string,
  today: Date,
): Omit<ActualsRecord, "row"> {
  const total = summary.total;
  return {
    month,
    recordedOn: dateText(today),
    inPostFte: total.inPostFte,
    agencyFte: total.agencyFte,
    vacancyFte: total.vacancyFte,
    cases: total.cases,
    caseload: isWorkforceError(total.caseload) ? null : valueOf(total.caseload),
    vacancyRate: isWorkforceError(total.vacancyRate) ? null : valueOf(total.vacancyRate),
    agencyRate: isWorkforceError(total.agencyRate) ? null : valueOf(total.agencyRate),
  };
}

function actualsCells(record: Omit<ActualsRecord, "row">): CellValue[] {
  return [
    record.month,
    record.inPostFte,
    record.agencyFte,
    record.vacancyFte,
    record.cases,
    record.caseload,
    record.vacancyRate,
    record.agencyRate,
    record.recordedOn,
  ];
}

/** The Actuals sheet, made (with every record already saved) when it is missing. */
async function ensureActualsSheet(host: WorkbookHost, store: ActualsStore): Promise<ActualsStore> {
  const sheets = await host.listSheets();
  if (store.sheet !== null && sheets.includes(store.sheet)) return store;
  const sheet = await host.addSheet("Actuals");
  await host.writeCells(sheet, "A1", [
    ["Actuals recorded from the staffing list"],
    [
      "One row a month, appended by the add-in's \"Record this month's actuals\" (DfE post-level definitions: vacancies include posts covered by agency staff; caseload is cases ÷ case holders' FTE, agency included).",
    ],
  ]);
  await host.writeCells(sheet, cellAddress({ row: HEADER_ROW, col: 0 }), [[...ACTUALS_HEADERS]]);
  const records = store.records.map((record, i) => ({ ...record, row: FIRST_ROW + i }));
  if (records.length > 0) {
    await host.writeCells(
      sheet,
      cellAddress({ row: FIRST_ROW, col: 0 }),
      records.map(actualsCells),
    );
  }
  const ensured = { sheet, records };
  await host.setSetting(ACTUALS_SETTING, serialise(VERSION, ensured));
  return ensured;
}

export type RecordOutcome =
  | { kind: "recorded"; store: ActualsStore; replaced: boolean }
  | { kind: "exists"; existing: ActualsRecord };

/**
 * Appends a month's actuals to the Actuals sheet and saves them. A month already recorded is
 * replaced only with `replace` (the pane asks first); otherwise the answer is "exists".
 */
export async function recordActuals(
  host: WorkbookHost,
  store: ActualsStore,
  record: Omit<ActualsRecord, "row">,
  replace: boolean,
): Promise<RecordOutcome> {
  const existing = store.records.find((r) => r.month === record.month);
  if (existing && !replace) return { kind: "exists", existing };
  const ensured = await ensureActualsSheet(host, store);
  const sheet = ensured.sheet ?? "Actuals";
  const current = ensured.records.find((r) => r.month === record.month);
  const row = current?.row ?? FIRST_ROW + ensured.records.length;
  await host.writeCells(sheet, cellAddress({ row, col: 0 }), [actualsCells(record)], {
    replace: current !== undefined,
  });
  const records = current
    ? ensured.records.map((r) => (r.month === record.month ? { ...record, row } : r))
    : [...ensured.records, { ...record, row }];
  const next = { sheet, records };
  await host.setSetting(ACTUALS_SETTING, serialise(VERSION, next));
  return { kind: "recorded", store: next, replaced: current !== undefined };
}
