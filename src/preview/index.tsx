/**
 * Workbench entry. Import order matters: the CustomFunctions shim must exist before
 * functions.ts runs, because the build appends `CustomFunctions.associate(id, fn)` calls to it.
 */
import "./installShim";
import "../functions/functions";
import { createRoot } from "react-dom/client";
import { sampleWorkbook } from "../core/sample";
import { mountTaskPane } from "../taskpane/mount";
import type { SampleWorkbook } from "../workbook/types";
import { registerCustomFunctions } from "./functionBridge";
import { associations } from "./installShim";
import { PreviewWorkbook } from "./previewWorkbook";
import { Workbench } from "./Workbench";
import { WorkbookModel, type WorkbookSnapshot } from "./workbookModel";
import { exportXlsx, importXlsx } from "./xlsx";
import type { WorkbenchNotice } from "./Workbench";

const AUTOSAVE_KEY = "workforce-preview:workbook";
// A damaged autosave is moved here, never deleted, so nothing the user typed is lost.
const DAMAGED_AUTOSAVE_KEY = "workforce-preview:workbook.damaged";
const AUTOSAVE_DELAY_MS = 800;

const registered = registerCustomFunctions(__WORKFORCE_FUNCTIONS_METADATA__, associations());
if (registered.missing.length > 0) {
  console.warn(
    `Functions in functions.json with no implementation: ${registered.missing.join(", ")}`,
  );
}

const model = new WorkbookModel();
const host = new PreviewWorkbook(model);

async function loadSample(): Promise<void> {
  const sample = sampleWorkbook() as SampleWorkbook;
  const first = model.sheetNames()[0];
  await host.insertSample(sample);
  // Drop the empty starting sheet once the sample is in.
  if (model.sheetNames().length > 1 && model.usedSize(first).rows === 0) model.deleteSheet(first);
}

// Problems found before or outside React wait here until the workbench shows them.
let pendingNotice: WorkbenchNotice | null = null;
let showNotice: ((notice: WorkbenchNotice) => void) | null = null;
function notify(notice: WorkbenchNotice): void {
  if (showNotice) showNotice(notice);
  else pendingNotice = notice;
}
function subscribeNotices(show: (notice: WorkbenchNotice) => void): () => void {
  showNotice = show;
  if (pendingNotice) show(pendingNotice);
  pendingNotice = null;
  return () => {
    showNotice = null;
  };
}

function restoreAutosave(): boolean {
  const text = localStorage.getItem(AUTOSAVE_KEY);
  if (!text) return false;
  try {
    model.restore(JSON.parse(text) as WorkbookSnapshot);
    host.loadPersistedSettings();
    return true;
  } catch (error) {
    localStorage.setItem(DAMAGED_AUTOSAVE_KEY, text);
    localStorage.removeItem(AUTOSAVE_KEY);
    notify({
      kind: "error",
      text:
        `The workbook saved in this browser could not be reopened (${error instanceof Error ? error.message : String(error)}), ` +
        `so the sample is open instead. The saved copy is kept in this browser's storage as "${DAMAGED_AUTOSAVE_KEY}".`,
    });
    return false;
  }
}

let autosaveTimer: number | undefined;
function autosave(): void {
  window.clearTimeout(autosaveTimer);
  autosaveTimer = undefined;
  try {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(model.snapshot()));
  } catch {
    // Too large for this browser's storage: the workbook still works, it just is not kept.
    localStorage.removeItem(AUTOSAVE_KEY);
    notify({
      kind: "error",
      text: "This workbook is too large to keep in the browser between visits: use Export .xlsx to save it.",
    });
  }
}
model.subscribe((kinds) => {
  if (kinds.size === 1 && kinds.has("selection")) return;
  window.clearTimeout(autosaveTimer);
  autosaveTimer = window.setTimeout(autosave, AUTOSAVE_DELAY_MS);
});
// Save pending edits when the page goes away (reload, close), not only after the delay.
window.addEventListener("pagehide", () => {
  if (autosaveTimer !== undefined) autosave();
});

function download(data: ArrayBuffer, fileName: string): void {
  const blob = new Blob([data], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const mountPane = (container: HTMLElement) => mountTaskPane(container, host, { theme: "light" });

async function start(): Promise<void> {
  const started = performance.now();
  if (!restoreAutosave()) await loadSample();
  const container = document.getElementById("workbench");
  if (!container) throw new Error("The page has no #workbench element.");
  createRoot(container).render(
    <Workbench
      model={model}
      mountPane={mountPane}
      subscribeNotices={subscribeNotices}
      onImport={async (file) => {
        const snapshot = await importXlsx(await file.arrayBuffer());
        model.restore(snapshot);
        host.replacePersistedSettings();
      }}
      onExport={async () => download(await exportXlsx(model), "workbook.xlsx")}
      onReset={() => {
        localStorage.removeItem(AUTOSAVE_KEY);
        model.restore({
          sheets: [{ name: "Sheet1", cells: [] }],
          formats: {},
          tables: [],
          charts: [],
          settings: [...model.settings],
        });
        return loadSample();
      }}
    />,
  );
  // Ready once React has painted the grid; tests and bench:preview wait for this flag.
  requestAnimationFrame(() => {
    document.body.dataset.ready = "true";
    (window as unknown as { workbench: unknown }).workbench = {
      model,
      host,
      functions: registered.names,
      /** Milliseconds from navigation start to a usable grid (bench:preview reads these). */
      readyAt: performance.now(),
      startMs: performance.now() - started,
    };
  });
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  document.body.textContent = `The workbench could not start: ${message}`;
});
