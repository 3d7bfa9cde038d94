/**
 * `WorkbookHost` over the Excel JavaScript API. The ONLY module that calls `Excel.run` and
 * `context.sync()`.
 *
 * Every operation queues its work and syncs a fixed number of times however big the data:
 * values are loaded and written as whole blocks (`range.values` on the full address),
 * never cell by cell. The counts are asserted in test/office/excelWorkbook.test.ts:
 *   findStaffingData 3 · selectRange 1 · listSheets 1 · addSheet 2 · deleteSheet 1 ·
 *   writeTable 2 · writeCells 1 · addChart 1 · getSetting 1 · setSetting 1 ·
 *   onDataChanged 1 · insertSample 2.
 *
 * Settings use the Excel API's `workbook.settings` (saved inside the file, travels with it),
 * so that they share the same batch and error handling as everything else here.
 *
 * Every Office error is turned into a `WorkbookError` whose message a user can act on;
 * nothing is only logged.
 */
import {
  blockAddress,
  columnLetters,
  parseCell,
  stripSheet,
  uniqueSheetName,
  uniqueTableName,
} from "../workbook/a1";
import {
  WorkbookError,
  type CellValue,
  type ChartSpec,
  type DataBlock,
  type TableSpec,
  type Unsubscribe,
  type WorkbookHost,
  type WrittenTable,
} from "../workbook/types";

/** Runs a batch against a request context; `Excel.run` in Excel, a mock context in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRunner: ExcelRunner = (batch) => Excel.run(batch);

/** Header words that suggest a staffing list; two or more matching headers make a table a candidate. */
const STAFFING_HEADER =
  /\b(fte|team|status|cases?|caseload|days|sickness|absence|agency|vacan|leaver|post|role|contract)/i;

export function looksLikeStaffing(headers: readonly unknown[]): boolean {
  return headers.filter((h) => typeof h === "string" && STAFFING_HEADER.test(h)).length >= 2;
}

/** Friendly wording for Office error codes (OfficeExtension.ErrorCodes and Excel's own). */
export function friendlyOfficeMessage(action: string, error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return `Could not ${action}: Excel is editing a cell. Press Enter or Esc to finish editing, then try again.`;
    case "ItemNotFound":
      return `Could not ${action}: a sheet, table or range it needs no longer exists. Refresh and try again.`;
    case "ItemAlreadyExists":
      return `Could not ${action}: something with that name already exists. Try again with another name.`;
    case "AccessDenied":
    case "InsufficientPermission":
      return `Could not ${action}: the workbook or sheet is protected or read-only. Unprotect it and try again.`;
    case "ApiNotFound":
      return `Could not ${action}: this version of Excel does not support it. Update Excel and try again.`;
    case "InvalidArgument":
    case "InvalidReference":
      return `Could not ${action}: Excel rejected the request${detail}.`;
    default:
      return `Could not ${action}${detail || "."}`;
  }
}

function asCellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  // Linked data types and similar rich values arrive as objects; show their JSON, not [object Object].
  return JSON.stringify(value);
}

/** Cells for `range.formulas`: a string starting with "=" is a formula, other values are constants. */
function toFormulaCell(value: CellValue): string | number | boolean {
  return value === null ? "" : value;
}

export function createExcelWorkbook(run: ExcelRunner = defaultRunner): WorkbookHost {
  async function guarded<T>(action: string, batch: (context: Excel.RequestContext) => Promise<T>) {
    try {
      return await run(batch);
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      throw new WorkbookError(friendlyOfficeMessage(action, error), error);
    }
  }

  function blockFrom(
    sheet: string,
    tableName: string | undefined,
    range: Excel.Range,
  ): DataBlock | null {
    const values = range.values.map((row) => row.map(asCellValue));
    if (values.length === 0 || values.every((row) => row.every((v) => v === null))) return null;
    const [headerRow, ...rows] = values;
    return {
      sheet,
      tableName,
      address: stripSheet(range.address),
      headerRow: range.rowIndex + 1,
      firstColumn: range.columnIndex,
      headers: headerRow.map((h) => (h === null ? "" : String(h).trim())),
      rows,
    };
  }

  return {
    kind: "excel",

    findStaffingData: () =>
      guarded("read the staffing data", async (context) => {
        const tables = context.workbook.tables.load("items/name");
        const selection = context.workbook.getSelectedRange();
        const region = selection.getSurroundingRegion().load("address");
        const selectionSheet = selection.worksheet.load("name");
        await context.sync(); // 1: table names and the selection's region

        const headerRanges = tables.items.map((table) => ({
          table,
          header: table.getHeaderRowRange().load("values"),
          sheet: table.worksheet.load("name"),
        }));
        await context.sync(); // 2: every table's header row (tables are few; rows are not)

        const chosen = headerRanges.find((t) => looksLikeStaffing(t.header.values[0] ?? []));
        const source = chosen
          ? chosen.table.getRange().load("values, address, rowIndex, columnIndex")
          : region.worksheet
              .getRange(stripSheet(region.address))
              .load("values, address, rowIndex, columnIndex");
        await context.sync(); // 3: the whole block's values in one go

        return chosen
          ? blockFrom(chosen.sheet.name, chosen.table.name, source)
          : blockFrom(selectionSheet.name, undefined, source);
      }),

    selectRange: (sheet, address) =>
      guarded(`select ${sheet}!${address}`, async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      }),

    listSheets: () =>
      guarded("list the sheets", async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),

    addSheet: (preferredName) =>
      guarded(`add the sheet "${preferredName}"`, async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const name = uniqueSheetName(
          preferredName,
          sheets.items.map((s) => s.name),
        );
        const added = context.workbook.worksheets.add(name);
        added.activate();
        await context.sync();
        return name;
      }),

    deleteSheet: (name) =>
      guarded(`delete the sheet "${name}"`, async (context) => {
        context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      }),

    writeTable: (sheet, spec) =>
      guarded(`write the table "${spec.name}" on "${sheet}"`, async (context) => {
        const existing = context.workbook.tables.load("items/name");
        await context.sync();
        const written = queueTable(
          context,
          sheet,
          spec,
          existing.items.map((t) => t.name),
        );
        await context.sync();
        return written;
      }),

    writeCells: (sheet, topLeft, values) =>
      guarded(`write cells on "${sheet}"`, async (context) => {
        const width = Math.max(1, ...values.map((r) => r.length));
        const block = values.map((r) => {
          const row = r.map(toFormulaCell);
          while (row.length < width) row.push("");
          return row;
        });
        context.workbook.worksheets
          .getItem(sheet)
          .getRange(blockAddress(topLeft, block.length, width)).formulas = block;
        await context.sync();
      }),

    addChart: (sheet, spec) =>
      guarded(`add the chart "${spec.title}"`, async (context) => {
        queueChart(context.workbook.worksheets.getItem(sheet), spec);
        await context.sync();
      }),

    getSetting: (key) =>
      guarded("read the add-in's saved settings", async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(key).load("value");
        await context.sync();
        if (setting.isNullObject) return null;
        const value: unknown = setting.value;
        return typeof value === "string" ? value : JSON.stringify(value);
      }),

    setSetting: (key, value) =>
      guarded("save the add-in's settings in the workbook", async (context) => {
        context.workbook.settings.add(key, value);
        await context.sync();
      }),

    onDataChanged: (callback) =>
      guarded("watch the workbook for changes", async (context) => {
        let active = true;
        const handler = context.workbook.worksheets.onChanged.add(() => {
          if (active) callback();
          return Promise.resolve();
        });
        await context.sync();
        const unsubscribe: Unsubscribe = () => {
          // The flag stops callbacks at once; removing the handler needs its own context.
          active = false;
          Excel.run(handler.context, async (ctx) => {
            handler.remove();
            await ctx.sync();
          }).catch(() => {
            // The pane is closing; a handler left behind is inert because `active` is false.
          });
        };
        return unsubscribe;
      }),

    insertSample: (sample) =>
      guarded("insert the sample workbook", async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        const tables = context.workbook.tables.load("items/name");
        await context.sync();
        const sheetNames = sheets.items.map((s) => s.name);
        const tableNames = tables.items.map((t) => t.name);
        let staffingSheet: string | null = null;
        for (const part of sample.sheets) {
          const name = uniqueSheetName(part.name, sheetNames);
          sheetNames.push(name);
          context.workbook.worksheets.add(name);
          const written = queueTable(
            context,
            name,
            {
              name: part.tableName ?? part.name,
              topLeft: "A1",
              headers: part.headers,
              rows: part.rows,
            },
            tableNames,
            part.tableName !== undefined,
          );
          tableNames.push(written.tableName);
          if (staffingSheet === null && looksLikeStaffing(part.headers)) staffingSheet = name;
        }
        const first = staffingSheet ?? sheetNames[sheetNames.length - sample.sheets.length];
        if (first === undefined) throw new WorkbookError("The sample workbook has no sheets.");
        context.workbook.worksheets.getItem(first).activate();
        await context.sync();
        return first;
      }),
  };
}

/**
 * Queues a table write without syncing: header and body each set in one assignment.
 * `asTable` false writes a plain block (sample sheets without a table name).
 */
function queueTable(
  context: Excel.RequestContext,
  sheet: string,
  spec: TableSpec,
  existingTableNames: readonly string[],
  asTable = true,
): WrittenTable {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const width = spec.headers.length;
  const start = parseCell(spec.topLeft);
  const bodyRows = spec.rows.map((r) => {
    const row = r.slice(0, width).map(toFormulaCell);
    while (row.length < width) row.push("");
    return row;
  });
  // A table needs at least one body row; an empty projection gets one blank row.
  const body = bodyRows.length > 0 ? bodyRows : [spec.headers.map(() => "")];
  const address = blockAddress(start, body.length + 1, width);
  const headerAddress = blockAddress(start, 1, width);
  const bodyAddress = blockAddress(
    { row: start.row + 1, column: start.column },
    body.length,
    width,
  );
  const tableName = uniqueTableName(spec.name, existingTableNames);

  // Formats go on before the values so that text such as "2026-01" in a "@" column stays text
  // instead of being parsed into a date.
  const formats = spec.columnFormats;
  const applyFormats = () => {
    if (formats && formats.some((f) => f)) {
      const row = spec.headers.map((_, i) => formats[i] ?? "General");
      worksheet.getRange(bodyAddress).numberFormat = body.map(() => row);
    }
  };
  if (asTable) {
    const table = worksheet.tables.add(`${quoteSheet(sheet)}!${address}`, true);
    table.name = tableName;
    table.getHeaderRowRange().values = [spec.headers];
    applyFormats();
    table.getDataBodyRange().formulas = body;
  } else {
    worksheet.getRange(headerAddress).values = [spec.headers];
    applyFormats();
    worksheet.getRange(bodyAddress).formulas = body;
  }
  worksheet.getRange(address).format.autofitColumns();
  return { sheet, tableName, address };
}

function queueChart(worksheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (!first) throw new WorkbookError(`The chart "${spec.title}" has no series to draw.`);
  // String forms of Excel.ChartType, so this module needs no Excel global until Excel.run.
  const type = spec.kind === "line" ? "Line" : "ColumnClustered";
  const chart = worksheet.charts.add(type, worksheet.getRange(first.valuesAddress), "Columns");
  chart.title.text = spec.title;
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(worksheet.getRange(spec.categoriesAddress));
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(worksheet.getRange(s.valuesAddress));
    series.setXAxisValues(worksheet.getRange(spec.categoriesAddress));
  }
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  if (spec.percentAxis) chart.axes.valueAxis.numberFormat = "0%";
  chart.legend.position = "Bottom";
  const anchor = parseCell(spec.anchor);
  chart.setPosition(spec.anchor, `${columnLetters(anchor.column + 7)}${anchor.row + 16}`);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
