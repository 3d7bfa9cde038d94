/**
 * The Excel host finds staffing data by the rule the workbench uses
 * (src/workbook/staffingDetection.ts): a report's header below its title rows, a list found
 * wherever the active cell is on its sheet, blank rows kept inside the list.
 */
import { createExcelWorkbook } from "../../src/office/excelWorkbook";
import { ExcelMock } from "./excelMock";

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

describe("Excel host: staffing data as HR reports lay it out", () => {
  it("finds the header below title rows and a blank row, whichever cell is active", async () => {
    const excel = new ExcelMock({
      sheets: [
        {
          name: "HR report",
          cells: {
            A1: "Children's Services – establishment by post",
            A2: "Run 03/10/2025 by HRSYS",
            B4: "Service Team",
            C4: "Employment Type",
            D4: "Hours FTE",
            E4: "Days Absent (12m)",
            B5: "Assessment",
            C5: "Perm",
            D5: 1,
            E5: 2,
            B7: "Front door",
            C7: "Temp/Agency",
            D7: 1,
          },
        },
      ],
      selection: { sheet: "HR report", areas: ["A1"] },
    });
    const block = await createExcelWorkbook(excel.run).findStaffingData();
    expect(block).toMatchObject({
      sheet: "HR report",
      address: "B4:E7",
      headerRow: 4,
      firstColumn: 1,
      headers: ["Service Team", "Employment Type", "Hours FTE", "Days Absent (12m)"],
    });
    expect(block?.rows).toEqual([
      ["Assessment", "Perm", 1, 2],
      [null, null, null, null],
      ["Front door", "Temp/Agency", 1, null],
    ]);
  });

  it("a value in XFD1048576 does not make it read the whole sheet, only the active cell's block", async () => {
    const excel = new ExcelMock({
      sheets: [
        {
          name: "Far",
          cells: {
            A1: "Team",
            B1: "FTE",
            C1: "Status",
            A2: "North",
            B2: 1,
            C2: "Perm",
            XFD1048576: "x",
          },
        },
      ],
      selection: { sheet: "Far", areas: ["B2"] },
    });
    const block = await createExcelWorkbook(excel.run).findStaffingData();
    expect(block).toMatchObject({ address: "A1:C2", headers: ["Team", "FTE", "Status"] });
    expect(excel.syncs).toBe(4);
  });
});
