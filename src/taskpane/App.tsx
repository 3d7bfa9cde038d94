/**
 * The task pane: Data, Dashboard, Scenarios and Benchmarks tabs over one WorkbookHost.
 * Every host failure lands in the message bar at the top; nothing is only logged.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { summarise } from "../core/summary";
import type { WorkbookHost } from "../workbook/types";
import { CensusImport, type CensusState } from "./components/CensusImport";
import type { ScenarioPreset } from "./censusPlan";
import { Dashboard } from "./components/Dashboard";
import { DataTab } from "./components/DataTab";
import { DataSummaryLine } from "./components/DataView";
import { dataQuality } from "./dashboardModel";
import { PlanTracking } from "./components/PlanTracking";
import { Scenarios } from "./components/Scenarios";
import { TargetsEditor } from "./components/TargetsEditor";
import { Notices } from "./components/Notices";
import { messageOf } from "./errors";
import { loadTargets, saveTargetsText, TARGETS_SETTING, type Targets } from "./targets";
import { useDataSettings } from "./useDataSettings";
import { useNotices } from "./useNotices";
import { useSavedSetting } from "./useSavedSetting";
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
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", rowGap: "12px" },
});

export function App({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const [view, setView] = useState<View>("dashboard");
  const { notices, notify, dismiss } = useNotices();
  const savedTargets = useSavedSetting(host, TARGETS_SETTING, loadTargets, {
    notify,
    title: "Saved targets could not all be read",
    consequence: "Those targets show their defaults until you save new ones.",
  });
  const targets = savedTargets.value;
  const targetsLoaded = savedTargets.status !== "loading";
  const [savingTargets, setSavingTargets] = useState(false);
  const [census, setCensus] = useState<CensusState | null>(null);
  const [scenarioPreset, setScenarioPreset] = useState<ScenarioPreset | null>(null);

  const reportError = useCallback(
    (message: string) => notify({ intent: "error", text: message }),
    [notify],
  );

  const dataSettings = useDataSettings(host, notify);
  const { settings } = dataSettings;
  const { data, empty, loading, error, refresh } = useStaffingData(host, settings);

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
        savedTargets.setValue(next);
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

  const shownNotices = error
    ? [{ id: -1, intent: "error" as const, text: error, fixed: true }, ...notices]
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
      <Notices notices={shownNotices} onDismiss={dismiss} />
      {data && <DataSummaryLine data={data} />}
      {empty && !data && (
        <Text>
          No staffing data found. Select a cell in your staffing list (one row per post, with Team,
          FTE and Status columns) and press Refresh, or insert the sample data.
        </Text>
      )}
      <TabList
        // Four tabs fit a 320 px pane only small, and wrap rather than run past its edge.
        size="small"
        className={styles.tabs}
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
        {view === "scenarios" && <PlanTracking host={host} summary={summary} notify={notify} />}
        {view === "benchmarks" && (
          <Suspense fallback={<Spinner size="small" label="Loading benchmarks…" />}>
            <Benchmarks host={host} summary={summary} notify={notify} />
          </Suspense>
        )}
      </div>
    </main>
  );
}
