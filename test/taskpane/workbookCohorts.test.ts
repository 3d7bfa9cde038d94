/**
 * The workbook's cohorts for the scenario form's pre-fill: found by sheet name, read through
 * core's parser from the sheet's used range (title rows, other header words, dates as Excel
 * serials), bad rows named by their row on the sheet, and the horizon widened to hold them.
 */
import type { CellValue } from "../../src/workbook/types";
import {
  cohortsFromSheet,
  cohortsSheetName,
  horizonFor,
  readWorkbookCohorts,
} from "../../src/taskpane/workbookCohorts";
import { FakeHost } from "./fakeHost";
import { sample } from "../support/bundledTexts";

describe("the workbook's cohorts sheet", () => {
  it("is the sheet called Cohorts, else one whose name says cohorts, else none", () => {
    expect(cohortsSheetName(["Staff", "Cohort plan", "cohorts"])).toBe("cohorts");
    expect(cohortsSheetName(["Staff", "Recruitment cohorts 2026"])).toBe(
      "Recruitment cohorts 2026",
    );
    expect(cohortsSheetName(["Staff", "Assumptions"])).toBeNull();
  });

  it("reads the sample workbook's Cohorts sheet as inserted", async () => {
    const host = new FakeHost();
    await host.insertSample(sample());
    const read = await readWorkbookCohorts(host);
    expect(read).toMatchObject({ kind: "read", sheet: "Cohorts" });
    if (read.kind !== "read") return;
    expect(read.cohorts).toHaveLength(5);
    expect(read.cohorts[0]).toMatchObject({
      month: "2021-12",
      fte: 21,
      kind: "international",
      rampUpMonths: 3,
      label: "International recruits (21 overseas social workers arriving by 1 December)",
    });
    expect(read.cohorts.map((c) => c.month)).toEqual([
      "2021-12",
      "2022-03",
      "2022-09",
      "2023-03",
      "2023-09",
    ]);
  });

  it("skips title rows and reads other header words, dates as Excel serials and turnover", () => {
    const values: CellValue[][] = [
      ["Recruitment pipeline, Children's Services (draft)", null, null, null],
      [null, null, null, null],
      ["Start date", "Starters", "Route", "Turnover"],
      [46174, 4, "Overseas", 0.2], // 1 June 2026 as an Excel serial
      ["2026-09", 6, "NQSW", null],
      [null, null, null, null],
      ["Jan 2027", 2.5, null, null],
    ];
    const read = cohortsFromSheet("Pipeline", values, 3);
    expect(read).toMatchObject({
      kind: "read",
      sheet: "Pipeline",
      cohorts: [
        { month: "2026-06", fte: 4, kind: "international", annualTurnover: 0.2 },
        { month: "2026-09", fte: 6, kind: "asye" },
        { month: "2027-01", fte: 2.5, kind: "permanent" },
      ],
    });
  });

  it("names a bad row by its row on the sheet, under a title and below the sheet's top", () => {
    const values: CellValue[][] = [
      ["Cohorts"],
      ["month", "fte", "kind"],
      ["2026-04", 3, "asye"],
      ["2026-05", "three", "asye"],
    ];
    // The used range starts at row 4, so the bad row is row 7 of the sheet.
    const read = cohortsFromSheet("Cohorts", values, 4);
    expect(read.kind).toBe("problem");
    if (read.kind !== "problem") return;
    expect(read.message).toMatch(/^The cohorts on the sheet "Cohorts" were not put in the form/);
    expect(read.message).toMatch(/cohorts row 7: fte/);
  });

  it("says so when no row of the first rows is a header", () => {
    const read = cohortsFromSheet("Cohorts", [["Intake"], ["Autumn"]], 1);
    expect(read).toEqual({
      kind: "problem",
      sheet: "Cohorts",
      message:
        'The sheet "Cohorts" has no header row with month and fte columns in its first rows, so its cohorts were not put in the form.',
    });
  });

  it("treats formula-looking text in a cohort's cells as text", () => {
    const read = cohortsFromSheet(
      "Cohorts",
      [
        ["month", "fte", "label"],
        ["2026-04", 2, '=HYPERLINK("http://evil.example","x")'],
      ],
      1,
    );
    expect(read).toMatchObject({
      kind: "read",
      cohorts: [{ label: '=HYPERLINK("http://evil.example","x")' }],
    });
  });

  it("is none without a cohorts sheet, and no cohorts for an empty one", async () => {
    const host = new FakeHost();
    host.addUserSheet("Staff", ["Post ID"], [["P1"]]);
    expect(await readWorkbookCohorts(host)).toEqual({ kind: "none" });
    host.sheets.push({
      name: "Cohorts",
      cells: new Map(),
      formulas: new Map(),
      tables: [],
      charts: [],
    });
    expect(await readWorkbookCohorts(host)).toEqual({
      kind: "read",
      sheet: "Cohorts",
      cohorts: [],
    });
  });
});

describe("horizonFor", () => {
  const cohort = (month: string) => ({ month, fte: 1, kind: "asye" as const });

  it("moves the start back to the first cohort and keeps the months when the last fits", () => {
    expect(horizonFor([cohort("2021-12"), cohort("2023-09")], "2027-01", 24)).toEqual({
      startMonth: "2021-12",
      months: 24,
    });
  });

  it("grows the months to reach the last cohort, never shrinks them", () => {
    expect(horizonFor([cohort("2027-03"), cohort("2030-01")], "2027-01", 24)).toEqual({
      startMonth: "2027-01",
      months: 37,
    });
    expect(horizonFor([cohort("2027-03")], "2027-01", 24)).toEqual({
      startMonth: "2027-01",
      months: 24,
    });
  });
});
