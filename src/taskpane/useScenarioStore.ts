/**
 * The saved scenarios of this workbook: read once when the Scenarios tab opens, and changed
 * only by `update`, which saves the new store in the workbook before the pane shows it.
 */
import { useCallback, useEffect, useRef } from "react";
import type { WorkbookHost } from "../workbook/types";
import type { Notify } from "./notices";
import {
  loadScenarios,
  saveScenariosText,
  SCENARIOS_SETTING,
  type ScenarioStore,
} from "./scenarios";
import { useSavedSetting } from "./useSavedSetting";

export interface ScenarioStoreState {
  store: ScenarioStore;
  /** True once the saved scenarios have been read. */
  loaded: boolean;
  /** Saves `change(latest store)` in the workbook, then shows it. Rejects when saving fails. */
  update: (change: (store: ScenarioStore) => ScenarioStore) => Promise<ScenarioStore>;
}

export function useScenarioStore(host: WorkbookHost, notify: Notify): ScenarioStoreState {
  const saved = useSavedSetting(host, SCENARIOS_SETTING, loadScenarios, {
    notify,
    title: "Saved scenarios could not all be read",
    consequence: "",
  });
  const { value: store, setValue } = saved;
  // The latest store, so two changes in one workflow (run, then track a half-written sheet) compose.
  const latest = useRef(store);
  useEffect(() => {
    latest.current = store;
  }, [store]);

  const update = useCallback(
    async (change: (store: ScenarioStore) => ScenarioStore) => {
      const next = change(latest.current);
      await host.setSetting(SCENARIOS_SETTING, saveScenariosText(next));
      latest.current = next;
      setValue(next);
      return next;
    },
    [host, setValue],
  );
  return { store, loaded: saved.status === "loaded", update };
}
