/**
 * `WorkbookHost` over the Excel JavaScript API. The ONLY module that calls `Excel.run` and
 * `context.sync()`.
 *
 * Sync counts. Every operation syncs a fixed number of times for its set-up, plus once per
 * chunk of data, and the chunks keep each request and response under Excel on the web's 5 MB
 * limit (./chunks: writes cut at 4 MB of cell data, reads at 40,000 cells, a read Excel still
 * finds too big retried in halves):
 *   findStaffingData 2 + read chunks (3 + read chunks on a sheet without a staffing table) ·
 *   readSheet 2 + read chunks · writeTable 1 + write chunks (the first chunk shares the
 *   sync that creates the table) · writeCells 1 + write chunks · insertSample 1 + each sheet's
 *   write chunks · addSheet 2 · deleteSheet 2 · selectRange 1 · listSheets 1 · addChart 1 ·
 *   getSetting 1 · setSetting 1 · onDataChanged 1.
 * So a 10-row and a 10,000-row table cost the same, and a 200,000-row one a few more; the
 * counts are asserted in test/office/excelWorkbook.test.ts.
 *
 * What it reads and writes:
 * - a table's body is read without its header or totals row (getDataBodyRange); without a
 *   staffing table, the active sheet's used cells are read and src/workbook/staffingDetection
 *   picks the list (header below any title rows) or the block around the active cell, which
 *   is one cell even when several areas are selected (getSelectedRange would throw);
 * - text is written as text: every string goes through src/workbook/cellText (an apostrophe
 *   where Excel would read it as a formula, number or date), and a formula is written only
 *   where the pane built one (a FormulaCell);
 * - it never writes over cells that hold data (checked in the same sync as the sheet), and
 *   runs the shared checks of src/workbook/checks first, so it refuses what the workbench
 *   refuses, with the same words;
 * - change events reach the pane only while it is visible (./paneVisibility); a change made
 *   while it was hidden is reported once when it shows again.
 *
 * The newest API used is WorksheetCollection.onChanged (ExcelApi 1.9), the requirement
 * manifest.xml declares; test/office/requirementSet.test.ts checks the list.
 *
 * Settings use the Excel API's `workbook.settings` (saved inside the file, travels with it).
 * Every Office error becomes a `WorkbookError` whose message a user can act on (./officeErrors).
 */
import {
  blockAddress,
  parseRange,
  qualifiedAddress,
  rangeAddress,
  requireCell,
  stripSheet,
  type RangeRef,
} from "../workbook/a1";
import { cellInput } from "../workbook/cellText";
import {
  cellsInUse,
  checkCells,
  checkFormats,
  checkChart,
  checkRange,
  checkReadSize,
  checkTable,
  lastSheet,
  noSuchSheet,
} from "../workbook/checks";
import { uniqueSheetName, uniqueTableName } from "../workbook/names";
import {
  blockFromSheet,
  chooseStaffingTable,
  looksLikeStaffing,
  scanWholeSheet,
} from "../workbook/staffingDetection";
import {
  isFormulaCell,
  WorkbookError,
  type CellValue,
  type ChartSpec,
  type DataBlock,
  type SheetValues,
  type TableSpec,
  type Unsubscribe,
  type WorkbookHost,
  type WriteValue,
  type WrittenTable,
} from "../workbook/types";
import {
  chunkRows,
  halve,
  readRowsPerRequest,
  rowBytes,
  READ_CELLS_PER_REQUEST,
  WRITE_BUDGET_BYTES,
  type RowChunk,
} from "./chunks";
import { friendlyOfficeMessage, officeErrorCode } from "./officeErrors";
import { alwaysVisible, type PaneVisibility } from "./paneVisibility";

export { friendlyOfficeMessage } from "./officeErrors";

/** Runs a batch against a request context; `Excel.run` in Excel, a mock context in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Runs a batch in an existing context (removing an event handler needs the one it was added in). */
export type ContextRunner = (
  context: OfficeExtension.ClientRequestContext,
  batch: (context: OfficeExtension.ClientRequestContext) => Promise<void>,
) => Promise<void>;

export interface ExcelHostOptions {
  /** Whether the task pane shows (Office.addin visibility in Excel); always visible by default. */
  visibility?: PaneVisibility;
  /** Cells per read request and bytes per write request (tests make them small). */
  readCellsPerRequest?: number;
  writeBudgetBytes?: number;
  runInContext?: ContextRunner;
}

const defaultRunner: ExcelRunner = (batch) => Excel.run(batch);
const defaultContextRunner: ContextRunner = (context, batch) => Excel.run(context, batch);

function asCellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  // `values` holds only scalars; anything else is shown as its JSON, never [object Object].
  return JSON.stringify(value);
}

/** Every cell of a sheet, to ask Excel which of them hold values. */
const WHOLE_SHEET = "A1:XFD1048576";

const headerText = (value: CellValue): string => (value === null ? "" : String(value).trim());

/** A block of written values as Excel input: text kept as text, "@" columns literal. */
function inputRows(
  rows: readonly (readonly WriteValue[])[],
  width: number,
  textColumns: readonly boolean[] = [],
): (string | number | boolean)[][] {
  return rows.map((row) => {
    const cells: (string | number | boolean)[] = [];
    for (let c = 0; c < width; c++) {
      const value = c < row.length ? row[c] : null;
      cells.push(cellInput(value, { textFormatted: textColumns[c] === true }) ?? "");
    }
    return cells;
  });
}

const hasFormula = (rows: readonly (readonly WriteValue[])[]): boolean =>
  rows.some((row) => row.some(isFormulaCell));

const rowsIn = (range: RangeRef): number => range.end.row - range.start.row + 1;
const columnsIn = (range: RangeRef): number => range.end.col - range.start.col + 1;

export function createExcelWorkbook(
  run: ExcelRunner = defaultRunner,
  options: ExcelHostOptions = {},
): WorkbookHost {
  const visibility = options.visibility ?? alwaysVisible;
  const readCells = options.readCellsPerRequest ?? READ_CELLS_PER_REQUEST;
  const writeBudget = options.writeBudgetBytes ?? WRITE_BUDGET_BYTES;
  const runInContext = options.runInContext ?? defaultContextRunner;

  /** Runs a batch; Office errors become WorkbookErrors ("no such item" as `notFound` says). */
  async function guarded<T>(
    action: string,
    batch: (context: Excel.RequestContext) => Promise<T>,
    notFound?: () => WorkbookError,
  ): Promise<T> {
    try {
      return await run(batch);
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      if (notFound && officeErrorCode(error) === "ItemNotFound") throw notFound();
      throw new WorkbookError(friendlyOfficeMessage(action, error), error);
    }
  }

  /** Reads a block's values a chunk per sync; a chunk Excel finds too big is read in halves. */
  async function readValues(
    context: Excel.RequestContext,
    worksheet: Excel.Worksheet,
    range: RangeRef,
  ): Promise<CellValue[][]> {
    const rows = rowsIn(range);
    const columns = columnsIn(range);
    const perRequest = readRowsPerRequest(columns, readCells);
    const pending: RowChunk[] = [];
    for (let start = 0; start < rows; start += perRequest) {
      pending.push({ start, end: Math.min(rows, start + perRequest) });
    }
    const out: CellValue[][] = new Array<CellValue[]>(rows);
    for (let chunk = pending.shift(); chunk; chunk = pending.shift()) {
      const top = { row: range.start.row + chunk.start, col: range.start.col };
      const part = worksheet
        .getRange(blockAddress(top, chunk.end - chunk.start, columns))
        .load("values");
      try {
        await context.sync();
      } catch (error) {
        const halves =
          officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded" ? halve(chunk) : null;
        if (!halves) throw error;
        pending.unshift(halves[0], halves[1]);
        continue;
      }
      const values = part.values;
      for (let i = 0; i < values.length; i++) out[chunk.start + i] = values[i].map(asCellValue);
    }
    return out;
  }

  /**
   * Queues a block's values (and its number formats first, so "@" columns keep text) a chunk
   * per sync. `beforeFirst` queues what must go with the first chunk (creating the table);
   * `afterLast` what goes with the last (autofit, activate).
   */
  async function writeBlock(
    context: Excel.RequestContext,
    worksheet: Excel.Worksheet,
    start: RangeRef["start"],
    rows: readonly (readonly WriteValue[])[],
    width: number,
    formats: readonly (string | null)[] | undefined,
    afterLast?: () => void,
  ): Promise<void> {
    const textColumns = Array.from({ length: width }, (_, c) => formats?.[c] === "@");
    const formatRow = formats?.some((f) => f)
      ? Array.from({ length: width }, (_, c) => formats[c] ?? "General")
      : null;
    const formatBytes = formatRow ? rowBytes(formatRow) : 0;
    const chunks = chunkRows(rows.length, (r) => rowBytes(rows[r]) + formatBytes, writeBudget);
    for (let i = 0; i < chunks.length; i++) {
      const { start: first, end } = chunks[i];
      if (end > first) {
        const part = rows.slice(first, end);
        const range = worksheet.getRange(
          blockAddress({ row: start.row + first, col: start.col }, end - first, width),
        );
        if (formatRow) range.numberFormat = part.map(() => formatRow);
        const input = inputRows(part, width, textColumns);
        if (hasFormula(part)) range.formulas = input;
        else range.values = input;
      }
      if (i === chunks.length - 1) afterLast?.();
      await context.sync();
    }
  }

  /** Queues the check that `range` holds nothing; call `assertEmpty` after the next sync. */
  function queueEmptyCheck(worksheet: Excel.Worksheet, range: RangeRef) {
    const used = worksheet.getRange(rangeAddress(range)).getUsedRangeOrNullObject(true);
    return (sheet: string, what: string) => {
      if (!used.isNullObject) throw cellsInUse(sheet, range, what);
    };
  }

  /** Queues a table's creation and writes it; the table is created in its first chunk's sync. */
  async function queueTable(
    context: Excel.RequestContext,
    sheet: string,
    spec: TableSpec,
    range: RangeRef,
    existingTableNames: readonly string[],
    afterLast?: () => void,
  ): Promise<WrittenTable> {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const width = spec.headers.length;
    const address = rangeAddress(range);
    const tableName = uniqueTableName(spec.name, existingTableNames);
    const table = worksheet.tables.add(qualifiedAddress(sheet, address), true);
    table.name = tableName;
    table.getHeaderRowRange().values = inputRows([spec.headers], width);
    // A table needs at least one body row; an empty one gets a blank row.
    const body = spec.rows.length > 0 ? spec.rows : [spec.headers.map(() => null)];
    await writeBlock(
      context,
      worksheet,
      { row: range.start.row + 1, col: range.start.col },
      body,
      width,
      spec.columnFormats,
      () => {
        worksheet.getRange(address).format.autofitColumns();
        afterLast?.();
      },
    );
    return { sheet, tableName, address };
  }

  return {
    kind: "excel",

    // What counts as staffing data is decided in src/workbook/staffingDetection.ts, the rule the
    // workbench uses too; this only reads the cells it needs.
    findStaffingData: () =>
      guarded("read the staffing data", async (context) => {
        const tables = context.workbook.tables.load("items/name, items/showHeaders");
        // The active cell is one cell even when several areas are selected.
        const active = context.workbook.getActiveCell().load("address");
        const region = active.getSurroundingRegion().load("address");
        const activeSheet = active.worksheet.load("name");
        await context.sync(); // 1: tables, the active cell and its current region

        const candidates = tables.items
          .filter((table) => table.showHeaders)
          .map((table) => ({
            table,
            header: table.getHeaderRowRange().load("values, address"),
            body: table.getDataBodyRange().load("address"),
            sheet: table.worksheet.load("name"),
          }));
        const used = context.workbook.worksheets
          .getItem(activeSheet.name)
          .getRange(WHOLE_SHEET)
          .getUsedRangeOrNullObject(true);
        await context.sync(); // 2: every table's header row (tables are few; rows are not), whether the sheet has used cells

        const chosen = chooseStaffingTable(
          candidates.map((c) => ({ ...c, headers: c.header.values[0] ?? [] })),
        );
        if (chosen) {
          const headerRange = parseRange(stripSheet(chosen.header.address));
          const bodyRange = parseRange(stripSheet(chosen.body.address));
          if (!headerRange || !bodyRange) {
            throw new WorkbookError(
              `Excel gave an address the add-in cannot read for table "${chosen.table.name}".`,
            );
          }
          const worksheet = context.workbook.worksheets.getItem(chosen.sheet.name);
          const rows = await readValues(context, worksheet, bodyRange); // 3…: the body
          const headers = chosen.headers.map((h) => headerText(asCellValue(h)));
          return {
            sheet: chosen.sheet.name,
            tableName: chosen.table.name,
            address: rangeAddress({ start: headerRange.start, end: bodyRange.end }),
            headerRow: headerRange.start.row + 1,
            firstColumn: headerRange.start.col,
            headers,
            rows,
          } satisfies DataBlock;
        }

        if (used.isNullObject) return null;
        used.load("address");
        await context.sync(); // 3: where the used cells are
        const sheetRange = parseRange(stripSheet(used.address));
        if (!sheetRange) return null;
        // A sheet too big to read whole is looked at only around the active cell.
        const area = scanWholeSheet(sheetRange)
          ? sheetRange
          : parseRange(stripSheet(region.address));
        if (!area) return null;
        const worksheet = context.workbook.worksheets.getItem(activeSheet.name);
        const values = await readValues(context, worksheet, area); // 4…: the used cells
        const activeRange = parseRange(stripSheet(active.address));
        return blockFromSheet(
          activeSheet.name,
          values,
          area.start,
          activeRange ? activeRange.start : null,
        );
      }),

    readSheet: (name) =>
      guarded(
        `read the sheet "${name}"`,
        async (context) => {
          const worksheet = context.workbook.worksheets.getItem(name);
          const used = worksheet.getRange(WHOLE_SHEET).getUsedRangeOrNullObject(true);
          await context.sync(); // 1: the sheet exists, and whether it holds values
          if (used.isNullObject) return null;
          used.load("address");
          await context.sync(); // 2: where the values are
          const range = parseRange(stripSheet(used.address));
          if (!range) {
            throw new WorkbookError(
              `Excel gave an address the add-in cannot read for the sheet "${name}".`,
            );
          }
          checkReadSize(name, range);
          const values = await readValues(context, worksheet, range); // 3…: the values
          return {
            sheet: name,
            address: rangeAddress(range),
            firstRow: range.start.row + 1,
            firstColumn: range.start.col,
            values,
          } satisfies SheetValues;
        },
        () => noSuchSheet(name),
      ),

    selectRange: async (sheet, address) => {
      const range = checkRange(address);
      return guarded(
        `select ${sheet}!${address}`,
        async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(rangeAddress(range)).select();
          await context.sync();
        },
        () => noSuchSheet(sheet),
      );
    },

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
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        if (!sheets.items.some((s) => s.name === name)) throw noSuchSheet(name);
        if (sheets.items.length === 1) throw lastSheet(name);
        context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      }),

    writeTable: async (sheet, spec) => {
      const range = checkTable(spec);
      return guarded(
        `write the table "${spec.name}" on "${sheet}"`,
        async (context) => {
          const existing = context.workbook.tables.load("items/name");
          const assertEmpty = queueEmptyCheck(context.workbook.worksheets.getItem(sheet), range);
          await context.sync(); // 1: the sheet exists, the cells are free, the names in use
          assertEmpty(sheet, `the table "${spec.name}"`);
          return queueTable(
            context,
            sheet,
            spec,
            range,
            existing.items.map((t) => t.name),
          );
        },
        () => noSuchSheet(sheet),
      );
    },

    writeCells: async (sheet, topLeft, values, { replace = false, formats } = {}) => {
      const range = checkCells(topLeft, values);
      const formatted = formats ? checkFormats(topLeft, formats) : null;
      return guarded(
        `write cells on "${sheet}"`,
        async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          const assertEmpty = replace ? null : queueEmptyCheck(worksheet, range);
          await context.sync(); // 1: the sheet exists and the cells are free
          assertEmpty?.(sheet, `cells at ${topLeft}`);
          if (formats && formatted) {
            // Queued with the values' first chunk: no sync of its own (at most 10,000 rows).
            const row = formats.columns.map((format) => format ?? "General");
            worksheet.getRange(rangeAddress(formatted)).numberFormat = Array.from(
              { length: formats.rows },
              () => row,
            );
          }
          await writeBlock(context, worksheet, range.start, values, columnsIn(range), undefined);
        },
        () => noSuchSheet(sheet),
      );
    },

    addChart: async (sheet, spec) => {
      checkChart(spec);
      return guarded(
        `add the chart "${spec.title}"`,
        async (context) => {
          queueChart(context.workbook.worksheets.getItem(sheet), spec);
          await context.sync();
        },
        () => noSuchSheet(sheet),
      );
    },

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
        // A change while the pane is hidden is only noted: the pane re-reads once it shows.
        let missed = false;
        const handler = context.workbook.worksheets.onChanged.add(() => {
          if (!active) return Promise.resolve();
          if (visibility.isVisible()) callback();
          else missed = true;
          return Promise.resolve();
        });
        await context.sync();
        const stopWatchingVisibility = await visibility.onChange((visible) => {
          if (active && visible && missed) {
            missed = false;
            callback();
          }
        });
        const unsubscribe: Unsubscribe = () => {
          active = false;
          // Removing the handler needs the context it was added in. The pane is closing, and
          // a handler left behind is inert because `active` is false, so a failure is harmless.
          void stopWatchingVisibility()
            .then(() =>
              runInContext(handler.context, async (ctx) => {
                handler.remove();
                await ctx.sync();
              }),
            )
            .catch(() => undefined);
        };
        return unsubscribe;
      }),

    insertSample: (sample) =>
      guarded("insert the sample workbook", async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        const tables = context.workbook.tables.load("items/name");
        await context.sync(); // 1: names in use
        const sheetNames = sheets.items.map((s) => s.name);
        const tableNames = tables.items.map((t) => t.name);
        const added: string[] = [];
        let staffingSheet: string | null = null;
        for (const part of sample.sheets) {
          const name = uniqueSheetName(part.name, sheetNames);
          sheetNames.push(name);
          added.push(name);
          const worksheet = context.workbook.worksheets.add(name);
          const width = part.headers.length;
          if (part.tableName !== undefined) {
            const spec: TableSpec = {
              name: part.tableName,
              topLeft: "A1",
              headers: part.headers,
              rows: part.rows,
            };
            const written = await queueTable(context, name, spec, checkTable(spec), tableNames);
            tableNames.push(written.tableName);
          } else {
            await writeBlock(
              context,
              worksheet,
              requireCell("A1"),
              [part.headers, ...part.rows],
              width,
              undefined,
            );
          }
          if (staffingSheet === null && looksLikeStaffing(part.headers)) staffingSheet = name;
        }
        const first = staffingSheet ?? added[0];
        if (first === undefined) throw new WorkbookError("The sample workbook has no sheets.");
        context.workbook.worksheets.getItem(first).activate();
        await context.sync();
        return first;
      }),
  };
}

/** The caseload band's shading: Excel's light green, as the workbench draws it. */
const BAND_FILL = "#D4ECDC";

function queueChart(worksheet: Excel.Worksheet, spec: ChartSpec): void {
  // Excel draws no band between two series, so a band is two area series that come first
  // (behind the lines, and first in the legend): the upper edge shaded, and the lower edge
  // in the plot's white in front of it, which leaves only the band between them shaded.
  const band = spec.band
    ? [
        { name: spec.band.name, valuesAddress: spec.band.highAddress },
        { name: `${spec.band.name}, lower edge`, valuesAddress: spec.band.lowAddress },
      ]
    : [];
  const [first, ...rest] = [...band, ...spec.series];
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
  band.forEach((_, i) => {
    const area = chart.series.getItemAt(i);
    area.chartType = "Area";
    area.format.fill.setSolidColor(i === 0 ? BAND_FILL : "#FFFFFF");
    area.format.line.lineStyle = "None";
  });
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  if (spec.percentAxis) chart.axes.valueAxis.numberFormat = "0%";
  chart.legend.position = "Bottom";
  if (band.length > 0) chart.legend.legendEntries.getItemAt(1).visible = false;
  const anchor = requireCell(spec.anchor);
  chart.setPosition(spec.anchor, blockAddress(anchor, 16, 8).split(":")[1]);
}
