/**
 * Ctrl+arrow and Ctrl+End as Excel moves them, checked against a brute-force walk over random
 * sheets, and on a sheet whose data ends at the sheet's last row and column.
 */
import fc from "fast-check";
import {
  dataEdge,
  LAST_COL,
  LAST_ROW,
  lastUsedCell,
  type NavigableSheet,
} from "../../src/preview/gridNavigation";
import type { CellRef } from "../../src/workbook/a1";

function sheetOf(filled: CellRef[]): NavigableSheet & { count: () => number } {
  const set = new Set(filled.map((c) => `${c.row},${c.col}`));
  let reads = 0;
  return {
    isFilled: (ref) => {
      reads++;
      return set.has(`${ref.row},${ref.col}`);
    },
    usedSize: () => ({
      rows: filled.reduce((m, c) => Math.max(m, c.row + 1), 0),
      cols: filled.reduce((m, c) => Math.max(m, c.col + 1), 0),
    }),
    count: () => reads,
  };
}

const SPAN = 12; // the random sheets' cells are all within A1:M13

/**
 * Excel's rule, walked cell by cell. Past SPAN nothing is filled (by construction of the
 * random sheets, not by asking the sheet), so a walk that gets there ends at the sheet's edge.
 */
function reference(sheet: NavigableSheet, from: CellRef, dRow: number, dCol: number): CellRef {
  const step = (ref: CellRef) => ({ row: ref.row + dRow, col: ref.col + dCol });
  const offSheet = (ref: CellRef) => ref.row < 0 || ref.col < 0;
  const pastData = (ref: CellRef) => ref.row > SPAN || ref.col > SPAN;
  const edge = (): CellRef => ({
    row: dRow > 0 ? LAST_ROW : dRow < 0 ? 0 : from.row,
    col: dCol > 0 ? LAST_COL : dCol < 0 ? 0 : from.col,
  });
  let at = step(from);
  if (offSheet(at)) return from;
  if (sheet.isFilled(from) && sheet.isFilled(at)) {
    while (!offSheet(step(at)) && sheet.isFilled(step(at))) at = step(at);
    return at;
  }
  while (!offSheet(at) && !pastData(at)) {
    if (sheet.isFilled(at)) return at;
    at = step(at);
  }
  return edge();
}

describe("dataEdge (Ctrl+arrow)", () => {
  const small = { row: fc.integer({ min: 0, max: SPAN }), col: fc.integer({ min: 0, max: SPAN }) };
  const directions: [number, number][] = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ];

  it("matches a cell-by-cell walk on random sheets, in every direction", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record(small), { maxLength: 40 }),
        fc.record(small),
        fc.constantFrom(...directions),
        (filled, from, [dRow, dCol]) => {
          const sheet = sheetOf(filled);
          expect(dataEdge(sheet, from, dRow, dCol)).toEqual(reference(sheet, from, dRow, dCol));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads only the used range, not a million empty rows, on the way to the sheet's edge", () => {
    const sheet = sheetOf([{ row: 2, col: 0 }]);
    expect(dataEdge(sheet, { row: 5, col: 0 }, 1, 0)).toEqual({ row: LAST_ROW, col: 0 });
    expect(sheet.count()).toBeLessThan(10);
  });

  it("stops at data in the sheet's last row and column, and stays there", () => {
    const sheet = sheetOf([
      { row: LAST_ROW, col: 3 },
      { row: 7, col: LAST_COL },
    ]);
    expect(dataEdge(sheet, { row: 0, col: 3 }, 1, 0)).toEqual({ row: LAST_ROW, col: 3 });
    expect(dataEdge(sheet, { row: LAST_ROW, col: 3 }, 1, 0)).toEqual({ row: LAST_ROW, col: 3 });
    expect(dataEdge(sheet, { row: 7, col: 0 }, 0, 1)).toEqual({ row: 7, col: LAST_COL });
  });
});

describe("lastUsedCell (Ctrl+End)", () => {
  it("is the last used row and the last used column, even when that cell is empty", () => {
    expect(
      lastUsedCell(
        sheetOf([
          { row: 9, col: 0 },
          { row: 0, col: 4 },
        ]),
      ),
    ).toEqual({ row: 9, col: 4 });
    expect(lastUsedCell(sheetOf([]))).toEqual({ row: 0, col: 0 });
  });
});
