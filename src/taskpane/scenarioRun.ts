/**
 * Running a scenario to a new sheet. The scenario is never changed: the run gives back a new
 * one listing the sheet, and one listing the half-written sheet when a write fails part way,
 * so deleting the scenario still removes it. A written sheet's fingerprint goes with it
 * (./sheetPrint), so a delete leaves the sheet alone once the user has changed it.
 */
import { project } from "../core/planning";
import type { WorkbookHost } from "../workbook/types";
import { withSheet, type SavedScenario } from "./scenarios";
import { readSheetPrint } from "./sheetPrint";
import { writeScenarioSheet } from "./scenarioWriter";
import type { Targets } from "./targets";

export type ScenarioRun =
  | { ok: true; sheet: string; scenario: SavedScenario }
  | { ok: false; error: unknown; scenario: SavedScenario };

export async function runScenarioToSheet(
  host: WorkbookHost,
  scenario: SavedScenario,
  targets: Targets,
  liveFormula: boolean,
): Promise<ScenarioRun> {
  let added: string | null = null;
  try {
    const rows = project(scenario.assumptions, scenario.cohorts, scenario.months);
    const sheet = await writeScenarioSheet(host, scenario, rows, targets, {
      liveFormula,
      onSheetAdded: (name) => (added = name),
    });
    // The sheet as written, so a later delete can tell whether the user has changed it.
    const print = await readSheetPrint(host, sheet);
    return { ok: true, sheet, scenario: withSheet(scenario, sheet, print ?? undefined) };
  } catch (error) {
    if (added === null) return { ok: false, error, scenario };
    // The half-written sheet is the pane's alone so far: fingerprint it as it is.
    const print = await readSheetPrint(host, added);
    return { ok: false, error, scenario: withSheet(scenario, added, print ?? undefined) };
  }
}
