/**
 * Workbench entry. Import order matters: the CustomFunctions shim must exist before
 * functions.ts runs, because the build appends `CustomFunctions.associate(id, fn)` calls to it.
 * The functions' entry also hands the bundled data files to this page (the pane shares them).
 *
 * Start-up never fails for want of a saved workbook: a save that cannot be reopened is set
 * aside and offered for download, and the sample opens instead (./autosave).
 */
import "./installShim";
import "../functions/entry";
import { useEffect, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { insertSampleWorkbook } from "../taskpane/sampleInsert";
import {
  AUTOSAVE_KEY,
  Autosave,
  decodeSnapshot,
  MAX_SAVE_CELLS,
  type DamagedSave,
} from "./autosave";
import { registerCustomFunctions } from "./functionBridge";
import { associations } from "./installShim";
import { loadPane } from "./loadPane";
import { NoticeBus, type NoticeAction } from "./notices";
import { PreviewWorkbook } from "./previewWorkbook";
import { currentTheme, startTheme, subscribeTheme } from "./theme";
import { Workbench } from "./Workbench";
import { WorkbookModel } from "./workbookModel";

const AUTOSAVE_DELAY_MS = 800;
const SAMPLE_NAME = "Northbridge sample workforce";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const registered = registerCustomFunctions(__WORKFORCE_FUNCTIONS_METADATA__, associations());
if (registered.missing.length > 0) {
  console.warn(
    `Functions in functions.json with no implementation: ${registered.missing.join(", ")}`,
  );
}

/** localStorage, or null where the browser blocks it (the workbench then keeps nothing). */
function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(AUTOSAVE_KEY); // throws where the browser blocks storage
    return storage;
  } catch {
    return null;
  }
}

const storage = browserStorage();
const model = new WorkbookModel();
const host = new PreviewWorkbook(model, storage);
const autosave = new Autosave(storage);
const notices = new NoticeBus();
const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

async function loadSample(): Promise<void> {
  const first = model.sheetNames()[0];
  // The sample's sheets, and its reference date (30 September 2021) unless one is saved.
  await insertSampleWorkbook(host);
  model.name = SAMPLE_NAME;
  // Drop the empty starting sheet once the sample is in.
  if (model.sheetNames().length > 1 && model.usedSize(first).rows === 0) model.deleteSheet(first);
}

function download(data: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A name for a downloaded file: no characters file systems refuse. */
const fileNameFor = (name: string): string =>
  [...name]
    .map((char) => (/[\\/:*?"<>|]/.test(char) || char.charCodeAt(0) < 32 ? " " : char))
    .join("")
    .trim() || "Workbook";

/** The buttons offering the damaged saves back: download each, or delete the kept one. */
function damagedActions(saves: DamagedSave[]): NoticeAction[] {
  const actions: NoticeAction[] = saves.map((save, i) => ({
    label: saves.length === 1 ? "Download the damaged save" : `Download damaged save ${i + 1}`,
    run: () =>
      download(
        save.text,
        `Damaged workbench save${saves.length > 1 ? ` ${i + 1}` : ""}.json`,
        "application/json",
      ),
  }));
  if (saves.some((save) => save.keptInBrowser)) {
    actions.push({
      label: "Delete the kept copy",
      run: () => {
        if (
          window.confirm(
            "Delete the damaged save kept in this browser? Download it first to keep it.",
          )
        ) {
          autosave.discardDamaged();
          notices.notify({ kind: "info", text: "The damaged save was deleted from this browser." });
        }
      },
    });
  }
  return actions;
}

function restoreAutosave(): boolean {
  const text = autosave.savedText();
  if (!text) return false;
  try {
    model.restore(decodeSnapshot(text));
    host.loadPersistedSettings();
    return true;
  } catch (error) {
    const damaged = autosave.setAside(text, messageOf(error));
    notices.notify({
      kind: "error",
      text:
        `The workbook saved in this browser could not be reopened (${damaged.reason}), so the sample is open instead. ` +
        (damaged.keptInBrowser
          ? "The saved copy is kept in this browser: download it to keep it safe."
          : "There is no room to keep the saved copy in this browser, so download it now."),
      actions: damagedActions(autosave.damagedSaves()),
    });
    return false;
  }
}

/** A damaged save kept from an earlier visit is offered again until the user deletes it. */
function offerKeptDamagedSave(): void {
  const kept = autosave.damagedSaves();
  if (kept.length === 0) return;
  notices.notify({
    kind: "warning",
    text: `A workbook save that could not be reopened${kept[0].at ? ` (set aside ${kept[0].at.slice(0, 10)})` : ""} is kept in this browser.`,
    actions: damagedActions(kept),
  });
}

let autosaveTimer: number | undefined;
let lastSave: "saved" | "too big" | "unavailable" = "saved";
function autosaveNow(): void {
  window.clearTimeout(autosaveTimer);
  autosaveTimer = undefined;
  const cells = model.filledCellCount();
  const result = autosave.save(cells, () => model.snapshot());
  // Said once when it starts, not after every edit.
  if (result.status === "too big" && lastSave !== "too big") {
    notices.notify({
      kind: "warning",
      text: `This workbook (${cells.toLocaleString("en-GB")} cells) is too large to keep in this browser between visits (about ${MAX_SAVE_CELLS.toLocaleString("en-GB")} cells fit), so it will not be here after a reload: use Export .xlsx to keep it. Everything else works as usual.`,
    });
  } else if (result.status === "unavailable" && lastSave !== "unavailable") {
    notices.notify({
      kind: "warning",
      text: `This browser is not keeping workbooks between visits (${result.reason}): use Export .xlsx to keep your work.`,
    });
  }
  lastSave = result.status;
}
model.subscribe((kinds) => {
  if (kinds.size === 1 && kinds.has("selection")) return;
  window.clearTimeout(autosaveTimer);
  // A big workbook waits longer for a pause in typing, since saving it takes longer.
  const delay = Math.min(10_000, AUTOSAVE_DELAY_MS + model.filledCellCount() / 100);
  autosaveTimer = window.setTimeout(autosaveNow, delay);
});
// Save pending edits when the page goes away (reload, close), not only after the delay.
window.addEventListener("pagehide", () => {
  if (autosaveTimer !== undefined) autosaveNow();
});

// The pane (Fluent UI) and the .xlsx reader and writer (ExcelJS) are chunks of their own,
// fetched once the grid is on screen or when first used, so the grid is usable before they load.
// The pane's code runs only after the grid's first paint, so it never holds that paint back.
let paneReadyAt: number | null = null;
let gridPainted: () => void = () => undefined;
const afterGridPaint = new Promise<void>((resolve) => (gridPainted = resolve));
const mountPane = (container: HTMLElement) => {
  let unmount: (() => void) | null = null;
  let gone = false;
  afterGridPaint.then(loadPane).then(
    (mountTaskPane) => {
      if (gone) return;
      unmount = mountTaskPane(container, host, { theme: currentTheme(), subscribeTheme });
      // Tests and bench:preview wait for this before they use the pane.
      requestAnimationFrame(() => {
        paneReadyAt = performance.now();
        document.body.dataset.paneReady = "true";
      });
    },
    (error: unknown) =>
      notices.notify({ kind: "error", text: `The task pane could not load: ${messageOf(error)}` }),
  );
  return () => {
    gone = true;
    unmount?.();
  };
};

async function onImport(file: File): Promise<string[]> {
  const { readXlsxFile } = await import("./importFile");
  const imported = await readXlsxFile(file.name, await file.arrayBuffer());
  model.restore({ ...imported.snapshot, name: file.name.replace(/\.xlsx$/i, "") });
  const notes = [...imported.notes];
  try {
    host.replacePersistedSettings();
  } catch (error) {
    notes.push(
      `Its settings are in the workbook but not kept in this browser: ${messageOf(error)}`,
    );
  }
  return notes;
}

async function onExport(): Promise<{ fileName: string; notes: string[] }> {
  const { exportXlsx } = await import("./xlsxExport");
  const { data, notes } = await exportXlsx(model);
  const fileName = `${fileNameFor(model.name)}.xlsx`;
  download(data, fileName, XLSX_TYPE);
  return { fileName, notes };
}

async function onReset(): Promise<void> {
  autosave.forget();
  model.restore({
    sheets: [{ name: "Sheet1", cells: [] }],
    formats: {},
    tables: [],
    charts: [],
    settings: [...model.settings],
  });
  await loadSample();
}

async function start(): Promise<void> {
  const started = performance.now();
  startTheme();
  const restored = restoreAutosave();
  if (restored) offerKeptDamagedSave();
  else {
    try {
      await loadSample();
    } catch (error) {
      // The empty workbook still opens; the page says why the sample is not in it.
      notices.notify({
        kind: "error",
        text: `The sample could not be loaded: ${messageOf(error)}`,
      });
    }
  }
  if (host.settingsProblem) notices.notify({ kind: "warning", text: host.settingsProblem });
  const container = document.getElementById("workbench");
  if (!container) throw new Error("The page has no #workbench element.");
  createRoot(container).render(
    <WhenPainted onPainted={markReady}>
      <Workbench
        model={model}
        mountPane={mountPane}
        subscribeNotices={(show) => notices.subscribe(show)}
        onImport={onImport}
        onExport={onExport}
        onReset={onReset}
      />
    </WhenPainted>,
  );
  function markReady(): void {
    gridPainted();
    document.body.dataset.ready = "true";
    (window as unknown as { workbench: unknown }).workbench = {
      model,
      host,
      functions: registered.names,
      /** Milliseconds from navigation start to the grid on screen (bench:preview reads these). */
      readyAt: performance.now(),
      startMs: performance.now() - started,
      get paneReadyAt() {
        return paneReadyAt;
      },
    };
  }
}

/**
 * Calls `onPainted` once its children are on screen: after React's first commit (an effect)
 * and the frame that paints it. Tests and bench:preview wait for the flag this sets.
 */
function WhenPainted({ onPainted, children }: { onPainted: () => void; children: ReactNode }) {
  useEffect(() => {
    requestAnimationFrame(() => onPainted());
  }, [onPainted]);
  return children;
}

start().catch((error: unknown) => {
  document.body.textContent = `The workbench could not start: ${messageOf(error)}`;
});
