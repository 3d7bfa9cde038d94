/** The grid's geometry in CSS pixels: fixed row height, columns of the default or their own width. */
export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const COLUMN_WIDTH = 100;
export const ROW_HEADER_WIDTH = 52;

/**
 * Where each column sits when some have their own width (a user resized them): left edges
 * and the column under a point, in time that grows with the resized columns, not the sheet.
 */
export class ColumnLayout {
  /** Resized columns, left to right, with the extra width each adds (negative: narrower). */
  private readonly resized: [col: number, extra: number][];

  constructor(private readonly widths: ReadonlyMap<number, number>) {
    this.resized = [...widths]
      .map(([col, width]): [number, number] => [col, width - COLUMN_WIDTH])
      .sort((a, b) => a[0] - b[0]);
  }

  width(col: number): number {
    return this.widths.get(col) ?? COLUMN_WIDTH;
  }

  /** The column's left edge, from the first column's (row headers not included). */
  left(col: number): number {
    let left = col * COLUMN_WIDTH;
    for (const [resized, extra] of this.resized) {
      if (resized >= col) break;
      left += extra;
    }
    return left;
  }

  /** The column under `x` (measured as `left` is), 0 for anything left of the first. */
  columnAt(x: number): number {
    if (x <= 0) return 0;
    let col = 0;
    let left = 0;
    for (const [resized, extra] of this.resized) {
      const before = Math.floor((x - left) / COLUMN_WIDTH);
      if (col + before < resized) return col + before;
      left += (resized - col) * COLUMN_WIDTH;
      const width = COLUMN_WIDTH + extra;
      if (x < left + width) return resized;
      left += width;
      col = resized + 1;
    }
    return col + Math.floor((x - left) / COLUMN_WIDTH);
  }
}
