/**
 * The scan for a whole column's last used row (src/functions/wholeColumns usedRowCount) tests
 * one-cell rows holding null four at a time, before any decoding. It must find the same row as
 * reading every row with the full emptiness test, whatever the last used cell holds: a data type
 * ({ type, basicValue }), an error, a zero-length string (empty) or an Empty data type (empty).
 */
import { installCustomFunctionsShim } from "../../src/functions/customFunctionsShim";
import { wholeColumn } from "../support/bigRanges";
import {
  isEmptyCell,
  SHEET_ROWS,
  trimWholeColumnRows,
  usedRowCount,
} from "../../src/functions/wholeColumns";

installCustomFunctionsShim();

/** The scan as it was: every row read with the full test. */
function usedRowsReadOneByOne(rows: readonly unknown[], floor = 0): number {
  const emptyRow = (row: unknown) =>
    Array.isArray(row) ? row.every((cell) => isEmptyCell(cell)) : isEmptyCell(row);
  let end = rows.length;
  while (end > floor && emptyRow(rows[end - 1])) end--;
  return end;
}

const USED: [string, unknown][] = [
  ["a number", 0],
  ["text", "x"],
  ["FALSE", false],
  ["a Double data type", { type: "Double", basicValue: 0 }],
  ["a String data type holding no text", { type: "String", basicValue: "" }],
  ["a formatted number", { type: "FormattedNumber", basicValue: 0.25, numberFormat: "0%" }],
  ["a linked entity", { type: "LinkedEntity", text: "Leeds", basicValue: "#VALUE!" }],
  ["an error cell value", { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }],
  ["a CustomFunctions.Error", new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)],
];
const EMPTY: [string, unknown][] = [
  ["null", null],
  ["undefined", undefined],
  ["a zero-length string", ""],
  ["an Empty data type", { type: "Empty" }],
];

/** A column of `height` rows, empty (null) but for `cells` at their rows. */
function column(height: number, cells: readonly [number, unknown][]): unknown[][] {
  const rows = Array.from({ length: height }, () => [null] as unknown[]);
  for (const [row, cell] of cells) rows[row] = [cell];
  return rows;
}

describe("a whole column's last used row", () => {
  it.each(USED)("is found when the last used cell is %s, at every alignment", (_, cell) => {
    for (let last = 0; last < 40; last++) {
      const rows = column(61, [[last, cell]]);
      expect([last, usedRowCount(rows)]).toEqual([last, last + 1]);
      expect(usedRowCount(rows)).toBe(usedRowsReadOneByOne(rows));
    }
  });

  it.each(EMPTY)("treats %s as empty, inside a run of nulls or at its ends", (_, empty) => {
    for (let at = 0; at < 13; at++) {
      const rows = column(13, [
        [2, 7],
        [at, empty],
      ]);
      if (at === 2) continue;
      expect([at, usedRowCount(rows)]).toEqual([at, 3]);
    }
  });

  it("agrees with reading every row on random columns of every kind of cell, with a floor", () => {
    let seed = 17;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const kinds = [...USED, ...EMPTY].map(([, cell]) => cell);
    for (let trial = 0; trial < 300; trial++) {
      const height = 1 + Math.floor(random() * 50);
      const rows = column(height, []);
      for (let r = 0; r < height; r++) {
        const roll = random();
        if (roll < 0.15) rows[r] = [kinds[Math.floor(random() * kinds.length)]];
        else if (roll < 0.2) rows[r] = [null, random() < 0.5 ? null : 3];
        else if (roll < 0.22) rows[r] = [] as unknown[];
      }
      const floor = Math.floor(random() * height);
      expect(usedRowCount(rows)).toBe(usedRowsReadOneByOne(rows));
      expect(usedRowCount(rows, floor)).toBe(usedRowsReadOneByOne(rows, floor));
    }
  });

  it("trims whole columns to the last row any of them uses, whatever that row holds", () => {
    const a = wholeColumn(column(10, [[9, 1]]));
    // Two kinds only: in jest each million-row scan takes a few hundred milliseconds.
    for (const [, cell] of [USED[3], USED[7]]) {
      const b = wholeColumn(column(12_346, [[12_345, cell]]));
      const [ta, tb] = trimWholeColumnRows([a, b]) as unknown[][][];
      expect([ta.length, tb.length]).toEqual([12_346, 12_346]);
      expect(tb[12_345][0]).toBe(cell);
    }
    const blanks = wholeColumn(column(6, [[5, 1]]));
    blanks[SHEET_ROWS - 1] = [""];
    blanks[SHEET_ROWS - 2] = [{ type: "Empty" }];
    blanks[SHEET_ROWS - 7] = [undefined];
    expect((trimWholeColumnRows([blanks])[0] as unknown[]).length).toBe(6);
  });
});
