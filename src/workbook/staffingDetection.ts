/**
 * The one rule both hosts use to find staffing data in a workbook (src/office/excelWorkbook.ts
 * and src/preview/previewWorkbook.ts read the cells; this decides what they mean). Pure.
 *
 * 1. The Excel table whose header row looks most like a staffing list's (`staffingHeaderScore`:
 *    one naming Team, FTE and Status outranks one that names only some columns), the first
 *    in workbook order among equals.
 * 2. Otherwise the selection's sheet: the staffing list on it, with its header row found
 *    below any title rows and blank rows, running down to its last non-blank row (a blank row
 *    inside the list does not end it). With several lists on the sheet, the one holding the
 *    selection, else the one naming the most columns. A sheet too big to read whole
 *    (`scanWholeSheet`) is looked at only in the block around the selection.
 * 3. Otherwise the block of cells around the selection (Excel's current region), so the user
 *    can say which column is which.
 */
import { looksLikeStaffing, normaliseHeader, staffingHeaderScore } from "../core/staffingHeaders";
import { blockAddress, type CellRef, type RangeRef } from "./a1";
import type { CellValue, DataBlock } from "./types";

export { looksLikeStaffing };

const isBlank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Header cells are shown as trimmed text; a blank header is "". */
function headerText(v: CellValue | undefined): string {
  return isBlank(v) ? "" : String(v).trim();
}

/**
 * The table that looks most like a staffing list (one naming Team, FTE and Status first), the
 * first in workbook order among equals; none when no table looks like one.
 */
export function chooseStaffingTable<T extends { headers: readonly unknown[] }>(
  tables: readonly T[],
): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const table of tables) {
    const score = staffingHeaderScore(table.headers);
    if (score > bestScore) {
      best = table;
      bestScore = score;
    }
  }
  return best;
}

/** A table read whole (header row first) as a block. */
export function blockFromTable(
  sheet: string,
  tableName: string,
  values: readonly (readonly CellValue[])[],
  topLeft: CellRef,
): DataBlock | null {
  if (values.length === 0) return null;
  const [header, ...rows] = values;
  return {
    sheet,
    tableName,
    address: blockAddress(topLeft, values.length, Math.max(header.length, 1)),
    headerRow: topLeft.row + 1,
    firstColumn: topLeft.col,
    headers: header.map(headerText),
    rows: rows.map((row) => [...row]),
  };
}

interface Segment {
  start: number;
  end: number;
}

/** Runs of filled header cells; a single blank header between filled ones stays inside. */
function headerSegments(row: readonly CellValue[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let gap = 0;
  for (let c = 0; c < row.length; c++) {
    if (!isBlank(row[c])) {
      if (current && gap <= 1) current.end = c;
      else {
        current = { start: c, end: c };
        segments.push(current);
      }
      gap = 0;
    } else gap += 1;
  }
  return segments;
}

interface HeaderCandidate {
  row: number;
  segment: Segment;
  score: number;
}

/** Rows searched for a header: the top of the sheet, and the rows after each blank row. */
const ROWS_AFTER_BREAK = 30;

function headerCandidates(values: readonly (readonly CellValue[])[]): HeaderCandidate[] {
  const found: HeaderCandidate[] = [];
  let sinceBreak = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const blank = row.every(isBlank);
    if (blank) {
      sinceBreak = 0;
      continue;
    }
    if (sinceBreak < ROWS_AFTER_BREAK && row.some((v) => normaliseHeader(v) !== "")) {
      for (const segment of headerSegments(row)) {
        const score = staffingHeaderScore(row.slice(segment.start, segment.end + 1));
        if (score > 0) found.push({ row: r, segment, score });
      }
    }
    sinceBreak += 1;
  }
  return found;
}

const overlaps = (a: Segment, b: Segment) => a.start <= b.end && b.start <= a.end;

/** Last row of a list under `header`: its last non-blank row before the next list's header. */
function lastRowOf(
  values: readonly (readonly CellValue[])[],
  header: HeaderCandidate,
  candidates: readonly HeaderCandidate[],
): number {
  const next = candidates.find((c) => c.row > header.row && overlaps(c.segment, header.segment));
  const limit = next ? next.row - 1 : values.length - 1;
  for (let r = limit; r > header.row; r--) {
    const row = values[r] ?? [];
    for (let c = header.segment.start; c <= header.segment.end; c++) if (!isBlank(row[c])) return r;
  }
  return header.row;
}

/**
 * Excel's current region (Ctrl+*) around a cell: the rectangle of filled cells connected to
 * it, within `height` × `width`. Null when neither the cell nor a neighbour is filled. Each
 * side grows as far as it can before the next is tried, so the work is linear in the region.
 */
export function regionAround(
  filled: (row: number, col: number) => boolean,
  at: CellRef,
  height: number,
  width: number,
): RangeRef | null {
  const inside = (r: number, c: number) =>
    r >= 0 && c >= 0 && r < height && c < width && filled(r, c);
  const touching = [
    [0, 0],
    [-1, 0],
    [1, 0],
    [0, -1],
    [0, 1],
  ].some(([dr, dc]) => inside(at.row + dr, at.col + dc));
  if (!touching) return null;
  let top = at.row;
  let bottom = at.row;
  let left = at.col;
  let right = at.col;
  const rowHas = (r: number) => {
    for (let c = left - 1; c <= right + 1; c++) if (inside(r, c)) return true;
    return false;
  };
  const columnHas = (c: number) => {
    for (let r = top - 1; r <= bottom + 1; r++) if (inside(r, c)) return true;
    return false;
  };
  for (let changed = true; changed;) {
    changed = false;
    while (top > 0 && rowHas(top - 1)) {
      top -= 1;
      changed = true;
    }
    while (bottom < height - 1 && rowHas(bottom + 1)) {
      bottom += 1;
      changed = true;
    }
    while (left > 0 && columnHas(left - 1)) {
      left -= 1;
      changed = true;
    }
    while (right < width - 1 && columnHas(right + 1)) {
      right += 1;
      changed = true;
    }
  }
  return { start: { row: top, col: left }, end: { row: bottom, col: right } };
}

/** The current region around a cell of a grid of values. */
export function currentRegion(
  values: readonly (readonly CellValue[])[],
  at: CellRef,
): RangeRef | null {
  // A loop, not Math.max(...rows): a used range can be a million rows long.
  let width = 0;
  for (const row of values) width = Math.max(width, row.length);
  return regionAround((r, c) => !isBlank(values[r]?.[c]), at, values.length, width);
}

/**
 * Sheets whose used range holds more cells than this are not read whole to look for a list
 * (a value typed in XFD1048576 would make that 17 billion cells): the block around the active
 * cell is read instead, so the work stays what the sheet holds.
 */
export const MAX_SHEET_SCAN_CELLS = 2_000_000;

/** Whether a used range is small enough to read whole (see MAX_SHEET_SCAN_CELLS). */
export function scanWholeSheet(range: RangeRef): boolean {
  const cells = (range.end.row - range.start.row + 1) * (range.end.col - range.start.col + 1);
  return cells <= MAX_SHEET_SCAN_CELLS;
}

function sliceBlock(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  origin: CellRef,
  top: number,
  bottom: number,
  segment: Segment,
): DataBlock {
  const width = segment.end - segment.start + 1;
  const cellsOf = (r: number): CellValue[] => {
    const row = values[r] ?? [];
    const out: CellValue[] = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) out[c] = row[segment.start + c] ?? null;
    return out;
  };
  const rows: CellValue[][] = [];
  for (let r = top + 1; r <= bottom; r++) rows.push(cellsOf(r));
  return {
    sheet,
    address: blockAddress(
      { row: origin.row + top, col: origin.col + segment.start },
      bottom - top + 1,
      width,
    ),
    headerRow: origin.row + top + 1,
    firstColumn: origin.col + segment.start,
    headers: cellsOf(top).map(headerText),
    rows,
  };
}

/**
 * The staffing data on a sheet, from the values of its used range (`origin` is the sheet
 * position of `values[0][0]`) and the selected cell (sheet position). Null when the sheet
 * holds no list and the selection touches nothing.
 */
export function blockFromSheet(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  origin: CellRef,
  selected: CellRef | null,
): DataBlock | null {
  const at = selected ? { row: selected.row - origin.row, col: selected.col - origin.col } : null;
  const candidates = headerCandidates(values);
  if (candidates.length > 0) {
    const spans = candidates.map((candidate) => ({
      candidate,
      last: lastRowOf(values, candidate, candidates),
    }));
    const holding = at
      ? spans.filter(
          ({ candidate, last }) =>
            at.row >= candidate.row &&
            at.row <= last &&
            at.col >= candidate.segment.start &&
            at.col <= candidate.segment.end,
        )
      : [];
    const pool = holding.length > 0 ? holding : spans;
    const best = pool.reduce((a, b) => (b.candidate.score > a.candidate.score ? b : a));
    return sliceBlock(sheet, values, origin, best.candidate.row, best.last, best.candidate.segment);
  }
  if (!at) return null;
  const region = currentRegion(values, at);
  if (!region) return null;
  return sliceBlock(sheet, values, origin, region.start.row, region.end.row, {
    start: region.start.col,
    end: region.end.col,
  });
}
