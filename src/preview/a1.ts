/**
 * A1-style addresses for the workbench (0-based rows and columns inside). Column letter
 * arithmetic comes from the shared src/workbook/a1; what is here is the workbench's own
 * shape (`col`), its nullable parsing with Excel's sheet bounds, and sheet-qualified text.
 */
import { columnIndex, columnLetters } from "../workbook/a1";

export { columnIndex, columnLetters };

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  start: CellRef;
  end: CellRef;
}

export function cellAddress(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row + 1}`;
}

export function rangeAddress(range: RangeRef): string {
  const start = cellAddress(range.start);
  const end = cellAddress(range.end);
  return start === end ? start : `${start}:${end}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(text: string): CellRef | null {
  const match = CELL.exec(text.trim());
  if (!match) return null;
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  if (row < 0 || col < 0 || col > 16383 || row > 1048575) return null;
  return { row, col };
}

/** Parses "B2", "B2:D9" (either corner order). Null when not an address. */
export function parseRange(text: string): RangeRef | null {
  const parts = text.trim().split(":");
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  return {
    start: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
    end: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
  };
}

/** Splits "'My sheet'!B2" or "Sheet1!B2:C3" into sheet and address. */
export function splitSheetAddress(text: string): { sheet: string | null; address: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: text.trim() };
  let sheet = text.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: text.slice(bang + 1).trim() };
}

/** Quotes a sheet name for use in a formula when it needs it. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
