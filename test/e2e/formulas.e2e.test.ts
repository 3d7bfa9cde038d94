/**
 * Typing formulas into the workbench grid: values, WORKFORCE functions, spills, #SPILL!,
 * Excel-style errors with their reason, and recalculation of dependants.
 */
import { freshWorkbenchPerTest, screenshotPath, type Workbench } from "./support/workbench";

let wb: Workbench;
freshWorkbenchPerTest((opened) => {
  wb = opened;
});
beforeEach(async () => {
  // A fresh sheet so the sample's cells never get in the way.
  await wb.page.getByRole("button", { name: "New sheet" }).click();
});

describe("formulas in the grid", () => {
  it("evaluates built-in formulas and recalculates dependants when an input changes", async () => {
    await wb.enter("A1", "120");
    await wb.enter("A2", "30");
    await wb.enter("A3", "=A1+A2");
    await wb.enter("B3", "=A3*2");
    expect(await wb.cellText("A3")).toBe("150");
    expect(await wb.cellText("B3")).toBe("300");

    await wb.enter("A1", "10");
    expect(await wb.cellText("A3")).toBe("40");
    expect(await wb.cellText("B3")).toBe("80");
    // The formula bar shows the formula, not its value.
    await wb.goTo("B3");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("=A3*2");
  });

  it("computes WORKFORCE.VACANCYRATE from cells, and follows changes to them", async () => {
    await wb.enter("A1", "12"); // vacancies
    await wb.enter("B1", "36"); // FTE in post
    await wb.enter("C1", "=WORKFORCE.VACANCYRATE(A1,B1)");
    expect(Number(await wb.cellText("C1"))).toBeCloseTo(12 / 48, 10);

    await wb.enter("A1", "4");
    expect(Number(await wb.cellText("C1"))).toBeCloseTo(4 / 40, 10);
  });

  it("looks up WORKFORCE.BENCHMARK in the DfE data the workbench bundles", async () => {
    await wb.enter("A1", "Leeds");
    await wb.enter("B1", '=WORKFORCE.BENCHMARK("vacancy rate","England",2025)');
    await wb.enter("C1", '=WORKFORCE.BENCHMARK("caseload",A1,2025)');
    expect(Number(await wb.cellText("B1"))).toBeCloseTo(0.142, 10);
    expect(Number(await wb.cellText("C1"))).toBeGreaterThan(0);
    await wb.page.screenshot({ path: screenshotPath("formulas-benchmark.png") });
  });

  it("accepts lower-case function names, as Excel does", async () => {
    await wb.enter("A1", "=workforce.caseload(150,10)");
    expect(await wb.cellText("A1")).toBe("15");
  });

  it("spills a range result into the cells below and to the right", async () => {
    await wb.enter("A1", "1");
    await wb.enter("A2", "3");
    await wb.enter("B1", "3");
    await wb.enter("B2", "1");
    await wb.enter("D1", "=WORKFORCE.VACANCYRATE(A1:A2,B1:B2)");
    expect(await wb.cellText("D1")).toBe("0.25");
    expect(await wb.cellText("D2")).toBe("0.75");
    await wb.goTo("D2");
    await expect(wb.status.innerText()).resolves.toContain("spilled range");
  });

  it("shows #SPILL! when the spill range is blocked, and the result once it is cleared", async () => {
    await wb.enter("A1", "1");
    await wb.enter("A2", "3");
    await wb.enter("D2", "in the way");
    await wb.enter("D1", "=WORKFORCE.VACANCYRATE(A1:A2,A1:A2)");
    expect(await wb.cellText("D1")).toBe("#SPILL!");
    await wb.goTo("D1");
    await expect(wb.status.innerText()).resolves.toMatch(/#SPILL! .*spill range isn't blank/);

    await wb.enter("D2", "");
    expect(await wb.cellText("D1")).toBe("0.5");
    expect(await wb.cellText("D2")).toBe("0.5");
  });

  it("grows and shrinks a projection's spill when its months argument changes", async () => {
    await wb.openSheet("Assumptions");
    await wb.enter("H1", "6");
    await wb.enter("J1", "=WORKFORCE.PROJECT(A2:B14,,H1)");
    const headerRowAndSixMonths = 7;
    expect(await wb.cellText(`J${headerRowAndSixMonths}`)).not.toBe("");
    expect(await wb.cellText(`J${headerRowAndSixMonths + 1}`)).toBe("");

    await wb.enter("H1", "12");
    expect(await wb.cellText("J13")).not.toBe("");
    expect(await wb.cellText("J14")).toBe("");
  });

  it("shows #DIV/0! with its reason when the cell is selected", async () => {
    await wb.enter("A1", "=WORKFORCE.VACANCYRATE(0,0)");
    expect(await wb.cellText("A1")).toBe("#DIV/0!");
    await wb.goTo("A1");
    const status = await wb.status.innerText();
    expect(status).toMatch(/^#DIV\/0! \S/);
  });

  it("shows #VALUE! with the function's own message for text where a number belongs", async () => {
    await wb.enter("A1", '=WORKFORCE.CASELOAD("many",10)');
    expect(await wb.cellText("A1")).toBe("#VALUE!");
    await wb.goTo("A1");
    await expect(wb.status.innerText()).resolves.toMatch(/^#VALUE! .*cases/i);
  });

  it("shows #NAME? for an unknown function", async () => {
    await wb.enter("A1", "=WORKFORCE.NOSUCHTHING(1)");
    expect(await wb.cellText("A1")).toBe("#NAME?");
  });
});

describe("grid navigation and sheets", () => {
  it("goes to a cell from the Name Box and edits it by typing, committing with Enter", async () => {
    await wb.goTo("C5");
    await expect(wb.nameBox.inputValue()).resolves.toBe("C5");
    await wb.page.keyboard.type("42");
    await wb.page.keyboard.press("Enter");
    expect(await wb.cellText("C5")).toBe("42");
    // Enter moved down, as in Excel; arrows move too.
    await expect(wb.nameBox.inputValue()).resolves.toBe("C6");
    await wb.page.keyboard.press("ArrowRight");
    await wb.page.keyboard.press("ArrowUp");
    await expect(wb.nameBox.inputValue()).resolves.toBe("D5");
    await wb.page.keyboard.type("=C5/2");
    await wb.page.keyboard.press("Enter");
    expect(await wb.cellText("D5")).toBe("21");
  });

  it("goes to a table or another sheet's cell by name, and clears cells with Delete", async () => {
    await wb.goTo("StaffingList");
    await expect(wb.nameBox.inputValue()).resolves.toMatch(/^A1:[A-Z]+\d+$/);
    await expect(
      wb.page.getByRole("tab", { name: "Staffing", selected: true }).count(),
    ).resolves.toBe(1);
    await wb.goTo("Assumptions!B3");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("87.3");
    await wb.page.keyboard.press("Delete");
    expect(await wb.cellText("B3")).toBe("");
  });

  it("pastes tab-separated rows copied from another spreadsheet", async () => {
    await wb.goTo("B2");
    await wb.page.getByRole("grid").evaluate((grid) => {
      const data = new DataTransfer();
      data.setData("text/plain", "Team\tFTE\r\nNorth\t0.5\r\nSouth\t1\r\n");
      grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    });
    expect(await wb.cellText("B2")).toBe("Team");
    expect(await wb.cellText("C3")).toBe("0.5");
    await wb.enter("D1", "=SUM(C3:C4)");
    expect(await wb.cellText("D1")).toBe("1.5");
  });

  it("renames a sheet from its tab, and formulas follow the new name", async () => {
    await wb.enter("A1", "=Cohorts!B2*2");
    const before = await wb.cellText("A1");
    await wb.page.getByRole("tab", { name: "Cohorts", exact: true }).dblclick();
    const input = wb.page.getByRole("textbox", { name: "New name for sheet Cohorts" });
    await input.fill("Recruits");
    await input.press("Enter");
    await wb.page.getByRole("tab", { name: "Recruits", exact: true }).waitFor();
    // Double-clicking the tab also opened that sheet; go back to the formula's sheet.
    await wb.goTo("Sheet!A1");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("=Recruits!B2*2");
    expect(await wb.cellText("A1")).toBe(before);
  });

  it("selects a cell by clicking it", async () => {
    await wb.enter("B2", "clicked");
    await wb.page.locator('[role=gridcell][data-address="B2"]').click();
    await expect(wb.nameBox.inputValue()).resolves.toBe("B2");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("clicked");
  });

  it("refers across sheets and recalculates when the other sheet changes", async () => {
    const sheetTabs = wb.page.getByRole("tablist", { name: "Sheet tabs" }).getByRole("tab");
    const names = await sheetTabs.allInnerTexts();
    const current = names[names.length - 1];
    await wb.enter("A1", "=Staffing!D2*100");
    expect(Number(await wb.cellText("A1"))).toBeGreaterThan(0);
    await wb.openSheet("Staffing");
    await wb.enter("D2", "0.5");
    await wb.openSheet(current);
    expect(await wb.cellText("A1")).toBe("50");
  });
});
