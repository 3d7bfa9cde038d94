/**
 * A1 address arithmetic shared by both WorkbookHost implementations (the Excel host and the
 * preview workbench), the task pane and test fakes. Pure: no Office.js, no spreadsheet engine.
 * Columns and rows here are 0-based indices; A1 text uses Excel's 1-based rows.
 */

export interface CellRef {
  row: number;
  column: number;
}

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

/** "AA10" → {row: 9, column: 26}. Accepts "$" anchors. Throws on text that is not a cell. */
export function parseCell(a1: string): CellRef {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!match) throw new Error(`"${a1}" is not a cell address.`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

export function cellAddress(ref: CellRef): string {
  return `${columnLetters(ref.column)}${ref.row + 1}`;
}

/** The A1 address of a block `rows` × `columns` whose top-left cell is `topLeft`. */
export function blockAddress(topLeft: string | CellRef, rows: number, columns: number): string {
  const start = typeof topLeft === "string" ? parseCell(topLeft) : topLeft;
  const end = {
    row: start.row + Math.max(rows, 1) - 1,
    column: start.column + Math.max(columns, 1) - 1,
  };
  const a = cellAddress(start);
  const b = cellAddress(end);
  return a === b ? a : `${a}:${b}`;
}

/** Strips a sheet prefix: "'My sheet'!A1:B2" → "A1:B2". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** Parses "A1:C5" (or a single cell) into its corners. */
export function parseRange(address: string): { start: CellRef; end: CellRef } {
  const [a, b] = stripSheet(address).split(":");
  const start = parseCell(a);
  return { start, end: b ? parseCell(b) : start };
}

/** The A1 address of whole sheet row `sheetRow` (1-based) across a block's columns. */
export function rowAddress(sheetRow: number, firstColumn: number, columnCount: number): string {
  return blockAddress({ row: sheetRow - 1, column: firstColumn }, 1, columnCount);
}

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], no edge apostrophes. */
export function validSheetName(preferred: string): string {
  let name = preferred.replace(/[:\\/?*[\]]/g, "-").trim();
  name = name.replace(/^'+|'+$/g, "");
  if (name === "" || name.toLowerCase() === "history") name = "Sheet";
  return name.slice(0, 31);
}

/**
 * A valid sheet name not already in `existing` (compared case-insensitively, as Excel does):
 * "Scenario", then "Scenario (2)", "Scenario (3)"… trimmed so the suffix still fits 31 characters.
 */
export function uniqueSheetName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = validSheetName(preferred);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Excel table names: start with a letter or underscore, then letters, digits, underscores, dots. */
export function uniqueTableName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let base = preferred.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(base)) base = `T_${base}`;
  // Names that look like cell references (e.g. "A1", "R1C1") are not allowed.
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) base = `T_${base}`;
  base = base.slice(0, 250);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
