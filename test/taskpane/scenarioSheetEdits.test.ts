/**
 * Telling a scenario sheet the user changed from one as the pane wrote it, on every host: the
 * fingerprint taken after a run is stable while nobody touches the sheet (live formula and all),
 * changes with any edit, and a delete removes only what was asked, looking again when it runs.
 */
import { DEFAULT_ASSUMPTIONS } from "../../src/core/planning";
import { deleteScenarioSheets, deletedMessage } from "../../src/taskpane/scenarioDelete";
import { runScenarioToSheet } from "../../src/taskpane/scenarioRun";
import { loadScenarios, type SavedScenario } from "../../src/taskpane/scenarios";
import { readSheetPrint, sheetStates } from "../../src/taskpane/sheetPrint";
import { DEFAULT_TARGET_VALUES } from "../../src/taskpane/targets";
import { HARNESSES } from "../workbook/hostHarnesses";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", Outlook: "outlook", Word: "word", PowerPoint: "powerpoint" },
}));

const scenario: SavedScenario = {
  id: "s1",
  name: "Plan A",
  assumptions: {
    ...DEFAULT_ASSUMPTIONS,
    establishmentFte: 50,
    inPostFte: 40,
    cases: 600,
    startMonth: "2026-01",
  },
  cohorts: [{ month: "2026-04", fte: 3, kind: "asye", label: "=1+1 (text)" }],
  months: 12,
  sheets: [],
  updatedAt: "",
};

describe.each(HARNESSES)("%s", (_name, makeHarness) => {
  async function runTwice() {
    const h = makeHarness();
    const first = await runScenarioToSheet(h.host, scenario, DEFAULT_TARGET_VALUES, true);
    if (!first.ok) throw first.error;
    const second = await runScenarioToSheet(h.host, first.scenario, DEFAULT_TARGET_VALUES, true);
    if (!second.ok) throw second.error;
    return { h, saved: second.scenario, sheets: [first.sheet, second.sheet] };
  }

  it("fingerprints each sheet as run, and the print holds while nobody edits it", async () => {
    const { h, saved, sheets } = await runTwice();
    expect(saved.sheets).toEqual(sheets);
    for (const sheet of sheets) {
      expect(saved.sheetPrints?.[sheet]).toMatch(/^A1:[A-Z]+\d+:[0-9a-f]{8}$/);
      expect(await readSheetPrint(h.host, sheet)).toBe(saved.sheetPrints?.[sheet]);
    }
    expect(await sheetStates(h.host, saved.sheets, saved.sheetPrints ?? {})).toEqual({
      unchanged: sheets,
      changed: [],
      gone: [],
    });
  });

  it("counts a sheet as changed after an edit, and one without a print as changed", async () => {
    const { h, saved, sheets } = await runTwice();
    await h.host.writeCells(sheets[0], "Z70", [["my note"]]);
    const { [sheets[1]]: _dropped, ...onlyFirst } = saved.sheetPrints ?? {};
    expect(await sheetStates(h.host, saved.sheets, onlyFirst)).toEqual({
      unchanged: [],
      changed: sheets,
      gone: [],
    });
  });

  it("deletes only what was asked, looking at the sheets again when it runs", async () => {
    const { h, saved, sheets } = await runTwice();
    // Changed after the confirmation listed both as unchanged: it is kept all the same.
    await h.host.writeCells(sheets[1], "Z70", [["edited meanwhile"]]);
    const outcome = await deleteScenarioSheets(h.host, saved, { unchanged: true, changed: false });
    expect(outcome).toEqual({ deleted: [sheets[0]], kept: [sheets[1]], changedKept: [sheets[1]] });
    expect(h.sheetNames()).not.toContain(sheets[0]);
    expect(h.value(sheets[1], "Z70")).toBe("edited meanwhile");
    expect(deletedMessage("Plan A", outcome)).toBe(
      `Scenario "Plan A" and the sheets ${sheets[0]} deleted. These stay in the workbook: ${sheets[1]} (changed since the pane wrote it).`,
    );
    const gone = await sheetStates(h.host, saved.sheets, saved.sheetPrints ?? {});
    expect(gone.gone).toEqual([sheets[0]]);
  });
});

describe("saved fingerprints", () => {
  const text = (sheetPrints: unknown) =>
    JSON.stringify({
      version: 1,
      data: {
        scenarios: [{ ...scenario, sheets: ["Scenario – Plan A"], sheetPrints }],
        comparisonSheets: [],
      },
    });

  it("load with the scenario; a damaged or foreign entry is dropped, never the scenario", () => {
    const ok = loadScenarios(text({ "Scenario – Plan A": "A1:B2:0000abcd", Other: "x" }));
    expect(ok.value.scenarios[0].sheetPrints).toEqual({ "Scenario – Plan A": "A1:B2:0000abcd" });
    const damaged = loadScenarios(text({ "Scenario – Plan A": 42 }));
    expect(damaged.value.scenarios[0].sheetPrints).toEqual({});
    const older = loadScenarios(text(undefined));
    expect(older.value.scenarios[0]).toMatchObject({ name: "Plan A", sheetPrints: {} });
  });
});
