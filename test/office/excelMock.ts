/**
 * A small Excel object model built from office-addin-mock's OfficeMockObject, enough for
 * src/office/excelWorkbook.ts. Loaded properties read as "not loaded" errors until
 * context.sync(), as in Excel, so the code under test must queue loads before reading.
 * Every sync is counted; every range written is kept so tests can inspect the values.
 */
import { OfficeMockObject } from "office-addin-mock";
import { blockAddress, parseRange } from "../../src/workbook/a1";
import type { ExcelRunner } from "../../src/office/excelWorkbook";
import type { CellValue } from "../../src/workbook/types";

/* The mock is untyped by nature; tests read what the code under test assigned. */
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument */

/** An error shaped like OfficeExtension.Error: an Error with a code. */
export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

export interface MockTable {
  name: string;
  sheet: string;
  topLeft: string;
  headers: string[];
  rows: CellValue[][];
}

export interface ExcelModel {
  sheets: string[];
  tables?: MockTable[];
  /** The current region around the selection: sheet, address and values (header first). */
  region?: { sheet: string; address: string; values: CellValue[][] };
  settings?: Record<string, string>;
}

export interface WrittenRange {
  sheet: string;
  address: string;
  range: any;
}

export class ExcelMock {
  syncs = 0;
  readonly context: any;
  readonly written: WrittenRange[] = [];
  readonly tablesAdded: { sheet: string; address: string; hasHeaders: boolean; table: any }[] = [];
  readonly charts: { sheet: string; type: string; source: string; chart: any }[] = [];
  readonly sheetsAdded: string[] = [];
  readonly sheetsDeleted: string[] = [];
  readonly selected: { sheet: string; address: string }[] = [];
  readonly activated: string[] = [];
  readonly assignments: { sheet: string; address: string; property: string }[] = [];
  readonly settings: Map<string, string>;
  /** When set, the next sync rejects with this error (as Excel does for a failed batch). */
  failNextSync: Error | null = null;
  private readonly created: OfficeMockObject[] = [];
  private readonly sheetMocks = new Map<string, any>();

  constructor(private readonly model: ExcelModel) {
    this.settings = new Map(Object.entries(model.settings ?? {}));
    for (const name of model.sheets) this.sheetMock(name);

    const tableItems = (model.tables ?? []).map((t) => this.tableMock(t));
    const sheetMocks = this.sheetMocks;
    const sheetsCollection = this.obj({
      load: function (this: any, props: string) {
        if (props.includes("items/name")) sheetMocks.forEach((sheet) => sheet.load("name"));
        return this;
      },
      getItem: (name: string) => {
        const sheet = this.sheetMocks.get(name);
        if (!sheet)
          this.failNextSync = officeError("ItemNotFound", `The sheet ${name} was not found.`);
        return sheet ?? this.sheetMock(name, false);
      },
      add: (name: string) => {
        this.sheetsAdded.push(name);
        return this.sheetMock(name);
      },
      onChanged: {
        add: (handler: unknown) => ({ handler, context: this.context, remove: () => undefined }),
      },
    });
    Object.defineProperty(sheetsCollection, "items", { get: () => [...this.sheetMocks.values()] });

    const tablesCollection = this.obj({
      load: function (this: any, props: string) {
        if (props.includes("items/name")) tableItems.forEach((t) => t.load("name"));
        return this;
      },
    });
    tablesCollection.items = tableItems;

    const settings = this.obj({
      getItemOrNullObject: (key: string) => {
        const has = this.settings.has(key);
        const item = this.obj(has ? { value: this.settings.get(key) } : { value: "" });
        item.isNullObject = !has;
        return item;
      },
      add: (key: string, value: string) => {
        this.settings.set(key, value);
      },
    });

    const context = new OfficeMockObject({
      workbook: {
        getSelectedRange: () => this.selectionMock(),
      },
    });
    const workbook: any = (context as any).workbook;
    workbook.worksheets = sheetsCollection;
    workbook.tables = tablesCollection;
    workbook.settings = settings;
    const mockSync = context.sync.bind(context);
    (context as any).sync = async () => {
      this.syncs += 1;
      if (this.failNextSync) {
        const error = this.failNextSync;
        this.failNextSync = null;
        throw error;
      }
      await mockSync();
      for (const m of this.created) await m.sync();
      // OfficeMockObject settles property updates in later microtasks.
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    this.context = context;
  }

  /** The ExcelRunner to give createExcelWorkbook. */
  readonly run: ExcelRunner = (batch) => batch(this.context);

  /** The ranges written on a sheet. */
  writesOn(sheet: string): WrittenRange[] {
    return this.written.filter((w) => w.sheet === sheet);
  }

  private obj(data: Record<string, unknown>): any {
    const m = new OfficeMockObject(data);
    this.created.push(m);
    return m;
  }

  private rangeMock(sheet: string, address: string, values?: CellValue[][]): any {
    const { start } = parseRange(address);
    const data: Record<string, unknown> = {
      address: `${sheet}!${address}`,
      rowIndex: start.row,
      columnIndex: start.column,
      format: { autofitColumns: () => undefined },
      select: () => this.selected.push({ sheet, address }),
    };
    if (values) data.values = values;
    const range = this.obj(data);
    range.worksheet = this.sheetMocks.get(sheet);
    // Record the order of writes (formats must precede values so text stays text).
    for (const property of ["formulas", "numberFormat"]) {
      let stored: unknown;
      Object.defineProperty(range, property, {
        get: () => stored,
        set: (value: unknown) => {
          stored = value;
          this.assignments.push({ sheet, address, property });
        },
      });
    }
    return range;
  }

  private sheetMock(name: string, register = true): any {
    const sheet = this.obj({
      name,
      getRange: (address: string) => {
        const range = this.rangeMock(name, address, this.readCells(name, address));
        this.written.push({ sheet: name, address, range });
        return range;
      },
      activate: () => this.activated.push(name),
      delete: () => {
        this.sheetsDeleted.push(name);
        this.sheetMocks.delete(name);
      },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          const local = address.includes("!")
            ? address.slice(address.lastIndexOf("!") + 1)
            : address;
          const { start, end } = parseRange(local);
          const header = blockAddress(start, 1, end.column - start.column + 1);
          const body = blockAddress(
            { row: start.row + 1, column: start.column },
            end.row - start.row,
            end.column - start.column + 1,
          );
          const headerRange = this.rangeMock(name, header);
          const bodyRange = this.rangeMock(name, body);
          this.written.push(
            { sheet: name, address: header, range: headerRange },
            { sheet: name, address: body, range: bodyRange },
          );
          const table = this.obj({
            getHeaderRowRange: () => headerRange,
            getDataBodyRange: () => bodyRange,
          });
          this.tablesAdded.push({ sheet: name, address, hasHeaders, table });
          return table;
        },
      },
      charts: {
        add: (type: string, source: any, _seriesBy: string) => {
          const seriesList: any[] = [];
          const makeSeries = (seriesName: string) => {
            const s: any = { name: seriesName, values: null, xValues: null };
            s.setValues = (r: any) => (s.values = r.address);
            s.setXAxisValues = (r: any) => (s.xValues = r.address);
            seriesList.push(s);
            return s;
          };
          makeSeries("");
          const chart: any = {
            title: {},
            legend: {},
            axes: { valueAxis: { title: {} } },
            series: { getItemAt: (i: number) => seriesList[i], add: makeSeries, list: seriesList },
            setPosition: (a: string, b: string) => (chart.position = [a, b]),
          };
          seriesList[0].values = source.address;
          this.charts.push({ sheet: name, type, source: source.address, chart });
          return chart;
        },
      },
    });
    if (register) this.sheetMocks.set(name, sheet);
    return sheet;
  }

  private tableMock(t: MockTable): any {
    const width = t.headers.length;
    const all = [t.headers, ...t.rows];
    const address = blockAddress(t.topLeft, all.length, width);
    const { start } = parseRange(address);
    return this.obj({
      name: t.name,
      worksheet: { name: t.sheet },
      getHeaderRowRange: () => this.rangeMock(t.sheet, blockAddress(start, 1, width), [t.headers]),
      getRange: () => this.rangeMock(t.sheet, address, all),
    });
  }

  private get region(): { sheet: string; address: string; values: CellValue[][] } {
    return this.model.region ?? { sheet: this.model.sheets[0], address: "A1", values: [[""]] };
  }

  private selectionMock(): any {
    const region = this.region;
    const regionRange = this.rangeMock(region.sheet, region.address, region.values);
    const selection = this.obj({
      getSurroundingRegion: () => regionRange,
      worksheet: { name: region.sheet },
    });
    return selection;
  }

  private readCells(sheet: string, address: string): CellValue[][] | undefined {
    const region = this.region;
    if (region.sheet === sheet && region.address === address) return region.values;
    return undefined;
  }
}
