/**
 * Plan against actual in the workbench, as a manager would do it: approve a scenario as the
 * plan, record this month's actuals from the dashboard, change the staffing list, record the
 * next month, and read the Plan vs actual sheet; the scenario sheet shows its budget by
 * financial year with a column chart.
 */
import { isWorkforceError } from "../../src/core/errors";
import {
  eventually,
  freshWorkbenchPerTest,
  screenshotPath,
  type Workbench,
} from "./support/workbench";
import { coreTotal, staffingSheet } from "./support/sampleFigures";

let wb: Workbench;
freshWorkbenchPerTest((opened) => {
  wb = opened;
});

const number = (text: string): number => {
  const value = Number(text.replace(/[£,%]/g, ""));
  if (!Number.isFinite(value)) throw new Error(`"${text}" is not a number`);
  return text.endsWith("%") ? value / 100 : value;
};

/** Equal within what a cell shown to one decimal (or a rate to three) can differ by. */
function near(shown: number, expected: number, tolerance = 0.051): void {
  expect(Math.abs(shown - expected)).toBeLessThanOrEqual(tolerance);
}

/** The Plan vs actual spill's columns: Month, then plan / actual / variance per measure. */
const COLUMNS = {
  inPost: ["B", "C", "D"],
  vacancyFte: ["H", "I", "J"],
  vacancyRate: ["Q", "R", "S"],
} as const;

/** A cell's text, scrolled into view first (the grid renders only the cells in view). */
async function read(address: string): Promise<string> {
  await wb.goTo(address);
  return wb.cellText(address);
}

describe("plan against actual", () => {
  it("approves a plan, records two months of actuals around a staffing change, and reads Plan vs actual", async () => {
    const pane = wb.pane;
    const tabs = wb.page.getByRole("tablist", { name: "Sheet tabs" });
    await pane.getByRole("tab", { name: "Scenarios" }).click();
    await pane.getByRole("textbox", { name: /Scenario name/ }).fill("Baseline");
    await pane.getByRole("button", { name: "Run scenario to a new sheet" }).click();
    await tabs.getByRole("tab", { name: /Scenario – Baseline/ }).waitFor();

    // The scenario sheet's budget: a live WORKFORCE.BUDGET spill and its column chart.
    await tabs.getByRole("tab", { name: /Scenario – Baseline/ }).click();
    const budgetChart = wb.page.locator('figure.chart[data-chart-title^="Cost against budget"]');
    await budgetChart.waitFor();
    await expect(wb.page.locator("[role=gridcell].cell-error").count()).resolves.toBe(0);

    // Approve it: a frozen plan, a Plan vs actual sheet and an Actuals sheet.
    const approve = pane.getByRole("combobox", { name: "Scenario to approve" });
    await approve.focus();
    await eventually(
      () => approve.locator("option").allInnerTexts(),
      (names) => names.includes("Baseline"),
    );
    await approve.selectOption({ label: "Baseline" });
    await pane.getByRole("button", { name: "Approve as plan" }).click();
    await pane.getByText(/"Baseline" is the approved plan/).waitFor();
    for (const sheet of ["Approved plan", "Plan vs actual", "Actuals"]) {
      await tabs.getByRole("tab", { name: sheet, exact: true }).waitFor();
    }
    await wb.openSheet("Approved plan");
    const firstMonth = await wb.cellText("A5");
    const secondMonth = await wb.cellText("A6");
    expect(firstMonth).toMatch(/^\d{4}-\d{2}$/);
    const plannedInPost = [number(await wb.cellText("B5")), number(await wb.cellText("B6"))];

    // Month one: the dashboard's totals as they are.
    const sheet = staffingSheet();
    const before = coreTotal(sheet.headers, sheet.rows);
    const month = pane.getByRole("textbox", { name: "Month of the actuals" });
    await month.fill(firstMonth);
    await pane.getByRole("button", { name: "Record this month's actuals" }).click();
    await pane.getByText(`Recorded the actuals for ${firstMonth}`).waitFor();

    // A vacant post is filled in the staffing list; month two records the new totals.
    const statusColumn = sheet.headers.findIndex((h) => /status/i.test(h));
    const vacantRow = sheet.rows.findIndex(
      (row) => String(row[statusColumn]).toLowerCase() === "vacant",
    );
    const changed = sheet.rows.map((row) => [...row]);
    changed[vacantRow][statusColumn] = "Permanent";
    const after = coreTotal(sheet.headers, changed);
    await wb.openSheet("Staffing");
    await wb.enter(`${String.fromCharCode(65 + statusColumn)}${vacantRow + 2}`, "Permanent");
    await pane.getByRole("button", { name: "Refresh" }).click();
    await pane.getByRole("tab", { name: "Scenarios" }).click();
    await month.fill(secondMonth);
    // The refreshed totals reach the pane before this month is recorded.
    await wb.page.waitForTimeout(500);
    await pane.getByRole("button", { name: "Record this month's actuals" }).click();
    await pane.getByText(`Recorded the actuals for ${secondMonth}`).waitFor();

    // Recording a month again asks first, and keeping it changes nothing.
    await pane.getByRole("button", { name: "Record this month's actuals" }).click();
    await pane.getByText(new RegExp(`${secondMonth} was recorded on`)).waitFor();
    await pane.getByRole("button", { name: `Keep ${secondMonth}` }).click();

    await wb.openSheet("Actuals");
    expect(await wb.cellText("A5")).toBe(firstMonth);
    expect(await wb.cellText("A6")).toBe(secondMonth);
    expect(await wb.cellText("A7")).toBe("");

    // The Plan vs actual sheet: plan, actual and actual − plan, month by month.
    await wb.openSheet("Plan vs actual");
    await wb.page.locator('figure.chart[data-chart-title="Caseload: plan and actual"]').waitFor();
    await wb.page
      .locator('figure.chart[data-chart-title="Vacancy rate: plan and actual"]')
      .waitFor();
    expect(await read("A4")).toBe("Month");
    expect(await read("A5")).toBe(firstMonth);
    expect(await read("A6")).toBe(secondMonth);
    const actualInPost = [number(await read("C5")), number(await read("C6"))];
    near(actualInPost[0], before.inPostFte);
    near(actualInPost[1], after.inPostFte);
    expect(actualInPost[1]).toBeGreaterThan(actualInPost[0]);
    near(number(await read("B5")), plannedInPost[0]);
    near(number(await read("D6")), actualInPost[1] - plannedInPost[1], 0.11);
    const vacancyRates = [number(await read("R5")), number(await read("R6"))];
    if (isWorkforceError(before.vacancyRate) || isWorkforceError(after.vacancyRate))
      throw new Error("the sample has no vacancy rate");
    near(vacancyRates[0], before.vacancyRate, 0.0051);
    near(vacancyRates[1], after.vacancyRate, 0.0051);
    // A month not yet recorded has a plan but no actual or variance.
    expect(await read("C7")).toBe("");
    expect(await read(COLUMNS.vacancyFte[2] + "7")).toBe("");
    expect(number(await read(COLUMNS.vacancyRate[0] + "7"))).toBeGreaterThanOrEqual(0);
    await expect(wb.page.locator("[role=gridcell].cell-error").count()).resolves.toBe(0);
    await wb.page.screenshot({ path: screenshotPath("workbench-plan-vs-actual.png") });
    await pane.screenshot({ path: screenshotPath("taskpane-plan-tracking.png") });
  });
});
