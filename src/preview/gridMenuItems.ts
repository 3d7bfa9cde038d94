/**
 * What the grid's right-click menu offers for a selection, as Excel's does: Insert and Delete
 * for whole rows or columns selected from their headers, both kinds for a selection of cells,
 * then Undo and Redo.
 */
import type { RangeRef } from "../workbook/a1";
import type { MenuItem } from "./GridContextMenu";
import { changeSelectedLines, isWholeColumns, isWholeRows } from "./lineSelection";
import type { WorkbookModel } from "./workbookModel";

export function gridMenuItems(model: WorkbookModel, sheet: string, range: RangeRef): MenuItem[] {
  const rows = range.end.row - range.start.row + 1;
  const cols = range.end.col - range.start.col + 1;
  const plural = (n: number, one: string) => (n === 1 ? one : `${n} ${one}s`);
  const lines = (axis: "rows" | "columns", action: "insert" | "delete") => () =>
    changeSelectedLines(model, sheet, range, action, axis);
  const wholeColumns = isWholeColumns(range) && !isWholeRows(range);
  const wholeRows = isWholeRows(range) && !isWholeColumns(range);
  const items: MenuItem[] = [];
  const offer = (axis: "rows" | "columns", count: number, where: string, whole: boolean) => {
    const what = plural(count, axis === "rows" ? "row" : "column");
    items.push(
      {
        label: `Insert ${what} ${where}`,
        keys: whole ? "Ctrl+Shift+=" : undefined,
        run: lines(axis, "insert"),
      },
      { label: `Delete ${what}`, keys: whole ? "Ctrl+-" : undefined, run: lines(axis, "delete") },
    );
  };
  if (!wholeColumns) offer("rows", rows, "above", wholeRows);
  if (!wholeRows) offer("columns", cols, "left", wholeColumns);
  items.push(
    { label: "Undo", keys: "Ctrl+Z", disabled: !model.canUndo(), run: () => void model.undo() },
    { label: "Redo", keys: "Ctrl+Y", disabled: !model.canRedo(), run: () => void model.redo() },
  );
  return items;
}
