/**
 * Approving a scenario as the plan: the "Approved plan" sheet (title, approval line, the plan
 * table as values at A4, frozen), the "Plan vs actual" sheet (=WORKFORCE.PLANVSACTUAL over the
 * plan and the Actuals, with charts of caseload and vacancy rate, plan against actual), and
 * the saved plan. The host writes only empty cells, so nothing the user typed is overwritten.
 */
import {
  ACTUALS_HEADERS,
  PLAN_TABLE_HEADERS,
  TRACKED_MEASURES,
  planTable,
  project,
  type Assumptions,
  type Cohort,
} from "../core/planning";
import { blockAddress, cellAddress, qualifiedAddress } from "../workbook/a1";
import { formula, type WorkbookHost } from "../workbook/types";
import { ensureActualsSheet, FIRST_ROW, HEADER_ROW } from "./actualsSheet";
import { serialise } from "./persisted";
import {
  APPROVED_PLAN_SETTING,
  TRACKING_VERSION,
  dateText,
  type ActualsStore,
  type ApprovedPlan,
} from "./planTrackingStore";

/** Rows of Actuals the Plan vs actual formula reads: over 160 years of months. */
const ACTUALS_ROWS = 2000;

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
  await host.setSetting(APPROVED_PLAN_SETTING, serialise(TRACKING_VERSION, plan));
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
  const charts = [
    { measure: "caseload", title: "Caseload", yAxisTitle: "Cases per case holder", percent: false },
    { measure: "vacancyRate", title: "Vacancy rate", yAxisTitle: "Vacancy rate", percent: true },
  ] as const;
  for (const [i, chart] of charts.entries()) {
    await host.addChart(sheet, {
      kind: "line",
      title: `${chart.title}: plan and actual`,
      categoriesAddress: months,
      series: [
        { name: "Plan", valuesAddress: columnOf(chart.measure, 0) },
        { name: "Actual", valuesAddress: columnOf(chart.measure, 1) },
      ],
      anchor: cellAddress({ row: HEADER_ROW + 18 * i, col: chartColumn }),
      yAxisTitle: chart.yAxisTitle,
      ...(chart.percent ? { percentAxis: true } : {}),
    });
  }
  return sheet;
}
