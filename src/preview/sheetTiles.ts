/**
 * Sparse cells to rectangles HyperFormula can take in few calls. HyperFormula writes a block
 * per call (`setCellContents`), and each call has a fixed cost, so one cell per call is far too
 * slow for a big sheet, while one block covering a sheet's bounding box costs what that box
 * holds: a value in XFD1048576 would make it 17 billion cells. Tiles keep both bounded: few
 * calls for tables, and never much more area than there are cells.
 */

/** One filled cell: 0-based row and column, and its content. */
export type SparseCell<T> = readonly [row: number, col: number, value: T];

export interface Tile<T> {
  row: number;
  col: number;
  /** Rows of the rectangle, `null` where no cell is filled. */
  values: (T | null)[][];
}

/** Cells of one row closer than this (in empty columns between them) share a tile. */
const GAP = 8;
/** Tallest tile; more rows per call gain nothing measurable. */
const MAX_TILE_ROWS = 1000;
/** A band of rows grows while its tiles' area stays within this multiple of its cells (+ slack). */
const AREA_PER_CELL = 4;
const AREA_SLACK = 1024;

interface Interval {
  from: number;
  to: number;
}

/** A row's filled columns as runs with gaps of at most GAP, sorted. */
function rowIntervals(cols: readonly number[]): Interval[] {
  const intervals: Interval[] = [];
  for (const col of cols) {
    const last = intervals[intervals.length - 1];
    if (last && col - last.to <= GAP + 1) last.to = Math.max(last.to, col);
    else intervals.push({ from: col, to: col });
  }
  return intervals;
}

/** The union of two sorted interval lists, merging intervals within GAP of each other. */
function union(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const all = [...a, ...b].sort((x, y) => x.from - y.from);
  const merged: Interval[] = [];
  for (const interval of all) {
    const last = merged[merged.length - 1];
    if (last && interval.from - last.to <= GAP + 1) last.to = Math.max(last.to, interval.to);
    else merged.push({ ...interval });
  }
  return merged;
}

const widthOf = (intervals: readonly Interval[]): number =>
  intervals.reduce((sum, i) => sum + i.to - i.from + 1, 0);

/**
 * Disjoint rectangles covering `cells`. Bands of consecutive rows are cut where their area
 * would exceed a few times their cells; within a band, each cluster of nearby columns is one
 * rectangle. Rectangles never overlap, so writing them in any order gives every cell once.
 * Duplicate addresses keep the last value.
 */
export function tilesOf<T>(cells: readonly SparseCell<T>[]): Tile<T>[] {
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Rows in order, each with its columns.
  const rows: { row: number; cells: SparseCell<T>[] }[] = [];
  for (const cell of sorted) {
    const last = rows[rows.length - 1];
    if (last && last.row === cell[0]) last.cells.push(cell);
    else rows.push({ row: cell[0], cells: [cell] });
  }
  const tiles: Tile<T>[] = [];
  let band: { top: number; rows: typeof rows; intervals: Interval[]; count: number } | null = null;

  const flush = () => {
    if (!band) return;
    const bottom = band.rows[band.rows.length - 1].row;
    for (const interval of band.intervals) {
      const values: (T | null)[][] = Array.from({ length: bottom - band.top + 1 }, () =>
        new Array<T | null>(interval.to - interval.from + 1).fill(null),
      );
      for (const { cells: rowCells } of band.rows) {
        for (const [row, col, value] of rowCells) {
          if (col >= interval.from && col <= interval.to) {
            values[row - band.top][col - interval.from] = value;
          }
        }
      }
      tiles.push({ row: band.top, col: interval.from, values });
    }
    band = null;
  };

  for (const entry of rows) {
    const intervals = rowIntervals(entry.cells.map(([, col]) => col));
    if (band) {
      const contiguous = entry.row === band.rows[band.rows.length - 1].row + 1;
      const height = entry.row - band.top + 1;
      const merged = union(band.intervals, intervals);
      const count = band.count + entry.cells.length;
      if (
        contiguous &&
        height <= MAX_TILE_ROWS &&
        height * widthOf(merged) <= AREA_PER_CELL * count + AREA_SLACK
      ) {
        band.rows.push(entry);
        band.intervals = merged;
        band.count = count;
        continue;
      }
      flush();
    }
    band = { top: entry.row, rows: [entry], intervals, count: entry.cells.length };
  }
  flush();
  return tiles;
}
