/**
 * Spilled (dynamic-array) results as the grid shows them: a cell inside a spill knows its
 * anchor's formula (greyed in the formula bar, as in Excel) and the whole spill range (outlined).
 * Sizing spills to their results is ./spills' job (SpillTracker).
 */
import type { HyperFormula, SimpleCellAddress } from "hyperformula";
import type { CellRef, RangeRef } from "../workbook/a1";

/** How far a spill range may reach from its anchor when looking it up from one of its cells. */
const MAX_SPILL_ROWS = 5000;
const MAX_SPILL_COLS = 200;

/** The spill anchor's formula for a cell inside a spilled range (Excel greys it out). */
export function spillFormulaAt(hf: HyperFormula, address: SimpleCellAddress): string | null {
  if (!hf.isCellPartOfArray(address) || hf.doesCellHaveFormula(address)) return null;
  // Walk left/up to the anchor: arrays are rectangles anchored at their formula.
  for (let row = address.row; row >= 0 && row >= address.row - MAX_SPILL_ROWS; row--) {
    for (let col = address.col; col >= 0 && col >= address.col - MAX_SPILL_COLS; col--) {
      const candidate = { sheet: address.sheet, row, col };
      if (!hf.isCellPartOfArray(candidate)) break;
      const formula = hf.getCellFormula(candidate);
      if (formula !== undefined) return formula;
    }
  }
  return null;
}

/** The spill range holding a cell (anchor included), or null when it is not in one. */
export function spillRangeAt(hf: HyperFormula, sheetId: number, ref: CellRef): RangeRef | null {
  const inArray = (row: number, col: number) =>
    row >= 0 && col >= 0 && hf.isCellPartOfArray({ sheet: sheetId, row, col });
  if (!inArray(ref.row, ref.col)) return null;
  const isAnchor = (row: number, col: number) =>
    hf.getCellFormula({ sheet: sheetId, row, col }) !== undefined;
  let anchor: CellRef | null = null;
  for (let row = ref.row; row >= 0 && row >= ref.row - MAX_SPILL_ROWS && !anchor; row--) {
    if (!inArray(row, ref.col) && row !== ref.row) break;
    for (let col = ref.col; col >= 0 && col >= ref.col - MAX_SPILL_COLS; col--) {
      if (!inArray(row, col)) break;
      if (isAnchor(row, col)) {
        anchor = { row, col };
        break;
      }
    }
  }
  if (!anchor) return null;
  const end = { ...anchor };
  const belongs = (row: number, col: number) => inArray(row, col) && !isAnchor(row, col);
  while (belongs(end.row + 1, anchor.col)) end.row++;
  while (belongs(anchor.row, end.col + 1)) end.col++;
  if (end.row === anchor.row && end.col === anchor.col) return null;
  return { start: anchor, end };
}
