/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as planning from "../../src/core/planning";
import { mountTaskPane } from "../../src/taskpane/mount";
import { SCENARIOS_SETTING } from "../../src/taskpane/scenarios";
import { WorkbookError, type TableSpec } from "../../src/workbook/types";
import type { FakeHost } from "./fakeHost";
import { hostWithStaff, renderPane } from "./support";

jest.mock("../../src/core/planning", () => {
  const actual =
    jest.requireActual<typeof import("../../src/core/planning")>("../../src/core/planning");
  return { ...actual, monteCarloAsync: jest.fn(actual.monteCarloAsync) };
});

jest.setTimeout(90_000);
const user = userEvent.setup({ delay: null });
const USER_SHEETS = ["Staff", "Notes"];

async function openScenarios(host: FakeHost) {
  renderPane(host);
  await screen.findByText(/7 rows read/);
  await user.click(screen.getByRole("tab", { name: "Scenarios" }));
  await screen.findByText("No saved scenarios yet.");
}

/** By label, not role: role queries over a form this size are very slow in jsdom. */
function field(name: string | RegExp): HTMLInputElement {
  return screen.getByLabelText<HTMLInputElement>(name);
}

async function setText(element: HTMLElement, value: string) {
  await user.clear(element);
  if (value !== "") await user.type(element, value);
}

function savedScenarioNames(host: FakeHost): string[] {
  const saved = JSON.parse(host.settings.get(SCENARIOS_SETTING) ?? "null") as {
    version: number;
    data: { scenarios: { name: string; sheets: string[] }[] };
  };
  expect(saved.version).toBe(1);
  return saved.data.scenarios.map((s) => s.name);
}

describe("scenario modeller", () => {
  it("is pre-filled from the dashboard's figures and validates with messages naming the field", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    // Establishment = 3.5 in post + 3 vacancies (2 empty posts, 1 held by an agency worker).
    expect(field(/Establishment/).value).toBe("6.5");
    expect(field(/Permanent in post/).value).toBe("3.5");
    expect(field(/Agency workers/).value).toBe("1");
    expect(field(/Open cases/).value).toBe("67");

    await setText(field(/^Scenario name/), "");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    expect((await screen.findByRole("alert")).textContent).toBe("Scenario name: enter a name.");

    await setText(field(/^Scenario name/), "Plan A");
    await setText(field(/Annual turnover/), "250");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /^Annual turnover \(%\): must be at least 0 and at most 1/,
    );

    await setText(field(/Annual turnover/), "12");
    await user.click(screen.getByText("Add cohort"));
    await setText(field("Cohort 1 FTE"), "");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    expect((await screen.findByRole("alert")).textContent).toBe("Cohort 1 FTE: enter a number.");
    await setText(field("Cohort 1 FTE"), "21");
    await setText(field("Cohort 1 month (YYYY-MM)"), "2027-13");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /^Cohort 1: month must be a month/,
    );

    // Nothing was written while the form was invalid.
    expect(
      host.calls.filter((c) => ["addSheet", "writeTable", "setSetting"].includes(c.method)),
    ).toEqual([]);
  });

  it("runs a scenario to a new sheet: assumptions, cohorts and projection tables, two line charts, saved in settings", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await setText(field(/^Scenario name/), "Plan A");
    await setText(field("Start month (YYYY-MM)"), "2026-01");
    await user.click(screen.getByText("Add cohort"));
    await setText(field("Cohort 1 FTE"), "2");
    await user.selectOptions(field("Cohort 1 kind"), "asye");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    await screen.findByText('Scenario "Plan A" written to the sheet "Scenario – Plan A".');

    const sheet = host.sheet("Scenario – Plan A");
    expect(sheet.tables.map((t) => t.name)).toEqual([
      "Assumptions_Plan_A",
      "Cohorts_Plan_A",
      "Snapshot_Plan_A",
    ]);
    const writes = host.calls
      .filter((c) => c.method === "writeTable")
      .map((c) => c.args[1] as TableSpec);
    // The values when run are kept in a table labelled as a snapshot, under the live blocks.
    const projection = writes.find((t) => t.name === "Snapshot_Plan A");
    const [snapshotLabel] = [...sheet.cells.entries()].filter(
      ([, v]) => typeof v === "string" && v.startsWith("Snapshot:"),
    );
    expect(snapshotLabel[1]).toMatch(
      /^Snapshot: the projection's values when the scenario was run \(\d{4}-\d{2}-\d{2}\)\. They do not change when you edit the tables above; the live projection and the charts do\.$/,
    );
    const snapshotRow = Number(/\d+$/.exec(snapshotLabel[0])?.[0]);
    expect(projection?.topLeft).toBe(`A${snapshotRow + 1}`);
    expect(projection?.rows).toHaveLength(24);
    expect(projection?.rows[0][0]).toBe("2026-01");
    expect(projection?.rows[23][0]).toBe("2027-12");
    // Values match the planning engine for the same inputs.
    const expected = planning.project(
      {
        ...planning.DEFAULT_ASSUMPTIONS,
        establishmentFte: 5.5,
        inPostFte: 3.5,
        agencyFte: 1,
        cases: 67,
        startMonth: "2026-01",
        annualTurnover: 0.2857, // 28.57%, as the form shows it
        absenceRate: 0.0169, // 1.69%
        caseHoldingShare: 1,
        targetCaseload: 16,
        targetVacancyRate: 0.24,
      },
      [{ month: "2026-01", fte: 2, kind: "asye" }],
      24,
    );
    expect(projection?.rows[11][1]).toBeCloseTo(expected[11].inPostFte, 3);
    expect(projection?.rows[11][10]).toBeCloseTo(expected[11].caseloadPerWorker ?? NaN, 3);
    const cohorts = writes.find((t) => t.name === "Cohorts_Plan A");
    expect(cohorts?.headers).toEqual([
      "Month",
      "FTE",
      "Kind",
      "Ramp-up months",
      "Annual turnover",
      "Retention months",
      "Leave at contract end",
      "Label",
    ]);
    expect(cohorts?.rows).toEqual([["2026-01", 2, "asye", null, null, null, null, null]]);

    expect(sheet.charts.map((c) => c.title)).toEqual([
      "Caseload per worker – Plan A",
      "Vacancy rate – Plan A",
      "Cost against budget – Plan A",
    ]);
    expect(sheet.charts[0].series.map((s) => s.name)).toEqual(["Caseload per worker"]);
    // The caseload band is a band of the chart (drawn shaded), from the table's band columns.
    expect(sheet.charts[0].band?.name).toBe("Caseload band (13–16)");
    expect(sheet.charts[1].series.map((s) => s.name)).toEqual(["Vacancy rate", "Target"]);
    // The band lines are the caseload targets, 13 and 16, on every row.
    expect(projection?.rows.every((r) => r[13] === 13 && r[14] === 16)).toBe(true);
    // The live formula points at the assumptions and cohorts tables on the same sheet.
    const [live] = [...sheet.cells.entries()].filter(
      ([, v]) => typeof v === "string" && v.startsWith("=WORKFORCE.PROJECT("),
    );
    expect(live).toEqual(["A38", "=WORKFORCE.PROJECT($A$5:$B$34,$D$4:$K$5,24)"]);
    // The charts follow the live projection: its spill (header on row 38, 24 months below), and
    // the band and target columns written beside it, not the snapshot table.
    expect(sheet.charts[0].categoriesAddress).toBe("A39:A62");
    expect(sheet.charts[0].series[0].valuesAddress).toBe("K39:K62");
    expect(sheet.charts[0].band).toMatchObject({ lowAddress: "N39:N62", highAddress: "O39:O62" });
    expect(sheet.charts[1].series.map((s) => s.valuesAddress)).toEqual(["G39:G62", "P39:P62"]);
    expect(["N38", "O38", "P38", "N39", "O62", "P62"].map((a) => sheet.cells.get(a))).toEqual([
      "Caseload band low",
      "Caseload band high",
      "Vacancy rate target",
      13,
      16,
      0.24,
    ]);
    expect(snapshotRow).toBeGreaterThan(62);
    // The spill shows formatted as the snapshot does: its formats are set before it fills the
    // cells, except on column A, where "@" would turn the formula itself into text.
    const formats = sheet.formats ?? new Map<string, string>();
    expect(
      ["A38", "A39", "B39", "G62", "K39", "L39", "N39", "P62"].map((a) => formats.get(a)),
    ).toEqual([undefined, undefined, "0.0", "0.0%", "0.0", "£#,##0", "0", "0.0%"]);
    expect(savedScenarioNames(host)).toEqual(["Plan A"]);
  });

  it("never changes a cell outside its own sheets when scenarios are run, saved, compared and deleted", async () => {
    const host = hostWithStaff();
    const before = host.snapshot(USER_SHEETS);
    await openScenarios(host);

    await setText(field(/^Scenario name/), "Plan A");
    await user.click(screen.getByText("Run scenario to a new sheet"));
    await screen.findByText(/written to the sheet "Scenario – Plan A"/);
    await user.click(screen.getByRole("button", { name: "New scenario" }));
    await setText(field(/^Scenario name/), "Plan B");
    await setText(field(/Agency workers/), "0");
    await user.click(screen.getByText("Save scenario"));
    await screen.findByText('Scenario "Plan B" saved in this workbook.');
    // A user sheet that happens to share a name pattern is still the user's.
    host.addUserSheet("Scenario – Plan B", ["Mine"], [["keep me"]]);
    const userSheets = [...USER_SHEETS, "Scenario – Plan B"];
    const beforeAll = host.snapshot(userSheets);
    await user.click(screen.getByText("Run scenario to a new sheet"));
    await screen.findByText(/written to the sheet "Scenario – Plan B \(2\)"/);

    await user.click(screen.getByRole("checkbox", { name: "Compare Plan A" }));
    await user.click(screen.getByRole("checkbox", { name: "Compare Plan B" }));
    await user.click(screen.getByRole("button", { name: /Compare selected \(2\)/ }));
    await screen.findByText(/Comparison written to the sheet "Comparison – Plan A, Plan B"/);
    const comparison = host.sheet("Comparison – Plan A, Plan B");
    expect(comparison.tables.map((t) => t.name)).toEqual(["Comparison", "Budget_comparison"]);
    expect(comparison.charts.map((c) => c.title)).toEqual([
      "Caseload per worker",
      "Vacancy rate",
      "Total cost by financial year",
    ]);
    expect(comparison.tables[1].headers).toEqual([
      "Financial year",
      "Total cost – Plan A",
      "Total cost – Plan B",
      "Variance – Plan A",
      "Variance – Plan B",
    ]);
    expect(comparison.tables[0].headers.slice(0, 3)).toEqual([
      "Month",
      "Caseload – Plan A",
      "Caseload – Plan B",
    ]);

    await user.click(screen.getByRole("button", { name: "Duplicate Plan A" }));
    await screen.findByRole("checkbox", { name: "Compare Plan A (copy)" });

    await user.click(screen.getByRole("button", { name: "Delete Plan B" }));
    // Its sheets go only when asked (issue 12: a user may have edited them).
    await user.click(await screen.findByRole("checkbox", { name: /^Also delete its sheets/ }));
    await user.click(screen.getByRole("button", { name: "Confirm delete Plan B" }));
    await screen.findByText('Scenario "Plan B" and its sheets deleted.');
    expect(host.calls.filter((c) => c.method === "deleteSheet").map((c) => c.args[0])).toEqual([
      "Scenario – Plan B (2)",
    ]);

    // Every user sheet is still there with exactly the same cells; no write ever targeted them.
    expect(host.snapshot(userSheets)).toEqual(beforeAll);
    expect(host.snapshot(USER_SHEETS)).toEqual(before);
    expect(host.writes.filter((w) => userSheets.includes(w.sheet))).toEqual([]);
    expect(savedScenarioNames(host)).toEqual(["Plan A", "Plan A (copy)"]);
  });

  it("shows a failed write as a message and keeps the half-written sheet tracked so delete removes it", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await setText(field(/^Scenario name/), "Plan C");
    host.failNext = {
      method: "addChart",
      error: new WorkbookError(
        'Could not add the chart "Caseload per worker – Plan C": the workbook or sheet is protected or read-only.',
      ),
    };
    await user.click(screen.getByText("Run scenario to a new sheet"));
    await screen.findByText(/Could not add the chart .* protected or read-only/);
    await waitFor(() =>
      expect(host.settings.get(SCENARIOS_SETTING)).toContain("Scenario – Plan C"),
    );
    await user.click(screen.getByRole("button", { name: "Delete Plan C" }));
    // Its sheets go only when asked (issue 12: a user may have edited them).
    await user.click(await screen.findByRole("checkbox", { name: /^Also delete its sheets/ }));
    await user.click(screen.getByRole("button", { name: "Confirm delete Plan C" }));
    await screen.findByText('Scenario "Plan C" and its sheets deleted.');
    expect(host.sheets.map((s) => s.name)).toEqual(USER_SHEETS);
  });

  it("saved scenarios survive a reload and can be re-opened and edited", async () => {
    const host = hostWithStaff();
    const container = document.createElement("div");
    document.body.appendChild(container);
    let unmount = () => {};
    act(() => {
      unmount = mountTaskPane(container, host);
    });
    try {
      await screen.findByText(/7 rows read/);
      await user.click(screen.getByRole("tab", { name: "Scenarios" }));
      await setText(field(/^Scenario name/), "Academy");
      await setText(field("Months to project"), "36");
      await user.click(screen.getByText("Save scenario"));
      await screen.findByText('Scenario "Academy" saved in this workbook.');
      act(() => unmount());

      act(() => {
        unmount = mountTaskPane(container, host);
      });
      await screen.findByText(/7 rows read/);
      await user.click(screen.getByRole("tab", { name: "Scenarios" }));
      await user.click(await screen.findByRole("button", { name: "Open Academy" }));
      screen.getByRole("heading", { name: 'Edit scenario "Academy"' });
      expect(field("Months to project").value).toBe("36");
      await setText(field("Months to project"), "12");
      await user.click(screen.getByText("Save scenario"));
      await screen.findByText('Scenario "Academy" saved in this workbook.');
      const saved = JSON.parse(host.settings.get(SCENARIOS_SETTING) ?? "") as {
        data: { scenarios: { months: number }[] };
      };
      expect(saved.data.scenarios.map((s) => s.months)).toEqual([12]);
    } finally {
      act(() => unmount());
      container.remove();
    }
  });

  it("one damaged saved scenario does not hide the others; its text is kept beside the setting", async () => {
    const host = hostWithStaff();
    const good = {
      id: "g",
      name: "Good plan",
      assumptions: {
        ...planning.DEFAULT_ASSUMPTIONS,
        establishmentFte: 10,
        inPostFte: 8,
        cases: 100,
        startMonth: "2026-01",
      },
      cohorts: [{ month: "2026-03", fte: 1, kind: "permanent", label: "=HYPERLINK(1)" }],
      months: 12,
      sheets: [],
      updatedAt: "",
    };
    const damaged = JSON.stringify({
      version: 1,
      data: {
        scenarios: [good, { id: "x", name: "Broken", assumptions: { inPostFte: "many" } }],
      },
    });
    host.settings.set(SCENARIOS_SETTING, damaged);
    renderPane(host);
    await screen.findByText(/7 rows read/);
    await user.click(screen.getByRole("tab", { name: "Scenarios" }));
    await screen.findByText("Saved scenarios could not all be read");
    screen.getByText(
      /Some of the saved scenarios could not be read and are not used: "Broken".*The rest are.*kept unchanged/s,
    );
    screen.getByRole("button", { name: "Open Good plan" });
    await user.click(screen.getByRole("tab", { name: "Dashboard" }));
    await user.click(screen.getByRole("tab", { name: "Scenarios" }));
    expect(host.settings.get(SCENARIOS_SETTING)).toBe(damaged);
    expect(host.settings.get(`${SCENARIOS_SETTING}.damaged`)).toBe(damaged);
  });

  it("shows Monte Carlo progress and cancels with the Cancel button", async () => {
    const mocked = jest.mocked(planning.monteCarloAsync);
    mocked.mockImplementationOnce((_a, _c, options) => {
      options?.onProgress?.(250, 1000);
      return new Promise((_resolve, reject) => {
        options?.signal?.addEventListener("abort", () => reject(planning.abortError()));
      });
    });
    const host = hostWithStaff();
    await openScenarios(host);
    await user.click(screen.getByRole("button", { name: "Monte Carlo bands" }));
    const progress = await screen.findByRole("progressbar");
    expect(progress.getAttribute("aria-valuenow")).toBe("250");
    screen.getByText("Monte Carlo: 250 of 1,000 runs");
    await user.click(screen.getByRole("button", { name: "Cancel Monte Carlo" }));
    await screen.findByText("Monte Carlo run cancelled.");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows the Monte Carlo bands when the run completes", async () => {
    const host = hostWithStaff();
    await openScenarios(host);
    await user.click(screen.getByRole("button", { name: "Monte Carlo bands" }));
    const table = await screen.findByRole(
      "table",
      { name: /Monte Carlo bands \(1,000 runs\)/ },
      { timeout: 20_000 },
    );
    expect(within(table).getAllByRole("row").length).toBeGreaterThan(2);
  });
});
