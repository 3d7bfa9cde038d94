/**
 * Reads an .xlsx (parsed by ExcelJS) into a workbook snapshot: values, formulas, number
 * formats, tables and the add-in's settings sheet. Text from the file stays text: a cell
 * holding "=HYPERLINK(…)" as text, "+5 ASYE" or "1/2" is entered as text, never as a formula,
 * a number or a date; only the file's own formulas are formulas. What cannot be kept exactly
 * (text over Excel's cell limit) is noted for the user.
 */
import type ExcelJS from "exceljs";
import type { RawCellContent } from "hyperformula";
import { parseRange } from "../workbook/a1";
import { formulaFromFile, SETTINGS_SHEET, dateToSerial } from "./xlsxFormulas";
import type { SheetCell, TableInfo, WorkbookSnapshot } from "./snapshot";
import { MAX_CELL_TEXT, asText, excelNumber } from "./typedInput";
import { readColumnWidths } from "./xlsxColumnWidths";

export interface ImportedWorkbook {
  snapshot: WorkbookSnapshot;
  /** What was changed or left out on the way in, in plain words. */
  notes: string[];
}

interface SheetReport {
  cutTexts: number;
}

function text(value: string, report: SheetReport): string {
  if (value.length <= MAX_CELL_TEXT) return asText(value);
  report.cutTexts++;
  return asText(value.slice(0, MAX_CELL_TEXT));
}

/** One cell as engine content; spilled cells of an array formula are left to their formula. */
function importCell(cell: ExcelJS.Cell, report: SheetReport): RawCellContent {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return excelNumber(value) ?? "#NUM!";
  if (typeof value === "string") return value === "" ? null : text(value, report);
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const formula = cell.formula;
      if (formula) return `=${formulaFromFile(formula)}`;
      const result = (value as { result?: unknown }).result;
      if (typeof result === "string") return text(result, report);
      return typeof result === "number" || typeof result === "boolean" ? result : null;
    }
    if ("richText" in value) return text(value.richText.map((run) => run.text).join(""), report);
    // A hyperlink keeps the text it shows; the link itself is not carried.
    if ("text" in value) return text(String(value.text), report);
    if ("error" in value) return String(value.error);
  }
  return null;
}

/** Addresses inside array formulas' ranges other than their anchors: their values are the spill. */
function spilledCells(worksheet: ExcelJS.Worksheet): Set<string> {
  const spilled = new Set<string>();
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value as { shareType?: unknown; ref?: unknown } | null;
      if (!value || typeof value !== "object" || value.shareType !== "array") return;
      const range = typeof value.ref === "string" ? parseRange(value.ref) : null;
      if (!range) return;
      for (let r = range.start.row; r <= range.end.row; r++) {
        for (let c = range.start.col; c <= range.end.col; c++) {
          if (r !== range.start.row || c !== range.start.col) spilled.add(`${r}:${c}`);
        }
      }
    });
  });
  return spilled;
}

function readTables(worksheet: ExcelJS.Worksheet): TableInfo[] {
  // ExcelJS types getTables() as tuples, but it returns Table objects whose model is `.table`.
  const tables = worksheet.getTables() as unknown as {
    table?: { name?: string; tableRef?: string };
  }[];
  const found: TableInfo[] = [];
  for (const { table } of tables) {
    const range = table?.tableRef ? parseRange(table.tableRef) : null;
    if (!range || !table?.name) continue;
    const headers: string[] = [];
    for (let c = range.start.col; c <= range.end.col; c++) {
      headers.push(worksheet.getCell(range.start.row + 1, c + 1).text);
    }
    found.push({ name: table.name, sheet: worksheet.name, range, headers });
  }
  return found;
}

/** The workbook ExcelJS has read, as a snapshot the model can restore, with notes. */
export function readWorkbook(workbook: ExcelJS.Workbook): ImportedWorkbook {
  const snapshot: WorkbookSnapshot = {
    sheets: [],
    formats: {},
    tables: [],
    charts: [],
    settings: [],
    widths: {},
  };
  const notes: string[] = [];
  workbook.eachSheet((worksheet) => {
    if (worksheet.name === SETTINGS_SHEET) {
      worksheet.eachRow((row, rowNumber) => {
        if (rowNumber === 1) return;
        const key = row.getCell(1).text;
        if (key) snapshot.settings.push([key, row.getCell(2).text]);
      });
      return;
    }
    const report: SheetReport = { cutTexts: 0 };
    const spilled = spilledCells(worksheet);
    const cells: SheetCell[] = [];
    const formats: [string, string][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const key = `${rowNumber - 1}:${colNumber - 1}`;
        const format = cell.numFmt;
        if (format && format !== "General") formats.push([key, format]);
        else if (cell.value instanceof Date) formats.push([key, "dd/mm/yyyy"]);
        if (spilled.has(key)) return;
        const content = importCell(cell, report);
        if (content !== null && content !== "") cells.push([rowNumber - 1, colNumber - 1, content]);
      });
    });
    snapshot.sheets.push({ name: worksheet.name, cells });
    snapshot.formats[worksheet.name] = formats;
    const widths = readColumnWidths(worksheet);
    if (widths.length > 0) (snapshot.widths ??= {})[worksheet.name] = widths;
    for (const table of readTables(worksheet)) snapshot.tables.push(table);
    if (report.cutTexts > 0) {
      notes.push(
        `${report.cutTexts.toLocaleString("en-GB")} text ${report.cutTexts === 1 ? "cell" : "cells"} on "${worksheet.name}" held more than Excel's 32,767 characters and ${report.cutTexts === 1 ? "was" : "were"} cut to that length.`,
      );
    }
  });
  return { snapshot, notes };
}
