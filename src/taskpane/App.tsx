/**
 * The task pane: Data, Dashboard, Scenarios and Benchmarks tabs over one WorkbookHost.
 * Every host failure lands in the message bar at the top; nothing is only logged.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { summarise } from "../core/summary";
import type { WorkbookHost } from "../workbook/types";
import { CensusImport, type CensusState } from "./components/CensusImport";
import type { ScenarioPreset } from "./censusPlan";
import { Dashboard } from "./components/Dashboard";
import { DataTab } from "./components/DataTab";
import { DataSummaryLine } from "./components/DataView";
import { dataQuality } from "./dashboardModel";
import { Scenarios } from "./components/Scenarios";
import { TargetsEditor } from "./components/TargetsEditor";
import { messageOf } from "./errors";
import { readSetting } from "./savedSetting";
import {
  DEFAULT_TARGET_VALUES,
  loadTargets,
  saveTargetsText,
  TARGETS_SETTING,
  type Targets,
} from "./targets";
import { useDataSettings } from "./useDataSettings";
import { useSampleInsert } from "./useSampleInsert";
import { useStaffingData } from "./useStaffingData";

type View = "data" | "dashboard" | "scenarios" | "benchmarks";

// The benchmarks view carries the bundled DfE data (~290 KB of CSV); load it when first opened.
const Benchmarks = lazy(() =>
  import("./components/Benchmarks").then((m) => ({ default: m.Benchmarks })),
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: "12px",
    padding: "12px",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  grow: { flexGrow: 1 },
  panel: { display: "flex", flexDirection: "column", rowGap: "12px" },
});

export interface Notice {
  intent: "error" | "warning" | "success" | "info";
  title?: string;
  text: string;
}

export function App({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const [view, setView] = useState<View>("dashboard");
  const [notices, setNotices] = useState<(Notice & { id: number })[]>([]);
  const [targets, setTargets] = useState<Targets>(DEFAULT_TARGET_VALUES);
  const [targetsLoaded, setTargetsLoaded] = useState(false);
  const [savingTargets, setSavingTargets] = useState(false);
  const [census, setCensus] = useState<CensusState | null>(null);
  const [scenarioPreset, setScenarioPreset] = useState<ScenarioPreset | null>(null);

  const notify = useCallback((notice: Notice) => {
    setNotices((list) => [
      ...list.filter((n) => n.text !== notice.text),
      { ...notice, id: Date.now() + Math.random() },
    ]);
  }, []);
  const reportError = useCallback(
    (message: string) => notify({ intent: "error", text: message }),
    [notify],
  );

  const warn = useCallback((text: string) => notify({ intent: "warning", text }), [notify]);
  const dataSettings = useDataSettings(host, warn, reportError);
  const { settings } = dataSettings;
  const { data, empty, loading, error, refresh } = useStaffingData(host, settings);

  useEffect(() => {
    let live = true;
    readSetting(
      host,
      TARGETS_SETTING,
      loadTargets,
      (text) =>
        live && notify({ intent: "warning", title: "Saved targets could not all be read", text }),
      "Those targets show their defaults until you save new ones.",
    ).then(
      (result) => {
        if (!live) return;
        setTargets(result.value);
        setTargetsLoaded(true);
      },
      (e: unknown) => {
        if (!live) return;
        reportError(messageOf(e));
        setTargetsLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [host, notify, reportError]);

  const summary = useMemo(
    () =>
      data
        ? summarise(data.records, { targetCaseload: targets.caseloadHigh, columns: data.columns })
        : null,
    [data, targets.caseloadHigh],
  );

  const saveTargets = (next: Targets) => {
    setSavingTargets(true);
    host.setSetting(TARGETS_SETTING, saveTargetsText(next)).then(
      () => {
        setTargets(next);
        setSavingTargets(false);
        notify({ intent: "success", text: "Targets saved in this workbook." });
      },
      (e: unknown) => {
        setSavingTargets(false);
        reportError(messageOf(e));
      },
    );
  };

  const { inserting, insertSample } = useSampleInsert({
    host,
    referenceDate: settings?.referenceDate,
    setReferenceDate: dataSettings.setReferenceDate,
    notify,
    reportError,
    refresh,
  });

  const allNotices = error
    ? [{ id: -1, intent: "error" as const, text: error }, ...notices]
    : notices;

  return (
    <main className={styles.root} aria-label="Social care workforce planner">
      <div className={styles.header}>
        <Text as="h1" size={500} weight="semibold" className={styles.grow}>
          Workforce planner
        </Text>
        {loading && <Spinner size="tiny" label="Reading data…" />}
        <Button onClick={refresh}>Refresh</Button>
        <Button onClick={insertSample} disabled={inserting}>
          {inserting ? "Inserting sample…" : "Insert sample data"}
        </Button>
      </div>
      <div aria-live="polite">
        {allNotices.map((n) => (
          <MessageBar key={n.id} intent={n.intent} layout="multiline">
            <MessageBarBody>
              {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
              {n.text}
            </MessageBarBody>
            {n.id !== -1 && (
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    aria-label="Dismiss message"
                    icon={<DismissRegular />}
                    onClick={() => setNotices((list) => list.filter((x) => x.id !== n.id))}
                  />
                }
              />
            )}
          </MessageBar>
        ))}
      </div>
      {data && <DataSummaryLine data={data} />}
      {empty && !data && (
        <Text>
          No staffing data found. Select a cell in your staffing list (one row per post, with Team,
          FTE and Status columns) and press Refresh, or insert the sample data.
        </Text>
      )}
      <TabList
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as View)}
        aria-label="Views"
      >
        <Tab value="data">Data</Tab>
        <Tab value="dashboard">Dashboard</Tab>
        <Tab value="scenarios">Scenarios</Tab>
        <Tab value="benchmarks">Benchmarks</Tab>
      </TabList>
      <div role="tabpanel" aria-label={view} className={styles.panel}>
        {view === "data" && (
          <CensusImport
            host={host}
            state={census}
            onState={setCensus}
            notify={notify}
            targets={targets}
            onPlan={(preset) => {
              setScenarioPreset(preset);
              setView("scenarios");
            }}
          />
        )}
        {view === "data" && (
          <DataTab
            data={data}
            settings={settings}
            host={host}
            onChooseColumns={dataSettings.chooseColumns}
            onAddValueMeanings={dataSettings.addValueMeanings}
            onClearValueMeanings={dataSettings.clearValueMeanings}
            onSetReferenceDate={dataSettings.setReferenceDate}
            onError={reportError}
          />
        )}
        {view === "dashboard" && (
          <>
            {data?.needsMapping && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  Some columns need choosing before the figures can be trusted.{" "}
                  <Button appearance="transparent" onClick={() => setView("data")}>
                    Choose columns
                  </Button>
                </MessageBarBody>
              </MessageBar>
            )}
            {summary && data && (
              <Dashboard
                summary={summary}
                targets={targets}
                loading={loading}
                quality={dataQuality(data)}
                onShowData={() => setView("data")}
              />
            )}
            {targetsLoaded && (
              <TargetsEditor
                key={JSON.stringify(targets)}
                targets={targets}
                onSave={saveTargets}
                saving={savingTargets}
              />
            )}
          </>
        )}
        {view === "scenarios" && (
          <Scenarios
            host={host}
            summary={summary}
            targets={targets}
            notify={notify}
            preset={scenarioPreset}
          />
        )}
        {view === "benchmarks" && (
          <Suspense fallback={<Spinner size="small" label="Loading benchmarks…" />}>
            <Benchmarks host={host} summary={summary} notify={notify} />
          </Suspense>
        )}
      </div>
    </main>
  );
}
