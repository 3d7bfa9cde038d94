/**
 * "Plan against actual" on the Scenarios tab: approve a saved scenario as the plan (a frozen
 * copy kept in the workbook) and record each month's actuals from the dashboard's totals.
 * The workbook writing lives in ../planTracking.ts; this component asks before replacing.
 */
import { Button, Field, Input, Select, Text, makeStyles } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { parseMonth } from "../../core/planning";
import type { StaffingSummary } from "../../core/summary";
import type { WorkbookHost } from "../../workbook/types";
import type { Notice } from "../notices";
import { messageOf } from "../errors";
import { actualsFromSummary, recordActuals } from "../actualsSheet";
import { approvePlan } from "../approvedPlanSheet";
import {
  ACTUALS_SETTING,
  APPROVED_PLAN_SETTING,
  NO_ACTUALS,
  loadActuals,
  loadApprovedPlan,
  monthText,
  type ActualsRecord,
  type ActualsStore,
  type ApprovedPlan,
} from "../planTrackingStore";
import { readSetting } from "../savedSetting";
import { SCENARIOS_SETTING, loadScenarios, type SavedScenario } from "../scenarios";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: "8px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  field: { minWidth: 0, flexGrow: 1, flexBasis: "140px" },
  // Fluent's Input keeps a minimum width of its own; let it shrink with the pane.
  input: { minWidth: 0, width: "100%" },
});

export interface PlanTrackingProps {
  host: WorkbookHost;
  summary: StaffingSummary | null;
  notify: (notice: Notice) => void;
  /** Today, for the approval and recording dates (tests fix it). */
  now?: () => Date;
}

export function PlanTracking({ host, summary, notify, now = () => new Date() }: PlanTrackingProps) {
  const styles = useStyles();
  const [scenarios, setScenarios] = useState<SavedScenario[]>([]);
  const [chosen, setChosen] = useState("");
  const [plan, setPlan] = useState<ApprovedPlan | null>(null);
  const [actuals, setActuals] = useState<ActualsStore>(NO_ACTUALS);
  const [month, setMonth] = useState(() => monthText(now()));
  const [busy, setBusy] = useState(false);
  const [confirmApprove, setConfirmApprove] = useState(false);
  const [existing, setExisting] = useState<ActualsRecord | null>(null);

  const warn = useCallback((text: string) => notify({ intent: "warning", text }), [notify]);

  // The Scenarios section above reports damaged saved scenarios; this list takes what it can read.
  const loadScenarioList = useCallback(async () => {
    const result = loadScenarios(await host.getSetting(SCENARIOS_SETTING));
    setScenarios(result.value.scenarios);
    setChosen((id) =>
      result.value.scenarios.some((s) => s.id === id) ? id : (result.value.scenarios[0]?.id ?? ""),
    );
  }, [host]);

  useEffect(() => {
    let live = true;
    Promise.all([
      readSetting(
        host,
        APPROVED_PLAN_SETTING,
        loadApprovedPlan,
        warn,
        "No plan counts as approved.",
      ),
      readSetting(host, ACTUALS_SETTING, loadActuals, warn, "Recording starts a new Actuals list."),
      loadScenarioList(),
    ]).then(
      ([planResult, actualsResult]) => {
        if (!live) return;
        setPlan(planResult.value);
        setActuals(actualsResult.value);
      },
      (e: unknown) => live && notify({ intent: "error", text: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [host, notify, warn, loadScenarioList]);

  const approve = async () => {
    const scenario = scenarios.find((s) => s.id === chosen);
    if (!scenario) return;
    setConfirmApprove(false);
    setBusy(true);
    try {
      const result = await approvePlan(host, scenario, actuals, now());
      setPlan(result.plan);
      setActuals(result.actuals);
      await host.selectRange(result.plan.comparisonSheet, "A1");
      notify({
        intent: "success",
        text: `"${scenario.name}" is the approved plan (${result.plan.approvedOn}): sheets "${result.plan.planSheet}" and "${result.plan.comparisonSheet}".`,
      });
    } catch (e) {
      notify({ intent: "error", text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  const record = async (replace: boolean) => {
    if (!summary) return;
    setExisting(null);
    setBusy(true);
    try {
      const outcome = await recordActuals(
        host,
        actuals,
        actualsFromSummary(summary, month, now()),
        replace,
      );
      if (outcome.kind === "exists") {
        setExisting(outcome.existing);
        return;
      }
      setActuals(outcome.store);
      notify({
        intent: "success",
        text: `${outcome.replaced ? "Replaced" : "Recorded"} the actuals for ${month} on "${outcome.store.sheet ?? "Actuals"}".`,
      });
    } catch (e) {
      notify({ intent: "error", text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  const validMonth = parseMonth(month) !== null && /^\d{4}-\d{2}$/.test(month);
  return (
    <section
      className={styles.section}
      aria-labelledby="plan-tracking-heading"
      // Scenarios are saved by the section above: read the list again as the user comes here.
      onPointerEnter={() => void loadScenarioList()}
    >
      <Text as="h2" id="plan-tracking-heading" size={400} weight="semibold">
        Plan against actual
      </Text>
      <Text size={200}>
        {plan
          ? `Approved plan: "${plan.scenarioName}", approved on ${plan.approvedOn} (${plan.months} months). ${actuals.records.length} month${actuals.records.length === 1 ? "" : "s"} of actuals recorded.`
          : "No approved plan yet. Approve a saved scenario to track actual figures against it each month."}
      </Text>
      <div className={styles.row}>
        <Field label="Scenario to approve" className={styles.field}>
          <Select
            value={chosen}
            // Scenarios are saved by the form above: read the list again whenever it is opened.
            onFocus={() => void loadScenarioList()}
            onMouseDown={() => void loadScenarioList()}
            onChange={(_, d) => setChosen(d.value)}
          >
            {scenarios.length === 0 && <option value="">Save a scenario first</option>}
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        {confirmApprove ? (
          <>
            <Button appearance="primary" onClick={() => void approve()} disabled={busy}>
              Replace the approved plan
            </Button>
            <Button onClick={() => setConfirmApprove(false)}>Keep the current plan</Button>
          </>
        ) : (
          <Button
            disabled={busy || chosen === ""}
            onClick={() => (plan ? setConfirmApprove(true) : void approve())}
          >
            Approve as plan
          </Button>
        )}
      </div>
      {confirmApprove && plan && (
        <Text size={200} role="alert">
          &quot;{plan.scenarioName}&quot; (approved {plan.approvedOn}) is the approved plan.
          Approving another writes new plan sheets; the earlier ones stay as they are.
        </Text>
      )}
      <div className={styles.row}>
        <Field
          label="Month of the actuals"
          className={styles.field}
          validationMessage={validMonth ? undefined : "A month such as 2026-12."}
        >
          <Input
            className={styles.input}
            value={month}
            onChange={(_, d) => setMonth(d.value.trim())}
          />
        </Field>
        <Button disabled={busy || !summary || !validMonth} onClick={() => void record(false)}>
          Record this month&apos;s actuals
        </Button>
      </div>
      {!summary && (
        <Text size={200}>Actuals come from the dashboard: read a staffing list first.</Text>
      )}
      {existing && (
        <div className={styles.row} role="alert">
          <Text size={200}>
            {existing.month} was recorded on {existing.recordedOn}. Replace it with the
            dashboard&apos;s figures now?
          </Text>
          <Button appearance="primary" onClick={() => void record(true)} disabled={busy}>
            Replace {existing.month}
          </Button>
          <Button onClick={() => setExisting(null)}>Keep {existing.month}</Button>
        </div>
      )}
    </section>
  );
}
