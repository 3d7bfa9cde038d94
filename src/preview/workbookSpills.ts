/**
 * Spilled (dynamic-array) results in the workbench's engine, as Excel shows them: the spill
 * area follows its result's size, a blocked spill is retried once its way clears, and a cell
 * inside a spill knows its anchor formula and range. The shapes themselves are recorded by the
 * function bridge (./functionBridge) as it evaluates WORKFORCE array functions.
 */
import { DetailedCellError, ErrorType } from "hyperformula";
import type { HyperFormula, SimpleCellAddress } from "hyperformula";
import type { CellRef, RangeRef } from "../workbook/a1";
import { arrayFormulaAddresses, forgetShape, takeResizedFormulas } from "./functionBridge";

/** How far a spill range may reach from its anchor when looking it up from one of its cells. */
const MAX_SPILL_ROWS = 5000;
const MAX_SPILL_COLS = 200;

/**
 * Re-enters spilled formulas whose result changed size, so the spill area follows it, and
 * retries blocked ones: HyperFormula does not retry a blocked (#SPILL!) array when its way
 * clears; Excel does. Returns how many engine operations it made (each one undo entry).
 */
export function resizeSpills(hf: HyperFormula): number {
  let operations = 0;
  const blocked = arrayFormulaAddresses().filter((address) => {
    if (hf.getSheetName(address.sheet) === undefined) {
      forgetShape(address); // its sheet was deleted
      return false;
    }
    const value = hf.getCellValue(address);
    return value instanceof DetailedCellError && value.type === ErrorType.SPILL;
  });
  const reenter = (addresses: SimpleCellAddress[]) => {
    hf.batch(() => {
      for (const address of addresses) {
        const formula = hf.getCellFormula(address);
        // The evaluated shape is kept, so the size method now reserves the right area.
        if (formula !== undefined) hf.setCellContents(address, [[formula]]);
        else forgetShape(address);
      }
    });
    operations++;
  };
  if (blocked.length > 0) reenter(blocked);
  for (let pass = 0; pass < 3; pass++) {
    const resized = takeResizedFormulas();
    if (resized.length === 0) break;
    reenter(resized);
  }
  return operations;
}

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
