/**
 * Writes scenarios and comparisons to NEW sheets through the host, never touching other sheets.
 *
 * Scenario sheet layout (issue 12: one projection, and the charts follow it):
 *   A1  title and a note on where the figures come from
 *   A4  "Assumptions" name/value table (the planning engine's own names, so it can be fed back)
 *   D4  "Cohorts" table (month, FTE, kind, ramp-up months, label)
 *   A…  the live `=WORKFORCE.PROJECT(assumptions, cohorts, months)` over those two tables, with
 *       the caseload band and vacancy target columns beside its spill; the two line charts (caseload
 *       per worker against the band, vacancy rate against the target) follow it
 *   A…  the live `=WORKFORCE.BUDGET(…)` and its column chart (./budgetSheet.ts)
 *   A…  "Snapshot": the values when run, an Excel table labelled as such (charts do not use it)
 * Without the live formula the values table is the projection, and the charts follow it.
 */
import { assumptionsToPairs } from "../core/planning/assumptions";
import { formatMonth, parseMonth } from "../core/planning/months";
import { maxOf, minOf } from "../core/ranges";
import type { Cohort } from "../core/planning/cohorts";
import { PROJECTION_HEADERS, type ProjectionRow } from "../core/planning/engine";
import { blockAddress, cellAddress, columnLetters } from "../workbook/a1";
import { formula, type CellValue, type TableSpec, type WorkbookHost } from "../workbook/types";
import {
  budgetBlockHeight,
  writeBudgetComparison,
  writeLiveBudget,
  type BudgetedScenario,
} from "./budgetSheet";
import type { SavedScenario } from "./scenarios";
import type { Targets } from "./targets";

/** The engine's projection columns, then the band and target lines the charts draw. */
export const PROJECTION_TABLE_HEADERS = [
  ...PROJECTION_HEADERS,
  "Caseload band low",
  "Caseload band high",
  "Vacancy rate target",
] as const;

const PROJECTION_FORMATS = [
  "@",
  "0.0",
  "0.0",
  "0.0",
  "0.0",
  "0.0",
  "0.0%",
  "0.0%",
  "0.0",
  "#,##0",
  "0.0",
  "£#,##0",
  "£#,##0",
  "0",
  "0",
  "0.0%",
];

/**
 * The cohorts table's columns: every field a cohort carries, under headers core's parseCohorts
 * reads, so the live formulas over the table project the same cohorts as the snapshot.
 */
export const COHORT_HEADERS = [
  "Month",
  "FTE",
  "Kind",
  "Ramp-up months",
  "Annual turnover",
  "Retention months",
  "Leave at contract end",
  "Label",
] as const;
/** Column D, beside the assumptions table. */
const COHORTS_FIRST_COLUMN = 3;
const COHORT_FORMATS = ["@", "0.0", null, "0", "0.0%", "0", "0.0%", null];

function cohortRow(c: Cohort): CellValue[] {
  return [
    c.month,
    c.fte,
    c.kind,
    c.rampUpMonths ?? null,
    c.annualTurnover ?? null,
    c.retentionMonths ?? null,
    c.leaveAtContractEnd ?? null,
    c.label ?? null,
  ];
}

/** The caseload band's legend name, e.g. "Caseload band (13–16)". */
export function caseloadBandName(targets: Targets): string {
  return `Caseload band (${targets.caseloadLow}–${targets.caseloadHigh})`;
}

export function projectionRows(rows: readonly ProjectionRow[], targets: Targets): CellValue[][] {
  return rows.map((r) => [
    r.month,
    r.inPostFte,
    r.starters,
    r.leavers,
    r.agencyFte,
    r.vacancyFte,
    r.vacancyRate,
    r.agencyRate,
    r.effectiveCaseHoldingFte,
    r.cases,
    r.caseloadPerWorker,
    r.monthlyCost,
    r.cumulativeCost,
    targets.caseloadLow,
    targets.caseloadHigh,
    targets.vacancyRate,
  ]);
}

/** The A1 address of a table column's body cells. */
function columnBody(headerRow: number, firstColumn: number, column: number, rows: number): string {
  return blockAddress({ row: headerRow + 1, col: firstColumn + column }, rows, 1);
}

/** The scenario's name as part of its tables' names; the host makes them valid and unique. */
function tableStem(name: string): string {
  return name.slice(0, 40);
}

export interface ScenarioWriteOptions {
  /** Also write the live `=WORKFORCE.PROJECT(…)` formula below the values table. */
  liveFormula: boolean;
  /** Told the sheet's name as soon as it exists, so a later failure still leaves it tracked. */
  onSheetAdded?: (sheet: string) => void;
}

/** Rows a chart takes on the sheet (Excel's host draws each 16 rows tall), and a gap. */
const CHART_ROWS = 18;

/**
 * The scenario's two line charts over a projection whose header is at `headerRow` (0-based) in
 * column A with the band and target columns in PROJECTION_TABLE_HEADERS order, `n` months long.
 */
async function addProjectionCharts(
  host: WorkbookHost,
  sheet: string,
  name: string,
  targets: Targets,
  headerRow: number,
  n: number,
): Promise<void> {
  const col = (h: (typeof PROJECTION_TABLE_HEADERS)[number]) => PROJECTION_TABLE_HEADERS.indexOf(h);
  const body = (h: (typeof PROJECTION_TABLE_HEADERS)[number]) =>
    columnBody(headerRow, 0, col(h), n);
  const chartColumn = columnLetters(PROJECTION_TABLE_HEADERS.length + 1);
  await host.addChart(sheet, {
    kind: "line",
    title: `Caseload per worker – ${name}`,
    categoriesAddress: body("Month"),
    series: [{ name: "Caseload per worker", valuesAddress: body("Caseload per worker") }],
    band: {
      name: caseloadBandName(targets),
      lowAddress: body("Caseload band low"),
      highAddress: body("Caseload band high"),
    },
    anchor: `${chartColumn}${headerRow + 1}`,
    yAxisTitle: "Cases per worker",
  });
  await host.addChart(sheet, {
    kind: "line",
    title: `Vacancy rate – ${name}`,
    categoriesAddress: body("Month"),
    series: [
      { name: "Vacancy rate", valuesAddress: body("Vacancy rate") },
      { name: "Target", valuesAddress: body("Vacancy rate target") },
    ],
    anchor: `${chartColumn}${headerRow + CHART_ROWS}`,
    yAxisTitle: "Vacancy rate",
    percentAxis: true,
  });
}

/** The projection's values with the band and target columns, as a table (a snapshot when live). */
function projectionTable(
  name: string,
  headerRow: number,
  rows: readonly ProjectionRow[],
  targets: Targets,
): TableSpec {
  return {
    name,
    topLeft: cellAddress({ row: headerRow, col: 0 }),
    headers: [...PROJECTION_TABLE_HEADERS],
    rows: projectionRows(rows, targets),
    columnFormats: PROJECTION_FORMATS,
  };
}

/**
 * Writes one scenario on a new sheet; returns the sheet's name. One projection drives the charts:
 * with `liveFormula`, the live `=WORKFORCE.PROJECT(…)` over the sheet's own assumptions and
 * cohorts tables (band and target columns beside its spill), so editing those tables moves the
 * figures and the charts together; the values when run are kept at the bottom in a table
 * labelled as a snapshot (it survives opening the file where the add-in is absent). Without
 * `liveFormula`, the values table is the projection and the charts follow it.
 */
export async function writeScenarioSheet(
  host: WorkbookHost,
  scenario: Pick<SavedScenario, "name" | "assumptions" | "cohorts" | "months">,
  rows: readonly ProjectionRow[],
  targets: Targets,
  options: ScenarioWriteOptions = { liveFormula: true },
): Promise<string> {
  const sheet = await host.addSheet(`Scenario – ${scenario.name}`);
  options.onSheetAdded?.(sheet);
  const safe = tableStem(scenario.name);
  await host.writeCells(sheet, "A1", [
    [`Scenario: ${scenario.name}`],
    [
      `Projection over ${scenario.months} months from the Workforce planner add-in. ` +
        (options.liveFormula
          ? "The projection, the budget and the charts are live formulas over the assumptions and cohorts tables: edit those and they recalculate. The snapshot table at the bottom keeps the values as run."
          : "Run the scenario again from the add-in after changing assumptions."),
    ],
  ]);

  const pairs = assumptionsToPairs(scenario.assumptions);
  await host.writeTable(sheet, {
    name: `Assumptions_${safe}`,
    topLeft: "A4",
    headers: ["Assumption", "Value"],
    rows: pairs,
  });
  const cohortRows = scenario.cohorts.map(cohortRow);
  await host.writeTable(sheet, {
    name: `Cohorts_${safe}`,
    topLeft: cellAddress({ row: 3, col: COHORTS_FIRST_COLUMN }),
    headers: [...COHORT_HEADERS],
    rows: cohortRows,
    columnFormats: COHORT_FORMATS,
  });

  // Leave two blank rows under the taller of the two tables.
  const firstRow = 3 + Math.max(pairs.length, Math.max(cohortRows.length, 1)) + 3; // 0-based
  const n = Math.max(rows.length, 1);
  if (!options.liveFormula) {
    await host.writeTable(sheet, projectionTable(`Projection_${safe}`, firstRow, rows, targets));
    await addProjectionCharts(host, sheet, scenario.name, targets, firstRow, n);
    return sheet;
  }

  const assumptionsRange = `$A$5:$B$${4 + pairs.length}`;
  const cohortsRange = `$D$4:$${columnLetters(COHORTS_FIRST_COLUMN + COHORT_HEADERS.length - 1)}$${4 + Math.max(cohortRows.length, 1)}`;
  // Excel tables cannot hold a spilled array: the live projection is a formula whose spill
  // (a header and a row a month) starts one row under its title.
  const spillHeader = firstRow + 1;
  const spillRows = scenario.months + 1;
  const bandColumn = PROJECTION_HEADERS.length;
  // The spill's number formats are set on its cells before it fills them, as the snapshot
  // table's are; not on column A, where "@" would make the formula itself text.
  await host.writeCells(
    sheet,
    cellAddress({ row: firstRow, col: 0 }),
    [
      [
        "Projection (live: recalculates when you edit the assumptions or cohorts tables; the charts follow it)",
      ],
      [formula(`=WORKFORCE.PROJECT(${assumptionsRange},${cohortsRange},${scenario.months})`)],
    ],
    {
      formats: { columns: [null, ...PROJECTION_FORMATS.slice(1, bandColumn)], rows: 1 + spillRows },
    },
  );
  await host.writeCells(
    sheet,
    cellAddress({ row: spillHeader, col: bandColumn }),
    [
      PROJECTION_TABLE_HEADERS.slice(bandColumn),
      ...Array.from({ length: scenario.months }, () => [
        targets.caseloadLow,
        targets.caseloadHigh,
        targets.vacancyRate,
      ]),
    ],
    { formats: { columns: PROJECTION_FORMATS.slice(bandColumn), rows: spillRows } },
  );
  await addProjectionCharts(host, sheet, scenario.name, targets, spillHeader, scenario.months);

  // Under the live projection's spill: the budget by financial year.
  const budgetRow = spillHeader + 1 + scenario.months + 2;
  await writeLiveBudget(
    host,
    sheet,
    { row: budgetRow, col: 0, chartAnchor: cellAddress({ row: budgetRow, col: 11 }) },
    { assumptions: assumptionsRange, cohorts: cohortsRange },
    scenario.name,
  );

  // Below the budget and its chart: the values as run, labelled so nobody takes them for live.
  const snapshotRow = budgetRow + Math.max(budgetBlockHeight(), CHART_ROWS) + 1;
  await host.writeCells(sheet, cellAddress({ row: snapshotRow, col: 0 }), [
    [
      `Snapshot: the projection's values when the scenario was run (${new Date().toISOString().slice(0, 10)}). They do not change when you edit the tables above; the live projection and the charts do.`,
    ],
  ]);
  await host.writeTable(sheet, projectionTable(`Snapshot_${safe}`, snapshotRow + 1, rows, targets));
  return sheet;
}

/** Every month from the scenarios' earliest first month to their latest last month, in order. */
export function comparisonMonths(scenarios: readonly ComparedScenario[]): string[] {
  const indexes = scenarios.flatMap((s) =>
    s.rows.length === 0
      ? []
      : [parseMonth(s.rows[0].month), parseMonth(s.rows[s.rows.length - 1].month)],
  );
  const known = indexes.filter((i): i is number => i !== null);
  if (known.length === 0) return [];
  const first = minOf(known);
  const last = maxOf(known);
  return Array.from({ length: last - first + 1 }, (_, i) => formatMonth(first + i));
}

export interface ComparedScenario extends Partial<Omit<BudgetedScenario, "name">> {
  name: string;
  rows: readonly ProjectionRow[];
}

/** Writes a comparison of 2–4 scenarios on a new sheet: a table and two line charts. */
export async function writeComparisonSheet(
  host: WorkbookHost,
  scenarios: readonly ComparedScenario[],
  targets: Targets,
): Promise<string> {
  if (scenarios.length < 2 || scenarios.length > 4) {
    throw new Error("Choose between two and four scenarios to compare.");
  }
  const sheet = await host.addSheet(`Comparison – ${scenarios.map((s) => s.name).join(", ")}`);
  // One row per calendar month from the earliest start to the latest end, each scenario's
  // figures on its own months (blank outside them), so different lengths and starts line up.
  const months = comparisonMonths(scenarios);
  const byMonth = scenarios.map((s) => new Map(s.rows.map((r) => [r.month, r])));
  const headers = [
    "Month",
    ...scenarios.map((s) => `Caseload – ${s.name}`),
    ...scenarios.map((s) => `Vacancy rate – ${s.name}`),
    ...scenarios.map((s) => `Cumulative cost – ${s.name}`),
    "Caseload band low",
    "Caseload band high",
    "Vacancy rate target",
  ];
  const body: CellValue[][] = months.map((month) => {
    const rows = byMonth.map((m) => m.get(month));
    return [
      month,
      ...rows.map((r) => r?.caseloadPerWorker ?? null),
      ...rows.map((r) => r?.vacancyRate ?? null),
      ...rows.map((r) => r?.cumulativeCost ?? null),
      targets.caseloadLow,
      targets.caseloadHigh,
      targets.vacancyRate,
    ];
  });
  const length = body.length;
  await host.writeCells(sheet, "A1", [
    [`Comparison of ${scenarios.map((s) => `"${s.name}"`).join(", ")}`],
  ]);
  const headerRow = 2; // 0-based: table header on row 3
  const k = scenarios.length;
  await host.writeTable(sheet, {
    name: "Comparison",
    topLeft: "A3",
    headers,
    rows: body,
    columnFormats: [
      "@",
      ...scenarios.map(() => "0.0"),
      ...scenarios.map(() => "0.0%"),
      ...scenarios.map(() => "£#,##0"),
      "0",
      "0",
      "0.0%",
    ],
  });
  const n = Math.max(length, 1);
  const categories = columnBody(headerRow, 0, 0, n);
  const chartColumn = columnLetters(headers.length + 1);
  await host.addChart(sheet, {
    kind: "line",
    title: "Caseload per worker",
    categoriesAddress: categories,
    series: [
      ...scenarios.map((s, i) => ({
        name: s.name,
        valuesAddress: columnBody(headerRow, 0, 1 + i, n),
      })),
    ],
    band: {
      name: caseloadBandName(targets),
      lowAddress: columnBody(headerRow, 0, 1 + 3 * k, n),
      highAddress: columnBody(headerRow, 0, 2 + 3 * k, n),
    },
    anchor: `${chartColumn}3`,
    yAxisTitle: "Cases per worker",
  });
  await host.addChart(sheet, {
    kind: "line",
    title: "Vacancy rate",
    categoriesAddress: categories,
    series: [
      ...scenarios.map((s, i) => ({
        name: s.name,
        valuesAddress: columnBody(headerRow, 0, 1 + k + i, n),
      })),
      { name: "Target", valuesAddress: columnBody(headerRow, 0, 3 + 3 * k, n) },
    ],
    anchor: `${chartColumn}21`,
    yAxisTitle: "Vacancy rate",
    percentAxis: true,
  });
  const budgeted = scenarios.flatMap((s) =>
    s.assumptions && s.cohorts
      ? [{ name: s.name, assumptions: s.assumptions, cohorts: s.cohorts }]
      : [],
  );
  if (budgeted.length === scenarios.length) {
    await writeBudgetComparison(
      host,
      sheet,
      { row: headerRow + 1 + n + 2, col: 0 },
      `${chartColumn}39`,
      budgeted,
    );
  }
  return sheet;
}
