/**
 * Hostile workbooks in the page: a 20,000 × 30 sheet, zip bombs made here, a far cell, a damaged
 * file and oversize or damaged autosaves. The workbench must never show a blank page, never lose
 * the current workbook, and say in plain words what happened.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { zipBomb } from "../support/zipFiles";
import { freshWorkbenchPerTest, screenshotPath, type Workbench } from "./support/workbench";

let wb: Workbench;
const tmp = mkdtempSync(path.join(os.tmpdir(), "workforce-hostile-"));

freshWorkbenchPerTest((opened) => {
  wb = opened;
});

const tabs = () =>
  wb.page.getByRole("tablist", { name: "Sheet tabs" }).getByRole("tab").allInnerTexts();

/** Chooses a file to import and answers the "Replace the current workbook?" question. */
async function chooseFile(file: string, answer: "accept" | "dismiss" = "accept"): Promise<string> {
  const question = wb.page.waitForEvent("dialog").then(async (dialog) => {
    const message = dialog.message();
    await (answer === "accept" ? dialog.accept() : dialog.dismiss());
    return message;
  });
  await wb.page.getByLabel("Import .xlsx file").setInputFiles(file);
  return question;
}

/** The sample's Staffing sheet is intact: its tab, a known cell, and it still calculates. */
async function expectSampleIntact(): Promise<void> {
  expect(await tabs()).toContain("Staffing");
  await wb.openSheet("Staffing");
  expect(await wb.cellText("A1")).toBe("Team");
}

describe("imports that must fail leave everything as it was", () => {
  it.each([
    ["a zip bomb", "bomb.xlsx", () => zipBomb(400), /would unpack to 400 MB.*zip bomb/],
    [
      "a zip bomb that lies about its size",
      "liar.xlsx",
      () => zipBomb(400, { lying: true }),
      /unpacks to more than the 1 KB it declares.*zip bomb/,
    ],
    [
      "a damaged file",
      "damaged.xlsx",
      () => Buffer.from("PK\u0003\u0004 this is not really a workbook"),
      /it is not an \.xlsx file \(it is not a zip archive\)/,
    ],
  ])("%s", async (_, name, make, cause) => {
    const file = path.join(tmp, name);
    writeFileSync(file, make());
    await wb.enter("Z1", "my own work");
    const question = await chooseFile(file);
    expect(question).toMatch(/Replace the current workbook with .*\.xlsx\?.*Export \.xlsx first/);
    const alert = wb.page.getByRole("alert");
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain(`Could not import ${name}:`);
    expect(text).toMatch(cause);
    expect(text).toContain("Your workbook is unchanged.");
    await expectSampleIntact();
    await wb.goTo("Z1");
    expect(await wb.cellText("Z1")).toBe("my own work");
  });

  it("answering Cancel to the question imports nothing", async () => {
    const file = path.join(tmp, "other.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Other").getCell("A1").value = 1;
    await workbook.xlsx.writeFile(file);
    await chooseFile(file, "dismiss");
    expect(await tabs()).not.toContain("Other");
    await expectSampleIntact();
  });
});

describe("big and far-off content", () => {
  it("imports a 20,000 × 30 sheet, keeps working, and says it is too big to keep in the browser", async () => {
    const file = path.join(tmp, "whole council.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("HR export");
    sheet.addRow(Array.from({ length: 30 }, (_, c) => `Field ${c + 1}`));
    for (let r = 1; r <= 20_000; r++) {
      sheet.addRow(Array.from({ length: 30 }, (_, c) => (c === 0 ? `Team ${r % 40}` : r * 30 + c)));
    }
    await workbook.xlsx.writeFile(file);
    await chooseFile(file);
    await wb.page.getByText(/^Imported whole council\.xlsx\./).waitFor({ timeout: 60_000 });
    expect(await tabs()).toEqual(["HR export"]);
    await wb.goTo("AD20001");
    expect(await wb.cellText("AD20001")).toBe(String(20_000 * 30 + 29));
    await wb.enter("AF1", "=SUM(B2:B20001)");
    expect(await wb.cellText("AF1")).toBe(String((20_000 * 20_001 * 30) / 2 + 20_000));
    // The autosave cannot hold 600,000 cells: the page says so and everything else goes on.
    await wb.page.getByText(/too large to keep in this browser between visits/).waitFor();
    await expect(wb.page.locator(".toolbar .workbook-name").innerText()).resolves.toBe(
      "whole council",
    );
    await wb.page.screenshot({ path: screenshotPath("hostile-big-import.png") });
  });

  it("a value in XFD1048576 typed, autosaved and reopened costs what it holds", async () => {
    await wb.enter("XFD1048576", "the last cell");
    expect(await wb.cellText("XFD1048576")).toBe("the last cell");
    await wb.page.reload();
    await wb.page.waitForSelector("body[data-ready=true]");
    await wb.goTo("XFD1048576");
    expect(await wb.cellText("XFD1048576")).toBe("the last cell");
    await expectSampleIntact();
  });

  it("a small file with one cell in XFD1048576 imports", async () => {
    const file = path.join(tmp, "far.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Far").getCell("XFD1048576").value = "far away";
    await workbook.xlsx.writeFile(file);
    expect(readFileSync(file).length).toBeLessThan(10_000);
    await chooseFile(file);
    await wb.page.getByText(/^Imported far\.xlsx\./).waitFor();
    await wb.goTo("XFD1048576");
    expect(await wb.cellText("XFD1048576")).toBe("far away");
  });
});

describe("the workbook kept in the browser", () => {
  const plant = async (entries: Record<string, string>) => {
    // Planted before the page's own scripts run, so the old page's save on leaving cannot win.
    await wb.context.addInitScript((items: Record<string, string>) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, entries);
    await wb.page.reload();
    await wb.page.waitForSelector("body[data-ready=true]");
  };

  it("a damaged save bigger than half the quota is set aside, offered back, and the page starts", async () => {
    const damaged = `{"sheets": [${"x".repeat(3_000_000)}`;
    await plant({ "workforce-preview:workbook": damaged });
    const alert = wb.page.getByRole("alert");
    await expect(alert.innerText()).resolves.toMatch(
      /could not be reopened.*sample is open instead.*kept in this browser/s,
    );
    await expectSampleIntact();
    const downloading = wb.page.waitForEvent("download");
    await alert.getByRole("button", { name: "Download the damaged save" }).click();
    const file = path.join(tmp, "damaged-save.json");
    await (await downloading).saveAs(file);
    expect(readFileSync(file, "utf8")).toBe(damaged);
    await wb.page.screenshot({ path: screenshotPath("hostile-damaged-save.png") });
    // The workbench keeps saving the new workbook beside the kept copy.
    await wb.enter("Z2", "after the damage");
    await wb.page.waitForFunction(() =>
      (localStorage.getItem("workforce-preview:workbook") ?? "").includes("after the damage"),
    );
    await expect(
      wb.page.evaluate(() => localStorage.getItem("workforce-preview:workbook.damaged")),
    ).resolves.toBe(damaged);
  });

  it("a second damaged save never overwrites the first, and both can be downloaded", async () => {
    const first = '{"sheets": "first damage"';
    const second = `{"sheets": [${"y".repeat(1_000)}`;
    await plant({
      "workforce-preview:workbook.damaged": first,
      "workforce-preview:workbook": second,
    });
    const alert = wb.page.getByRole("alert");
    await alert.waitFor();
    await expect(
      alert.getByRole("button", { name: /Download damaged save/ }).count(),
    ).resolves.toBe(2);
    await expect(
      wb.page.evaluate(() => localStorage.getItem("workforce-preview:workbook.damaged")),
    ).resolves.toBe(first);
    const downloading = wb.page.waitForEvent("download");
    await alert.getByRole("button", { name: "Download damaged save 2" }).click();
    const file = path.join(tmp, "second.json");
    await (await downloading).saveAs(file);
    expect(readFileSync(file, "utf8")).toBe(second);
  });

  it("a workbook too big for the quota is not kept, says so, and the page goes on working", async () => {
    await wb.page.evaluate(() => {
      const { model } = (
        window as unknown as {
          workbench: { model: { setCells(s: string, at: object, v: unknown[][]): void } };
        }
      ).workbench;
      const rows = Array.from({ length: 40_000 }, (_, r) => [`long text row ${r} `.repeat(8)]);
      model.setCells("Staffing", { row: 200, col: 20 }, rows);
    });
    await wb.page.getByText(/too large to keep in this browser between visits/).waitFor();
    await wb.enter("Z1", "still working");
    expect(await wb.cellText("Z1")).toBe("still working");
  });
});
