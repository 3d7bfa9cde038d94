/**
 * A scenario sheet in the workbench as a user edits it (issue 12 §4: each scenario sheet held a
 * fixed table and a live one, and the charts followed the fixed one, so editing the sheet's
 * assumptions changed only the live table). Now the charts follow the live projection, and the
 * values as run sit in a table labelled as a snapshot (its layout: test/taskpane/scenarios.test.tsx).
 */
import {
  eventually,
  freshWorkbenchPerTest,
  screenshotPath,
  type Workbench,
} from "./support/workbench";

let wb: Workbench;
freshWorkbenchPerTest((opened) => {
  wb = opened;
});

/** The first cell in column `column`, rows `from`…`to`, whose text is `text`. */
async function rowOf(column: string, text: string, from: number, to: number): Promise<number> {
  for (let row = from; row <= to; row++) {
    if ((await wb.cellText(`${column}${row}`)) === text) return row;
  }
  throw new Error(`no "${text}" in ${column}${from}:${column}${to}`);
}

async function caseloadLine(): Promise<string> {
  const chart = wb.page.locator('figure.chart[data-chart-title^="Caseload per worker"]');
  return (await chart.locator("polyline").first().getAttribute("points")) ?? "";
}

describe("a scenario sheet", () => {
  it("moves its charts with the live projection when the sheet's assumptions are edited", async () => {
    const pane = wb.pane;
    await pane.getByRole("tab", { name: "Scenarios" }).click();
    await pane.getByRole("textbox", { name: /Scenario name/ }).fill("Edited");
    await pane.getByRole("button", { name: "Run scenario to a new sheet" }).click();
    const tab = wb.page
      .getByRole("tablist", { name: "Sheet tabs" })
      .getByRole("tab", { name: /Scenario – Edited/ });
    await tab.waitFor();
    await tab.click();

    const casesRow = await rowOf("A", "cases", 5, 12);
    const before = await caseloadLine();
    expect(before.trim().split(/\s+/).length).toBeGreaterThan(12);
    const cases = Number((await wb.cellText(`B${casesRow}`)).replace(/,/g, ""));
    expect(cases).toBeGreaterThan(0);

    await wb.goTo("A1");
    await wb.enter(`B${casesRow}`, String(cases * 2));
    const after = await eventually(caseloadLine, (points) => points !== before);
    expect(after).not.toBe(before);

    await wb.goTo("A1");
    await wb.page.locator("figure.chart").first().scrollIntoViewIfNeeded();
    await wb.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await wb.page.screenshot({ path: screenshotPath("scenario-sheet-live.png") });
    await expect(wb.page.locator("[role=gridcell].cell-error").count()).resolves.toBe(0);
  });
});
