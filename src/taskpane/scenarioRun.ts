/**
 * Running a scenario to a new sheet. The scenario is never changed: the run gives back a new
 * one listing the sheet, and one listing the half-written sheet when a write fails part way,
 * so deleting the scenario still removes it.
 */
import { project } from "../core/planning";
import type { WorkbookHost } from "../workbook/types";
import { withSheet, type SavedScenario } from "./scenarios";
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
    return { ok: true, sheet, scenario: withSheet(scenario, sheet) };
  } catch (error) {
    return { ok: false, error, scenario: added === null ? scenario : withSheet(scenario, added) };
  }
}
