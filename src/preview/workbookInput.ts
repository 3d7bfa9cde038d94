/**
 * Contents on their way into the workbench's cells: the checks every write passes (a cell's
 * text limit, numbers as Excel keeps them) and pasted text split into cells, each read as if
 * typed (./typedInput).
 */
import type { RawCellContent } from "hyperformula";
import type { CellValue } from "../workbook/types";
import type { CellRef } from "../workbook/a1";
import { cellAddress } from "../workbook/a1";
import { widestRow } from "../core/ranges";
import { MAX_CELL_TEXT, excelNumber, parseInput } from "./typedInput";

/**
 * The block as the engine may hold it, or a RangeError naming the first cell whose text is
 * longer than a cell holds (nothing is written then). Numbers too close to 0 for Excel become
 * 0, and numbers Excel cannot hold become #NUM!, as Excel stores them.
 */
export function checkedContents(
  sheet: string,
  topLeft: CellRef,
  values: readonly (readonly (CellValue | RawCellContent)[])[],
): RawCellContent[][] {
  return values.map((row, r) =>
    row.map((value, c) => {
      if (typeof value === "string") {
        const length = value.startsWith("'") ? value.length - 1 : value.length;
        if (length > MAX_CELL_TEXT) {
          const at = cellAddress({ row: topLeft.row + r, col: topLeft.col + c });
          throw new RangeError(
            `The text for ${sheet}!${at} is ${length.toLocaleString("en-GB")} characters long; a cell holds at most ${MAX_CELL_TEXT.toLocaleString("en-GB")} (Excel's limit).`,
          );
        }
      }
      return typeof value === "number" ? (excelNumber(value) ?? "#NUM!") : value;
    }),
  );
}

/** Tab-separated text (as spreadsheets put on the clipboard) as a rectangular block of cells. */
export function pastedRows(text: string): RawCellContent[][] {
  const rows = text
    .replace(/\r\n?/g, "\n")
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.split("\t").map(parseInput));
  const width = widestRow(rows);
  if (width === 0) return [];
  return rows.map((row) =>
    Array.from({ length: width }, (_, i) => (i < row.length ? row[i] : null)),
  );
}
