/**
 * The real task pane hosted by the workbench: its dashboard against the core's figures, its
 * scenarios written to sheets through the WorkbookHost, saved, reloaded and compared.
 */
import type { Locator } from "playwright-core";
import type { MeasureSet } from "../../src/core/summary";
import { isWorkforceError, type WorkforceError } from "../../src/core/errors";
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

/** The figure the dashboard shows for a measure, as a number (percentages as fractions). */
async function dashboardFigure(pane: Locator, measure: keyof MeasureSet): Promise<number> {
  const row = pane.locator(`[data-measure="${measure}"]`);
  await row.waitFor();
  const text = (await row.locator("td, [role=cell]").nth(1).innerText()).trim();
  const number = Number(text.replace(/[%,]/g, ""));
  if (!Number.isFinite(number)) throw new Error(`dashboard shows "${text}" for ${measure}`);
  return text.endsWith("%") ? number / 100 : number;
}

function expectShown(
  shown: number,
  expected: number | WorkforceError,
  decimalsShown: number,
): void {
  if (isWorkforceError(expected)) throw new Error(`core gave an error: ${expected.message}`);
  // The pane rounds for display: equal to the core's value within half a unit of the last digit.
  expect(Math.abs(shown - expected)).toBeLessThanOrEqual(0.5 * 10 ** -decimalsShown + 1e-12);
}

describe("task pane in the workbench", () => {
  it("opens with the sample loaded and its dashboard matching the core's summary", async () => {
    const sheet = staffingSheet();
    const core = coreTotal(sheet.headers, sheet.rows);
    await wb.pane.getByRole("tab", { name: "Dashboard" }).click();
    expectShown(await dashboardFigure(wb.pane, "vacancyRate"), core.vacancyRate, 3);
    expectShown(await dashboardFigure(wb.pane, "agencyRate"), core.agencyRate, 3);
    expectShown(await dashboardFigure(wb.pane, "turnoverRate"), core.turnoverRate, 3);
    expectShown(await dashboardFigure(wb.pane, "absenceRate"), core.absenceRate, 3);
    expectShown(await dashboardFigure(wb.pane, "caseload"), core.caseload, 1);
    await wb.page.screenshot({ path: screenshotPath("workbench.png") });
    await wb.pane.screenshot({ path: screenshotPath("taskpane-dashboard.png") });
  });

  it("updates the dashboard when a cell in the staffing table changes", async () => {
    const sheet = staffingSheet();
    const statusColumn = sheet.headers.findIndex((h) => /status/i.test(h));
    const vacantRow = sheet.rows.findIndex(
      (row) => String(row[statusColumn]).toLowerCase() === "vacant",
    );
    expect(statusColumn).toBeGreaterThanOrEqual(0);
    expect(vacantRow).toBeGreaterThanOrEqual(0);
    const before = await dashboardFigure(wb.pane, "vacancyRate");

    // Fill a vacancy in the grid, as a user would.
    const changed = sheet.rows.map((row) => [...row]);
    changed[vacantRow][statusColumn] = "Permanent";
    const expected = coreTotal(sheet.headers, changed).vacancyRate;
    const column = String.fromCharCode(65 + statusColumn);
    await wb.openSheet("Staffing");
    await wb.enter(`${column}${vacantRow + 2}`, "Permanent");
    await wb.pane.getByRole("button", { name: "Refresh" }).click();
    const after = await eventually(
      () => dashboardFigure(wb.pane, "vacancyRate"),
      (shown) => shown !== before,
    );
    expectShown(after, expected, 3);
  });

  it("runs a scenario to a new sheet with a table and charts, saves, reloads and compares", async () => {
    const pane = wb.pane;
    await pane.getByRole("tab", { name: "Scenarios" }).click();
    const name = pane.getByRole("textbox", { name: /Scenario name/ });
    await name.fill("Baseline");
    await pane.getByRole("button", { name: "Run scenario to a new sheet" }).click();
    const tabs = wb.page.getByRole("tablist", { name: "Sheet tabs" });
    await tabs.getByRole("tab", { name: /Scenario – Baseline/ }).waitFor();
    await tabs.getByRole("tab", { name: /Scenario – Baseline/ }).click();
    // A native-looking table was written, and its charts are drawn in the page.
    await expect(wb.page.locator("figure.chart svg").count()).resolves.toBeGreaterThanOrEqual(1);
    // The caseload chart draws one line per series, with a point a month.
    const caseloadChart = wb.page.locator('figure.chart[data-chart-title^="Caseload per worker"]');
    const points = await caseloadChart.locator("polyline").first().getAttribute("points");
    expect((points ?? "").trim().split(/\s+/).length).toBeGreaterThan(12);
    // No cell the scenario wrote shows an error.
    await expect(wb.page.locator("[role=gridcell].cell-error").count()).resolves.toBe(0);
    await wb.page.locator("figure.chart").first().scrollIntoViewIfNeeded();
    // The grid renders the rows in view on the scroll event; let that frame paint first.
    await wb.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await wb.page.screenshot({ path: screenshotPath("workbench-scenario.png") });
    await pane.screenshot({ path: screenshotPath("taskpane-scenarios.png") });

    await pane.getByRole("button", { name: "New scenario" }).click();
    await name.fill("Growth");
    await pane.getByRole("button", { name: "Save scenario" }).click();
    await pane.locator('[data-scenario="Growth"]').waitFor();

    // Saved state survives a reload of the page.
    await wb.page.reload();
    await wb.page.waitForSelector("body[data-ready=true]");
    await pane.getByRole("tab", { name: "Scenarios" }).click();
    await pane.locator('[data-scenario="Baseline"]').waitFor();
    await pane.locator('[data-scenario="Growth"]').waitFor();
    await tabs.getByRole("tab", { name: /Scenario – Baseline/ }).waitFor();

    await pane.getByRole("checkbox", { name: "Compare Baseline" }).check();
    await pane.getByRole("checkbox", { name: "Compare Growth" }).check();
    await pane.getByRole("button", { name: /Compare selected \(2\)/ }).click();
    await tabs.getByRole("tab", { name: /Comparison/ }).waitFor();
    await tabs.getByRole("tab", { name: /Comparison/ }).click();
    await expect(wb.page.locator("figure.chart svg").count()).resolves.toBeGreaterThanOrEqual(1);
  });
});
