/**
 * .xlsx import and export for the workbench, with ExcelJS: values, formulas, number formats
 * and tables. Workbook settings (what the task pane saves with setSetting) travel in a hidden
 * sheet, as Office's document settings travel inside the file in Excel.
 */
import ExcelJS from "exceljs";
import type { RawCellContent } from "hyperformula";
import { cellAddress, parseRange, rangeAddress } from "../workbook/a1";
import type { TableInfo, WorkbookModel, WorkbookSnapshot } from "./workbookModel";

/** Hidden sheet holding the add-in's settings (key, value rows). */
export const SETTINGS_SHEET = "_WorkforceSettings";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

type ExcelScalar = number | string | boolean | Date | null;

function resultValue(value: unknown): ExcelScalar | { error: string } {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "object" && value !== null && "value" in value) {
    return { error: String(value.value) };
  }
  return null;
}

export async function exportXlsx(model: WorkbookModel): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Social Care Workforce Planner (preview workbench)";
  const snapshot = model.snapshot();
  for (const sheet of snapshot.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const formats = new Map(snapshot.formats[sheet.name] ?? []);
    const tables = snapshot.tables.filter((t) => t.sheet === sheet.name);
    for (const [row, col, content] of sheet.cells) {
      const cell = worksheet.getCell(row + 1, col + 1);
      const computed = model.getValue(sheet.name, { row, col });
      if (typeof content === "string" && content.startsWith("=")) {
        const result = resultValue(computed);
        const spill = spillRange(model, sheet.name, row, col);
        cell.value = {
          formula: content.slice(1),
          ...(result !== null ? { result } : {}),
          ...(spill ? { shareType: "array", ref: spill } : {}),
        } as ExcelJS.CellValue;
      } else {
        cell.value = content;
      }
      const format = formats.get(`${row}:${col}`);
      if (format) cell.numFmt = format;
    }
    for (const table of tables) addTable(worksheet, table);
  }
  if (snapshot.settings.length > 0) {
    const settingsSheet = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    settingsSheet.addRow(["key", "value"]);
    for (const [key, value] of snapshot.settings) settingsSheet.addRow([key, value]);
  }
  return workbook.xlsx.writeBuffer();
}

/** The spill range of an array formula anchored at (row, col), when it spills. */
function spillRange(model: WorkbookModel, sheet: string, row: number, col: number): string | null {
  const id = model.sheetId(sheet);
  const value = model.hf.getCellValue({ sheet: id, row, col });
  if (!model.hf.isCellPartOfArray({ sheet: id, row, col }) || value === null) return null;
  let endRow = row;
  let endCol = col;
  const partOfThis = (r: number, c: number) =>
    model.hf.isCellPartOfArray({ sheet: id, row: r, col: c }) &&
    model.hf.getCellFormula({ sheet: id, row: r, col: c }) === undefined;
  while (partOfThis(endRow + 1, col)) endRow++;
  while (partOfThis(row, endCol + 1)) endCol++;
  if (endRow === row && endCol === col) return null;
  return rangeAddress({ start: { row, col }, end: { row: endRow, col: endCol } });
}

function addTable(worksheet: ExcelJS.Worksheet, table: TableInfo): void {
  // ExcelJS writes table cells itself; pass the cells already written so formulas survive.
  const { start, end } = table.range;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = start.row + 1; r <= end.row; r++) {
    const values: ExcelJS.CellValue[] = [];
    for (let c = start.col; c <= end.col; c++) values.push(worksheet.getCell(r + 1, c + 1).value);
    rows.push(values);
  }
  const formats: (string | undefined)[] = [];
  for (let c = start.col; c <= end.col; c++)
    formats.push(worksheet.getCell(start.row + 2, c + 1).numFmt);
  worksheet.addTable({
    name: table.name,
    ref: cellAddress(start),
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: uniqueHeaders(table.headers).map((name) => ({ name, filterButton: true })),
    rows: rows.length > 0 ? rows : [table.headers.map(() => null)],
  });
  // addTable resets cell formats; put them back.
  formats.forEach((format, i) => {
    if (!format) return;
    for (let r = start.row + 1; r <= end.row; r++)
      worksheet.getCell(r + 1, start.col + i + 1).numFmt = format;
  });
}

function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, i) => {
    let name = header.trim() === "" ? `Column${i + 1}` : header;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${header}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function importCell(cell: ExcelJS.Cell): RawCellContent {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const formula = cell.formula;
      if (formula) return `=${formula}`;
      const result = (value as { result?: unknown }).result;
      return typeof result === "number" || typeof result === "string" || typeof result === "boolean"
        ? result
        : null;
    }
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
  }
  return null;
}

/** Reads an .xlsx into a snapshot the model can restore. */
export async function importXlsx(data: ArrayBuffer): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const snapshot: WorkbookSnapshot = {
    sheets: [],
    formats: {},
    tables: [],
    charts: [],
    settings: [],
  };
  workbook.eachSheet((worksheet) => {
    if (worksheet.name === SETTINGS_SHEET) {
      worksheet.eachRow((row, rowNumber) => {
        if (rowNumber === 1) return;
        const key = row.getCell(1).text;
        if (key) snapshot.settings.push([key, row.getCell(2).text]);
      });
      return;
    }
    const cells: [number, number, RawCellContent][] = [];
    const formats: [string, string][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const content = importCell(cell);
        if (content !== null && content !== "") cells.push([rowNumber - 1, colNumber - 1, content]);
        const format = cell.numFmt;
        if (format && format !== "General")
          formats.push([`${rowNumber - 1}:${colNumber - 1}`, format]);
        else if (cell.value instanceof Date)
          formats.push([`${rowNumber - 1}:${colNumber - 1}`, "dd/mm/yyyy"]);
      });
    });
    snapshot.sheets.push({ name: worksheet.name, cells });
    snapshot.formats[worksheet.name] = formats;
    // ExcelJS types getTables() as tuples, but it returns Table objects whose model is `.table`.
    const tables = worksheet.getTables() as unknown as {
      table?: { name?: string; tableRef?: string };
    }[];
    for (const { table } of tables) {
      const range = table?.tableRef ? parseRange(table.tableRef) : null;
      if (!range || !table?.name) continue;
      const headers: string[] = [];
      for (let c = range.start.col; c <= range.end.col; c++) {
        headers.push(worksheet.getCell(range.start.row + 1, c + 1).text);
      }
      snapshot.tables.push({ name: table.name, sheet: worksheet.name, range, headers });
    }
  });
  if (snapshot.sheets.length === 0) throw new Error("The file has no worksheets.");
  return snapshot;
}
