/**
 * Helpers for ranges of any size Excel can pass. A whole-column reference (`A:A`) arrives as
 * 1,048,576 rows, so nothing here spreads a range into a call (`Math.max(...rows)` overflows the
 * stack from about 125,000 elements) or copies more of it than it must.
 */
/** Largest of `values` (at least `floor`), with a loop instead of a spread. */
export function maxOf(values: ArrayLike<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}

/** Smallest of `values` (at most `ceiling`), with a loop instead of a spread. */
export function minOf(values: ArrayLike<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let min = ceiling;
  for (let i = 0; i < values.length; i++) if (values[i] < min) min = values[i];
  return min;
}

/** The longest row's length (at least `floor`); a non-array row counts as one cell. */
export function widestRow(rows: ArrayLike<unknown>, floor = 0): number {
  let width = floor;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const length = Array.isArray(row) ? row.length : 1;
    if (length > width) width = length;
  }
  return width;
}
