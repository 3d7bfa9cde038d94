/**
 * The Excel host against office-addin-mock: what it writes, what it reads, and how many
 * context.sync() round trips each operation takes for small and large data (the same).
 */
import { createExcelWorkbook, friendlyOfficeMessage } from "../../src/office/excelWorkbook";
import { project, DEFAULT_ASSUMPTIONS, type Assumptions } from "../../src/core/planning";
import { writeScenarioSheet } from "../../src/taskpane/scenarioWriter";
import { DEFAULT_TARGET_VALUES } from "../../src/taskpane/targets";
import { WorkbookError, type CellValue } from "../../src/workbook/types";
import { ExcelMock, officeError } from "./excelMock";

/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- reading back what the code assigned to untyped mocks */

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

function staffRows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `P${i + 1}`,
    i % 2 ? "Assessment" : "Child protection",
    "Permanent",
    1,
    12,
  ]);
}

function workbookWithStaff(n: number): ExcelMock {
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
      { name: "StaffList", sheet: "Staff", topLeft: "B3", headers: HEADERS, rows: staffRows(n) },
    ],
  });
}

describe("findStaffingData", () => {
  it.each([10, 10_000])(
    "reads a %i-row staffing table in three syncs, all rows, with its position",
    async (n) => {
      const excel = workbookWithStaff(n);
      const block = await createExcelWorkbook(excel.run).findStaffingData();
      expect(excel.syncs).toBe(3);
      expect(block).not.toBeNull();
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
    },
  );

  it("falls back to the current region around the selection when no table looks like staffing", async () => {
    const excel = new ExcelMock({
      sheets: ["Sheet1"],
      region: {
        sheet: "Sheet1",
        address: "A1:C3",
        values: [
          ["Team", "FTE", "Status"],
          ["A", 1, "Permanent"],
          ["B", "", "Vacant"],
        ],
      },
    });
    const block = await createExcelWorkbook(excel.run).findStaffingData();
    expect(excel.syncs).toBe(3);
    expect(block?.tableName).toBeUndefined();
    expect(block?.address).toBe("A1:C3");
    // Empty cells come back as null, not "".
    expect(block?.rows).toEqual([
      ["A", 1, "Permanent"],
      ["B", null, "Vacant"],
    ]);
  });

  it("returns null for an empty selection", async () => {
    const excel = new ExcelMock({ sheets: ["Sheet1"] });
    expect(await createExcelWorkbook(excel.run).findStaffingData()).toBeNull();
  });
});

describe("writeTable", () => {
  it.each([10, 10_000])(
    "writes a %i-row table in two syncs: one tables.add, one body assignment",
    async (n) => {
      const excel = new ExcelMock({ sheets: ["Scenario – A"], tables: [] });
      const rows: CellValue[][] = Array.from({ length: n }, (_, i) => [
        `2026-${(i % 12) + 1}`,
        i,
        null,
        "=B5*2",
      ]);
      const written = await createExcelWorkbook(excel.run).writeTable("Scenario – A", {
        name: "Projection A",
        topLeft: "A4",
        headers: ["Month", "FTE", "Note", "Double"],
        rows,
        columnFormats: ["@", "0.0", null, "0"],
      });
      expect(excel.syncs).toBe(2);
      expect(excel.tablesAdded).toHaveLength(1);
      expect(excel.tablesAdded[0].address).toBe(`'Scenario – A'!A4:D${4 + n}`);
      expect(excel.tablesAdded[0].hasHeaders).toBe(true);
      expect(excel.tablesAdded[0].table.name).toBe("Projection_A");
      expect(written).toEqual({
        sheet: "Scenario – A",
        tableName: "Projection_A",
        address: `A4:D${4 + n}`,
      });

      const header = excel.writesOn("Scenario – A").find((w) => w.address === "A4:D4");
      expect(header?.range.values).toEqual([["Month", "FTE", "Note", "Double"]]);
      const body = excel.writesOn("Scenario – A").find((w) => w.address === `A5:D${4 + n}`);
      const formulas = body?.range.formulas as unknown[][];
      expect(formulas).toHaveLength(n);
      expect(formulas[0]).toEqual(["2026-1", 0, "", "=B5*2"]);
      // Number formats go on as one block too.
      const formats = excel
        .writesOn("Scenario – A")
        .filter((w) => w.range.numberFormat !== undefined);
      expect(formats).toHaveLength(1);
      expect((formats[0].range.numberFormat as unknown[][])[n - 1]).toEqual([
        "@",
        "0.0",
        "General",
        "0",
      ]);
      // The number formats go on before the values, so "2026-1" in a text column stays text.
      expect(excel.assignments.map((a) => a.property)).toEqual(["numberFormat", "formulas"]);
      // Only the target sheet is touched.
      expect(new Set(excel.written.map((w) => w.sheet))).toEqual(new Set(["Scenario – A"]));
    },
  );
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
    const host = createExcelWorkbook(excel.run);
    const rows = project(
      assumptions,
      [{ month: "2026-03", fte: 21, kind: "international" }],
      months,
    );
    const sheet = await writeScenarioSheet(
      host,
      {
        name: "Plan",
        assumptions,
        cohorts: [{ month: "2026-03", fte: 21, kind: "international" }],
        months,
      },
      rows,
      DEFAULT_TARGET_VALUES,
    );
    expect(sheet).toBe("Scenario – Plan");
    // addSheet 2 + title 1 + three tables × 2 + two charts × 1 + live formula 1.
    expect(excel.syncs).toBe(12);
    expect(excel.sheetsAdded).toEqual(["Scenario – Plan"]);
    expect(excel.written.every((w) => w.sheet === "Scenario – Plan")).toBe(true);
    expect(excel.charts.map((c) => c.type)).toEqual(["Line", "Line"]);
    const caseload = excel.charts[0].chart;
    expect(caseload.title.text).toBe("Caseload per worker – Plan");
    const seriesNames = (caseload.series.list as { name: string }[]).map((s) => s.name);
    expect(seriesNames).toEqual(["Caseload per worker", "Band low", "Band high"]);
    expect(excel.charts[1].chart.axes.valueAxis.numberFormat).toBe("0%");
  });
});

describe("sheets, selection and settings", () => {
  it("adds a sheet under a unique valid name without replacing one, in two syncs", async () => {
    const excel = new ExcelMock({ sheets: ["Scenario – A", "scenario – a (2)"] });
    const name = await createExcelWorkbook(excel.run).addSheet("Scenario – A");
    expect(name).toBe("Scenario – A (3)");
    expect(excel.sheetsAdded).toEqual(["Scenario – A (3)"]);
    expect(excel.syncs).toBe(2);
    const long = await createExcelWorkbook(excel.run).addSheet(
      "Scenario: a very long name [draft] for testing",
    );
    expect(long).toBe("Scenario- a very long name -dra");
    expect(long.length).toBeLessThanOrEqual(31);
  });

  it("selects a row on its sheet in one sync", async () => {
    const excel = new ExcelMock({ sheets: ["Staff"] });
    await createExcelWorkbook(excel.run).selectRange("Staff", "B9:F9");
    expect(excel.selected).toEqual([{ sheet: "Staff", address: "B9:F9" }]);
    expect(excel.activated).toEqual(["Staff"]);
    expect(excel.syncs).toBe(1);
  });

  it("deletes only the named sheet", async () => {
    const excel = new ExcelMock({ sheets: ["Staff", "Scenario – A"] });
    await createExcelWorkbook(excel.run).deleteSheet("Scenario – A");
    expect(excel.sheetsDeleted).toEqual(["Scenario – A"]);
    expect(await createExcelWorkbook(excel.run).listSheets()).toEqual(["Staff"]);
  });

  it("round-trips settings in one sync each, null when absent", async () => {
    const excel = new ExcelMock({ sheets: ["Staff"] });
    const host = createExcelWorkbook(excel.run);
    expect(await host.getSetting("workforce.targets")).toBeNull();
    expect(excel.syncs).toBe(1);
    await host.setSetting("workforce.targets", '{"version":1,"data":{}}');
    expect(excel.syncs).toBe(2);
    expect(excel.settings.get("workforce.targets")).toBe('{"version":1,"data":{}}');
    expect(await host.getSetting("workforce.targets")).toBe('{"version":1,"data":{}}');
  });

  it("inserts the sample in two syncs, as tables on new sheets", async () => {
    const excel = new ExcelMock({ sheets: ["Staffing"] });
    const sheet = await createExcelWorkbook(excel.run).insertSample({
      sheets: [
        { name: "Staffing", tableName: "Staffing", headers: HEADERS, rows: staffRows(50) },
        { name: "Notes", headers: ["About"], rows: [["Sample data"]] },
      ],
    });
    expect(excel.syncs).toBe(2);
    expect(sheet).toBe("Staffing (2)");
    expect(excel.sheetsAdded).toEqual(["Staffing (2)", "Notes"]);
    expect(excel.tablesAdded.map((t) => t.address)).toEqual(["'Staffing (2)'!A1:E51"]);
    expect(excel.written.some((w) => w.sheet === "Staffing")).toBe(false);
  });
});

describe("errors", () => {
  it("turns an Office error into a WorkbookError a user can act on", async () => {
    const excel = new ExcelMock({ sheets: ["Staff"] });
    excel.failNextSync = officeError("InvalidOperationInCellEditMode", "Edit mode");
    const attempt = createExcelWorkbook(excel.run).setSetting("k", "v");
    await expect(attempt).rejects.toBeInstanceOf(WorkbookError);
    await expect(createExcelWorkbook(excel.run).deleteSheet("Missing")).rejects.toThrow(
      'Could not delete the sheet "Missing": a sheet, table or range it needs no longer exists.',
    );
  });

  it("words each common Office error code", () => {
    expect(friendlyOfficeMessage("save", { code: "InvalidOperationInCellEditMode" })).toMatch(
      /Press Enter or Esc/,
    );
    expect(friendlyOfficeMessage("save", { code: "AccessDenied" })).toMatch(
      /protected or read-only/,
    );
    expect(friendlyOfficeMessage("save", { code: "ApiNotFound" })).toMatch(/Update Excel/);
    expect(friendlyOfficeMessage("save", new Error("boom"))).toBe("Could not save (boom)");
  });
});
