/**
 * Formulas as Excel writes them, in the workbench's engine: TRUE/FALSE, table names and
 * structured references translated on entry and back for display, save and export; and the
 * formulas following a table that grows, gets rows inserted, or columns inserted.
 */
import { toEngineFormula, toExcelFormula } from "../../src/preview/formulaText";
import type { TableInfo } from "../../src/preview/snapshot";
import { WorkbookModel } from "../../src/preview/workbookModel";

const staff: TableInfo = {
  name: "StaffingList",
  sheet: "Staff",
  range: { start: { row: 0, col: 0 }, end: { row: 3, col: 2 } },
  headers: ["Team", "FTE", "Grade band"],
};

const roundTrip = (formula: string, row = 10) => {
  const engine = toEngineFormula(formula, { tables: [staff], sheet: "Staff", row });
  return toExcelFormula(engine.text, [staff]);
};

describe("translation", () => {
  it.each([
    "=SUM(StaffingList[FTE])",
    "=StaffingList[[#Headers],[FTE]]",
    "=ROWS(StaffingList)",
    "=COUNTA(StaffingList[#All])",
    "=SUM(StaffingList[[Team]:[FTE]])",
    "=StaffingList[[#All],[Grade band]]",
    "=StaffingList[@FTE]*2",
    "=StaffingList[@[Grade band]]",
    "=IF(TRUE,1,FALSE)",
    '=IF(A1="TRUE",StaffingList[FTE],"StaffingList[FTE]")',
  ])("%s survives the trip through the engine", (formula) => {
    expect(roundTrip(formula, 2)).toBe(formula);
  });

  it("leaves strings, sheet names, functions and cell references alone", () => {
    const engine = toEngineFormula("='TRUE'!A1&\"TRUE\"&TRUE()&TRUEX&A1", {
      tables: [staff],
      sheet: "Staff",
      row: 0,
    });
    expect(engine.text).toBe("='TRUE'!A1&\"TRUE\"&TRUE()&TRUEX&A1");
    expect(toEngineFormula("=true+False", { tables: [], sheet: "S", row: 0 }).text).toBe(
      "=TRUE()+FALSE()",
    );
  });

  it("matches table and column names as Excel does, ignoring case", () => {
    expect(roundTrip("=SUM(staffinglist[fte])")).toBe("=SUM(StaffingList[FTE])");
  });

  it("an unknown column or the totals row is #REF!", () => {
    const context = { tables: [staff], sheet: "Staff", row: 0 };
    expect(toEngineFormula("=SUM(StaffingList[Salary])", context).text).toBe("=SUM(#REF!)");
    expect(toEngineFormula("=StaffingList[#Totals]", context).text).toBe("=#REF!");
  });

  it("a header with brackets, quotes or # is escaped as Excel escapes it", () => {
    const odd = { ...staff, headers: ["Team", "FTE [contracted]", "it's #1"] };
    const context = { tables: [odd], sheet: "Staff", row: 2 };
    for (const formula of ["=SUM(StaffingList[FTE '[contracted']])", "=StaffingList[it''s '#1]"]) {
      expect(toExcelFormula(toEngineFormula(formula, context).text, [odd])).toBe(formula);
    }
  });
});

describe("in the workbook", () => {
  function staffing(): WorkbookModel {
    const model = new WorkbookModel();
    model.renameSheet("Sheet1", "Staff");
    model.setCells("Staff", { row: 0, col: 0 }, [
      ["Team", "FTE"],
      ["North", 3],
      ["South", 4.5],
      ["East", 2],
    ]);
    model.addTable({
      name: "StaffingList",
      sheet: "Staff",
      range: { start: { row: 0, col: 0 }, end: { row: 3, col: 1 } },
      headers: ["Team", "FTE"],
    });
    return model;
  }
  const at = (model: WorkbookModel, address: { row: number; col: number }) =>
    model.getPlainValue("Staff", address);

  it("TRUE and FALSE work in formulas", () => {
    const model = new WorkbookModel();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "=IF(TRUE,1,2)");
    model.enterInput("Sheet1", { row: 1, col: 0 }, "=AND(TRUE,FALSE)");
    expect(model.getPlainValue("Sheet1", { row: 0, col: 0 })).toBe(1);
    expect(model.getPlainValue("Sheet1", { row: 1, col: 0 })).toBe(false);
    expect(model.getInput("Sheet1", { row: 0, col: 0 })).toBe("=IF(TRUE,1,2)");
  });

  it("=SUM(StaffingList[FTE]) follows the table as it grows and as rows go in", () => {
    const model = staffing();
    model.enterInput("Staff", { row: 0, col: 4 }, "=SUM(StaffingList[FTE])");
    model.enterInput("Staff", { row: 1, col: 4 }, "=COUNTA(StaffingList[Team])");
    model.enterInput("Staff", { row: 2, col: 4 }, "=StaffingList[[#Headers],[FTE]]");
    expect([at(model, { row: 0, col: 4 }), at(model, { row: 1, col: 4 })]).toEqual([9.5, 3]);
    expect(at(model, { row: 2, col: 4 })).toBe("FTE");
    // A row typed under the table joins it, and the formula with it.
    model.enterInput("Staff", { row: 4, col: 0 }, "West");
    model.enterInput("Staff", { row: 4, col: 1 }, "10");
    expect([at(model, { row: 0, col: 4 }), at(model, { row: 1, col: 4 })]).toEqual([19.5, 4]);
    // A row inserted inside the table.
    model.insertLines("Staff", "rows", 2, 1);
    model.enterInput("Staff", { row: 2, col: 1 }, "1");
    expect(at(model, { row: 0, col: 4 })).toBe(20.5);
    expect(model.tables[0].range.end.row).toBe(5);
    expect(model.getInput("Staff", { row: 0, col: 4 })).toBe("=SUM(StaffingList[FTE])");
  });

  it("a column inserted inside the table keeps each reference on its column", () => {
    const model = staffing();
    model.enterInput("Staff", { row: 0, col: 4 }, "=SUM(StaffingList[FTE])");
    model.insertLines("Staff", "columns", 1, 1);
    expect(model.tables[0].headers).toEqual(["Team", "Column1", "FTE"]);
    expect(model.getPlainValue("Staff", { row: 0, col: 1 })).toBe("Column1");
    expect(model.getPlainValue("Staff", { row: 0, col: 5 })).toBe(9.5);
    expect(model.getInput("Staff", { row: 0, col: 5 })).toBe("=SUM(StaffingList[FTE])");
  });

  it("[@Column] reads the formula's own row, and moves with it", () => {
    const model = staffing();
    model.enterInput("Staff", { row: 2, col: 2 }, "=StaffingList[@FTE]*10");
    expect(model.getPlainValue("Staff", { row: 2, col: 2 })).toBe(45);
    model.insertLines("Staff", "rows", 1, 2);
    expect(model.getPlainValue("Staff", { row: 4, col: 2 })).toBe(45);
    expect(model.getInput("Staff", { row: 4, col: 2 })).toBe("=StaffingList[@FTE]*10");
  });

  it("saves formulas as Excel writes them, and a restored workbook reads them again", () => {
    const model = staffing();
    model.enterInput("Staff", { row: 0, col: 4 }, "=SUM(StaffingList[FTE])+TRUE");
    const saved = model.snapshot();
    expect(saved.sheets[0].cells).toContainEqual([0, 4, "=SUM(StaffingList[FTE])+TRUE"]);
    const copy = new WorkbookModel();
    copy.restore(saved);
    expect(copy.getPlainValue("Staff", { row: 0, col: 4 })).toBe(10.5);
  });

  it("an error inside a range is traced to the cell holding it", () => {
    const model = staffing();
    model.enterInput("Staff", { row: 2, col: 1 }, "=1/0");
    model.enterInput("Staff", { row: 0, col: 4 }, "=SUM(B2:B4)");
    model.enterInput("Staff", { row: 1, col: 4 }, "=E1*2");
    model.enterInput("Staff", { row: 2, col: 4 }, "=SUM(StaffingList[FTE])");
    for (const row of [0, 1, 2]) {
      expect(model.errorSource("Staff", { row, col: 4 })?.address).toBe("Staff!B3");
    }
    expect(model.errorSource("Staff", { row: 2, col: 1 })).toBeNull();
  });
});
