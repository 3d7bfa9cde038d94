/**
 * Deleting a saved scenario's sheets: only sheets the add-in made for it, only those the user
 * asked to go, and a sheet changed since the pane wrote it only when that was asked too. The
 * sheets are looked at again when the delete runs, so a sheet changed after the confirmation
 * opened is kept.
 */
import type { WorkbookHost } from "../workbook/types";
import type { SavedScenario } from "./scenarios";
import { sheetStates } from "./sheetPrint";

export interface DeleteChoice {
  /** Delete the sheets unchanged since the pane wrote them. */
  unchanged: boolean;
  /** Delete the sheets changed since (the user's changes on them are lost). */
  changed: boolean;
}

export interface DeleteOutcome {
  deleted: string[];
  /** Sheets left in the workbook, and those of them the user had changed. */
  kept: string[];
  changedKept: string[];
}

export async function deleteScenarioSheets(
  host: WorkbookHost,
  scenario: SavedScenario,
  choice: DeleteChoice,
): Promise<DeleteOutcome> {
  const states = await sheetStates(host, scenario.sheets, scenario.sheetPrints ?? {});
  const deleted = [
    ...(choice.unchanged ? states.unchanged : []),
    ...(choice.changed ? states.changed : []),
  ];
  for (const sheet of deleted) await host.deleteSheet(sheet);
  const left = (sheets: string[]) => sheets.filter((s) => !deleted.includes(s));
  return {
    deleted,
    kept: [...left(states.unchanged), ...left(states.changed)],
    changedKept: left(states.changed),
  };
}

/** What the pane says once a scenario is deleted. */
export function deletedMessage(name: string, outcome: DeleteOutcome): string {
  const { deleted, kept, changedKept } = outcome;
  if (kept.length === 0)
    return deleted.length > 0
      ? `Scenario "${name}" and its sheets deleted.`
      : `Scenario "${name}" deleted.`;
  const keptText = kept
    .map((s) => (changedKept.includes(s) ? `${s} (changed since the pane wrote it)` : s))
    .join(", ");
  return deleted.length > 0
    ? `Scenario "${name}" and the sheets ${deleted.join(", ")} deleted. These stay in the workbook: ${keptText}.`
    : `Scenario "${name}" deleted. Its sheets stay in the workbook: ${keptText}.`;
}
