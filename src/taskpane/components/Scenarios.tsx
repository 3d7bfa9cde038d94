/**
 * The Scenarios tab: a form for assumptions and recruitment cohorts, run to a new sheet;
 * saved scenarios (open, duplicate, delete, compare 2–4); Monte Carlo bands with cancel.
 * The store, the Monte Carlo run and each part of the page live in their own modules.
 */
import { makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_PROJECTION_MONTHS, project } from "../../core/planning";
import type { StaffingSummary } from "../../core/summary";
import type { WorkbookHost } from "../../workbook/types";
import type { ScenarioPreset } from "../censusPlan";
import { messageOf } from "../errors";
import type { Notify } from "../notices";
import { assumptionsFromSummary, draftFrom, readDraft, type ScenarioDraft } from "../scenarioForm";
import { deleteScenarioSheets, deletedMessage, type DeleteChoice } from "../scenarioDelete";
import { runScenarioToSheet } from "../scenarioRun";
import {
  addComparisonSheet,
  dropScenario,
  newId,
  planKey,
  putScenario,
  samePlan,
  scenarioNamed,
  uniqueScenarioName,
  type SavedScenario,
} from "../scenarios";
import { writeComparisonSheet } from "../scenarioWriter";
import { sheetStates } from "../sheetPrint";
import type { Targets } from "../targets";
import { useCohortPrefill } from "../useCohortPrefill";
import { useMonteCarlo } from "../useMonteCarlo";
import { useScenarioStore } from "../useScenarioStore";
import { MonteCarloBands } from "./MonteCarloBands";
import { SavedScenarios } from "./SavedScenarios";
import { ScenarioForm } from "./ScenarioForm";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "8px" },
});

export function Scenarios({
  host,
  summary,
  targets,
  notify,
  preset = null,
}: {
  host: WorkbookHost;
  summary: StaffingSummary | null;
  targets: Targets;
  notify: Notify;
  /** Assumptions to start from instead of the dashboard's (e.g. "Plan from this census"). */
  preset?: ScenarioPreset | null;
}) {
  const styles = useStyles();
  const base = useMemo(() => assumptionsFromSummary(summary, targets), [summary, targets]);
  const { store, loaded, update } = useScenarioStore(host, notify);
  const prefill = useCohortPrefill(host, base);
  const monteCarlo = useMonteCarlo(notify);
  const [draft, setDraft] = useState<ScenarioDraft>(() =>
    preset
      ? draftFrom(preset.name, preset.assumptions, preset.cohorts)
      : draftFrom("Scenario 1", base, []),
  );
  const [touched, setTouched] = useState(preset !== null);
  const appliedPreset = useRef(preset?.stamp);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [liveFormula, setLiveFormula] = useState(true);
  const [compare, setCompare] = useState<string[]>([]);

  // A preset (from a census return) fills the form once per press; the user's edits then stand.
  useEffect(() => {
    if (!preset || appliedPreset.current === preset.stamp) return;
    appliedPreset.current = preset.stamp;
    setTouched(true);
    setProblem(null);
    setDraft(draftFrom(preset.name, preset.assumptions, preset.cohorts));
  }, [preset]);

  // Until the user edits the form, keep it in step with the dashboard and the workbook's cohorts.
  const prefilled = !touched && draft.id === null;
  const { draftFor } = prefill;
  useEffect(() => {
    if (prefilled) setDraft((d) => draftFor(d.name, Number(d.months) || DEFAULT_PROJECTION_MONTHS));
  }, [draftFor, prefilled]);

  const edit = (change: (d: ScenarioDraft) => ScenarioDraft) => {
    setTouched(true);
    setDraft(change);
  };

  /** Runs `work` with `what` shown as the pane's status; a failure becomes a message. */
  const withBusy = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    try {
      await work();
    } catch (e) {
      notify({ intent: "error", text: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  const runOrSave = async (action: "run" | "save") => {
    const result = readDraft(draft, base);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    const id = draft.id ?? newId();
    const clash = scenarioNamed(store, result.name, id);
    if (clash) {
      setProblem(
        `Scenario name: another saved scenario is already called "${clash.name}". Choose another name.`,
      );
      return;
    }
    setProblem(null);
    const earlier = store.scenarios.find((s) => s.id === id);
    // Sheets show the plan they were run from: a changed plan no longer lists them.
    const keepsSheets = earlier !== undefined && samePlan(earlier, result);
    const scenario: SavedScenario = {
      id,
      name: result.name,
      assumptions: result.assumptions,
      cohorts: result.cohorts,
      months: result.months,
      sheets: keepsSheets ? earlier.sheets : [],
      sheetPrints: keepsSheets ? earlier.sheetPrints : {},
      updatedAt: new Date().toISOString(),
    };
    if (earlier && !keepsSheets && earlier.sheets.length > 0) {
      notify({
        intent: "info",
        text: `The sheets ${earlier.sheets.map((n) => `"${n}"`).join(", ")} show "${earlier.name}" before this change, so they are no longer listed under it. They stay in the workbook as they are.`,
      });
    }
    const renamed = earlier !== undefined && earlier.name !== scenario.name;
    const save = async (saved: SavedScenario) => {
      await update((current) => putScenario(current, saved));
      setDraft((d) => ({ ...d, id }));
    };
    if (action === "save") {
      await withBusy("Saving the scenario…", async () => {
        notify({
          intent: "success",
          text: renamed
            ? `Scenario "${earlier.name}" renamed "${scenario.name}" and saved in this workbook.`
            : `Scenario "${scenario.name}" saved in this workbook.`,
        });
        await save(scenario);
      });
      return;
    }
    await withBusy("Writing the scenario to a new sheet…", async () => {
      const run = await runScenarioToSheet(host, scenario, targets, liveFormula);
      if (run.ok) {
        notify({
          intent: "success",
          text: `Scenario "${scenario.name}" written to the sheet "${run.sheet}".`,
        });
        await save(run.scenario);
        await host.selectRange(run.sheet, "A1");
        return;
      }
      notify({ intent: "error", text: messageOf(run.error) });
      // The sheet exists but is incomplete: keep it tracked so deleting the scenario removes it.
      if (run.scenario !== scenario) await save(run.scenario);
    });
  };

  const open = (s: SavedScenario) => {
    setTouched(true);
    setProblem(null);
    setDraft(draftFrom(s.name, s.assumptions, s.cohorts, s.months, s.id));
  };

  const duplicate = async (s: SavedScenario) => {
    const copy: SavedScenario = {
      ...s,
      id: newId(),
      name: uniqueScenarioName(store, `${s.name} (copy)`),
      sheets: [],
      sheetPrints: {},
      updatedAt: new Date().toISOString(),
    };
    try {
      await update((current) => putScenario(current, copy));
      open(copy);
    } catch (e) {
      notify({ intent: "error", text: messageOf(e) });
    }
  };

  const remove = (s: SavedScenario, choice: DeleteChoice) =>
    withBusy(`Deleting "${s.name}"…`, async () => {
      const outcome = await deleteScenarioSheets(host, s, choice);
      await update((current) => dropScenario(current, s.id));
      setCompare((c) => c.filter((id) => id !== s.id));
      if (draft.id === s.id) setDraft((d) => ({ ...d, id: null }));
      notify({ intent: "success", text: deletedMessage(s.name, outcome) });
    });

  const runComparison = () =>
    withBusy("Writing the comparison…", async () => {
      const chosen = store.scenarios.filter((s) => compare.includes(s.id));
      const sheet = await writeComparisonSheet(
        host,
        chosen.map((s) => ({
          name: s.name,
          rows: project(s.assumptions, s.cohorts, s.months),
          assumptions: s.assumptions,
          cohorts: s.cohorts,
        })),
        targets,
      );
      await update((current) => addComparisonSheet(current, sheet));
      notify({ intent: "success", text: `Comparison written to the sheet "${sheet}".` });
      await host.selectRange(sheet, "A1");
    });

  const runMonteCarlo = () => {
    const result = readDraft(draft, base);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(null);
    void monteCarlo.run(result);
  };

  // What the form as typed would run; null while it has a problem.
  const formKey = useMemo(() => {
    const result = readDraft(draft, base);
    return result.ok ? planKey(result) : null;
  }, [draft, base]);

  return (
    <div className={styles.stack}>
      <ScenarioForm
        draft={draft}
        prefillNote={prefilled ? prefill.note : null}
        onEdit={edit}
        problem={problem}
        busy={busy}
        liveFormula={liveFormula}
        onLiveFormula={setLiveFormula}
        onRun={() => void runOrSave("run")}
        onSave={() => void runOrSave("save")}
        onNew={() => {
          setTouched(false);
          setProblem(null);
          setDraft(draftFor(`Scenario ${store.scenarios.length + 1}`, DEFAULT_PROJECTION_MONTHS));
        }}
        onMonteCarlo={runMonteCarlo}
        monteCarloRunning={monteCarlo.progress !== null}
      />
      <MonteCarloBands
        progress={monteCarlo.progress}
        result={monteCarlo.result}
        cancel={monteCarlo.cancel}
        stale={monteCarlo.resultKey !== null && monteCarlo.resultKey !== formKey}
      />
      <SavedScenarios
        scenarios={store.scenarios}
        loaded={loaded}
        busy={busy !== null}
        compare={compare}
        onCompareChange={setCompare}
        onOpen={open}
        onDuplicate={(s) => void duplicate(s)}
        inspectSheets={(s) => sheetStates(host, s.sheets, s.sheetPrints ?? {})}
        onDelete={(s, choice) => void remove(s, choice)}
        onCompare={() => void runComparison()}
      />
    </div>
  );
}
