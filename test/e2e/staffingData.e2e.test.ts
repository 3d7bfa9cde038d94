/**
 * Staffing data as users bring it to the workbench: an HR extract (.xlsx made here with
 * ExcelJS: title rows above the header, its own headers and status words, dates as Excel dates
 * and as UK text), values explained once on the Data tab and remembered after a reload; and the
 * sample's table growing by a row typed under it, with a cleared row ignored.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import type { Locator } from "playwright-core";
import { freshWorkbenchPerTest, screenshotPath, type Workbench } from "./support/workbench";

let wb: Workbench;
const tmp = mkdtempSync(path.join(os.tmpdir(), "workforce-extract-"));

freshWorkbenchPerTest((opened) => {
  wb = opened;
});

/**
 * 40 posts: 24 "Perm" and 4 "FTC" employed (28 in post), 4 "Temp/Agency" (known) and
 * 4 "Contingent (Matrix)" (unknown: agency in a funded post), 4 "Vacant - Advertised" (unknown:
 * vacant). Leaving dates, counted to 30 September 2025: 15 June 2025 (an Excel date) and
 * "15/03/2025" (text) are leavers; 20 October 2025 is after the reference date and 1 July 2024
 * before the year.
 *   agency 8 / (8 + 28) = 22.2% · vacancies 4 + 8 = 12 → 12 / 40 = 30.0% · turnover 2 / 28 = 7.1%
 */
async function makeExtract(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Establishment");
  sheet.getCell("A1").value = "Children's Services – Establishment by post";
  sheet.getCell("A2").value = "Extract run 03/10/2025 09:14 (confidential)";
  sheet.getRow(4).values = [
    "Employee No",
    "Service Team",
    "Employment Type",
    "Hours FTE",
    "Days Absent (12m)",
    "Leaving Date",
  ];
  const kinds: [string, number][] = [
    ["Perm", 24],
    ["FTC", 4],
    ["Temp/Agency", 4],
    ["Contingent (Matrix)", 4],
    ["Vacant - Advertised", 4],
  ];
  const leaving: (Date | string)[] = [
    new Date(Date.UTC(2025, 5, 15)),
    "15/03/2025",
    new Date(Date.UTC(2025, 9, 20)),
    "01/07/2024",
  ];
  let row = 5;
  for (const [kind, count] of kinds) {
    for (let i = 0; i < count; i++, row++) {
      const employed = kind === "Perm" || kind === "FTC";
      sheet.getRow(row).values = [
        `E${1000 + row}`,
        row % 2 ? "Assessment" : "Front Door",
        kind,
        1,
        employed ? row % 4 : null,
        kind === "Perm" && row < 9 ? leaving[row - 5] : null,
      ];
    }
  }
  await workbook.xlsx.writeFile(file);
}

async function importFile(file: string): Promise<void> {
  // Importing replaces the workbook, so the page asks first.
  wb.page.once("dialog", (dialog) => void dialog.accept());
  await wb.page.getByLabel("Import .xlsx file").setInputFiles(file);
  await wb.page.getByText(/^Imported /).waitFor();
}

function figure(pane: Locator, measure: string): Locator {
  return pane.locator(`[data-measure="${measure}"] td`).nth(1);
}

describe("staffing data in the workbench", () => {
  it("reads an HR extract below its title rows, asks once what its values mean, and remembers", async () => {
    const file = path.join(tmp, "extract.xlsx");
    await makeExtract(file);
    await importFile(file);
    const pane = wb.pane;
    await pane.getByRole("button", { name: "Refresh" }).click();
    await pane.getByText(/32 rows read, 8 rejected, of 40 in Establishment!A4:F44/).waitFor();

    await pane.getByRole("tab", { name: "Data" }).click();
    await pane.getByLabel("Staffing list reference date (dd/mm/yyyy)").fill("30/09/2025");
    await pane.getByRole("button", { name: "Set the list's reference date" }).click();
    await pane.getByText(/count from 1 October 2024 to 30 September 2025/).waitFor();
    await pane.getByText(/1 leaving date is after the reference date/).waitFor();

    const values = pane.getByRole("region", { name: "Values the add-in does not recognise" });
    await values
      .getByLabel('Status "Contingent (Matrix)" (4 rows)')
      .selectOption({ label: "Agency, in a funded post (covers a vacancy)" });
    await values
      .getByLabel('Status "Vacant - Advertised" (4 rows)')
      .selectOption({ label: "Vacant (empty post)" });
    await wb.page.screenshot({ path: screenshotPath("workbench-value-meanings.png") });
    await values.getByRole("button", { name: "Apply value meanings" }).click();
    await pane.getByText(/40 rows read, 0 rejected, of 40/).waitFor();

    await pane.getByRole("tab", { name: "Dashboard" }).click();
    await expect(figure(pane, "agencyRate").innerText()).resolves.toBe("22.2%");
    await expect(figure(pane, "vacancyRate").innerText()).resolves.toBe("30.0%");
    await expect(figure(pane, "turnoverRate").innerText()).resolves.toBe("7.1%");
    await pane.screenshot({ path: screenshotPath("taskpane-extract-dashboard.png") });

    // The workbook keeps the answers: after a reload nothing is asked again.
    await wb.page.reload();
    await wb.page.waitForSelector("body[data-ready=true]");
    await pane.getByText(/40 rows read, 0 rejected, of 40/).waitFor();
    await expect(figure(pane, "agencyRate").innerText()).resolves.toBe("22.2%");
    await expect(figure(pane, "turnoverRate").innerText()).resolves.toBe("7.1%");
  });

  it("a row typed under the sample's table joins it; a cleared row is ignored, not rejected", async () => {
    const pane = wb.pane;
    await pane.getByText(/123 rows read, 0 rejected, of 123 in table StaffingList/).waitFor();
    await expect(figure(pane, "vacancyRate").innerText()).resolves.toBe("24.0%");
    await wb.openSheet("Staffing");
    // Row 125 is directly below the table (header on row 1, 123 posts): a new empty post.
    await wb.enter("A125", "MASH");
    await wb.enter("D125", "1");
    await wb.enter("E125", "Vacant");
    await pane.getByRole("button", { name: "Refresh" }).click();
    await pane.getByText(/124 rows read, 0 rejected, of 124 in table StaffingList/).waitFor();
    // (27.5 + 1) / (114.8 + 1) = 24.6%
    await expect(figure(pane, "vacancyRate").innerText()).resolves.toBe("24.6%");

    // Clear a whole row inside the table (an empty post, NB-AS1-01 on row 3).
    await wb.goTo("A3:J3");
    await wb.page.keyboard.press("Delete");
    await pane.getByRole("button", { name: "Refresh" }).click();
    await pane.getByText(/123 rows read, 0 rejected, 1 blank, of 124/).waitFor();
  });
});
