/**
 * A small model of Excel behind the Excel JavaScript API, enough for src/office/excelWorkbook.ts
 * and written from Microsoft's documentation, not from the code under test:
 * - queued work: property writes and method calls take effect at context.sync(), in order; a
 *   failing operation fails the sync (earlier ones stay done, as in Excel);
 * - loads: a loaded property reads as "not loaded" until the sync after load(), as in Excel
 *   (the objects that carry only names, such as worksheets and settings items, are
 *   office-addin-mock OfficeMockObjects, which enforce the same rule);
 * - Excel on the web's 5 MB limit for a request and for a response
 *   (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded);
 * - a table's totals row, header row and body; tables that may not overlap;
 * - getSelectedRange throwing InvalidSelection when several areas are selected;
 * - typed input: a string written to `values` is read as Excel reads typing ("=…", "+…",
 *   "-…", "@…" become formulas, "12" a number, "1/2" a date, "TRUE" a boolean, "#N/A" an error),
 *   a leading apostrophe keeps text as text, and a cell formatted "@" keeps it literally;
 * - Excel's rules for sheet and table names (invalid → InvalidArgument, taken →
 *   ItemAlreadyExists), checked here independently of src/workbook/names.ts.
 * Every sync is counted, with its request and response size.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  cellAddress,
  parseCell,
  parseRange,
  rangeAddress,
  rangesOverlap,
  requireRange,
  splitSheetAddress,
  type CellRef,
  type RangeRef,
} from "../../src/workbook/a1";
import type { ContextRunner, ExcelRunner } from "../../src/office/excelWorkbook";
import type { CellValue } from "../../src/workbook/types";

/* The mock is untyped by nature: the code under test sees it as Excel.RequestContext. */
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument */

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** An error shaped like OfficeExtension.Error: an Error with a code. */
export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

type Scalar = string | number | boolean;

interface Cell {
  value: Scalar | null;
  formula?: string;
  format?: string;
  error?: boolean;
}

export interface ChartRecord {
  type: string;
  source: string;
  title?: string;
  series: {
    name: string;
    values: string | null;
    xValues: string | null;
    chartType?: string;
    fill?: string;
    lineStyle?: string;
  }[];
  /** Legend entries hidden by index. */
  hiddenLegendEntries?: number[];
  valueAxisTitle?: string;
  valueAxisFormat?: string;
  legend?: string;
  position?: [string, string];
}

interface SheetModel {
  name: string;
  cells: Map<string, Cell>;
  charts: ChartRecord[];
}

interface TableModel {
  name: string;
  sheet: string;
  /** Header row through totals row. */
  range: RangeRef;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface MockTable {
  name: string;
  sheet: string;
  topLeft: string;
  headers: string[];
  rows: CellValue[][];
  /** A totals row under the body (shown). */
  totals?: CellValue[];
}

export interface ExcelSetup {
  sheets: (string | { name: string; cells?: Record<string, CellValue> })[];
  tables?: MockTable[];
  /** The selection: one address or several areas, on a sheet; the active cell is the first area's top-left. */
  selection?: { sheet: string; areas: string[] };
  settings?: Record<string, string>;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

const key = (ref: CellRef) => `${ref.row}:${ref.col}`;
const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? "null", "utf8");
const notLoaded = (property: string) =>
  officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

// ---- Excel's rules, from Microsoft's documentation (not the code under test) ---------------

function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return "must have 1 to 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "contains a character Excel does not allow";
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "is reserved";
  return null;
}

function tableNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 255) return "must have 1 to 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "has characters Excel does not allow";
  if (/^[RrCc]$/.test(name)) return "is R or C";
  if (parseCell(name)) return "is a cell reference";
  if (/^[Rr]\d+[Cc]\d+$/.test(name) || /^[Rr]\d+$/.test(name) || /^[Cc]\d+$/.test(name)) {
    return "is an R1C1 reference";
  }
  return null;
}

const ERROR_LITERALS = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
]);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A string as Excel (en-GB) reads it when typed or written to `values`. */
function typed(text: string, format: string | undefined): Cell | null {
  if (text === "") return null;
  if (format === "@") return { value: text, format };
  if (text.startsWith("'")) return { value: text.slice(1), format };
  const trimmed = text.trim();
  const number = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?(%)?$/.exec(trimmed);
  if (number && /\d/.test(trimmed)) {
    const n = Number(trimmed.replace(/[,%]/g, ""));
    return { value: number[5] ? n / 100 : n, format };
  }
  if (/^[=+\-@]./.test(trimmed)) {
    return { value: null, formula: trimmed.startsWith("=") ? trimmed : `=${trimmed}`, format };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE", format };
  if (ERROR_LITERALS.has(trimmed.toUpperCase())) {
    return { value: trimmed.toUpperCase(), error: true, format };
  }
  let m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(trimmed);
  if (m) {
    const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : 2026;
    return { value: dateSerial(year, Number(m[2]), Number(m[1])), format };
  }
  m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(trimmed);
  if (m) return { value: dateSerial(Number(m[1]), Number(m[2]), Number(m[3] ?? 1)), format };
  m = /^(?:(\d{1,2})[ -])?([A-Za-z]{3,9})[ -](\d{2}|\d{4})$/.exec(trimmed);
  if (m && MONTHS.includes(m[2].slice(0, 3).toLowerCase())) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return {
      value: dateSerial(
        year,
        MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1,
        Number(m[1] ?? 1),
      ),
      format,
    };
  }
  if (/^\d{1,2}:\d{2}$/.test(trimmed)) {
    const [h, min] = trimmed.split(":").map(Number);
    return { value: (h * 60 + min) / 1440, format };
  }
  return { value: text, format };
}

// ---- the mock --------------------------------------------------------------------------------

interface Operation {
  bytes: number;
  apply: () => void;
}

interface Loadable {
  deliver: () => number;
}

export class ExcelMock {
  syncs = 0;
  readonly syncLog: SyncRecord[] = [];
  readonly context: any;
  readonly settings: Map<string, string>;
  /** When set, the next sync rejects with this error (as Excel does for a failed batch). */
  failNextSync: Error | null = null;
  /** Request size limit (Excel on the web's 5 MB; a test may lower it). */
  payloadLimit = PAYLOAD_LIMIT;
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  activeSheet: string;
  selection: { sheet: string; areas: RangeRef[] };
  readonly selected: { sheet: string; address: string }[] = [];
  private readonly handlers = new Set<(args: unknown) => Promise<void>>();
  private queue: Operation[] = [];
  private loads: Loadable[] = [];
  private offices: OfficeMockObject[] = [];
  private generation = 0;

  constructor(setup: ExcelSetup) {
    for (const entry of setup.sheets) {
      const spec = typeof entry === "string" ? { name: entry } : entry;
      const sheet: SheetModel = { name: spec.name, cells: new Map(), charts: [] };
      this.sheets.push(sheet);
      for (const [address, value] of Object.entries(spec.cells ?? {})) {
        this.put(sheet, requireRange(address).start, value);
      }
    }
    for (const table of setup.tables ?? []) this.putTable(table);
    this.settings = new Map(Object.entries(setup.settings ?? {}));
    const first = this.sheets[0]?.name ?? "Sheet1";
    this.activeSheet = setup.selection?.sheet ?? first;
    this.selection = {
      sheet: this.activeSheet,
      areas: (setup.selection?.areas ?? ["A1"]).map((a) => requireRange(a)),
    };
    this.context = this.makeContext();
  }

  /** The ExcelRunner to give createExcelWorkbook. */
  readonly run: ExcelRunner = (batch) => batch(this.context);

  /** Runs a batch in the context an event handler was added in. */
  readonly runInContext: ContextRunner = (_context, batch) => batch(this.context);

  // ---- what tests read back --------------------------------------------------------------

  sheet(name: string): SheetModel {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet)
      throw officeError("ItemNotFound", `The requested resource doesn't exist (${name}).`);
    return sheet;
  }

  /** What a cell shows: text, number, boolean or error text; null when empty. */
  value(sheet: string, address: string): CellValue {
    return this.sheet(sheet).cells.get(key(requireRange(address).start))?.value ?? null;
  }

  formula(sheet: string, address: string): string | null {
    return this.sheet(sheet).cells.get(key(requireRange(address).start))?.formula ?? null;
  }

  numberFormat(sheet: string, address: string): string {
    return this.sheet(sheet).cells.get(key(requireRange(address).start))?.format ?? "General";
  }

  /** Every filled cell of a sheet, by address (for before/after comparisons). */
  snapshot(sheet: string): Record<string, Cell> {
    const out: Record<string, Cell> = {};
    for (const [k, cell] of this.sheet(sheet).cells) {
      const [row, col] = k.split(":").map(Number);
      out[cellAddress({ row, col })] = { ...cell };
    }
    return out;
  }

  /** Fires the worksheets.onChanged handlers, as an edit in Excel does. */
  async change(): Promise<void> {
    for (const handler of [...this.handlers]) await handler({ type: "WorksheetChanged" });
  }

  get handlerCount(): number {
    return this.handlers.size;
  }

  /** Adds a user's sheet with cells, as if typed. */
  addUserSheet(name: string, cells: Record<string, CellValue> = {}): void {
    const sheet: SheetModel = { name, cells: new Map(), charts: [] };
    this.sheets.push(sheet);
    for (const [address, value] of Object.entries(cells)) {
      this.put(sheet, requireRange(address).start, value);
    }
  }

  /** Adds a user's table (header, rows and an optional totals row), as if made in Excel. */
  addUserTable(table: MockTable): void {
    this.putTable(table);
  }

  // ---- the model ---------------------------------------------------------------------------

  private put(sheet: SheetModel, ref: CellRef, value: CellValue): void {
    const cell = this.cellFromInput(sheet, ref, value);
    if (cell) sheet.cells.set(key(ref), cell);
    else sheet.cells.delete(key(ref));
  }

  private cellFromInput(sheet: SheetModel, ref: CellRef, input: unknown): Cell | null {
    const format = sheet.cells.get(key(ref))?.format;
    let cell: Cell | null;
    if (input === null || input === undefined || input === "") cell = null;
    else if (typeof input === "number" || typeof input === "boolean")
      cell = { value: input, format };
    else if (typeof input === "string") cell = typed(input, format);
    else throw officeError("InvalidArgument", `Cannot write ${typeof input} to a cell.`);
    if (!cell && format) return { value: null, format };
    return cell;
  }

  private putTable(spec: MockTable): void {
    const sheet = this.sheet(spec.sheet);
    const start = requireRange(spec.topLeft).start;
    const rows: CellValue[][] = [spec.headers, ...spec.rows, ...(spec.totals ? [spec.totals] : [])];
    rows.forEach((row, r) =>
      row.forEach((value, c) => this.put(sheet, { row: start.row + r, col: start.col + c }, value)),
    );
    this.tables.push({
      name: spec.name,
      sheet: sheet.name,
      range: {
        start,
        end: { row: start.row + rows.length - 1, col: start.col + spec.headers.length - 1 },
      },
      showHeaders: true,
      showTotals: spec.totals !== undefined,
    });
  }

  private table(name: string): TableModel {
    const table = this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table) throw officeError("ItemNotFound", `The table ${name} doesn't exist.`);
    return table;
  }

  private isFilled(cell: Cell | undefined): boolean {
    return cell !== undefined && (cell.value !== null || cell.formula !== undefined);
  }

  /** Excel's current region (Ctrl+*): the block of filled cells connected to `at`. */
  private currentRegion(sheet: SheetModel, at: CellRef): RangeRef {
    let region: RangeRef = { start: { ...at }, end: { ...at } };
    const filled = (row: number, col: number) =>
      row >= 0 && col >= 0 && this.isFilled(sheet.cells.get(`${row}:${col}`));
    for (let grew = true; grew;) {
      grew = false;
      const { start, end } = region;
      const rowHas = (row: number) => {
        for (let c = start.col - 1; c <= end.col + 1; c++) if (filled(row, c)) return true;
        return false;
      };
      const colHas = (col: number) => {
        for (let r = start.row - 1; r <= end.row + 1; r++) if (filled(r, col)) return true;
        return false;
      };
      if (start.row > 0 && rowHas(start.row - 1)) {
        region = { start: { ...region.start, row: start.row - 1 }, end: region.end };
        grew = true;
      }
      if (rowHas(end.row + 1)) {
        region = { start: region.start, end: { ...region.end, row: end.row + 1 } };
        grew = true;
      }
      if (start.col > 0 && colHas(start.col - 1)) {
        region = { start: { ...region.start, col: start.col - 1 }, end: region.end };
        grew = true;
      }
      if (colHas(end.col + 1)) {
        region = { start: region.start, end: { ...region.end, col: end.col + 1 } };
        grew = true;
      }
    }
    return region;
  }

  private usedWithin(sheet: SheetModel, range: RangeRef): RangeRef | null {
    let used: RangeRef | null = null;
    for (const [k, cell] of sheet.cells) {
      if (!this.isFilled(cell)) continue;
      const [row, col] = k.split(":").map(Number);
      if (!rangesOverlap(range, { start: { row, col }, end: { row, col } })) continue;
      used = used
        ? {
            start: { row: Math.min(used.start.row, row), col: Math.min(used.start.col, col) },
            end: { row: Math.max(used.end.row, row), col: Math.max(used.end.col, col) },
          }
        : { start: { row, col }, end: { row, col } };
    }
    return used;
  }

  // ---- queueing and sync -------------------------------------------------------------------

  private enqueue(bytes: number, apply: () => void): void {
    this.queue.push({ bytes: bytes + 64, apply });
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    const queue = this.queue;
    const loads = this.loads;
    const offices = this.offices;
    this.queue = [];
    this.loads = [];
    this.offices = [];
    if (this.failNextSync) {
      const error = this.failNextSync;
      this.failNextSync = null;
      throw error;
    }
    const requestBytes = queue.reduce((sum, op) => sum + op.bytes, 0);
    if (requestBytes > this.payloadLimit) {
      this.syncLog.push({ requestBytes, responseBytes: 0 });
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    for (const op of queue) op.apply();
    let responseBytes = 0;
    for (const load of loads) responseBytes += load.deliver();
    this.syncLog.push({ requestBytes, responseBytes });
    if (responseBytes > this.payloadLimit) {
      throw officeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
    // Objects made while delivering (collection items) are loaded in this same sync.
    const late = this.offices;
    this.offices = [];
    for (const office of [...offices, ...late]) await office.sync();
    this.generation += 1;
    // OfficeMockObject settles property updates in later microtasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** An office-addin-mock object whose properties read after load() and the next sync. */
  private office(data: Record<string, unknown>): any {
    const mock = new OfficeMockObject(data);
    this.offices.push(mock);
    return mock;
  }

  /** An office-addin-mock object whose properties are settled at sync (after the queue ran). */
  private lateOffice(
    read: () => Record<string, unknown>,
    target: any,
    properties: string[],
    bytesOf: (data: Record<string, unknown>) => number = jsonBytes,
  ): void {
    this.loads.push({
      deliver: () => {
        const data = read();
        for (const property of properties) {
          Object.defineProperty(target, property, {
            value: data[property],
            configurable: true,
            enumerable: true,
          });
        }
        return bytesOf(data);
      },
    });
  }

  // ---- proxies -----------------------------------------------------------------------------

  private makeContext(): any {
    const context: any = new OfficeMockObject({ workbook: {} });
    context.sync = () => this.sync();
    const workbook = context.workbook;
    workbook.worksheets = this.worksheetCollection();
    workbook.tables = this.tableCollection(() => this.tables);
    workbook.settings = {
      getItemOrNullObject: (name: string) => {
        const item: any = {
          load: () => {
            this.lateOffice(
              () => ({
                value: this.settings.get(name) ?? null,
                isNullObject: !this.settings.has(name),
              }),
              item,
              ["value", "isNullObject"],
            );
            return item;
          },
        };
        for (const property of ["value", "isNullObject"]) {
          Object.defineProperty(item, property, {
            get: () => {
              throw notLoaded(property);
            },
            configurable: true,
          });
        }
        return item;
      },
      add: (name: string, value: string) =>
        this.enqueue(jsonBytes(value), () => void this.settings.set(name, value)),
    };
    workbook.getSelectedRange = () =>
      this.range(
        () => this.selection.sheet,
        () => {
          if (this.selection.areas.length > 1) {
            throw officeError(
              "InvalidSelection",
              "The current selection is invalid for this operation.",
            );
          }
          return this.selection.areas[0];
        },
      );
    workbook.getActiveCell = () =>
      this.range(
        () => this.selection.sheet,
        () => ({ start: this.selection.areas[0].start, end: this.selection.areas[0].start }),
      );
    return context;
  }

  private worksheetCollection(): any {
    const collection: any = {
      getItem: (name: string) => this.worksheet(name),
      getItemOrNullObject: (name: string) => this.worksheet(name, true),
      add: (name: string) => {
        this.enqueue(jsonBytes(name), () => {
          const problem = sheetNameProblem(name);
          if (problem) throw officeError("InvalidArgument", `The sheet name "${name}" ${problem}.`);
          if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
            throw officeError("ItemAlreadyExists", `A sheet called "${name}" already exists.`);
          }
          this.sheets.push({ name, cells: new Map(), charts: [] });
        });
        return this.worksheet(name);
      },
      load: () => {
        this.lateOffice(
          () => ({
            items: this.sheets.map((s) => {
              const item = this.office({ name: s.name });
              item.load("name");
              return item;
            }),
          }),
          collection,
          ["items"],
          () => jsonBytes(this.sheets.map((s) => s.name)),
        );
        return collection;
      },
      onChanged: {
        add: (handler: (args: unknown) => Promise<void>) => {
          this.enqueue(0, () => void this.handlers.add(handler));
          return {
            context: this.context,
            remove: () => this.enqueue(0, () => void this.handlers.delete(handler)),
          };
        },
      },
    };
    return collection;
  }

  private worksheet(name: string, nullable = false): any {
    const model = () => this.sheet(name);
    const exists = () => this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
    const born = this.generation;
    const sheet: any = this.office({ name });
    Object.defineProperty(sheet, "isNullObject", {
      get: () => {
        if (this.generation === born) throw notLoaded("isNullObject");
        return !exists();
      },
    });
    sheet.getRange = (address: string) => {
      const range = parseRange(address);
      if (!range) {
        this.enqueue(0, () => {
          throw officeError("InvalidArgument", `"${address}" is not a valid address.`);
        });
      }
      return this.range(
        () => model().name,
        () => range ?? { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } },
      );
    };
    sheet.activate = () => this.enqueue(0, () => void (this.activeSheet = model().name));
    sheet.delete = () =>
      this.enqueue(0, () => {
        const target = model();
        this.sheets.splice(this.sheets.indexOf(target), 1);
        for (let i = this.tables.length - 1; i >= 0; i--) {
          if (this.tables[i].sheet === target.name) this.tables.splice(i, 1);
        }
      });
    sheet.tables = {
      add: (address: string, hasHeaders: boolean) => {
        let created: TableModel | null = null;
        this.enqueue(jsonBytes(address), () => {
          const target = model();
          const { sheet: named, address: local } = splitSheetAddress(address);
          if (named !== null && named.toLowerCase() !== target.name.toLowerCase()) {
            throw officeError("InvalidArgument", `The address ${address} is on another sheet.`);
          }
          const range = requireRange(local);
          if (this.tables.some((t) => t.sheet === target.name && rangesOverlap(t.range, range))) {
            throw officeError("InvalidArgument", "A table can't overlap another table.");
          }
          created = {
            name: `Table${this.tables.length + 1}`,
            sheet: target.name,
            range,
            showHeaders: hasHeaders,
            showTotals: false,
          };
          for (let c = range.start.col; c <= range.end.col; c++) {
            const at = { row: range.start.row, col: c };
            if (!this.isFilled(target.cells.get(key(at)))) {
              this.put(target, at, `Column${c - range.start.col + 1}`);
            }
          }
          this.tables.push(created);
        });
        return this.tableProxy(() => {
          if (!created) throw officeError("ItemNotFound", "The table was not created.");
          return created;
        });
      },
    };
    sheet.charts = {
      add: (type: string, source: any, _seriesBy: string) => {
        const record: ChartRecord = { type, source: source.address0, series: [] };
        this.enqueue(64, () => void model().charts.push(record));
        const series = (index: number) => record.series[index];
        const makeSeries = (index: number) => ({
          set name(value: string) {
            series(index).name = value;
          },
          setValues: (range: any) => void (series(index).values = range.address0),
          setXAxisValues: (range: any) => void (series(index).xValues = range.address0),
          set chartType(value: string) {
            series(index).chartType = value;
          },
          format: {
            fill: { setSolidColor: (colour: string) => void (series(index).fill = colour) },
            line: {
              set lineStyle(value: string) {
                series(index).lineStyle = value;
              },
            },
          },
        });
        record.series.push({ name: "", values: source.address0, xValues: null });
        return {
          title: {
            set text(value: string) {
              record.title = value;
            },
          },
          legend: {
            set position(value: string) {
              record.legend = value;
            },
            legendEntries: {
              getItemAt: (i: number) => ({
                set visible(value: boolean) {
                  const hidden = (record.hiddenLegendEntries ??= []).filter((h) => h !== i);
                  record.hiddenLegendEntries = value ? hidden : [...hidden, i];
                },
              }),
            },
          },
          axes: {
            valueAxis: {
              title: {
                set text(value: string) {
                  record.valueAxisTitle = value;
                },
              },
              set numberFormat(value: string) {
                record.valueAxisFormat = value;
              },
            },
          },
          series: {
            getItemAt: (i: number) => makeSeries(i),
            add: (name: string) => {
              record.series.push({ name, values: null, xValues: null });
              return makeSeries(record.series.length - 1);
            },
          },
          setPosition: (a: string, b: string) => void (record.position = [a, b]),
        };
      },
    };
    if (!nullable) {
      // Using a sheet that does not exist fails the sync, as in Excel.
      this.enqueue(0, () => void this.sheet(name));
    }
    return sheet;
  }

  private tableCollection(tables: () => TableModel[]): any {
    const collection: any = {
      load: () => {
        this.lateOffice(
          () => ({ items: tables().map((t) => this.tableProxy(() => t, true)) }),
          collection,
          ["items"],
          () => jsonBytes(tables().map((t) => t.name)),
        );
        return collection;
      },
    };
    return collection;
  }

  private tableProxy(model: () => TableModel, loaded = false): any {
    const table: any = {};
    const read = (property: "name" | "showHeaders" | "showTotals") => {
      if (!loaded) throw notLoaded(property);
      return model()[property];
    };
    Object.defineProperty(table, "name", {
      get: () => read("name"),
      set: (name: string) =>
        this.enqueue(jsonBytes(name), () => {
          const target = model();
          const problem = tableNameProblem(name);
          if (problem) throw officeError("InvalidArgument", `The table name "${name}" ${problem}.`);
          if (
            this.tables.some((t) => t !== target && t.name.toLowerCase() === name.toLowerCase())
          ) {
            throw officeError("ItemAlreadyExists", `A table called "${name}" already exists.`);
          }
          target.name = name;
        }),
    });
    Object.defineProperty(table, "showHeaders", { get: () => read("showHeaders") });
    Object.defineProperty(table, "showTotals", { get: () => read("showTotals") });
    const part = (which: "header" | "body" | "totals" | "all") => () => {
      const t = model();
      const { start, end } = t.range;
      const bodyStart = t.showHeaders ? start.row + 1 : start.row;
      const bodyEnd = t.showTotals ? end.row - 1 : end.row;
      if (which === "header") {
        if (!t.showHeaders) throw officeError("InvalidOperation", "The table has no header row.");
        return { start, end: { row: start.row, col: end.col } };
      }
      if (which === "totals") {
        if (!t.showTotals) throw officeError("InvalidOperation", "The table has no totals row.");
        return { start: { row: end.row, col: start.col }, end };
      }
      if (which === "body")
        return { start: { row: bodyStart, col: start.col }, end: { row: bodyEnd, col: end.col } };
      return t.range;
    };
    const sheetName = () => model().sheet;
    table.getHeaderRowRange = () => this.range(sheetName, part("header"));
    table.getDataBodyRange = () => this.range(sheetName, part("body"));
    table.getTotalRowRange = () => this.range(sheetName, part("totals"));
    table.getRange = () => this.range(sheetName, part("all"));
    Object.defineProperty(table, "worksheet", { get: () => this.sheetName(() => model().sheet) });
    return table;
  }

  /**
   * A range proxy. `where` is resolved when the queue runs (so it may name a table or sheet
   * created earlier in the same batch); loaded properties are delivered at the sync.
   */
  private range(sheetName: () => string, where: () => RangeRef): any {
    const resolve = () => ({ sheet: this.sheet(sheetName()), range: where() });
    const proxy: any = {};
    const blank = (property: string) =>
      Object.defineProperty(proxy, property, {
        get: () => {
          throw notLoaded(property);
        },
        set: (value: unknown) => write(property, value),
        configurable: true,
      });
    const write = (property: string, value: unknown) => {
      if (!["values", "formulas", "numberFormat"].includes(property)) {
        throw new Error(`The mock does not model writing ${property}.`);
      }
      this.enqueue(jsonBytes(value), () => {
        const { sheet, range } = resolve();
        const rows = value as unknown[][];
        const height = range.end.row - range.start.row + 1;
        const width = range.end.col - range.start.col + 1;
        if (rows.length !== height || rows.some((row) => row.length !== width)) {
          throw officeError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rangeAddress(range)}).`,
          );
        }
        rows.forEach((row, r) =>
          row.forEach((input, c) => {
            const at = { row: range.start.row + r, col: range.start.col + c };
            if (property === "numberFormat") {
              const cell = sheet.cells.get(key(at)) ?? { value: null };
              sheet.cells.set(key(at), { ...cell, format: String(input) });
            } else {
              const cell = this.cellFromInput(sheet, at, input);
              if (cell) sheet.cells.set(key(at), cell);
              else sheet.cells.delete(key(at));
            }
          }),
        );
      });
    };
    for (const property of [
      "values",
      "formulas",
      "numberFormat",
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
    ]) {
      blank(property);
    }
    // For the chart mock: the address this proxy was made for, without a sync.
    Object.defineProperty(proxy, "address0", { get: () => rangeAddress(where()) });
    proxy.load = (properties: string | string[]) => {
      const wanted = (Array.isArray(properties) ? properties : properties.split(","))
        .map((p) => p.trim())
        .filter(Boolean);
      this.loads.push({
        deliver: () => {
          const { sheet, range } = resolve();
          const rows = range.end.row - range.start.row + 1;
          const cols = range.end.col - range.start.col + 1;
          if (rows * cols > 5_000_000 && wanted.some((w) => w !== "address")) {
            throw officeError(
              "RangeExceedsLimit",
              "The cell count in the range has exceeded the maximum supported number.",
            );
          }
          const grid = (read: (cell: Cell | undefined) => unknown) =>
            Array.from({ length: rows }, (_, r) =>
              Array.from({ length: cols }, (_, c) =>
                read(sheet.cells.get(`${range.start.row + r}:${range.start.col + c}`)),
              ),
            );
          const data: Record<string, unknown> = {
            address: `${/^[A-Za-z0-9_]+$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`}!${rangeAddress(range)}`,
            rowIndex: range.start.row,
            columnIndex: range.start.col,
            rowCount: rows,
            columnCount: cols,
          };
          let bytes = 0;
          for (const property of wanted) {
            if (property === "values")
              data.values = grid((cell) => (cell?.formula ? "" : (cell?.value ?? "")));
            if (property === "formulas")
              data.formulas = grid((cell) => cell?.formula ?? cell?.value ?? "");
            if (property === "numberFormat")
              data.numberFormat = grid((cell) => cell?.format ?? "General");
            bytes += jsonBytes(data[property]);
            Object.defineProperty(proxy, property, {
              get: () => data[property],
              set: (value: unknown) => write(property, value),
              configurable: true,
            });
          }
          return bytes;
        },
      });
      return proxy;
    };
    proxy.getUsedRangeOrNullObject = (_valuesOnly?: boolean) => {
      let used: RangeRef | null = null;
      const born = this.generation;
      this.enqueue(0, () => {
        const { sheet, range } = resolve();
        used = this.usedWithin(sheet, range);
      });
      const nullable = this.range(sheetName, () => {
        if (!used) throw officeError("ItemNotFound", "The used range is empty.");
        return used;
      });
      Object.defineProperty(nullable, "isNullObject", {
        get: () => {
          if (this.generation === born) throw notLoaded("isNullObject");
          return used === null;
        },
      });
      return nullable;
    };
    proxy.getSurroundingRegion = () =>
      this.range(sheetName, () => {
        const { sheet, range } = resolve();
        return this.currentRegion(sheet, range.start);
      });
    proxy.select = () =>
      this.enqueue(0, () => {
        const { sheet, range } = resolve();
        this.selected.push({ sheet: sheet.name, address: rangeAddress(range) });
        this.selection = { sheet: sheet.name, areas: [range] };
      });
    proxy.format = { autofitColumns: () => this.enqueue(0, () => void resolve()) };
    Object.defineProperty(proxy, "worksheet", {
      get: () => this.sheetName(() => this.sheet(sheetName()).name),
    });
    return proxy;
  }

  /** A worksheet as reached from a range or table: only its name, read after load and sync. */
  private sheetName(read: () => string): any {
    const ws: any = {
      load: () => {
        this.lateOffice(() => ({ name: read() }), ws, ["name"]);
        return ws;
      },
    };
    Object.defineProperty(ws, "name", {
      get: () => {
        throw notLoaded("name");
      },
      configurable: true,
    });
    return ws;
  }
}
