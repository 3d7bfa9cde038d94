/**
 * Writes the workbench's workbook as an .xlsx with ExcelJS: values, formulas with their
 * cached results, number formats (dates stay dates), tables and the add-in's settings (a
 * hidden sheet, as Office's document settings travel inside the file). Text stays text
 * whatever it starts with ("=", "+", "-", "@"). What Excel could not hold as it is (text over
 * 32,767 characters, a formula the engine could not read) is written as near as it can be and
 * noted for the user.
 */
import ExcelJS from "exceljs";
import { DetailedCellError, ErrorType } from "hyperformula";
import { cellAddress, rangeAddress, type RangeRef } from "../workbook/a1";
import type { SheetCell, TableInfo } from "./snapshot";
import { MAX_CELL_TEXT } from "./typedInput";
import type { WorkbookModel } from "./workbookModel";
import { chartValues } from "./chartData";
import { SETTINGS_SHEET, formulaForFile } from "./xlsxFormulas";
import { addToPackage } from "./xlsxPackage";
import { writeColumnWidths } from "./xlsxColumnWidths";

export interface ExportedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Spilled formulas: anchor address and spill range, per sheet (for the dynamic-array parts). */
  spills: Map<string, { anchor: string; ref: string }[]>;
  notes: string[];
}

interface Counts {
  cutTexts: number;
  unreadFormulas: number;
}

function cut(text: string, counts: Counts): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  counts.cutTexts++;
  return text.slice(0, MAX_CELL_TEXT);
}

/** A computed value as ExcelJS writes a formula's cached result. */
function cachedResult(
  value: unknown,
  counts: Counts,
): ExcelJS.CellValue | { error: string } | null {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string") return cut(value, counts);
  if (typeof value === "boolean") return value;
  return null;
}

/** One cell's content as ExcelJS should write it. */
function exportCell(
  model: WorkbookModel,
  sheet: string,
  [row, col, content]: SheetCell,
  spill: string | null,
  counts: Counts,
): ExcelJS.CellValue {
  const computed = model.getValue(sheet, { row, col });
  if (typeof content === "string" && content.startsWith("=")) {
    if (computed instanceof DetailedCellError && computed.type === ErrorType.ERROR) {
      // The engine could not read it, so neither would Excel: keep what was typed, as text.
      counts.unreadFormulas++;
      return cut(content, counts);
    }
    const result = cachedResult(computed, counts);
    return {
      formula: formulaForFile(content.slice(1)),
      ...(result !== null ? { result } : {}),
      ...(spill ? { shareType: "array", ref: spill } : {}),
    } as ExcelJS.CellValue;
  }
  // An apostrophe marks text: the text is written without it, as a string cell.
  if (typeof content === "string" && content.startsWith("'")) return cut(content.slice(1), counts);
  if (typeof content === "string") {
    // Text the engine read as a value when it was typed ("£5", "#N/A"): write the value.
    if (computed instanceof DetailedCellError)
      return { error: computed.value } as ExcelJS.CellValue;
    if (typeof computed === "number" || typeof computed === "boolean") return computed;
    return cut(content, counts);
  }
  return content;
}

/** The workbook as ExcelJS objects, with the spills and notes the caller needs. */
export function buildWorkbook(model: WorkbookModel): ExportedWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Social Care Workforce Planner (preview workbench)";
  const snapshot = model.snapshot();
  const counts: Counts = { cutTexts: 0, unreadFormulas: 0 };
  const spills = new Map<string, { anchor: string; ref: string }[]>();
  for (const sheet of snapshot.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    writeColumnWidths(worksheet, snapshot.widths?.[sheet.name]);
    const formats = new Map(snapshot.formats[sheet.name] ?? []);
    const sheetSpills: { anchor: string; ref: string; range: RangeRef }[] = [];
    for (const cell of sheet.cells) {
      const [row, col, content] = cell;
      const isFormula = typeof content === "string" && content.startsWith("=");
      const range = isFormula ? model.spillRangeAt(sheet.name, { row, col }) : null;
      const spill = range ? rangeAddress(range) : null;
      if (range && spill)
        sheetSpills.push({ anchor: cellAddress({ row, col }), ref: spill, range });
      const target = worksheet.getCell(row + 1, col + 1);
      target.value = exportCell(model, sheet.name, cell, spill, counts);
      const format = formats.get(`${row}:${col}`);
      if (format) target.numFmt = format;
    }
    // Spilled cells carry their values too, as Excel saves them, with the formats they show.
    for (const { range } of sheetSpills) {
      writeSpilledValues(model, sheet.name, worksheet, range, formats, counts);
    }
    spills.set(
      sheet.name,
      sheetSpills.map(({ anchor, ref }) => ({ anchor, ref })),
    );
    for (const table of snapshot.tables.filter((t) => t.sheet === sheet.name))
      addTable(worksheet, table);
  }
  if (snapshot.settings.length > 0) {
    const settingsSheet = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    settingsSheet.addRow(["key", "value"]);
    for (const [key, value] of snapshot.settings) settingsSheet.addRow([key, value]);
  }
  const notes: string[] = [];
  if (counts.cutTexts > 0) {
    notes.push(
      `${counts.cutTexts.toLocaleString("en-GB")} text ${counts.cutTexts === 1 ? "value was" : "values were"} longer than Excel's 32,767 characters and ${counts.cutTexts === 1 ? "was" : "were"} cut to that length.`,
    );
  }
  if (counts.unreadFormulas > 0) {
    notes.push(
      `${counts.unreadFormulas.toLocaleString("en-GB")} ${counts.unreadFormulas === 1 ? "formula" : "formulas"} with a mistake in ${counts.unreadFormulas === 1 ? "it was" : "them were"} saved as text, so Excel opens the file without complaint.`,
    );
  }
  return { workbook, spills, notes };
}

function writeSpilledValues(
  model: WorkbookModel,
  sheet: string,
  worksheet: ExcelJS.Worksheet,
  range: RangeRef,
  formats: Map<string, string>,
  counts: Counts,
): void {
  for (let r = range.start.row; r <= range.end.row; r++) {
    for (let c = range.start.col; c <= range.end.col; c++) {
      if (r === range.start.row && c === range.start.col) continue;
      const value = cachedResult(model.getValue(sheet, { row: r, col: c }), counts);
      if (value === null) continue;
      const target = worksheet.getCell(r + 1, c + 1);
      target.value = value as ExcelJS.CellValue;
      const format = formats.get(`${r}:${c}`);
      if (format) target.numFmt = format;
    }
  }
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

/**
 * The workbook as .xlsx bytes, with its charts and dynamic arrays (./xlsxPackage), and notes
 * on anything not kept exactly.
 */
export async function exportXlsx(
  model: WorkbookModel,
): Promise<{ data: ArrayBuffer; notes: string[] }> {
  const { workbook, spills, notes } = buildWorkbook(model);
  const written = await workbook.xlsx.writeBuffer();
  const charts = model.charts
    .filter((chart) => model.hasSheet(chart.sheet))
    .map((chart) => ({
      sheet: chart.sheet,
      spec: chart.spec,
      values: chartValues(model, chart.sheet, chart.spec),
    }));
  const data = await addToPackage(written, { charts, spills });
  return { data, notes };
}
