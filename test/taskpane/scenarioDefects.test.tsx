/** @jest-environment jsdom */
/** Issue 12's scenario defects, each as a new user met it in the pane. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SCENARIOS_SETTING } from "../../src/taskpane/scenarios";
import { sample } from "../support/bundledTexts";
import type { FakeHost } from "./fakeHost";
import { hostWithStaff, renderPane } from "./support";

jest.setTimeout(120_000);
const user = userEvent.setup({ delay: null });

async function openScenarios(host: FakeHost) {
  renderPane(host);
  await screen.findByText(/7 rows read/);
  await user.click(screen.getByRole("tab", { name: "Scenarios" }));
  await screen.findByText("No saved scenarios yet.");
}

/** By label, not role: role queries over a form this size are very slow in jsdom. */
const field = (name: string | RegExp) => screen.getByLabelText<HTMLInputElement>(name);

async function setText(element: HTMLElement, value: string) {
  await user.clear(element);
  if (value !== "") await user.type(element, value);
}

async function saveAs(name: string) {
  await user.click(screen.getByRole("button", { name: "New scenario" }));
  await setText(field(/^Scenario name/), name);
  await user.click(screen.getByText("Save scenario"));
}

function saved(host: FakeHost): { name: string; sheets: string[] }[] {
  const text = host.settings.get(SCENARIOS_SETTING) ?? '{"data":{"scenarios":[]}}';
  return (JSON.parse(text) as { data: { scenarios: { name: string; sheets: string[] }[] } }).data
    .scenarios;
}

describe("scenario defects (issue 12)", () => {
  it("shows the latest messages only: four saves leave one success banner, not four", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    for (const name of ["Plan 1", "Plan 2", "Plan 3", "Plan 4"]) {
      await saveAs(name);
      await screen.findByText(`Scenario "${name}" saved in this workbook.`);
    }
    expect(screen.queryByText('Scenario "Plan 1" saved in this workbook.')).toBeNull();
    expect(screen.getAllByText(/saved in this workbook\.$/)).toHaveLength(1);
  });

  it("pre-fills the form with the workbook's cohorts from its Cohorts sheet, and runs them", async () => {
    const host = hostWithStaff();
    // The sample workbook's Cohorts sheet, as "Insert sample data" writes it.
    const cohorts = sample().sheets.find((s) => s.name === "Cohorts")!;
    host.addUserSheet("Cohorts", cohorts.headers, cohorts.rows, cohorts.tableName);
    await openScenarios(host);
    await screen.findByText(
      '5 cohorts from the sheet "Cohorts". The start month is 2021-12, the first cohort\'s month, so that none is left out.',
    );
    expect(field("Cohort 1 month (YYYY-MM)").value).toBe("2021-12");
    expect(field("Cohort 1 FTE").value).toBe("21");
    expect(field("Cohort 5 month (YYYY-MM)").value).toBe("2023-09");
    expect(field("Start month (YYYY-MM)").value).toBe("2021-12");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    await screen.findByText(/written to the sheet "Scenario – Scenario 1"/);
    expect(saved(host)[0]).toMatchObject({ name: "Scenario 1" });
  });

  it("names the row when the workbook's Cohorts sheet has a bad one, and pre-fills the rest of the form without them", async () => {
    const host = hostWithStaff();
    host.addUserSheet(
      "Cohorts",
      ["Start month", "Recruits", "Route"],
      [
        ["2027-03", 4, "Overseas"],
        ["2027-06", "a few", "NQSW"],
      ],
    );
    await openScenarios(host);
    await screen.findByText(/^The cohorts on the sheet "Cohorts" were not put in the form/);
    screen.getByText(/cohorts row 3: fte/);
    screen.getByText(/^No cohorts yet/);
    expect(field(/^Establishment/).value).toBe("6.5");
  });

  it("opens the sheet a run writes", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await setText(field(/^Scenario name/), "Plan A");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    await screen.findByText(/written to the sheet "Scenario – Plan A"/);
    await waitFor(() =>
      expect(host.selections.at(-1)).toEqual({ sheet: "Scenario – Plan A", address: "A1" }),
    );
  });

  it("refuses a cohort before the start month or after the horizon, naming the cohort", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await setText(field("Start month (YYYY-MM)"), "2026-04");
    await user.click(screen.getByText("Add cohort"));
    await setText(field("Cohort 1 month (YYYY-MM)"), "2026-01");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /^Cohort 1: month 2026-01 is before the start month 2026-04/,
    );
    await setText(field("Cohort 1 month (YYYY-MM)"), "2028-04");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /^Cohort 1: month 2028-04 is after the projection's last month, 2028-03/,
    );
    expect(host.calls.filter((c) => c.method === "addSheet")).toEqual([]);
  });

  it("takes a cohort's own turnover and first contract in the form, naming the field at fault", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await setText(field("Start month (YYYY-MM)"), "2026-04");
    await setText(field(/^Scenario name/), "Overseas");
    await user.click(screen.getByText("Add cohort"));
    await setText(field("Cohort 1 month (YYYY-MM)"), "2026-06");
    await setText(field("Cohort 1 annual turnover % (optional)"), "150");
    await user.click(screen.getByText("Save scenario"));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Cohort 1 annual turnover: enter a percentage from 0 to 100, or leave it blank.",
    );
    await setText(field("Cohort 1 annual turnover % (optional)"), "20");
    await setText(field("Cohort 1 first contract months (optional)"), "24");
    await setText(field("Cohort 1 leaving at contract end % (optional)"), "30");
    await user.click(screen.getByText("Save scenario"));
    await screen.findByText('Scenario "Overseas" saved in this workbook.');
    const text = host.settings.get(SCENARIOS_SETTING) ?? "";
    const store = JSON.parse(text) as { data: { scenarios: { cohorts: unknown }[] } };
    expect(store.data.scenarios[0].cohorts).toEqual([
      {
        month: "2026-06",
        fte: 1,
        kind: "international",
        annualTurnover: 0.2,
        retentionMonths: 24,
        leaveAtContractEnd: 0.3,
      },
    ]);
  });

  it("keeps scenario names unique, and a rename renames the entry", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await saveAs("Plan A");
    await screen.findByText('Scenario "Plan A" saved in this workbook.');
    await saveAs("plan a");
    expect((await screen.findByRole("alert")).textContent).toBe(
      'Scenario name: another saved scenario is already called "Plan A". Choose another name.',
    );
    expect(saved(host).map((s) => s.name)).toEqual(["Plan A"]);

    await user.click(screen.getByRole("button", { name: "Open Plan A" }));
    await setText(field(/^Scenario name/), "Plan B");
    await user.click(screen.getByText("Save scenario"));
    await screen.findByText('Scenario "Plan A" renamed "Plan B" and saved in this workbook.');
    expect(saved(host).map((s) => s.name)).toEqual(["Plan B"]);
  });

  it("no longer lists sheets built from assumptions the scenario has since changed", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await setText(field(/^Scenario name/), "Plan A");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    await screen.findByText(/written to the sheet "Scenario – Plan A"/);
    await setText(field(/Annual turnover/), "20");
    await user.click(screen.getByText("Save scenario"));
    await screen.findByText(/"Scenario – Plan A" show "Plan A" before this change/);
    expect(saved(host)).toEqual([expect.objectContaining({ name: "Plan A", sheets: [] })]);
    expect(host.sheets.map((s) => s.name)).toContain("Scenario – Plan A");
  });

  it("says which sheets a delete would remove, and leaves them unless asked", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await setText(field(/^Scenario name/), "Plan A");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    await screen.findByText(/written to the sheet "Scenario – Plan A"/);
    await user.click(screen.getByRole("button", { name: "Delete Plan A" }));
    const confirm = screen.getByRole("group", { name: "Delete Plan A?" });
    await within(confirm).findByText(/Also delete its sheets: Scenario – Plan A/);
    await user.click(screen.getByRole("button", { name: "Confirm delete Plan A" }));
    await screen.findByText(
      'Scenario "Plan A" deleted. Its sheets stay in the workbook: Scenario – Plan A.',
    );
    expect(host.calls.filter((c) => c.method === "deleteSheet")).toEqual([]);
    expect(host.sheets.map((s) => s.name)).toContain("Scenario – Plan A");
  });

  it("keeps a sheet the user changed even when its sheets are to go, unless that is asked too", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await setText(field(/^Scenario name/), "Plan A");
    for (const sheet of ["Scenario – Plan A", "Scenario – Plan A (2)"]) {
      await user.click(screen.getByText("Run scenario to a new sheet"));
      await screen.findByText(`Scenario "Plan A" written to the sheet "${sheet}".`);
    }
    // The user adds a note of their own on the first sheet, after the run.
    host.sheet("Scenario – Plan A").cells.set("Z60", "Checked with finance, keep");
    await user.click(screen.getByRole("button", { name: "Delete Plan A" }));
    const confirm = screen.getByRole("group", { name: "Delete Plan A?" });
    const asWritten = await within(confirm).findByRole("checkbox", {
      name: "Also delete its sheets: Scenario – Plan A (2) (as the pane wrote them)",
    });
    within(confirm).getByRole("checkbox", {
      name: "Also delete the sheets changed since the pane wrote them: Scenario – Plan A (your changes on them are lost)",
    });
    await user.click(asWritten);
    await user.click(screen.getByRole("button", { name: "Confirm delete Plan A" }));
    await screen.findByText(
      'Scenario "Plan A" and the sheets Scenario – Plan A (2) deleted. These stay in the workbook: Scenario – Plan A (changed since the pane wrote it).',
    );
    expect(host.calls.filter((c) => c.method === "deleteSheet").map((c) => c.args[0])).toEqual([
      "Scenario – Plan A (2)",
    ]);
    expect(host.sheet("Scenario – Plan A").cells.get("Z60")).toBe("Checked with finance, keep");
  });

  it("deletes a changed sheet only when that box is ticked", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await setText(field(/^Scenario name/), "Plan B");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    await screen.findByText(/written to the sheet "Scenario – Plan B"/);
    host.sheet("Scenario – Plan B").cells.set("B2", "edited title");
    await user.click(screen.getByRole("button", { name: "Delete Plan B" }));
    await user.click(
      await screen.findByRole("checkbox", { name: /^Also delete the sheets changed since/ }),
    );
    expect(screen.queryByRole("checkbox", { name: /^Also delete its sheets/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Confirm delete Plan B" }));
    await screen.findByText('Scenario "Plan B" and its sheets deleted.');
    expect(host.sheets.map((s) => s.name)).not.toContain("Scenario – Plan B");
  });

  it("marks Monte Carlo bands out of date once the form changes or a run is refused", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await setText(field("Months to project"), "6");
    await user.click(screen.getByRole("button", { name: "Monte Carlo bands" }));
    const heading = await screen.findByRole(
      "heading",
      { name: /^Monte Carlo bands/ },
      { timeout: 30_000 },
    );
    expect(heading.textContent).not.toMatch(/out of date/);
    await setText(field("Months to project"), "");
    await user.click(screen.getByRole("button", { name: "Monte Carlo bands" }));
    await screen.findByRole("alert");
    expect(heading.textContent).toMatch(/out of date/);
    screen.getByText(/Out of date: the form has changed since these bands were run/);
    await setText(field("Months to project"), "6");
    await waitFor(() => expect(heading.textContent).not.toMatch(/out of date/));
  });
});
