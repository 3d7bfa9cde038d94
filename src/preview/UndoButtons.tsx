/**
 * Undo and Redo, as buttons beside the formula bar (the keys are Ctrl+Z and Ctrl+Y or
 * Ctrl+Shift+Z, see ./useGridKeys). Each undoes one step: a typed value, a paste, a row or
 * column change, or one change the task pane made.
 */
import { useEffect } from "react";
import type { WorkbookModel } from "./workbookModel";

/** Where Ctrl+Z belongs to something else: text being edited, the grid's own keys, the pane. */
const handledElsewhere = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  target.closest("input, textarea, select, [contenteditable=true], [role=grid], .taskpane") !==
    null;

type Direction = "undo" | "redo";

/** What each direction's button says and does. */
const DIRECTIONS: Record<
  Direction,
  {
    label: string;
    title: string;
    keys: string;
    symbol: string;
    able: (m: WorkbookModel) => boolean;
  }
> = {
  undo: {
    label: "Undo",
    title: "Undo (Ctrl+Z)",
    keys: "Control+Z",
    symbol: "↶",
    able: (model) => model.canUndo(),
  },
  redo: {
    label: "Redo",
    title: "Redo (Ctrl+Y)",
    keys: "Control+Y Control+Shift+Z",
    symbol: "↷",
    able: (model) => model.canRedo(),
  },
};

function HistoryButton({ model, direction }: { model: WorkbookModel; direction: Direction }) {
  const { label, title, keys, symbol, able } = DIRECTIONS[direction];
  return (
    <button
      type="button"
      aria-label={label}
      title={title}
      aria-keyshortcuts={keys}
      disabled={!able(model)}
      onClick={() => model[direction]()}
    >
      {symbol}
    </button>
  );
}

export function UndoButtons({ model }: { model: WorkbookModel }) {
  // The keys also work with focus on the page's buttons and tabs, as Excel's do on its ribbon.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || handledElsewhere(event.target))
        return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) model.undo();
      else if (key === "y" || key === "z") model.redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [model]);
  return (
    <span className="undo-buttons">
      <HistoryButton model={model} direction="undo" />
      <HistoryButton model={model} direction="redo" />
    </span>
  );
}
