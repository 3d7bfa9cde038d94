/**
 * Deleting a scenario in the workbench, as a user meets it: the confirmation lists the sheets
 * it would remove, a sheet the user edited in the grid is offered apart from the others, and
 * ticking "Also delete its sheets" removes only the ones left as the pane wrote them. The form
 * the scenario is run from starts with the sample workbook's own cohorts.
 */
import { freshWorkbenchPerTest, screenshotPath, type Workbench } from "./support/workbench";

let wb: Workbench;
freshWorkbenchPerTest((opened) => {
  wb = opened;
});

describe("deleting a scenario", () => {
  it("keeps the sheet the user edited and deletes the one as written", async () => {
    const pane = wb.pane;
    const tabs = wb.page.getByRole("tablist", { name: "Sheet tabs" });
    await pane.getByRole("tab", { name: "Scenarios" }).click();
    // The form starts from the sample's own Cohorts sheet.
    await pane
      .getByText(
        '5 cohorts from the sheet "Cohorts". The start month is 2021-12, the first cohort\'s month, so that none is left out.',
      )
      .waitFor();
    await pane.screenshot({ path: screenshotPath("taskpane-prefill-cohorts.png") });
    await pane.getByRole("textbox", { name: /Scenario name/ }).fill("Plan A");
    const run = pane.getByRole("button", { name: "Run scenario to a new sheet" });
    await run.click();
    await tabs.getByRole("tab", { name: "Scenario – Plan A", exact: true }).waitFor();
    await run.click();
    await tabs.getByRole("tab", { name: "Scenario – Plan A (2)", exact: true }).waitFor();

    // The user types a note on the first sheet, in the grid.
    await wb.openSheet("Scenario – Plan A");
    await wb.enter("B2", "Checked with finance");

    await pane.getByRole("button", { name: "Delete Plan A" }).click();
    const confirm = pane.getByRole("group", { name: "Delete Plan A?" });
    const asWritten = confirm.getByRole("checkbox", {
      name: "Also delete its sheets: Scenario – Plan A (2) (as the pane wrote them)",
    });
    await asWritten.waitFor();
    await confirm
      .getByRole("checkbox", {
        name: /^Also delete the sheets changed since the pane wrote them: Scenario – Plan A \(your/,
      })
      .waitFor();
    await asWritten.check();
    await confirm.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: screenshotPath("taskpane-delete-scenario.png") });
    await pane.getByRole("button", { name: "Confirm delete Plan A" }).click();
    await pane
      .getByText(
        'Scenario "Plan A" and the sheets Scenario – Plan A (2) deleted. These stay in the workbook: Scenario – Plan A (changed since the pane wrote it).',
      )
      .waitFor();
    await tabs.getByRole("tab", { name: "Scenario – Plan A", exact: true }).waitFor();
    await expect(
      tabs.getByRole("tab", { name: "Scenario – Plan A (2)", exact: true }).count(),
    ).resolves.toBe(0);
    await wb.openSheet("Scenario – Plan A");
    expect(await wb.cellText("B2")).toBe("Checked with finance");
  });
});
