/**
 * The financial-year budget on the scenario and comparison sheets: a table and a column chart
 * of cost against budget by year (WORKFORCE.BUDGET's figures, src/core/planning/budget.ts).
 */
import {
  BUDGET_HEADERS,
  DEFAULT_BUDGET_YEARS,
  budgetYears,
  type Assumptions,
  type BudgetYear,
  type Cohort,
} from "../core/planning";
import { isWorkforceError } from "../core/errors";
import { blockAddress, cellAddress } from "../workbook/a1";
import { formula, type CellValue, type WorkbookHost } from "../workbook/types";

/** Number formats of BUDGET's columns, in BUDGET_HEADERS order: pounds, the months and the note as they come. */
const BUDGET_FORMATS: (string | null)[] = BUDGET_HEADERS.map((header) =>
  header === "Financial year" || header === "Note" ? null : header === "Months" ? "0" : "£#,##0",
);

/** Rows the budget block takes on a scenario sheet: title, header, the years and a gap. */
export function budgetBlockHeight(years = DEFAULT_BUDGET_YEARS): number {
  return years + 3;
}

export interface BudgetBlockPlace {
  /** 0-based row and column of the block's title cell. */
  row: number;
  col: number;
  /** Where the column chart goes (an A1 cell). */
  chartAnchor: string;
}

/**
 * Writes `=WORKFORCE.BUDGET(assumptions, cohorts, years)` under a title (so the budget follows
 * edits to the sheet's assumptions and cohorts tables) and a column chart of total cost against
 * budget over its spill.
 */
export async function writeLiveBudget(
  host: WorkbookHost,
  sheet: string,
  place: BudgetBlockPlace,
  ranges: { assumptions: string; cohorts: string },
  scenarioName: string,
  years = DEFAULT_BUDGET_YEARS,
): Promise<void> {
  await host.writeCells(
    sheet,
    cellAddress({ row: place.row, col: place.col }),
    [
      [`Budget by financial year (April to March) – ${scenarioName}`],
      [formula(`=WORKFORCE.BUDGET(${ranges.assumptions},${ranges.cohorts},${years})`)],
    ],
    // The spill's formats, set before it fills the cells (the title and header rows are text).
    { formats: { columns: BUDGET_FORMATS, rows: 2 + years } },
  );
  const bodyTop = { row: place.row + 2, col: place.col };
  const column = (header: (typeof BUDGET_HEADERS)[number]): string =>
    blockAddress({ row: bodyTop.row, col: place.col + BUDGET_HEADERS.indexOf(header) }, years, 1);
  await host.addChart(sheet, {
    kind: "column",
    title: `Cost against budget – ${scenarioName}`,
    categoriesAddress: column("Financial year"),
    series: [
      { name: "Total cost", valuesAddress: column("Total cost") },
      { name: "Budget", valuesAddress: column("Budget") },
      { name: "Agency premium", valuesAddress: column("Agency premium") },
    ],
    anchor: place.chartAnchor,
    yAxisTitle: "£ a year",
  });
}

export interface BudgetedScenario {
  name: string;
  assumptions: Assumptions;
  cohorts: readonly Cohort[];
}

/** Each scenario's financial years, or the reason it has none. */
export function scenarioBudgets(
  scenarios: readonly BudgetedScenario[],
  years = DEFAULT_BUDGET_YEARS,
): { name: string; years: BudgetYear[] }[] {
  return scenarios.map((scenario) => {
    const result = budgetYears(scenario.assumptions, scenario.cohorts, years);
    return { name: scenario.name, years: isWorkforceError(result) ? [] : result };
  });
}

/**
 * The comparison sheet's budget table: one row per financial year (the years of any scenario,
 * in order), each scenario's total cost and variance against its budget; and a column chart of
 * the totals. Returns the number of rows written.
 */
export async function writeBudgetComparison(
  host: WorkbookHost,
  sheet: string,
  topLeft: { row: number; col: number },
  chartAnchor: string,
  scenarios: readonly BudgetedScenario[],
): Promise<number> {
  const budgets = scenarioBudgets(scenarios);
  const labels = [...new Set(budgets.flatMap((b) => b.years.map((y) => y.year)))].sort();
  const headers = [
    "Financial year",
    ...budgets.map((b) => `Total cost – ${b.name}`),
    ...budgets.map((b) => `Variance – ${b.name}`),
  ];
  const rows: CellValue[][] = labels.map((label) => {
    const yearOf = (b: (typeof budgets)[number]) => b.years.find((y) => y.year === label);
    return [
      label,
      ...budgets.map((b) => yearOf(b)?.totalCost ?? null),
      ...budgets.map((b) => yearOf(b)?.variance ?? null),
    ];
  });
  await host.writeCells(sheet, cellAddress(topLeft), [
    ["Budget by financial year (April to March; part years marked in each scenario's sheet)"],
  ]);
  const headerRow = topLeft.row + 1;
  await host.writeTable(sheet, {
    name: "Budget_comparison",
    topLeft: cellAddress({ row: headerRow, col: topLeft.col }),
    headers,
    rows: rows.length > 0 ? rows : [headers.map(() => null)],
    columnFormats: ["@", ...headers.slice(1).map(() => "£#,##0")],
  });
  const n = Math.max(rows.length, 1);
  await host.addChart(sheet, {
    kind: "column",
    title: "Total cost by financial year",
    categoriesAddress: blockAddress({ row: headerRow + 1, col: topLeft.col }, n, 1),
    series: budgets.map((b, i) => ({
      name: b.name,
      valuesAddress: blockAddress({ row: headerRow + 1, col: topLeft.col + 1 + i }, n, 1),
    })),
    anchor: chartAnchor,
    yAxisTitle: "£ a year",
  });
  return rows.length + 3;
}
