/**
 * The Scenarios tab: a form for assumptions and recruitment cohorts, run to a new sheet;
 * saved scenarios (open, duplicate, delete, compare 2–4); Monte Carlo bands with cancel.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  ProgressBar,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { isWorkforceError } from "../../core/errors";
import {
  AGENCY_POLICIES,
  COHORT_KINDS,
  DEFAULT_PROJECTION_MONTHS,
  DEFAULT_RUNS,
  MAX_PROJECTION_MONTHS,
  isAbortError,
  monteCarloAsync,
  project,
  type AgencyPolicy,
  type CohortKind,
  type MonteCarloResult,
} from "../../core/planning";
import type { StaffingSummary } from "../../core/summary";
import type { WorkbookHost } from "../../workbook/types";
import type { Notice } from "../App";
import { messageOf } from "../errors";
import { readSetting } from "../savedSetting";
import { formatNumber, formatPercent } from "../format";
import {
  FORM_FIELDS,
  POLICY_LABELS,
  openingLine,
  assumptionsFromSummary,
  COHORT_KIND_LABELS,
  draftFrom,
  readDraft,
  type ScenarioDraft,
} from "../scenarioForm";
import {
  EMPTY_STORE,
  MAX_SCENARIO_NAME,
  loadScenarios,
  newId,
  saveScenariosText,
  SCENARIOS_SETTING,
  type SavedScenario,
  type ScenarioStore,
} from "../scenarios";
import { writeComparisonSheet, writeScenarioSheet } from "../scenarioWriter";
import type { ScenarioPreset } from "../censusPlan";
import type { Targets } from "../targets";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "8px" },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
    gap: "8px",
    // Grid items default to their content's width; a long option text would overflow the pane.
    "& > *": { minWidth: 0 },
  },
  cohort: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))",
    gap: "6px",
    alignItems: "end",
    padding: "6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  saved: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
  },
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
  notify: (notice: Notice) => void;
  /** Assumptions to start from instead of the dashboard's (e.g. "Plan from this census"). */
  preset?: ScenarioPreset | null;
}) {
  const styles = useStyles();
  const base = useMemo(() => assumptionsFromSummary(summary, targets), [summary, targets]);
  const [store, setStore] = useState<ScenarioStore>(EMPTY_STORE);
  const [storeLoaded, setStoreLoaded] = useState(false);
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
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [mc, setMc] = useState<{ done: number; total: number } | null>(null);
  const [mcResult, setMcResult] = useState<MonteCarloResult | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    readSetting(
      host,
      SCENARIOS_SETTING,
      loadScenarios,
      (text) =>
        live && notify({ intent: "warning", title: "Saved scenarios could not all be read", text }),
      "",
    ).then(
      (result) => {
        if (!live) return;
        setStore(result.value);
        setStoreLoaded(true);
      },
      (e: unknown) => {
        if (live) notify({ intent: "error", text: messageOf(e) });
      },
    );
    return () => {
      live = false;
      abortRef.current?.abort();
    };
  }, [host, notify]);

  // A preset (from a census return) fills the form once per press; the user's edits then stand.
  useEffect(() => {
    if (!preset || appliedPreset.current === preset.stamp) return;
    appliedPreset.current = preset.stamp;
    setTouched(true);
    setProblem(null);
    setDraft(draftFrom(preset.name, preset.assumptions, preset.cohorts));
  }, [preset]);

  // Until the user edits the form, keep it in step with the dashboard's figures.
  useEffect(() => {
    if (!touched && draft.id === null)
      setDraft((d) => draftFrom(d.name, base, [], Number(d.months) || DEFAULT_PROJECTION_MONTHS));
  }, [base, touched, draft.id]);

  const edit = (change: (d: ScenarioDraft) => ScenarioDraft) => {
    setTouched(true);
    setDraft(change);
  };

  const persist = async (next: ScenarioStore) => {
    await host.setSetting(SCENARIOS_SETTING, saveScenariosText(next));
    setStore(next);
  };

  const run = async (action: "run" | "save") => {
    const result = readDraft(draft, base);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(null);
    setBusy(action === "run" ? "Writing the scenario to a new sheet…" : "Saving the scenario…");
    const id = draft.id ?? newId();
    const existing = store.scenarios.find((s) => s.id === id);
    const scenario: SavedScenario = {
      id,
      name: result.name,
      assumptions: result.assumptions,
      cohorts: result.cohorts,
      months: result.months,
      sheets: existing?.sheets ?? [],
      updatedAt: new Date().toISOString(),
    };
    const save = async () => {
      const scenarios = existing
        ? store.scenarios.map((s) => (s.id === id ? scenario : s))
        : [...store.scenarios, scenario];
      await persist({ ...store, scenarios });
      setDraft((d) => ({ ...d, id }));
    };
    let sheetAdded: string | null = null;
    try {
      if (action === "run") {
        const rows = project(result.assumptions, result.cohorts, result.months);
        const sheet = await writeScenarioSheet(host, scenario, rows, targets, {
          liveFormula,
          onSheetAdded: (name) => (sheetAdded = name),
        });
        scenario.sheets = [...scenario.sheets, sheet];
        notify({
          intent: "success",
          text: `Scenario "${scenario.name}" written to the sheet "${sheet}".`,
        });
      } else {
        notify({ intent: "success", text: `Scenario "${scenario.name}" saved in this workbook.` });
      }
      await save();
    } catch (e) {
      notify({ intent: "error", text: messageOf(e) });
      if (sheetAdded !== null && !scenario.sheets.includes(sheetAdded)) {
        // The sheet exists but is incomplete: keep it tracked so deleting the scenario removes it.
        scenario.sheets = [...scenario.sheets, sheetAdded];
        await save().catch((saveError: unknown) =>
          notify({ intent: "error", text: messageOf(saveError) }),
        );
      }
    } finally {
      setBusy(null);
    }
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
      name: `${s.name} (copy)`.slice(0, MAX_SCENARIO_NAME),
      sheets: [],
      updatedAt: new Date().toISOString(),
    };
    try {
      await persist({ ...store, scenarios: [...store.scenarios, copy] });
      open(copy);
    } catch (e) {
      notify({ intent: "error", text: messageOf(e) });
    }
  };

  const remove = async (s: SavedScenario) => {
    setConfirmDelete(null);
    setBusy(`Deleting "${s.name}"…`);
    try {
      // Only sheets the add-in created for this scenario, and only those still there.
      const present = new Set(await host.listSheets());
      for (const sheet of s.sheets) if (present.has(sheet)) await host.deleteSheet(sheet);
      await persist({ ...store, scenarios: store.scenarios.filter((x) => x.id !== s.id) });
      setCompare((c) => c.filter((id) => id !== s.id));
      if (draft.id === s.id) setDraft((d) => ({ ...d, id: null }));
      notify({ intent: "success", text: `Scenario "${s.name}" and its sheets deleted.` });
    } catch (e) {
      notify({ intent: "error", text: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  const runComparison = async () => {
    const chosen = store.scenarios.filter((s) => compare.includes(s.id));
    setBusy("Writing the comparison…");
    try {
      const sheet = await writeComparisonSheet(
        host,
        chosen.map((s) => ({ name: s.name, rows: project(s.assumptions, s.cohorts, s.months) })),
        targets,
      );
      await persist({ ...store, comparisonSheets: [...store.comparisonSheets, sheet] });
      notify({ intent: "success", text: `Comparison written to the sheet "${sheet}".` });
    } catch (e) {
      notify({ intent: "error", text: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  const runMonteCarlo = async () => {
    const result = readDraft(draft, base);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(null);
    const controller = new AbortController();
    abortRef.current = controller;
    setMc({ done: 0, total: DEFAULT_RUNS });
    setMcResult(null);
    try {
      const bands = await monteCarloAsync(result.assumptions, result.cohorts, {
        months: result.months,
        runs: DEFAULT_RUNS,
        seed: 1,
        signal: controller.signal,
        onProgress: (done, total) => setMc({ done, total }),
      });
      if (isWorkforceError(bands))
        notify({ intent: "error", text: `Monte Carlo: ${bands.message}` });
      else setMcResult(bands);
    } catch (e) {
      if (isAbortError(e)) notify({ intent: "info", text: "Monte Carlo run cancelled." });
      else notify({ intent: "error", text: messageOf(e) });
    } finally {
      abortRef.current = null;
      setMc(null);
    }
  };

  const setValue = (key: string, value: string) =>
    edit((d) => ({ ...d, values: { ...d.values, [key]: value } }));
  const assumptionInputs = (advanced: boolean) =>
    FORM_FIELDS.filter((f) => f.advanced === advanced).map((f) => (
      <Field key={f.key} label={f.label}>
        <Input
          type="number"
          value={draft.values[f.key] ?? ""}
          onChange={(_, d) => setValue(f.key, d.value)}
        />
      </Field>
    ));
  const setCohort = (i: number, change: Partial<ScenarioDraft["cohorts"][number]>) =>
    edit((d) => ({ ...d, cohorts: d.cohorts.map((c, j) => (j === i ? { ...c, ...change } : c)) }));

  const compareCount = compare.length;
  return (
    <div className={styles.stack}>
      <form
        aria-labelledby="scenario-heading"
        // Our own messages name the field; the browser's bubbles would pre-empt them.
        noValidate
        className={styles.stack}
        onSubmit={(e) => {
          e.preventDefault();
          void run("run");
        }}
      >
        <Text as="h2" weight="semibold" id="scenario-heading">
          {draft.id ? `Edit scenario "${draft.name}"` : "New scenario"}
        </Text>
        <Text size={200}>{openingLine(draft)}</Text>
        <div className={styles.grid}>
          <Field label="Scenario name" required>
            <Input value={draft.name} onChange={(_, d) => edit((x) => ({ ...x, name: d.value }))} />
          </Field>
          <Field label="Months to project">
            <Input
              type="number"
              min={1}
              max={MAX_PROJECTION_MONTHS}
              value={draft.months}
              onChange={(_, d) => edit((x) => ({ ...x, months: d.value }))}
            />
          </Field>
          <Field label="Start month (YYYY-MM)">
            <Input
              value={draft.startMonth}
              onChange={(_, d) => edit((x) => ({ ...x, startMonth: d.value }))}
            />
          </Field>
          <Field label="Agency policy">
            <Select
              value={draft.agencyPolicy}
              onChange={(_, d) => edit((x) => ({ ...x, agencyPolicy: d.value as AgencyPolicy }))}
            >
              {AGENCY_POLICIES.map((p) => (
                <option key={p} value={p}>
                  {POLICY_LABELS[p]}
                </option>
              ))}
            </Select>
          </Field>
          {assumptionInputs(false)}
        </div>
        <details>
          <summary>More assumptions (newcomers and uncertainty)</summary>
          <div className={styles.grid}>{assumptionInputs(true)}</div>
        </details>

        <Text as="h3" weight="semibold" id="cohorts-heading">
          Recruitment cohorts
        </Text>
        {draft.cohorts.length === 0 && (
          <Text>
            No cohorts yet: add international recruits, an ASYE intake, permanent or agency
            starters.
          </Text>
        )}
        {draft.cohorts.map((c, i) => (
          <fieldset key={i} className={styles.cohort} aria-label={`Cohort ${i + 1}`}>
            <Field label={`Cohort ${i + 1} kind`}>
              <Select
                value={c.kind}
                onChange={(_, d) => setCohort(i, { kind: d.value as CohortKind })}
              >
                {COHORT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {COHORT_KIND_LABELS[k]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={`Cohort ${i + 1} month (YYYY-MM)`}>
              <Input value={c.month} onChange={(_, d) => setCohort(i, { month: d.value })} />
            </Field>
            <Field label={`Cohort ${i + 1} FTE`}>
              <Input
                type="number"
                min={0}
                value={c.fte}
                onChange={(_, d) => setCohort(i, { fte: d.value })}
              />
            </Field>
            <Field label={`Cohort ${i + 1} ramp-up months (optional)`}>
              <Input
                type="number"
                min={0}
                value={c.rampUpMonths}
                onChange={(_, d) => setCohort(i, { rampUpMonths: d.value })}
              />
            </Field>
            <Field label={`Cohort ${i + 1} label (optional)`}>
              <Input value={c.label} onChange={(_, d) => setCohort(i, { label: d.value })} />
            </Field>
            <Button
              aria-label={`Remove cohort ${i + 1}`}
              onClick={() => edit((d) => ({ ...d, cohorts: d.cohorts.filter((_, j) => j !== i) }))}
            >
              Remove
            </Button>
          </fieldset>
        ))}
        <div className={styles.row}>
          <Button
            onClick={() =>
              edit((d) => ({
                ...d,
                cohorts: [
                  ...d.cohorts,
                  {
                    month: d.startMonth,
                    fte: "1",
                    kind: "international",
                    rampUpMonths: "",
                    label: "",
                  },
                ],
              }))
            }
          >
            Add cohort
          </Button>
        </div>
        <Checkbox
          checked={liveFormula}
          onChange={(_, d) => setLiveFormula(d.checked === true)}
          label="Also write a live WORKFORCE.PROJECT formula on the sheet"
        />
        {problem && (
          <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
            {problem}
          </Text>
        )}
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={busy !== null}>
            Run scenario to a new sheet
          </Button>
          <Button onClick={() => void run("save")} disabled={busy !== null}>
            Save scenario
          </Button>
          <Button
            onClick={() => {
              setTouched(false);
              setProblem(null);
              setDraft(draftFrom(`Scenario ${store.scenarios.length + 1}`, base, []));
            }}
          >
            New scenario
          </Button>
          <Button onClick={() => void runMonteCarlo()} disabled={mc !== null}>
            Monte Carlo bands
          </Button>
        </div>
        {busy && <Text role="status">{busy}</Text>}
      </form>

      {mc && (
        <div className={styles.row}>
          <Field
            label={`Monte Carlo: ${mc.done.toLocaleString("en-GB")} of ${mc.total.toLocaleString("en-GB")} runs`}
            style={{ flexGrow: 1 }}
          >
            <ProgressBar value={mc.done} max={mc.total} />
          </Field>
          <Button onClick={() => abortRef.current?.abort()}>Cancel Monte Carlo</Button>
        </div>
      )}
      {mcResult && <MonteCarloTable result={mcResult} />}

      <section aria-labelledby="saved-heading" className={styles.stack}>
        <Text as="h2" weight="semibold" id="saved-heading">
          Saved scenarios
        </Text>
        {storeLoaded && store.scenarios.length === 0 && <Text>No saved scenarios yet.</Text>}
        <ul className={styles.saved}>
          {store.scenarios.map((s) => (
            <li key={s.id} className={styles.row} data-scenario={s.name}>
              <Checkbox
                checked={compare.includes(s.id)}
                onChange={(_, d) =>
                  setCompare((c) =>
                    d.checked === true ? [...c, s.id] : c.filter((id) => id !== s.id),
                  )
                }
                label={`Compare ${s.name}`}
              />
              <Text size={200}>
                {s.sheets.length === 0 ? "not run yet" : `sheets: ${s.sheets.join(", ")}`}
              </Text>
              <Button size="small" onClick={() => open(s)} aria-label={`Open ${s.name}`}>
                Open
              </Button>
              <Button
                size="small"
                onClick={() => void duplicate(s)}
                aria-label={`Duplicate ${s.name}`}
              >
                Duplicate
              </Button>
              {confirmDelete === s.id ? (
                <>
                  <Button
                    size="small"
                    appearance="primary"
                    onClick={() => void remove(s)}
                    aria-label={`Confirm delete ${s.name} and its sheets`}
                  >
                    Confirm delete
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setConfirmDelete(null)}
                    aria-label={`Keep ${s.name}`}
                  >
                    Keep
                  </Button>
                </>
              ) : (
                <Button
                  size="small"
                  onClick={() => setConfirmDelete(s.id)}
                  aria-label={`Delete ${s.name}`}
                >
                  Delete
                </Button>
              )}
            </li>
          ))}
        </ul>
        <div className={styles.row}>
          <Button
            disabled={compareCount < 2 || compareCount > 4 || busy !== null}
            onClick={() => void runComparison()}
          >
            Compare selected ({compareCount}) on a new sheet
          </Button>
          {(compareCount === 1 || compareCount > 4) && (
            <Text size={200}>Choose two to four scenarios.</Text>
          )}
        </div>
      </section>
    </div>
  );
}

function MonteCarloTable({ result }: { result: MonteCarloResult }) {
  // Every third month keeps the pane readable; the sheet would carry every month.
  const step = result.months.length > 12 ? 3 : 1;
  const indexes = result.months
    .map((_, i) => i)
    .filter((i) => i % step === step - 1 || i === result.months.length - 1);
  const band = (
    b: { p10: number | null; p50: number | null; p90: number | null },
    f: (v: number) => string,
  ) =>
    b.p50 === null
      ? "n/a"
      : `${f(b.p50)} (${b.p10 === null ? "n/a" : f(b.p10)}–${b.p90 === null ? "n/a" : f(b.p90)})`;
  return (
    <section aria-labelledby="mc-heading">
      <Text as="h2" weight="semibold" id="mc-heading">
        Monte Carlo bands ({result.runs.toLocaleString("en-GB")} runs): median (10th–90th
        percentile)
      </Text>
      <Table size="small" aria-labelledby="mc-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Month</TableHeaderCell>
            <TableHeaderCell>Caseload per worker</TableHeaderCell>
            <TableHeaderCell>Vacancy rate</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {indexes.map((i) => (
            <TableRow key={result.months[i]}>
              <TableCell>{result.months[i]}</TableCell>
              <TableCell>{band(result.caseload[i], (v) => formatNumber(v))}</TableCell>
              <TableCell>{band(result.vacancyRate[i], (v) => formatPercent(v))}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
