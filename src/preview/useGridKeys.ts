/**
 * The grid's keys, as Excel has them: arrows and Ctrl+arrows (to the edge of the data),
 * Home, Ctrl+Home, Ctrl+End, Page Up/Down, each extending the selection with Shift; Tab and
 * Enter moving within the grid (Tab, Tab, Enter goes to the next row under the cell where the
 * Tabs began); typing or F2 to edit; Delete to clear; Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) to
 * undo and redo; Ctrl+Shift+= and Ctrl+- to insert and delete rows or columns; Shift+Space and
 * Ctrl+Space to select rows and columns. Tab never leaves the grid: F6 does (useFocusRegions),
 * as in Excel.
 */
import { useRef } from "react";
import type { KeyboardEvent as ReactKeyboardEvent } from "react";
import type { CellRef, RangeRef } from "../workbook/a1";
import {
  farCorner,
  LAST_COL,
  LAST_ROW,
  moveFrom,
  movementFor,
  spanning,
  type NavigableSheet,
} from "./gridNavigation";
import type { WorkbookModel } from "./workbookModel";
import { changeSelectedLines, wholeColumns, wholeRows } from "./lineSelection";

export interface GridKeysOptions {
  model: WorkbookModel;
  sheet: string;
  active: CellRef;
  range: RangeRef;
  /** Rows a Page Down moves: a screenful. */
  pageRows: number;
  startEdit: (text: string) => void;
}

export interface GridKeys {
  onGridKeyDown: (event: ReactKeyboardEvent<HTMLElement>) => void;
  /** Tab or Enter (Shift reverses) pressed in the grid or in the cell editor after commit. */
  advance: (key: "Tab" | "Enter", shift: boolean) => void;
}

export function useGridKeys({
  model,
  sheet,
  active,
  range,
  pageRows,
  startEdit,
}: GridKeysOptions): GridKeys {
  // Where a run of Tabs began, and the cell the last Tab reached: Enter from that cell goes to
  // the next row in the starting column. A click or any other move ends the run.
  const tabRun = useRef<{ startCol: number; at: CellRef } | null>(null);

  const navigable: NavigableSheet = {
    // The sheet's id resolved once per key press: a Ctrl+arrow may read thousands of cells.
    isFilled: (ref) => !model.hf.isCellEmpty({ sheet: sheetId(), row: ref.row, col: ref.col }),
    usedSize: () => model.usedSize(sheet),
  };
  let id: number | null = null;
  const sheetId = () => (id ??= model.sheetId(sheet));

  const go = (ref: CellRef) => model.selectCell(sheet, ref);

  const advance = (key: "Tab" | "Enter", shift: boolean) => {
    const run = tabRun.current;
    const inRun = run !== null && run.at.row === active.row && run.at.col === active.col;
    if (key === "Tab") {
      const col = Math.max(0, Math.min(LAST_COL, active.col + (shift ? -1 : 1)));
      const at = { row: active.row, col };
      tabRun.current = { startCol: inRun ? run.startCol : active.col, at };
      go(at);
      return;
    }
    tabRun.current = null;
    const row = Math.max(0, Math.min(LAST_ROW, active.row + (shift ? -1 : 1)));
    go({ row, col: inRun && !shift ? run.startCol : active.col });
  };

  /** Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z, Ctrl+Shift+= and Ctrl+-, Ctrl+Space and Shift+Space. */
  const editKey = (event: ReactKeyboardEvent<HTMLElement>): boolean => {
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) return model.undo() || true;
    if (key === "y" || (key === "z" && event.shiftKey)) return model.redo() || true;
    if (key === "+" || (key === "=" && event.shiftKey)) {
      changeSelectedLines(model, sheet, range, "insert");
      return true;
    }
    if (key === "-") {
      changeSelectedLines(model, sheet, range, "delete");
      return true;
    }
    if (key === " ") {
      model.select(sheet, wholeColumns(range), active);
      return true;
    }
    return false;
  };

  const onGridKeyDown = (event: ReactKeyboardEvent<HTMLElement>) => {
    if (event.shiftKey && event.key === " " && !(event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      model.select(sheet, wholeRows(range), active);
      return;
    }
    const ctrl = event.ctrlKey || event.metaKey;
    const movement = movementFor(event.key, { ctrl }, pageRows);
    if (movement) {
      event.preventDefault();
      tabRun.current = null;
      if (event.shiftKey) {
        // Excel keeps the active cell and moves the selection's far corner.
        const far = moveFrom(navigable, farCorner(range, active), movement);
        model.select(sheet, spanning(active, far), active);
      } else {
        go(moveFrom(navigable, active, movement));
      }
      return;
    }
    if (ctrl && !event.altKey && editKey(event)) {
      event.preventDefault();
      tabRun.current = null;
      return;
    }
    if (event.key === "Tab" || event.key === "Enter") {
      event.preventDefault();
      advance(event.key, event.shiftKey);
      return;
    }
    if (event.key === "F2") {
      event.preventDefault();
      startEdit(model.getInput(sheet, active));
      return;
    }
    if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      model.clearRange(sheet, range);
      return;
    }
    if (event.key.length === 1 && !ctrl && !event.altKey) {
      event.preventDefault();
      startEdit(event.key);
    }
  };

  return { onGridKeyDown, advance };
}
