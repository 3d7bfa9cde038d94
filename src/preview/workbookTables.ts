/**
 * The workbook's tables and charts as sheets change under them: a sheet renamed or deleted,
 * rows or columns inserted or deleted, a row typed just below a table (Excel's AutoExpansion).
 * Each works on the model's lists in place; the engine's names for the tables follow
 * (./tableNames), since formulas reach a table through them.
 */
import type { HyperFormula } from "hyperformula";
import type { CellRef, RangeRef } from "../workbook/a1";
import { rowsAddedBelow } from "../workbook/tableGrowth";
import { movedTable, type LineChange } from "./rowsColumns";
import type { TableInfo } from "./snapshot";
import { syncTableNames } from "./tableNames";

export const copyTable = (t: TableInfo): TableInfo => ({ ...t, headers: [...t.headers] });

/** Points what was on sheet `from` to sheet `to`. */
export function renameSheetOf<T extends { sheet: string }>(items: T[], from: string, to: string) {
  for (let i = 0; i < items.length; i++) {
    if (items[i].sheet === from) items[i] = { ...items[i], sheet: to };
  }
}

/** Drops what was on a deleted sheet. */
export function dropSheetOf<T extends { sheet: string }>(items: T[], sheet: string) {
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i].sheet === sheet) items.splice(i, 1);
  }
}

/** The table holding a cell, if any. */
export function tableAt(tables: readonly TableInfo[], sheet: string, ref: CellRef) {
  return tables.find(
    (t) =>
      t.sheet === sheet &&
      ref.row >= t.range.start.row &&
      ref.row <= t.range.end.row &&
      ref.col >= t.range.start.col &&
      ref.col <= t.range.end.col,
  );
}

/**
 * Moves the sheet's tables with inserted or deleted rows or columns (a table whose every row
 * or column went is dropped); `writeHeaders` writes the header cells of columns inserted inside
 * a table ("Column1"…, as Excel does).
 */
export function moveTables(
  engine: HyperFormula,
  tables: TableInfo[],
  sheet: string,
  change: LineChange,
  writeHeaders: (before: TableInfo, after: TableInfo) => void,
): void {
  for (let i = tables.length - 1; i >= 0; i--) {
    const table = tables[i];
    if (table.sheet !== sheet) continue;
    const moved = movedTable(table, change);
    if (!moved) {
      tables.splice(i, 1);
      continue;
    }
    tables[i] = moved;
    if (moved.headers.length > table.headers.length) writeHeaders(table, moved);
  }
  for (const table of tables) if (table.sheet === sheet) syncTableNames(engine, table, tables);
}

/**
 * Grows each of the sheet's tables by the rows of `edit` written directly below it, as
 * Excel's AutoExpansion does; true when one grew.
 */
export function growTablesBelow(
  engine: HyperFormula,
  tables: TableInfo[],
  sheet: string,
  edit: RangeRef,
  isFilled: (row: number, col: number) => boolean,
): boolean {
  let grew = false;
  for (let i = 0; i < tables.length; i++) {
    const table = tables[i];
    if (table.sheet !== sheet) continue;
    const added = rowsAddedBelow(
      { bottom: table.range.end.row, left: table.range.start.col, right: table.range.end.col },
      { top: edit.start.row, bottom: edit.end.row, left: edit.start.col, right: edit.end.col },
      isFilled,
    );
    if (added === 0) continue;
    const grown = {
      ...table,
      range: {
        start: table.range.start,
        end: { ...table.range.end, row: table.range.end.row + added },
      },
    };
    tables[i] = grown;
    syncTableNames(engine, grown, tables);
    grew = true;
  }
  return grew;
}
