/**
 * Where Excel's navigation keys take the cell cursor, as pure functions of the sheet's
 * filled cells: Ctrl+arrow to the edge of the data, Ctrl+End to the last used cell, Shift to
 * extend the selection from the active cell. The grid's key handler (useGridKeys) applies
 * them.
 */
import { SHEET_COLUMN_COUNT, SHEET_ROW_COUNT } from "../workbook/a1";
import type { CellRef, RangeRef } from "../workbook/a1";

export const LAST_ROW = SHEET_ROW_COUNT - 1;
export const LAST_COL = SHEET_COLUMN_COUNT - 1;

/** The sheet as navigation sees it: which cells hold something, and how far data goes. */
export interface NavigableSheet {
  isFilled(ref: CellRef): boolean;
  /** Rows and columns from A1 to the last cell holding anything (0 × 0 when empty). */
  usedSize(): { rows: number; cols: number };
}

const clampRef = (ref: CellRef): CellRef => ({
  row: Math.max(0, Math.min(LAST_ROW, ref.row)),
  col: Math.max(0, Math.min(LAST_COL, ref.col)),
});

/**
 * Ctrl+arrow from `from` one step (dRow, dCol) at a time, as Excel does: inside a block of
 * filled cells, to the block's last cell; otherwise to the next filled cell, or to the
 * sheet's edge when there is none. Beyond the used range nothing can be filled, so the walk
 * stops there: the cost is bounded by the used range, not by the sheet's million rows.
 */
export function dataEdge(
  sheet: NavigableSheet,
  from: CellRef,
  dRow: number,
  dCol: number,
): CellRef {
  const used = sheet.usedSize();
  const step = (ref: CellRef): CellRef => ({ row: ref.row + dRow, col: ref.col + dCol });
  const inSheet = (ref: CellRef) =>
    ref.row >= 0 && ref.row <= LAST_ROW && ref.col >= 0 && ref.col <= LAST_COL;
  // Past the used range in the direction of travel: only empty cells remain.
  const beyondData = (ref: CellRef) =>
    (dRow > 0 && ref.row >= used.rows) || (dCol > 0 && ref.col >= used.cols);
  const sheetEdge = (): CellRef =>
    clampRef({
      row: dRow > 0 ? LAST_ROW : dRow < 0 ? 0 : from.row,
      col: dCol > 0 ? LAST_COL : dCol < 0 ? 0 : from.col,
    });
  const filled = (ref: CellRef) => !beyondData(ref) && sheet.isFilled(ref);

  const next = step(from);
  if (!inSheet(next)) return from;
  if (filled(from) && filled(next)) {
    // Run to the end of this block.
    let at = next;
    while (inSheet(step(at)) && filled(step(at))) at = step(at);
    return at;
  }
  // Skip the gap to the next filled cell.
  let at = next;
  while (inSheet(at) && !beyondData(at)) {
    if (sheet.isFilled(at)) return at;
    at = step(at);
  }
  return sheetEdge();
}

/** Ctrl+End: the last row and last column of the used range (A1 on an empty sheet). */
export function lastUsedCell(sheet: NavigableSheet): CellRef {
  const used = sheet.usedSize();
  return { row: Math.max(0, used.rows - 1), col: Math.max(0, used.cols - 1) };
}

/** The corner of `range` opposite the active cell: the one Shift+keys move. */
export function farCorner(range: RangeRef, active: CellRef): CellRef {
  return {
    row: range.start.row === active.row ? range.end.row : range.start.row,
    col: range.start.col === active.col ? range.end.col : range.start.col,
  };
}

/** The rectangle spanned by two cells. */
export function spanning(a: CellRef, b: CellRef): RangeRef {
  const far = clampRef(b);
  return {
    start: { row: Math.min(a.row, far.row), col: Math.min(a.col, far.col) },
    end: { row: Math.max(a.row, far.row), col: Math.max(a.col, far.col) },
  };
}

export type Movement =
  | { kind: "step"; dRow: number; dCol: number }
  | { kind: "edge"; dRow: number; dCol: number }
  | { kind: "rowStart" }
  | { kind: "sheetStart" }
  | { kind: "lastUsed" };

/**
 * Where a movement takes the cell the keys move from: the active cell, or with Shift the
 * selection's far corner.
 */
export function moveFrom(sheet: NavigableSheet, from: CellRef, movement: Movement): CellRef {
  switch (movement.kind) {
    case "step":
      return clampRef({ row: from.row + movement.dRow, col: from.col + movement.dCol });
    case "edge":
      return dataEdge(sheet, from, movement.dRow, movement.dCol);
    case "rowStart":
      return { row: from.row, col: 0 };
    case "sheetStart":
      return { row: 0, col: 0 };
    case "lastUsed":
      return lastUsedCell(sheet);
  }
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The movement a navigation key asks for, or null for any other key. */
export function movementFor(
  key: string,
  modifiers: { ctrl: boolean },
  pageRows: number,
): Movement | null {
  const arrow = ARROWS[key];
  if (arrow) {
    const [dRow, dCol] = arrow;
    return { kind: modifiers.ctrl ? "edge" : "step", dRow, dCol };
  }
  switch (key) {
    case "PageDown":
      return { kind: "step", dRow: pageRows, dCol: 0 };
    case "PageUp":
      return { kind: "step", dRow: -pageRows, dCol: 0 };
    case "Home":
      return modifiers.ctrl ? { kind: "sheetStart" } : { kind: "rowStart" };
    case "End":
      return modifiers.ctrl ? { kind: "lastUsed" } : null;
    default:
      return null;
  }
}
