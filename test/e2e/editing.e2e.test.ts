/**
 * Working in the workbench as in a spreadsheet: formulas as Excel writes them (TRUE, table
 * names and structured references that follow the table), an error in a range traced to its
 * cell, undo and redo (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z and the buttons) of a typed value, a paste,
 * an inserted row and a scenario run, rows and columns inserted and deleted from their headers
 * with formulas following, and a column resized by dragging that survives export and import.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import {
  freshWorkbenchPerTest,
  repoRoot,
  screenshotPath,
  type Workbench,
} from "./support/workbench";

let wb: Workbench;
const tmp = mkdtempSync(path.join(os.tmpdir(), "workforce-editing-"));
freshWorkbenchPerTest((opened) => {
  wb = opened;
});

const press = (keys: string) => wb.page.keyboard.press(keys);
const newSheet = () => wb.page.getByRole("button", { name: "New sheet" }).click();
const columnHeader = (letters: string) =>
  wb.page.getByRole("columnheader", { name: `Column ${letters}`, exact: true });
const rowHeader = (row: number) =>
  wb.page.getByRole("rowheader", { name: `Row ${row}`, exact: true });
const activeSheet = () =>
  wb.page
    .getByRole("tablist", { name: "Sheet tabs" })
    .getByRole("tab", { selected: true })
    .innerText();
const menuItem = (name: string | RegExp) =>
  wb.page.getByRole("menu", { name: "Cell menu" }).getByRole("menuitem", { name });

/** The sample's FTE column summed from the seed file, not from the page. */
function sampleFteSum(): number {
  const lines = readFileSync(path.join(repoRoot, "seeds", "sample-staffing.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  const fte = lines[0].split(",").indexOf("FTE");
  return lines.slice(1).reduce((sum, line) => sum + Number(line.split(",")[fte] || 0), 0);
}

describe("formulas as Excel writes them", () => {
  it("=SUM(StaffingList[FTE]) is the column's sum before and after the table grows, and TRUE works", async () => {
    const expected = sampleFteSum();
    await newSheet();
    const sheetName = await activeSheet();
    await wb.enter("A1", "=SUM(StaffingList[FTE])");
    await wb.enter("A2", '=IF(TRUE,"yes","no")');
    await wb.enter("A3", "=COUNTA(StaffingList[[#Headers],[FTE]])+FALSE");
    expect(Number(await wb.cellText("A1"))).toBeCloseTo(expected, 9);
    expect(await wb.cellText("A2")).toBe("yes");
    expect(await wb.cellText("A3")).toBe("1");
    await wb.goTo("A1");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("=SUM(StaffingList[FTE])");

    // A row typed under the table joins it (AutoExpansion), and the sum follows.
    await wb.openSheet("Staffing");
    await wb.goTo("A1");
    await press("Control+ArrowDown");
    const last = Number((await wb.nameBox.inputValue()).slice(1));
    await wb.enter(`A${last + 1}`, "New team");
    await wb.enter(`D${last + 1}`, "2.5");
    // A row inserted inside the table, from its row header and the context menu.
    await wb.goTo("A1");
    await rowHeader(5).click({ button: "right" });
    await menuItem("Insert row above").click();
    await wb.enter("D5", "0.75");
    await wb.openSheet(sheetName);
    expect(Number(await wb.cellText("A1"))).toBeCloseTo(expected + 2.5 + 0.75, 9);
  });

  it("explains an error inside a range as that error, naming its cell", async () => {
    await newSheet();
    await wb.enter("B1", "50");
    await wb.enter("B2", "=1/0");
    await wb.enter("B3", "=SUM(B1:B2)");
    await wb.goTo("B3");
    await expect(wb.status.innerText()).resolves.toMatch(
      /^#DIV\/0! comes from Sheet\d*!B2, which this formula reads: it divides by 0\.$/,
    );
  });
});

describe("undo and redo", () => {
  it("undoes and redoes a typed value, a paste and an inserted row, by keys and buttons", async () => {
    await newSheet();
    await wb.enter("A1", "10");
    await wb.enter("B1", "=A1*2");
    await wb.goTo("A3");
    await wb.page.getByRole("grid").evaluate((grid) => {
      const data = new DataTransfer();
      data.setData("text/plain", "1\t2\r\n3\t4\r\n");
      grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    });
    await rowHeader(1).click();
    await press("Control+Shift+Equal");
    expect(await wb.cellText("B2")).toBe("20");
    await wb.goTo("B2");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("=A2*2");

    await press("Control+z"); // the inserted row
    expect(await wb.cellText("B1")).toBe("20");
    await press("Control+z"); // the paste, all four cells
    expect([await wb.cellText("A3"), await wb.cellText("B4")]).toEqual(["", ""]);
    await wb.page.getByRole("button", { name: "Undo", exact: true }).click(); // the formula
    expect(await wb.cellText("B1")).toBe("");
    await wb.page.getByRole("button", { name: "Undo", exact: true }).click(); // the typed 10
    expect(await wb.cellText("A1")).toBe("");

    await wb.page.getByRole("button", { name: "Redo", exact: true }).click();
    expect(await wb.cellText("A1")).toBe("10");
    await wb.page.getByRole("grid").focus();
    await press("Control+y");
    await press("Control+Shift+Z");
    expect(await wb.cellText("B4")).toBe("4");
    await press("Control+y");
    expect(await wb.cellText("B2")).toBe("20");
    await expect(
      wb.page.getByRole("button", { name: "Redo", exact: true }).isDisabled(),
    ).resolves.toBe(true);
  });

  it("undoes a scenario run as one step, and redoes it", async () => {
    const tabs = wb.page.getByRole("tablist", { name: "Sheet tabs" });
    const sheetCount = await tabs.getByRole("tab").count();
    const pane = wb.pane;
    await pane.getByRole("tab", { name: "Scenarios" }).click();
    await pane.getByRole("textbox", { name: /Scenario name/ }).fill("Undo me");
    await pane.getByRole("button", { name: "Run scenario to a new sheet" }).click();
    const scenarioTab = tabs.getByRole("tab", { name: /Scenario – Undo me/ });
    await scenarioTab.waitFor();
    await wb.page.getByRole("button", { name: "Undo", exact: true }).click();
    await scenarioTab.waitFor({ state: "detached" });
    await expect(tabs.getByRole("tab").count()).resolves.toBe(sheetCount);
    await wb.page.getByRole("button", { name: "Redo", exact: true }).click();
    await scenarioTab.click();
    await expect(wb.page.locator("figure.chart").count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(wb.page.locator("[role=gridcell].cell-error").count()).resolves.toBe(0);
  });
});

describe("rows and columns", () => {
  it("inserts and deletes rows and columns from their headers, keys and menu; formulas follow", async () => {
    await newSheet();
    await wb.enter("A1", "4");
    await wb.enter("B1", "6");
    await wb.enter("A2", "=A1*B1");
    await wb.enter("C1", "=SUM(A1:B1)");

    // A whole column from its header, a column inserted before it with Ctrl+Shift+=.
    await columnHeader("B").click();
    await expect(wb.nameBox.inputValue()).resolves.toBe("B1:B1048576");
    await press("Control+Shift+Equal");
    expect(await wb.cellText("C1")).toBe("6");
    await wb.goTo("A2");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("=A1*C1");
    await wb.enter("B1", "100"); // inside the sum's range now
    expect(await wb.cellText("D1")).toBe("110");

    // Rows from the menu: insert above row 1, then delete it again with Ctrl+-.
    await rowHeader(1).click({ button: "right" });
    await menuItem("Insert row above").click();
    await wb.goTo("A3");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("=A2*C2");
    await rowHeader(1).click();
    await press("Control+Minus");
    await wb.goTo("A2");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("=A1*C1");
    expect(await wb.cellText("A2")).toBe("24");

    // Deleting the column a formula reads gives #REF!, as in Excel.
    await columnHeader("C").click({ button: "right" });
    await menuItem("Delete column").click();
    expect(await wb.cellText("A2")).toBe("#REF!");
    await wb.goTo("C1");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("=SUM(A1:B1)");
    await wb.page.screenshot({ path: screenshotPath("workbench-rows-columns.png") });
  });

  it("a column resized by dragging, and one fitted by double-click, survive export and import", async () => {
    await newSheet();
    const sheetName = await activeSheet();
    await wb.enter("A1", "Assessment and intervention team");
    await wb.enter("B1", "x");
    const edge = wb.page.locator('[data-resize="B"]');
    const box = await edge.boundingBox();
    if (!box) throw new Error("no resize handle on column B");
    await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await wb.page.mouse.down();
    await wb.page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 4 });
    await wb.page.mouse.up();
    await expect(
      columnHeader("B").evaluate((el) => el.getBoundingClientRect().width),
    ).resolves.toBe(180);
    await wb.page.locator('[data-resize="A"]').dblclick();
    const fitted = await columnHeader("A").evaluate((el) => el.getBoundingClientRect().width);
    expect(fitted).toBeGreaterThan(150);
    // The cell is as wide as its column, and its text is no longer cut.
    await expect(
      wb.page.locator('[data-address="A1"]').evaluate((el) => el.scrollWidth <= el.clientWidth),
    ).resolves.toBe(true);

    const download = wb.page.waitForEvent("download");
    await wb.page.getByRole("button", { name: "Export .xlsx" }).click();
    const file = path.join(tmp, "widths.xlsx");
    await (await download).saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet(sheetName);
    // Excel's width in characters: (pixels − 5) / 7.
    expect(sheet?.getColumn(2).width).toBeCloseTo((180 - 5) / 7, 1);

    wb.page.once("dialog", (dialog) => void dialog.accept());
    await wb.page.getByLabel("Import .xlsx file").setInputFiles(file);
    await wb.page.getByText(/^Imported /).waitFor();
    await wb.openSheet(sheetName);
    await expect(
      columnHeader("B").evaluate((el) => el.getBoundingClientRect().width),
    ).resolves.toBe(180);
    await expect(
      columnHeader("A").evaluate((el) => el.getBoundingClientRect().width),
    ).resolves.toBe(fitted);
  });
});
