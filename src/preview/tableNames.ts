/**
 * The engine's named expressions that stand for parts of tables (see ./formulaText), kept on
 * each table's current range: defined when a formula first names them, and moved when the
 * table grows, shrinks or moves. Rows inserted inside a table move the names with it already
 * (the engine adjusts every reference), so only changes the engine cannot see are synced here.
 */
import type { HyperFormula } from "hyperformula";
import { columnLetters } from "../workbook/a1";
import { columnIndex, engineName, parseEngineName, type TableNameRef } from "./formulaText";
import type { TableInfo } from "./snapshot";

const quotedSheet = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** The range a table part covers now, as a named expression's formula ("='Staff'!$B$2:$B$9"). */
export function tablePartFormula(ref: TableNameRef): string {
  const { start, end } = ref.table.range;
  let first = start.col;
  let last = end.col;
  if (ref.columns) {
    const [a, b] = ref.columns.map((header) => columnIndex(ref.table, header));
    // A column deleted from the table: formulas naming it show #REF!, as in Excel.
    if (a < 0 || b < 0) return "=#REF!";
    first = start.col + Math.min(a, b);
    last = start.col + Math.max(a, b);
  }
  const top = ref.part === "data" ? start.row + 1 : start.row;
  const bottom = ref.part === "headers" ? start.row : Math.max(end.row, top);
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  return `=${quotedSheet(ref.table.sheet)}!${cell(top, first)}:${cell(bottom, last)}`;
}

/** Defines the names a formula uses that the engine does not have yet. */
export function defineTableNames(hf: HyperFormula, refs: readonly TableNameRef[]): void {
  for (const ref of refs) {
    const name = engineName(ref);
    if (hf.getNamedExpressionFormula(name) === undefined) {
      hf.addNamedExpression(name, tablePartFormula(ref));
    }
  }
}

/** Moves every name of `table` onto the table's current range (after it grew or shrank). */
export function syncTableNames(
  hf: HyperFormula,
  table: TableInfo,
  tables: readonly TableInfo[],
): void {
  for (const name of hf.listNamedExpressions()) {
    const ref = parseEngineName(name, tables);
    if (!ref || ref.table !== table) continue;
    const formula = tablePartFormula(ref);
    if (hf.getNamedExpressionFormula(name) !== formula) hf.changeNamedExpression(name, formula);
  }
}
