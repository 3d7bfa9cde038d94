/**
 * The workbench page: title bar (import/export), Name Box and Formula Bar, the grid with its
 * sheet tabs, a status line that explains the selected cell's error, and the task pane.
 */
import { useEffect, useRef, useState } from "react";
import type { KeyboardEvent as ReactKeyboardEvent } from "react";
import { cellAddress, parseRange, rangeAddress, splitSheetAddress } from "../workbook/a1";
import type { CellRef } from "../workbook/a1";
import { Grid } from "./Grid";
import { NoticeBar } from "./NoticeBar";
import type { WorkbenchNotice } from "./notices";
import { SheetTabs } from "./SheetTabs";
import { Toolbar, type ToolbarProps } from "./Toolbar";
import { UndoButtons } from "./UndoButtons";
import { errorStatus } from "./errorHelp";
import { useFocusRegions } from "./useFocusRegions";
import type { WorkbookModel } from "./workbookModel";

export type { WorkbenchNotice } from "./notices";

export interface WorkbenchProps extends Pick<ToolbarProps, "onImport" | "onExport" | "onReset"> {
  model: WorkbookModel;
  /** Mounts the task pane into its container; returns an unmount function. */
  mountPane: (container: HTMLElement) => () => void;
  /** Lets the page report problems found outside React (autosave) in the notice bar. */
  subscribeNotices?: (show: (notice: WorkbenchNotice) => void) => () => void;
}

export function Workbench({
  model,
  mountPane,
  onImport,
  onExport,
  onReset,
  subscribeNotices,
}: WorkbenchProps) {
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<WorkbenchNotice | null>(null);
  const [nameBox, setNameBox] = useState<string | null>(null);
  const [formulaDraft, setFormulaDraft] = useState<string | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);

  useEffect(() => model.subscribe(() => setVersion((v) => v + 1)), [model]);
  // F6 and Shift+F6 move between the grid, the formula bar, the sheet tabs and the pane.
  useFocusRegions();
  useEffect(() => subscribeNotices?.(setNotice), [subscribeNotices]);
  // The pane's state (column choices, value meanings, reference date, targets, scenarios) is
  // the workbook's: a workbook replaced by an import or the sample gets a fresh pane, as a file
  // newly opened in Excel does.
  const [paneGeneration, setPaneGeneration] = useState(0);
  useEffect(() => {
    if (!paneRef.current) return;
    return mountPane(paneRef.current);
  }, [mountPane, paneGeneration]);
  const importWorkbook = async (file: File) => {
    const notes = await onImport(file);
    setPaneGeneration((g) => g + 1);
    return notes;
  };
  const resetWorkbook = async () => {
    await onReset();
    setPaneGeneration((g) => g + 1);
  };

  const { sheet, active, range } = model.selection;
  // Drafts belong to one cell: moving the selection discards them.
  useEffect(() => {
    setFormulaDraft(null);
    setNameBox(null);
  }, [sheet, active.row, active.col]);

  const commit = (ref: CellRef, text: string) => {
    try {
      model.enterInput(sheet, ref, text);
    } catch (error) {
      setNotice({ kind: "error", text: error instanceof Error ? error.message : String(error) });
    }
  };

  const display = model.display(sheet, active);
  const spillFormula = model.spillFormulaFor(sheet, active);
  const input = model.getInput(sheet, active);
  const status = display.error
    ? errorStatus(display.error, model.errorSource(sheet, active))
    : spillFormula
      ? `Part of a spilled range from ${spillFormula}`
      : "";

  const goTo = (text: string) => {
    // A table name goes to the whole table, as in Excel's Name Box.
    const table = model.tables.find((t) => t.name.toLowerCase() === text.trim().toLowerCase());
    if (table && model.hasSheet(table.sheet)) {
      model.select(table.sheet, table.range);
      return true;
    }
    const { sheet: target, address } = splitSheetAddress(text);
    const targetSheet = target ?? sheet;
    const parsed = parseRange(address);
    if (!parsed || !model.hasSheet(targetSheet)) {
      setNotice({ kind: "error", text: `"${text}" is not a cell or range in this workbook.` });
      return false;
    }
    model.select(targetSheet, parsed);
    return true;
  };

  const onNameBoxKey = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      if (goTo(event.currentTarget.value)) {
        setNameBox(null);
        focusGrid();
      }
    } else if (event.key === "Escape") {
      setNameBox(null);
      focusGrid();
    }
  };

  const onFormulaKey = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      commit(active, event.currentTarget.value);
      setFormulaDraft(null);
      focusGrid();
    } else if (event.key === "Escape") {
      setFormulaDraft(null);
      focusGrid();
    }
  };

  const focusGrid = () => document.querySelector<HTMLElement>("[role=grid]")?.focus();

  const selectionText =
    range.start.row === range.end.row && range.start.col === range.end.col
      ? cellAddress(active)
      : rangeAddress(range);

  return (
    <div className="workbench" data-version={version}>
      <header className="top">
        <Toolbar
          workbookName={model.name}
          onImport={importWorkbook}
          onExport={onExport}
          onReset={resetWorkbook}
          notify={setNotice}
        />
        <div className="formula-row">
          <UndoButtons model={model} />
          <input
            className="name-box"
            aria-label="Name Box"
            value={nameBox ?? selectionText}
            onChange={(event) => setNameBox(event.target.value)}
            onFocus={(event) => event.currentTarget.select()}
            onKeyDown={onNameBoxKey}
            onBlur={() => setNameBox(null)}
          />
          <span className="fx" aria-hidden="true">
            fx
          </span>
          <input
            className="formula-bar"
            aria-label="Formula Bar"
            value={formulaDraft ?? (input || spillFormula || "")}
            readOnly={spillFormula !== null && formulaDraft === null && input === ""}
            onChange={(event) => setFormulaDraft(event.target.value)}
            onKeyDown={onFormulaKey}
            spellCheck={false}
          />
        </div>
        <div
          className={`cell-status${display.error ? " cell-status-error" : ""}`}
          role="status"
          aria-live="polite"
        >
          <span className="visually-hidden">
            Selected cell {sheet}!{cellAddress(active)}:{" "}
          </span>
          <span data-testid="cell-status">{status}</span>
        </div>
        {notice && <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />}
      </header>
      <div className="main">
        <section className="sheet-area" aria-label="Workbook">
          <Grid model={model} version={version} onCommit={commit} />
          <SheetTabs model={model} active={sheet} />
        </section>
        <aside className="taskpane" aria-label="Task pane">
          <div ref={paneRef} className="taskpane-root" />
        </aside>
      </div>
    </div>
  );
}
