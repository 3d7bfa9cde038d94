/**
 * What inserting or deleting rows or columns does to what the engine does not keep: number
 * formats and column widths move with their cells, and a table grows when rows or columns go
 * in inside it, moves when they go in before it, and shrinks when some of its own are deleted
 * (it goes when its header row or all its columns do), as in Excel. Pure.
 */
import type { RangeRef } from "../workbook/a1";
import type { TableInfo } from "./snapshot";

export type Axis = "rows" | "columns";

/** `count` rows or columns inserted before `at` (count > 0), or deleted from `at` (count < 0). */
export interface LineChange {
  axis: Axis;
  at: number;
  count: number;
}

/** Where a row or column index goes after the change; null when it was deleted. */
export function movedIndex(index: number, change: LineChange): number | null {
  if (index < change.at) return index;
  if (change.count > 0) return index + change.count;
  if (index < change.at - change.count) return null;
  return index + change.count;
}

/** A sheet's formats ("row:col" → format) after the change. */
export function movedFormats(
  formats: ReadonlyMap<string, string>,
  change: LineChange,
): Map<string, string> {
  const moved = new Map<string, string>();
  for (const [key, format] of formats) {
    const [row, col] = key.split(":").map(Number);
    if (change.axis === "rows") {
      const to = movedIndex(row, change);
      if (to !== null) moved.set(`${to}:${col}`, format);
    } else {
      const to = movedIndex(col, change);
      if (to !== null) moved.set(`${row}:${to}`, format);
    }
  }
  return moved;
}

/** A sheet's column widths after a column change (row changes leave them). */
export function movedWidths(
  widths: ReadonlyMap<number, number>,
  change: LineChange,
): Map<number, number> {
  if (change.axis === "rows") return new Map(widths);
  const moved = new Map<number, number>();
  for (const [col, width] of widths) {
    const to = movedIndex(col, change);
    if (to !== null) moved.set(to, width);
  }
  return moved;
}

/** The span [first, last] of a range along the axis. */
const span = (range: RangeRef, axis: Axis): [number, number] =>
  axis === "rows" ? [range.start.row, range.end.row] : [range.start.col, range.end.col];

function withSpan(range: RangeRef, axis: Axis, first: number, last: number): RangeRef {
  return axis === "rows"
    ? { start: { ...range.start, row: first }, end: { ...range.end, row: last } }
    : { start: { ...range.start, col: first }, end: { ...range.end, col: last } };
}

/** A table after the change, or null when the change deletes it. New headers are named. */
export function movedTable(table: TableInfo, change: LineChange): TableInfo | null {
  const [first, last] = span(table.range, change.axis);
  if (change.count > 0) {
    if (change.at <= first) {
      return {
        ...table,
        range: withSpan(table.range, change.axis, first + change.count, last + change.count),
      };
    }
    if (change.at > last) return table;
    // Inside the table: it grows. New columns get Excel's "Column1", "Column2"… headers.
    const headers = [...table.headers];
    if (change.axis === "columns") {
      const names = new Set(headers.map((h) => h.toLowerCase()));
      const added: string[] = [];
      for (let n = 1; added.length < change.count; n++) {
        if (!names.has(`column${n}`)) added.push(`Column${n}`);
      }
      headers.splice(change.at - first, 0, ...added);
    }
    return {
      ...table,
      headers,
      range: withSpan(table.range, change.axis, first, last + change.count),
    };
  }
  const deletedFirst = change.at;
  const deletedLast = change.at - change.count - 1;
  if (deletedFirst > last) return table;
  if (deletedLast < first) {
    return {
      ...table,
      range: withSpan(table.range, change.axis, first + change.count, last + change.count),
    };
  }
  if (change.axis === "rows" && deletedFirst <= first) return null; // its header row went
  const keptBefore = Math.max(0, deletedFirst - first);
  const keptAfter = Math.max(0, last - deletedLast);
  const kept = keptBefore + keptAfter;
  if (change.axis === "columns") {
    if (kept === 0) return null;
    const headers = table.headers.filter((_, i) => i < keptBefore || first + i > deletedLast);
    const start = Math.min(first, deletedFirst);
    return { ...table, headers, range: withSpan(table.range, "columns", start, start + kept - 1) };
  }
  // Rows: the header stays; a table keeps at least one (empty) data row, as in Excel.
  return { ...table, range: withSpan(table.range, "rows", first, first + Math.max(kept, 2) - 1) };
}
