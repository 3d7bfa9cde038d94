/**
 * A1 references: the one module every host (Excel, the workbench, the test hosts), the task
 * pane and the exporters use to read and write cell and range addresses. Pure: no Office.js,
 * no spreadsheet engine. Rows and columns are 0-based indices ({ row, col }, the shape
 * HyperFormula uses too); A1 text uses Excel's 1-based rows and letter columns.
 *
 * Sheet and table names are made valid by ./names.
 */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  start: CellRef;
  end: CellRef;
}

/** Rows and columns in an Excel worksheet (XFD1048576 is the last cell). */
export const SHEET_ROW_COUNT = 1_048_576;
export const SHEET_COLUMN_COUNT = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "Z" → 25, "AA" → 26 (case-insensitive; the caller checks the text is letters). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "AA10" → { row: 9, col: 26 }; "$" anchors allowed. Null when not a cell on a sheet. */
export function parseCell(text: string): CellRef | null {
  const match = CELL.exec(text.trim());
  if (!match) return null;
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  if (row < 0 || col < 0 || row >= SHEET_ROW_COUNT || col >= SHEET_COLUMN_COUNT) return null;
  return { row, col };
}

/** "B2" or "B2:D9" (corners in either order), without a sheet name. Null when not a range. */
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

/** Like parseCell, for addresses the code built itself: throws when it is not a cell. */
export function requireCell(text: string): CellRef {
  const ref = parseCell(text);
  if (!ref) throw new Error(`"${text}" is not a cell address.`);
  return ref;
}

/** Like parseRange, for addresses the code built itself: throws when it is not a range. */
export function requireRange(text: string): RangeRef {
  const range = parseRange(text);
  if (!range) throw new Error(`"${text}" is not a range address.`);
  return range;
}

export function cellAddress(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row + 1}`;
}

export function rangeAddress(range: RangeRef): string {
  const start = cellAddress(range.start);
  const end = cellAddress(range.end);
  return start === end ? start : `${start}:${end}`;
}

/** The range `rows` × `columns` (at least 1 × 1) whose top-left cell is `topLeft`. */
export function blockRange(topLeft: string | CellRef, rows: number, columns: number): RangeRef {
  const start = typeof topLeft === "string" ? requireCell(topLeft) : topLeft;
  return {
    start,
    end: {
      row: start.row + Math.max(rows, 1) - 1,
      col: start.col + Math.max(columns, 1) - 1,
    },
  };
}

/** The A1 address of a block `rows` × `columns` whose top-left cell is `topLeft`. */
export function blockAddress(topLeft: string | CellRef, rows: number, columns: number): string {
  return rangeAddress(blockRange(topLeft, rows, columns));
}

/** The A1 address of whole sheet row `sheetRow` (1-based) across a block's columns. */
export function rowAddress(sheetRow: number, firstColumn: number, columnCount: number): string {
  return blockAddress({ row: sheetRow - 1, col: firstColumn }, 1, columnCount);
}

/** True when the range lies on the sheet (no cell beyond XFD1048576). */
export function fitsOnSheet(range: RangeRef): boolean {
  return range.end.row < SHEET_ROW_COUNT && range.end.col < SHEET_COLUMN_COUNT;
}

/** True when two ranges share a cell. */
export function rangesOverlap(a: RangeRef, b: RangeRef): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.col <= b.end.col &&
    b.start.col <= a.end.col
  );
}

/** Strips a sheet prefix: "'My sheet'!A1:B2" → "A1:B2". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** Splits "'My sheet'!B2" or "Sheet1!B2:C3" into sheet and address (sheet null when absent). */
export function splitSheetAddress(text: string): { sheet: string | null; address: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: text.trim() };
  let sheet = text.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, address: text.slice(bang + 1).trim() };
}

/** A sheet name that could be read as a reference (A1, R1C1, R, C) must be quoted. */
const LOOKS_LIKE_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*|true|false)$/i;

/**
 * A sheet name as it must appear in a formula or a qualified address: bare when it is a plain
 * identifier that cannot be read as a reference ("Staff", "Q1_plan"), otherwise in single quotes
 * with inner apostrophes doubled ("'Scenario – A'", "'R1C1'", "'Bob''s plan'").
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !LOOKS_LIKE_REFERENCE.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2", "'My sheet'!A1". */
export function qualifiedAddress(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}
