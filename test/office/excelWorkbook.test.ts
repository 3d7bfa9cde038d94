/**
 * The Excel host against the Excel model in ./excelMock: what it reads and writes, how many
 * context.sync() round trips each operation takes (a fixed number plus one per chunk), and
 * how it stays within Excel on the web's 5 MB request and response limit.
 */
import { createExcelWorkbook, friendlyOfficeMessage } from "../../src/office/excelWorkbook";
import { DOCUMENTED_OFFICE_ERROR_CODES } from "../../src/office/officeErrors";
import type { PaneVisibility } from "../../src/office/paneVisibility";
import { project, DEFAULT_ASSUMPTIONS, type Assumptions } from "../../src/core/planning";
import { writeScenarioSheet } from "../../src/taskpane/scenarioWriter";
import { DEFAULT_TARGET_VALUES } from "../../src/taskpane/targets";
import { formula, WorkbookError, type CellValue } from "../../src/workbook/types";
import { FORMULA_LOOKING_TEXT } from "../support/hostileText";
import { ExcelMock, officeError, PAYLOAD_LIMIT } from "./excelMock";

// office-addin-mock asks office-addin-manifest which host it mocks; the shared stub is empty.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    Outlook: "outlook",
    Word: "word",
    PowerPoint: "powerpoint",
    OneNote: "onenote",
    Project: "project",
  },
}));

const HEADERS = ["Post ID", "Team", "Status", "FTE", "Cases"];

function staffRows(n: number, note = ""): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `P${i + 1}${note}`,
    i % 2 ? "Assessment" : "Child protection",
    "Permanent",
    1,
    12,
  ]);
}

function workbookWithStaff(n: number, note = ""): ExcelMock {
  return new ExcelMock({
    sheets: ["Budget", "Staff"],
    tables: [
      {
        name: "BudgetTable",
        sheet: "Budget",
        topLeft: "A1",
        headers: ["Line", "Amount"],
        rows: [["Agency", 5]],
      },
      {
        name: "StaffList",
        sheet: "Staff",
        topLeft: "B3",
        headers: HEADERS,
        rows: staffRows(n, note),
        totals: ["Total", null, null, n, 12 * n],
      },
    ],
  });
}

const maxRequest = (excel: ExcelMock) => Math.max(...excel.syncLog.map((s) => s.requestBytes));
const maxResponse = (excel: ExcelMock) => Math.max(...excel.syncLog.map((s) => s.responseBytes));

describe("findStaffingData", () => {
  it.each([10, 10_000])(
    "reads a %i-row table's body, without its totals row, in 2 syncs + one per 40,000 cells",
    async (n) => {
      const excel = workbookWithStaff(n);
      const block = await createExcelWorkbook(excel.run).findStaffingData();
      expect(excel.syncs).toBe(2 + Math.ceil((n * HEADERS.length) / 40_000));
      expect(block?.sheet).toBe("Staff");
      expect(block?.tableName).toBe("StaffList");
      expect(block?.address).toBe(`B3:F${3 + n}`);
      expect(block?.headerRow).toBe(3);
      expect(block?.firstColumn).toBe(1);
      expect(block?.headers).toEqual(HEADERS);
      expect(block?.rows).toHaveLength(n);
      expect(block?.rows[n - 1]).toEqual([
        `P${n}`,
        n % 2 ? "Child protection" : "Assessment",
        "Permanent",
        1,
        12,
      ]);
      expect(block?.rows.some((row) => row[0] === "Total")).toBe(false);
    },
  );

  it("reads 120,000 rows in chunks, each response under 5 MB: 2 syncs + one per 40,000 cells", async () => {
    const excel = workbookWithStaff(120_000);
    const block = await createExcelWorkbook(excel.run).findStaffingData();
    expect(block?.rows).toHaveLength(120_000);
    expect(block?.rows[119_999][0]).toBe("P120000");
    expect(excel.syncs).toBe(2 + Math.ceil((120_000 * 5) / 40_000));
    expect(maxResponse(excel)).toBeLessThan(PAYLOAD_LIMIT);
  }, 30_000);

  it("reads a chunk Excel finds too big again in halves", async () => {
    // 2,000 rows of 1 KB notes: 40,000 cells would be 2 MB, over a 1 MB limit.
    const excel = workbookWithStaff(2_000, ` ${"x".repeat(1_000)}`);
    excel.payloadLimit = 1024 * 1024;
    const block = await createExcelWorkbook(excel.run).findStaffingData();
    expect(block?.rows).toHaveLength(2_000);
    expect(block?.rows[1_999][0]).toMatch(/^P2000 x+$/);
    const delivered = excel.syncLog.filter((s) => s.responseBytes <= excel.payloadLimit);
    expect(delivered.length).toBeLessThan(excel.syncLog.length); // some were refused…
    expect(excel.syncLog.at(-1)!.responseBytes).toBeLessThanOrEqual(excel.payloadLimit); // …then read
  });

  it("without a staffing table, reads the list on the active sheet (one more sync), blank cells as null", async () => {
    const excel = new ExcelMock({
      sheets: [
        {
          name: "Sheet1",
          cells: {
            A1: "Team",
            B1: "FTE",
            C1: "Status",
            A2: "A",
            B2: 1,
            C2: "Permanent",
            A3: "B",
            C3: "Vacant",
          },
        },
      ],
      selection: { sheet: "Sheet1", areas: ["B2"] },
    });
    const block = await createExcelWorkbook(excel.run).findStaffingData();
    // Tables and the active cell; table headers and whether the sheet has used cells; where
    // they are; their values.
    expect(excel.syncs).toBe(4);
    expect(block?.tableName).toBeUndefined();
    expect(block?.address).toBe("A1:C3");
    expect(block?.rows).toEqual([
      ["A", 1, "Permanent"],
      ["B", null, "Vacant"],
    ]);
  });

  it("keeps loading when several areas are selected (getSelectedRange would throw)", async () => {
    const excel = new ExcelMock({
      sheets: [{ name: "Sheet1", cells: { A1: "Team", B1: "FTE", A2: "A", B2: 1 } }],
      selection: { sheet: "Sheet1", areas: ["A1:A2", "D5:E6"] },
    });
    // The model throws as Excel does…
    const context = excel.context as Excel.RequestContext;
    context.workbook.getSelectedRange().load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
    // …and the host does not use it.
    const block = await createExcelWorkbook(excel.run).findStaffingData();
    expect(block?.headers).toEqual(["Team", "FTE"]);
  });

  it("returns null for an empty sheet", async () => {
    const excel = new ExcelMock({ sheets: ["Sheet1"] });
    expect(await createExcelWorkbook(excel.run).findStaffingData()).toBeNull();
  });
});

describe("readSheet", () => {
  it("reads a 100,000-row sheet in chunks, each response under 5 MB: 2 syncs + one per 40,000 cells", async () => {
    const excel = workbookWithStaff(100_000);
    const read = await createExcelWorkbook(excel.run).readSheet("Staff");
    // B3 header, 100,000 body rows, the totals row.
    expect(read?.address).toBe("B3:F100004");
    expect(read?.values).toHaveLength(100_002);
    expect(read?.values[100_000]).toEqual(["P100000", "Assessment", "Permanent", 1, 12]);
    expect(read?.values[100_001]).toEqual(["Total", null, null, 100_000, 1_200_000]);
    expect(excel.syncs).toBe(2 + Math.ceil((100_002 * 5) / 40_000));
    expect(maxResponse(excel)).toBeLessThan(PAYLOAD_LIMIT);
  }, 30_000);

  it("reads a chunk Excel finds too big again in halves", async () => {
    const excel = workbookWithStaff(2_000, ` ${"x".repeat(1_000)}`);
    excel.payloadLimit = 1024 * 1024;
    const read = await createExcelWorkbook(excel.run).readSheet("Staff");
    expect(read?.values).toHaveLength(2_002);
    expect(read?.values[2_000][0]).toMatch(/^P2000 x+$/);
    const delivered = excel.syncLog.filter((s) => s.responseBytes <= excel.payloadLimit);
    expect(delivered.length).toBeLessThan(excel.syncLog.length);
    expect(excel.syncLog.at(-1)!.responseBytes).toBeLessThanOrEqual(excel.payloadLimit);
  });

  it("refuses a used range too big to read before reading any values (two syncs)", async () => {
    const excel = new ExcelMock({ sheets: [{ name: "Far", cells: { A1: 1, XFD1048576: 2 } }] });
    await expect(createExcelWorkbook(excel.run).readSheet("Far")).rejects.toThrow(
      /^Did not read the sheet "Far": its used cells span A1:XFD1048576/,
    );
    expect(excel.syncs).toBe(2);
    expect(maxResponse(excel)).toBeLessThan(1_000);
  });
});

describe("writeTable", () => {
  it.each([10, 10_000])("writes a %i-row table in two syncs", async (n) => {
    const excel = new ExcelMock({ sheets: ["Scenario – A"] });
    const rows: CellValue[][] = Array.from({ length: n }, (_, i) => [
      `2026-${(i % 12) + 1}`,
      i,
      null,
    ]);
    const written = await createExcelWorkbook(excel.run).writeTable("Scenario – A", {
      name: "Projection A",
      topLeft: "A4",
      headers: ["Month", "FTE", "Note"],
      rows,
      columnFormats: ["@", "0.0", null],
    });
    expect(excel.syncs).toBe(2);
    expect(written).toEqual({
      sheet: "Scenario – A",
      tableName: "Projection_A",
      address: `A4:C${4 + n}`,
    });
    expect(excel.tables.map((t) => t.name)).toEqual(["Projection_A"]);
    expect(excel.value("Scenario – A", "A4")).toBe("Month");
    // The "@" column keeps "2026-1" as typed text (Excel would otherwise make it a date).
    expect(excel.value("Scenario – A", "A5")).toBe("2026-1");
    expect(excel.numberFormat("Scenario – A", "A5")).toBe("@");
    expect(excel.value("Scenario – A", `B${4 + n}`)).toBe(n - 1);
    expect(excel.numberFormat("Scenario – A", "B5")).toBe("0.0");
  });

  it("writes 100,000 rows in chunks under 5 MB: one sync + one per 4 MB of cells", async () => {
    const excel = new ExcelMock({ sheets: ["Big"] });
    const note = "a note of about forty characters, quite";
    const rows: CellValue[][] = Array.from({ length: 100_000 }, (_, i) => [i, note, i % 7 === 0]);
    await createExcelWorkbook(excel.run).writeTable("Big", {
      name: "Big",
      topLeft: "A1",
      headers: ["N", "Note", "Flag"],
      rows,
    });
    const cellBytes = 100_000 * (2 + 24 + note.length + 3 + 5);
    expect(excel.syncs).toBe(1 + Math.ceil(cellBytes / (4 * 1024 * 1024)));
    expect(excel.syncs).toBeGreaterThan(2);
    expect(maxRequest(excel)).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.value("Big", "A100001")).toBe(99_999);
    expect(excel.value("Big", "B50001")).toBe(note);
  }, 30_000);

  it("writes text as text however it looks, and formulas only where asked", async () => {
    const hostile = FORMULA_LOOKING_TEXT;
    const excel = new ExcelMock({ sheets: ["Labels"] });
    await createExcelWorkbook(excel.run).writeTable("Labels", {
      name: "Labels",
      topLeft: "A1",
      headers: ["Label", "As text", "Formula"],
      rows: hostile.map((text, i) => [text, text, i === 0 ? formula("=1+1") : null]),
      columnFormats: [null, "@", null],
    });
    hostile.forEach((text, i) => {
      expect([excel.value("Labels", `A${i + 2}`), excel.formula("Labels", `A${i + 2}`)]).toEqual([
        text,
        null,
      ]);
      expect([excel.value("Labels", `B${i + 2}`), excel.formula("Labels", `B${i + 2}`)]).toEqual([
        text,
        null,
      ]);
    });
    expect(excel.formula("Labels", "C2")).toBe("=1+1");
  });

  it("never writes over the user's cells, and writes nothing when it refuses", async () => {
    const excel = new ExcelMock({ sheets: [{ name: "Mine", cells: { B6: "keep me" } }] });
    const before = excel.snapshot("Mine");
    const attempt = createExcelWorkbook(excel.run).writeTable("Mine", {
      name: "T",
      topLeft: "A4",
      headers: ["A", "B"],
      rows: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    });
    await expect(attempt).rejects.toThrow(
      'Did not write the table "T" on "Mine": A4:B7 already holds data, and the add-in never writes over cells it did not create.',
    );
    expect(excel.syncs).toBe(1);
    expect(excel.snapshot("Mine")).toEqual(before);
    expect(excel.tables).toEqual([]);
  });

  it("names the missing sheet", async () => {
    const excel = new ExcelMock({ sheets: ["Staff"] });
    await expect(
      createExcelWorkbook(excel.run).writeTable("Gone", {
        name: "T",
        topLeft: "A1",
        headers: ["A"],
        rows: [],
      }),
    ).rejects.toThrow('There is no sheet called "Gone".');
  });

  it("gives an empty table one blank body row, and a unique valid name", async () => {
    const excel = workbookWithStaff(1);
    const host = createExcelWorkbook(excel.run);
    const a = await host.writeTable("Budget", {
      name: "StaffList",
      topLeft: "D1",
      headers: ["X"],
      rows: [],
    });
    const b = await host.writeTable("Budget", {
      name: "R1C1",
      topLeft: "F1",
      headers: ["Y"],
      rows: [[1]],
    });
    expect(a).toEqual({ sheet: "Budget", tableName: "StaffList_2", address: "D1:D2" });
    expect(b.tableName).toBe("T_R1C1");
  });
});

describe("writeCells", () => {
  it("writes a title and the live formula in two syncs each, text as text", async () => {
    const excel = new ExcelMock({ sheets: ["S"] });
    const host = createExcelWorkbook(excel.run);
    await host.writeCells("S", "A1", [["=not a formula"], ["+5 ASYE"]]);
    expect(excel.syncs).toBe(2);
    await host.writeCells("S", "A4", [["Live"], [formula("=WORKFORCE.PROJECT(A1:B2)")]]);
    expect(excel.syncs).toBe(4);
    expect(excel.value("S", "A1")).toBe("=not a formula");
    expect(excel.value("S", "A2")).toBe("+5 ASYE");
    expect(excel.formula("S", "A5")).toBe("=WORKFORCE.PROJECT(A1:B2)");
  });

  it("refuses to overwrite a cell that holds data", async () => {
    const excel = new ExcelMock({ sheets: [{ name: "S", cells: { A2: 0 } }] });
    await expect(
      createExcelWorkbook(excel.run).writeCells("S", "A1", [["a"], ["b"]]),
    ).rejects.toThrow(/A1:A2 already holds data/);
    expect(excel.value("S", "A1")).toBeNull();
  });
});

describe("scenario writing", () => {
  const assumptions: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    establishmentFte: 100,
    inPostFte: 80,
    cases: 1200,
    startMonth: "2026-01",
  };

  it.each([12, 120])("writes a %i-month scenario in the same number of syncs", async (months) => {
    const excel = new ExcelMock({ sheets: ["Staff"] });
    const before = excel.snapshot("Staff");
    const host = createExcelWorkbook(excel.run);
    const cohorts = [
      { month: "2026-03", fte: 21, kind: "international" as const, label: "+5 ASYE" },
    ];
    const rows = project(assumptions, cohorts, months);
    const sheet = await writeScenarioSheet(
      host,
      { name: "Plan/Q1", assumptions, cohorts, months },
      rows,
      DEFAULT_TARGET_VALUES,
    );
    expect(sheet).toBe("Scenario – Plan-Q1");
    // addSheet 2 + title 2 + two input tables × 2 + live formula 2 + band columns 2
    // + two charts × 1 + the live budget (its cells 2, its column chart 1)
    // + the snapshot's label 2 and table 2.
    expect(excel.syncs).toBe(21);
    expect(excel.snapshot("Staff")).toEqual(before);
    expect(excel.value(sheet, "K5")).toBe("+5 ASYE"); // the cohort label stays text
    const charts = excel.sheet(sheet).charts;
    expect(charts.map((c) => c.type)).toEqual(["Line", "Line", "ColumnClustered"]);
    expect(charts[0].title).toBe("Caseload per worker – Plan/Q1");
    // The 13–16 band: the upper edge as a shaded area, the lower edge as a white area in
    // front of it (its legend entry hidden), both behind the caseload line.
    expect(charts[0].series).toEqual([
      expect.objectContaining({
        name: "Caseload band (13–16)",
        chartType: "Area",
        fill: "#D4ECDC",
        lineStyle: "None",
      }),
      expect.objectContaining({
        name: "Caseload band (13–16), lower edge",
        chartType: "Area",
        fill: "#FFFFFF",
        lineStyle: "None",
      }),
      expect.objectContaining({ name: "Caseload per worker" }),
    ]);
    expect(charts[0].series[2].chartType).toBeUndefined(); // the line stays a line
    const [upper, lower, line] = charts[0].series;
    expect(upper.values).toMatch(/^O\d+:O\d+$/); // the table's "Caseload band high" column
    expect(lower.values).toMatch(/^N\d+:N\d+$/); // … "Caseload band low"
    expect(line.values).toMatch(/^K\d+:K\d+$/);
    expect(charts[0].hiddenLegendEntries).toEqual([1]);
    expect(charts[1].series.every((s) => s.chartType === undefined)).toBe(true);
    expect(charts[1].valueAxisFormat).toBe("0%");
    const [liveAt, live] =
      Object.entries(excel.snapshot(sheet)).find(([, cell]) => cell.formula) ?? [];
    expect(live?.formula).toMatch(/^=WORKFORCE\.PROJECT\(\$A\$5:\$B\$\d+,\$D\$4:\$K\$5,\d+\)$/);
    // The spill's cells are formatted before it fills them (in the formula's own syncs);
    // column A stays General, or the formula would be text.
    const liveRow = Number(/\d+$/.exec(liveAt ?? "")?.[0]);
    expect(excel.numberFormat(sheet, `A${liveRow}`)).toBe("General");
    expect(excel.numberFormat(sheet, `G${liveRow + months}`)).toBe("0.0%");
    expect(excel.numberFormat(sheet, `L${liveRow + 1}`)).toBe("£#,##0");
  });
});

describe("sheets, selection and settings", () => {
  it("adds a sheet under a unique valid name without replacing one, in two syncs", async () => {
    const excel = new ExcelMock({ sheets: ["Scenario – A", "scenario – a (2)"] });
    const name = await createExcelWorkbook(excel.run).addSheet("Scenario – A");
    expect(name).toBe("Scenario – A (3)");
    expect(excel.syncs).toBe(2);
    expect(excel.activeSheet).toBe("Scenario – A (3)");
    const long = await createExcelWorkbook(excel.run).addSheet(
      "Scenario: a very long name [draft] for testing",
    );
    expect(long).toBe("Scenario- a very long name draf");
  });

  it("selects a row on its sheet in one sync; a missing sheet is named", async () => {
    const excel = new ExcelMock({ sheets: ["Staff", "Other"] });
    const host = createExcelWorkbook(excel.run);
    await host.selectRange("Staff", "B9:F9");
    expect(excel.selected).toEqual([{ sheet: "Staff", address: "B9:F9" }]);
    expect(excel.activeSheet).toBe("Staff");
    expect(excel.syncs).toBe(1);
    await expect(host.selectRange("Gone", "A1")).rejects.toThrow(
      'There is no sheet called "Gone".',
    );
  });

  it("deletes only the named sheet, and never the last one", async () => {
    const excel = new ExcelMock({ sheets: ["Staff", "Scenario – A"] });
    const host = createExcelWorkbook(excel.run);
    await host.deleteSheet("Scenario – A");
    expect(await host.listSheets()).toEqual(["Staff"]);
    await expect(host.deleteSheet("Staff")).rejects.toThrow(/only sheet/);
    await expect(host.deleteSheet("Missing")).rejects.toThrow(
      'There is no sheet called "Missing".',
    );
  });

  it("round-trips settings in one sync each, null when absent", async () => {
    const excel = new ExcelMock({ sheets: ["Staff"] });
    const host = createExcelWorkbook(excel.run);
    expect(await host.getSetting("workforce.targets")).toBeNull();
    expect(excel.syncs).toBe(1);
    await host.setSetting("workforce.targets", '{"version":1,"data":{}}');
    expect(excel.syncs).toBe(2);
    expect(await host.getSetting("workforce.targets")).toBe('{"version":1,"data":{}}');
  });

  it("inserts the sample as tables on new sheets, leaving the user's sheet alone", async () => {
    const excel = new ExcelMock({ sheets: [{ name: "Staffing", cells: { A1: "mine" } }] });
    const sheet = await createExcelWorkbook(excel.run).insertSample({
      sheets: [
        { name: "Staffing", tableName: "Staffing", headers: HEADERS, rows: staffRows(50) },
        { name: "Notes", headers: ["About"], rows: [["Sample data, 2026-01"]] },
      ],
    });
    // 1 (names) + one chunk per sheet + activate.
    expect(excel.syncs).toBe(4);
    expect(sheet).toBe("Staffing (2)");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Staffing", "Staffing (2)", "Notes"]);
    expect(excel.tables.map((t) => [t.name, t.sheet])).toEqual([["Staffing", "Staffing (2)"]]);
    expect(excel.snapshot("Staffing")).toEqual({ A1: { value: "mine", format: undefined } });
    expect(excel.value("Notes", "A2")).toBe("Sample data, 2026-01");
    expect(excel.activeSheet).toBe("Staffing (2)");
  });
});

describe("change events follow the pane's visibility", () => {
  function visibility(initial: boolean) {
    let visible = initial;
    const listeners = new Set<(v: boolean) => void>();
    const control: PaneVisibility & { set(v: boolean): void } = {
      isVisible: () => visible,
      onChange: (callback) => {
        listeners.add(callback);
        return Promise.resolve(() => {
          listeners.delete(callback);
          return Promise.resolve();
        });
      },
      set(v) {
        visible = v;
        for (const l of listeners) l(v);
      },
    };
    return control;
  }

  it("calls back on edits while visible, notes edits while hidden and reports them once on showing", async () => {
    const excel = new ExcelMock({ sheets: ["Staff"] });
    const pane = visibility(true);
    const calls: number[] = [];
    const host = createExcelWorkbook(excel.run, {
      visibility: pane,
      runInContext: excel.runInContext,
    });
    const off = await host.onDataChanged(() => calls.push(calls.length));
    expect(excel.syncs).toBe(1);
    await excel.change();
    expect(calls).toHaveLength(1);
    pane.set(false);
    await excel.change();
    await excel.change();
    expect(calls).toHaveLength(1);
    pane.set(true);
    expect(calls).toHaveLength(2); // one re-read for everything missed
    pane.set(false);
    pane.set(true);
    expect(calls).toHaveLength(2); // nothing changed meanwhile
    off();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(excel.handlerCount).toBe(0);
    await excel.change();
    expect(calls).toHaveLength(2);
  });
});

describe("errors", () => {
  it("turns an Office error into a WorkbookError a user can act on", async () => {
    const excel = new ExcelMock({ sheets: ["Staff"] });
    excel.failNextSync = officeError("InvalidOperationInCellEditMode", "Edit mode");
    const attempt = createExcelWorkbook(excel.run).setSetting("k", "v");
    await expect(attempt).rejects.toBeInstanceOf(WorkbookError);
    excel.failNextSync = officeError("InvalidOperationInCellEditMode", "Edit mode");
    await expect(createExcelWorkbook(excel.run).listSheets()).rejects.toThrow(
      "Could not list the sheets: Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
    );
  });

  it("a row too big for one request reports Excel on the web's limit in plain words", async () => {
    const excel = new ExcelMock({ sheets: ["S"] });
    const huge = "x".repeat(30_000);
    const row = Array.from({ length: 200 }, () => huge);
    await expect(createExcelWorkbook(excel.run).writeCells("S", "A1", [row])).rejects.toThrow(
      /bigger than Excel on the web accepts in one request \(5 MB\)/,
    );
    expect(excel.value("S", "A1")).toBeNull();
  });

  it.each(DOCUMENTED_OFFICE_ERROR_CODES)("words the documented code %s", (code) => {
    const message = friendlyOfficeMessage("save", { code, message: "RAW OFFICE TEXT" });
    expect(message).toMatch(/^Could not save: [A-Za-z]/);
    expect(message).not.toContain("RAW OFFICE TEXT");
  });

  it("falls back to Office's message for an undocumented code", () => {
    expect(friendlyOfficeMessage("save", new Error("boom"))).toBe("Could not save (boom)");
  });
});
