/** Sparse cells to rectangles: every cell once, no overlap, area bounded by the cells. */
import fc from "fast-check";
import { tilesOf, type SparseCell } from "../../src/preview/sheetTiles";

function cover(tiles: ReturnType<typeof tilesOf<number>>): Map<string, number | null> {
  const seen = new Map<string, number | null>();
  for (const tile of tiles) {
    tile.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const key = `${tile.row + r}:${tile.col + c}`;
        if (seen.has(key)) throw new Error(`tiles overlap at ${key}`);
        seen.set(key, value);
      }),
    );
  }
  return seen;
}

describe("tilesOf", () => {
  it("a table is a few tall tiles", () => {
    const cells: SparseCell<number>[] = [];
    for (let r = 0; r < 5000; r++) for (let c = 0; c < 8; c++) cells.push([r, c, r * c]);
    const tiles = tilesOf(cells);
    expect(tiles).toHaveLength(5);
    expect(tiles[0].values).toHaveLength(1000);
  });

  it("a cell in XFD1048576 beside a table is a 1×1 tile, not a sheet-sized grid", () => {
    const tiles = tilesOf<number>([
      [0, 0, 1],
      [0, 1, 2],
      [1_048_575, 16_383, 3],
    ]);
    expect(tiles.map((t) => [t.row, t.col, t.values.length, t.values[0].length])).toEqual([
      [0, 0, 1, 2],
      [1_048_575, 16_383, 1, 1],
    ]);
  });

  it("covers every cell exactly once, with no overlap and bounded area, for any cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3000), fc.nat(300), fc.integer()), { maxLength: 400 }),
        (raw) => {
          const last = new Map<string, number>();
          for (const [r, c, v] of raw) last.set(`${r}:${c}`, v);
          const tiles = tilesOf(raw as SparseCell<number>[]);
          const seen = cover(tiles);
          for (const [key, value] of last) expect(seen.get(key)).toBe(value);
          let filled = 0;
          for (const value of seen.values()) if (value !== null) filled++;
          expect(filled).toBe(last.size);
          expect(seen.size).toBeLessThanOrEqual(9 * last.size + 1024 * tiles.length);
        },
      ),
    );
  });
});
