/**
 * Bringing a workbook in and taking results back to Excel: import an .xlsx made with ExcelJS
 * (values, formulas, a table) and export one, read back with ExcelJS; a scenario's charts and
 * live formula exported and imported back.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { freshWorkbenchPerTest, screenshotPath, type Workbench } from "./support/workbench";

let wb: Workbench;
const tmp = mkdtempSync(path.join(os.tmpdir(), "workforce-xlsx-"));

freshWorkbenchPerTest((opened) => {
  wb = opened;
});

async function makeStaffingWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const staff = workbook.addWorksheet("My staff");
  staff.addTable({
    name: "MyStaffing",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Team" }, { name: "Post" }, { name: "FTE" }, { name: "Status" }],
    rows: [
      ["North", "P1", 1, "Permanent"],
      ["North", "P2", 1, "Vacant"],
      ["North", "P3", 0.5, "Agency"],
      ["South", "P4", 1, "Permanent"],
    ],
  });
  const sums = workbook.addWorksheet("Sums");
  sums.getCell("A1").value = 7;
  sums.getCell("A2").value = 5;
  sums.getCell("A3").value = { formula: "A1*A2", result: 35 };
  sums.getCell("B1").value = { formula: "WORKFORCE.VACANCYRATE(1,3)", result: 0.25 };
  await workbook.xlsx.writeFile(file);
}

async function importFile(file: string): Promise<void> {
  // Importing replaces the workbook, so the page asks first.
  wb.page.once("dialog", (dialog) => void dialog.accept());
  await wb.page.getByLabel("Import .xlsx file").setInputFiles(file);
  await wb.page.getByText(/^Imported /).waitFor();
}

describe("xlsx import and export", () => {
  it("imports values, formulas and tables, and the formulas keep calculating", async () => {
    const file = path.join(tmp, "mine.xlsx");
    await makeStaffingWorkbook(file);
    await importFile(file);

    const tabs = await wb.page
      .getByRole("tablist", { name: "Sheet tabs" })
      .getByRole("tab")
      .allInnerTexts();
    expect(tabs).toEqual(["My staff", "Sums"]);
    await wb.openSheet("Sums");
    expect(await wb.cellText("A3")).toBe("35");
    expect(await wb.cellText("B1")).toBe("0.25");
    await wb.goTo("A3");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("=A1*A2");
    await wb.enter("A1", "2");
    expect(await wb.cellText("A3")).toBe("10");

    // The task pane reads the imported table: 1 vacancy of 3.5 FTE posts → 1 / (1 + 2) in post.
    await wb.openSheet("My staff");
    expect(await wb.cellText("D3")).toBe("Vacant");
    await wb.pane.getByRole("button", { name: "Refresh" }).click();
    await wb.pane.getByText(/table MyStaffing/).waitFor();
  });

  it("exports values, formulas, tables and settings that ExcelJS reads back", async () => {
    await wb.page.getByRole("button", { name: "New sheet" }).click();
    await wb.enter("A1", "40");
    await wb.enter("A2", "=A1/4");
    await wb.enter("B1", "=WORKFORCE.CASELOAD(A1,4)");

    // A setting saved through the WorkbookHost (as the task pane saves targets) travels too.
    await wb.page.evaluate(() =>
      (
        window as unknown as {
          workbench: { host: { setSetting(k: string, v: string): Promise<void> } };
        }
      ).workbench.host.setSetting("e2e.check", "kept"),
    );
    const downloadPromise = wb.page.waitForEvent("download");
    await wb.page.getByRole("button", { name: "Export .xlsx" }).click();
    const download = await downloadPromise;
    const file = path.join(tmp, "exported.xlsx");
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Staffing", "Assumptions", "Cohorts"]));

    const added = workbook.worksheets.find((w) => /^Sheet/.test(w.name));
    if (!added) throw new Error(`no added sheet among ${names.join(", ")}`);
    expect(added.getCell("A1").value).toBe(40);
    expect(added.getCell("A2").formula).toBe("A1/4");
    expect(added.getCell("A2").result).toBe(10);
    expect(added.getCell("B1").formula).toBe("WORKFORCE.CASELOAD(A1,4)");
    expect(added.getCell("B1").result).toBe(10);

    const staffing = workbook.getWorksheet("Staffing");
    if (!staffing) throw new Error("no Staffing sheet");
    // ExcelJS types getTables() as tuples; at run time it returns Table objects (model in `.table`).
    const tables = (staffing.getTables() as unknown as { table: { name: string } }[]).map(
      (t) => t.table.name,
    );
    expect(tables).toContain("StaffingList");
    expect(staffing.getCell("A1").value).toBe("Team");

    const settings = workbook.getWorksheet("_WorkforceSettings");
    if (!settings) throw new Error("no settings sheet");
    expect(settings.state).toBe("veryHidden");
    const pairs: string[] = [];
    settings.eachRow((row) => pairs.push(`${row.getCell(1).text}=${row.getCell(2).text}`));
    expect(pairs).toContain("e2e.check=kept");
  });

  it("round-trips: an exported workbook imports back with the same cells", async () => {
    await wb.page.getByRole("button", { name: "New sheet" }).click();
    await wb.enter("C3", "12");
    await wb.enter("D3", "=C3*3");
    const downloadPromise = wb.page.waitForEvent("download");
    await wb.page.getByRole("button", { name: "Export .xlsx" }).click();
    const file = path.join(tmp, "roundtrip.xlsx");
    await (await downloadPromise).saveAs(file);

    // Reloading the sample asks first, because it replaces the whole workbook.
    const confirmation = wb.page.waitForEvent("dialog").then(async (dialog) => {
      expect(dialog.type()).toBe("confirm");
      expect(dialog.message()).toMatch(/Replace this workbook with the sample/);
      await dialog.accept();
    });
    await wb.page.getByRole("button", { name: "Reload sample" }).click();
    await confirmation;
    await importFile(file);
    const tabs = await wb.page
      .getByRole("tablist", { name: "Sheet tabs" })
      .getByRole("tab")
      .allInnerTexts();
    const added = tabs.find((t) => /^Sheet/.test(t));
    if (!added) throw new Error(`no added sheet among ${tabs.join(", ")}`);
    await wb.openSheet(added);
    expect(await wb.cellText("D3")).toBe("36");
    await wb.goTo("D3");
    await expect(wb.formulaBar.inputValue()).resolves.toBe("=C3*3");
  });

  it("exports a scenario's charts (band included) and its live formula as a dynamic array, and imports them back drawn", async () => {
    const pane = wb.pane;
    await pane.getByRole("tab", { name: "Scenarios" }).click();
    await pane.getByRole("textbox", { name: /Scenario name/ }).fill("Baseline");
    await pane.getByRole("button", { name: "Run scenario to a new sheet" }).click();
    const tabs = wb.page.getByRole("tablist", { name: "Sheet tabs" });
    await tabs.getByRole("tab", { name: /Scenario – Baseline/ }).waitFor();

    const downloadPromise = wb.page.waitForEvent("download");
    await wb.page.getByRole("button", { name: "Export .xlsx" }).click();
    const file = path.join(tmp, "scenario.xlsx");
    await (await downloadPromise).saveAs(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    const caseload = charts.find((xml) => xml.includes("Caseload per worker – Baseline"));
    expect(caseload).toMatch(/<c:areaChart>.*<c:lineChart>/);
    expect(charts.some((xml) => xml.includes("Vacancy rate – Baseline"))).toBe(true);
    expect(await zip.file("xl/metadata.xml")?.async("string")).toContain("dynamicArrayProperties");

    // Back in: the charts are drawn again, the band shaded, and nothing was left out.
    wb.page.once("dialog", (dialog) => void dialog.accept());
    await wb.page.getByLabel("Import .xlsx file").setInputFiles(file);
    const status = wb.page.getByText(/^Imported scenario\.xlsx\./);
    await status.waitFor();
    await expect(status.innerText()).resolves.not.toMatch(/chart/i);
    await tabs.getByRole("tab", { name: /Scenario – Baseline/ }).click();
    const drawn = wb.page.locator(
      'figure.chart[data-chart-title="Caseload per worker – Baseline"]',
    );
    await drawn.waitFor();
    await expect(drawn.locator("polygon.chart-band").count()).resolves.toBeGreaterThan(0);
    await expect(
      wb.page.locator('figure.chart[data-chart-title="Vacancy rate – Baseline"]').count(),
    ).resolves.toBe(1);
    await drawn.scrollIntoViewIfNeeded();
    await wb.page.screenshot({ path: screenshotPath("xlsx-scenario-reimported.png") });
  });
});
