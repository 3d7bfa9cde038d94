import {
  blockFromSheet,
  blockFromTable,
  chooseStaffingTable,
  currentRegion,
  MAX_SHEET_SCAN_CELLS,
  regionAround,
  scanWholeSheet,
} from "../../src/workbook/staffingDetection";
import { rowsAddedBelow } from "../../src/workbook/tableGrowth";
import type { CellValue } from "../../src/workbook/types";

const origin = { row: 0, col: 0 };

describe("chooseStaffingTable", () => {
  it("takes the first table whose headers name a staffing list", () => {
    const tables = [
      { name: "Budget", headers: ["Line", "Amount"] },
      { name: "Contacts", headers: ["Name", "Role", "Phone"] },
      { name: "Posts", headers: ["Service Team", "Employment Type", "WTE"] },
      { name: "Later", headers: ["Team", "FTE", "Status"] },
    ];
    expect(chooseStaffingTable(tables)?.name).toBe("Posts");
    expect(chooseStaffingTable(tables.slice(0, 2))).toBeUndefined();
  });
  it("prefers a list naming Team, FTE and Status to a projection or census table before it", () => {
    const tables = [
      {
        name: "Projection",
        headers: ["Month", "In-post FTE", "Starters", "Leavers", "Agency FTE"],
      },
      { name: "Census", headers: ["AgencyWorker", "SWENo", "FTE", "RoleStartDate", "Cases30"] },
      { name: "Staffing", headers: ["Team", "FTE", "Status"] },
    ];
    expect(chooseStaffingTable(tables)?.name).toBe("Staffing");
    expect(chooseStaffingTable(tables.slice(0, 2))?.name).toBe("Projection");
  });
});

describe("blockFromTable", () => {
  it("reads a table at its place on the sheet, header row first", () => {
    const block = blockFromTable(
      "Staff",
      "StaffList",
      [
        ["Team", "FTE", " Status "],
        ["A", 1, "Perm"],
      ],
      {
        row: 2,
        col: 1,
      },
    );
    expect(block).toEqual({
      sheet: "Staff",
      tableName: "StaffList",
      address: "B3:D4",
      headerRow: 3,
      firstColumn: 1,
      headers: ["Team", "FTE", "Status"],
      rows: [["A", 1, "Perm"]],
    });
  });
});

describe("blockFromSheet", () => {
  /** A report as HR systems export it: two title lines, a blank row, headers on row 4. */
  const report: CellValue[][] = [
    ["Northshire Council – Children's Services establishment", null, null, null],
    ["Run 03/10/2025 09:14 by HRSYS", null, null, null],
    [null, null, null, null],
    ["Service Team", "Employment Type", "Hours FTE", "Days Absent (12m)"],
    ["Assessment", "Perm", 1, 3],
    [null, null, null, null],
    ["Assessment", "Temp/Agency", 1, null],
    ["Front Door", "Vacancy", 0.5, null],
    [null, null, null, null],
    [null, null, null, null],
  ];

  it("finds the header below title rows and blank rows, and keeps blank rows inside the list", () => {
    const block = blockFromSheet("Report", report, origin, { row: 0, col: 0 });
    expect(block).toMatchObject({
      sheet: "Report",
      address: "A4:D8",
      headerRow: 4,
      firstColumn: 0,
      headers: ["Service Team", "Employment Type", "Hours FTE", "Days Absent (12m)"],
    });
    expect(block?.rows).toEqual([
      ["Assessment", "Perm", 1, 3],
      [null, null, null, null],
      ["Assessment", "Temp/Agency", 1, null],
      ["Front Door", "Vacancy", 0.5, null],
    ]);
  });

  it("places the block by the used range's origin on the sheet", () => {
    const block = blockFromSheet("Report", report, { row: 9, col: 2 }, null);
    expect(block).toMatchObject({ address: "C13:F17", headerRow: 13, firstColumn: 2 });
  });

  it("picks the list holding the selection when a sheet has two, else the one naming most columns", () => {
    const sheet: CellValue[][] = [
      ["Team", "FTE", null, null, "Team", "FTE", "Status", "Cases"],
      ["A", 1, null, null, "B", 1, "Perm", 3],
      [null, null, null, null, "B", 1, "Agency", 4],
    ];
    expect(blockFromSheet("S", sheet, origin, { row: 1, col: 1 })?.address).toBe("A1:B2");
    expect(blockFromSheet("S", sheet, origin, { row: 1, col: 6 })?.address).toBe("E1:H3");
    expect(blockFromSheet("S", sheet, origin, { row: 9, col: 9 })?.address).toBe("E1:H3");
  });

  it("stops a list at the next list's header below it", () => {
    const sheet: CellValue[][] = [
      ["Team", "FTE", "Status"],
      ["A", 1, "Perm"],
      [null, null, null],
      ["Team", "FTE", "Status"],
      ["B", 1, "Perm"],
    ];
    expect(blockFromSheet("S", sheet, origin, { row: 1, col: 0 })?.address).toBe("A1:C2");
    expect(blockFromSheet("S", sheet, origin, { row: 4, col: 0 })?.address).toBe("A4:C5");
  });

  it("falls back to the block around the selection when nothing looks like a staffing list", () => {
    const sheet: CellValue[][] = [
      ["Group", "Kind"],
      ["North", "x"],
      [null, null],
      [null, null, "note"],
    ];
    expect(blockFromSheet("S", sheet, origin, { row: 1, col: 1 })?.address).toBe("A1:B2");
    expect(blockFromSheet("S", sheet, origin, { row: 9, col: 9 })).toBeNull();
    expect(blockFromSheet("S", [], origin, { row: 0, col: 0 })).toBeNull();
  });

  it("handles a huge sheet with hostile text without spreading arrays into calls", () => {
    const rows: CellValue[][] = [
      ["=cmd|' /C calc'!A0", null, null],
      [null, null, null],
    ];
    rows.push(["Team", "FTE", "Status"]);
    for (let i = 0; i < 300_000; i++) rows.push([`T${i % 9}`, 1, i % 3 ? "Perm" : "<b>Vacant</b>"]);
    const block = blockFromSheet("Big", rows, origin, { row: 0, col: 0 });
    expect(block?.headerRow).toBe(3);
    expect(block?.rows).toHaveLength(300_000);
    expect(currentRegion(rows, { row: 5, col: 1 })?.end.row).toBe(300_002);
  });
});

describe("regionAround", () => {
  it("grows a million-row column with empty columns beside it in linear time", () => {
    // A side grown one row at a time while rescanning the others would be quadratic: hours.
    const region = regionAround((_r, c) => c === 5, { row: 10, col: 5 }, 1_048_576, 16_384);
    expect(region).toEqual({ start: { row: 0, col: 5 }, end: { row: 1_048_575, col: 5 } });
  });
  it("is null away from any filled cell", () => {
    expect(regionAround(() => false, { row: 3, col: 3 }, 10, 10)).toBeNull();
  });
  it("whole sheets are scanned only up to MAX_SHEET_SCAN_CELLS", () => {
    expect(scanWholeSheet({ start: { row: 0, col: 0 }, end: { row: 99_999, col: 19 } })).toBe(true);
    expect(
      scanWholeSheet({ start: { row: 0, col: 0 }, end: { row: 1_048_575, col: 16_383 } }),
    ).toBe(false);
    expect(MAX_SHEET_SCAN_CELLS).toBe(2_000_000);
  });
});

describe("rowsAddedBelow (Excel's table AutoExpansion)", () => {
  const table = { bottom: 5, left: 1, right: 3 };
  const filled = (cells: string[]) => (row: number, column: number) =>
    cells.includes(`${row}:${column}`);
  it("a value typed in the row directly below, within the table's columns, adds that row", () => {
    expect(rowsAddedBelow(table, { top: 6, bottom: 6, left: 2, right: 2 }, filled(["6:2"]))).toBe(
      1,
    );
  });
  it("not two rows below, not beside the table, not a cleared cell", () => {
    expect(rowsAddedBelow(table, { top: 7, bottom: 7, left: 2, right: 2 }, filled(["7:2"]))).toBe(
      0,
    );
    expect(rowsAddedBelow(table, { top: 6, bottom: 6, left: 5, right: 5 }, filled(["6:5"]))).toBe(
      0,
    );
    expect(rowsAddedBelow(table, { top: 6, bottom: 6, left: 2, right: 2 }, filled([]))).toBe(0);
    expect(rowsAddedBelow(table, { top: 3, bottom: 3, left: 2, right: 2 }, filled(["3:2"]))).toBe(
      0,
    );
  });
  it("a pasted block adds its rows down to the first empty one", () => {
    const cells = filled(["6:1", "7:3", "9:2"]);
    expect(rowsAddedBelow(table, { top: 6, bottom: 9, left: 0, right: 3 }, cells)).toBe(2);
  });
});
