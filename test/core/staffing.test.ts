import {
  detectColumns,
  findHeaderRow,
  looksLikeStaffing,
  parseStatus,
  readStaffing,
  recognisedHeaders,
  recognisedStatusWords,
  serialFromYmd,
  SAMPLE_REFERENCE_DATE,
  parseDateText,
  emptyValueMapping,
} from "../../src/core";
import { sample } from "../support/bundledTexts";
import type { StaffingColumn, StaffingRead } from "../../src/core";

const REF = serialFromYmd(2021, 9, 30) as number;

/** Every row is read, rejected, ignored or blank: none lost. */
function expectAccounted(read: StaffingRead, rows: number): void {
  expect(
    read.records.length + read.rejected.length + read.ignoredRows.length + read.blankRows.length,
  ).toBe(rows);
}

describe("detectColumns", () => {
  it("matches the usual headers leniently", () => {
    const headers = [
      "Team name",
      "Post ID",
      "Job title",
      "Hours FTE",
      "Contract type",
      "Open cases",
      "Days lost",
      "Leaving date",
      "Case holder",
      "Start date",
    ];
    const { mapping, missing, ambiguous } = detectColumns(headers);
    expect(mapping).toEqual({
      team: 0,
      postId: 1,
      role: 2,
      fte: 3,
      status: 4,
      cases: 5,
      sicknessDays: 6,
      leaver: 7,
      caseHolder: 8,
      startDate: 9,
    });
    expect(missing).toEqual([]);
    expect(ambiguous).toEqual([]);
  });
  it.each([
    ["FTE", "fte"],
    ["Fte", "fte"],
    ["WTE", "fte"],
    ["FTE (contracted)", "fte"],
    ["Status", "status"],
    ["Employment Type", "status"],
    ["Employment basis", "status"],
    ["Caseload", "cases"],
    ["Sickness days", "sicknessDays"],
    ["Days Absent (12m)", "sicknessDays"],
    ["Days absent (rolling 12 months)", "sicknessDays"],
    ["Sickness absence [days]", "sicknessDays"],
    ["Left", "leaver"],
    ["Leaver", "leaver"],
    ["Termination date", "leaver"],
    ["Date joined", "startDate"],
    ["Employment start date", "startDate"],
  ])("%p → %p", (header, column) => {
    expect(detectColumns(["Team", header]).mapping).toMatchObject({ [column]: 1 });
  });
  it("does not mistake case-holder, agency-cover or contract-date columns", () => {
    const { mapping } = detectColumns([
      "Team",
      "Case holding",
      "Agency cover FTE",
      "FTE",
      "Status",
      "Contract end date",
      "Contract hours",
    ]);
    expect(mapping.cases).toBeUndefined();
    expect(mapping.caseHolder).toBe(1);
    expect(mapping.fte).toBe(3);
    expect(mapping.status).toBe(4);
    expect(Object.values(mapping)).not.toContain(5);
    expect(Object.values(mapping)).not.toContain(6);
  });
  it("reports missing required columns and ambiguity", () => {
    expect(detectColumns(["Team", "Cases"]).missing).toEqual(["fte", "status"]);
    const result = detectColumns(["Team", "FTE", "FTE", "Status"]);
    expect(result.ambiguous).toEqual([{ column: "fte", candidates: [1, 2] }]);
    expect(result.mapping.fte).toBe(1);
  });
  it("ignores prose and non-text headers", () => {
    expect(detectColumns(["x".repeat(500) + " team", null, { a: 1 }, 3]).mapping).toEqual({});
  });
});

describe("findHeaderRow", () => {
  it("finds the header below title rows and blank rows", () => {
    const rows = [
      ["Northshire County Council: social work establishment"],
      ["Extract run 03/10/2025 by HR (Team, FTE and status by post)"],
      [null, null, null],
      ["Service Team", "Employment Type", "Hours FTE", "Days Absent (12m)"],
      ["Assessment", "Perm", 1, 3],
    ];
    expect(findHeaderRow(rows)).toBe(3);
  });
  it("is the first row when no row looks like a header, and -1 for nothing", () => {
    expect(
      findHeaderRow([
        ["Name", "Hours"],
        ["A", 1],
      ]),
    ).toBe(0);
    expect(findHeaderRow([[null], [""]])).toBe(-1);
    expect(findHeaderRow([])).toBe(-1);
  });
  it("looksLikeStaffing needs two staffing columns, one of them required", () => {
    expect(looksLikeStaffing(["Team", "FTE"])).toBe(true);
    expect(looksLikeStaffing(["Post ID", "Role"])).toBe(false);
    expect(looksLikeStaffing(["Staffing report: team FTE status"])).toBe(false);
    expect(looksLikeStaffing(["Line", "Amount"])).toBe(false);
  });
});

describe("documented header names and status words (docs/functions.md) are what the reader accepts", () => {
  it("every documented header, in any case, maps to its column", () => {
    for (const [column, names] of Object.entries(recognisedHeaders()) as [
      StaffingColumn,
      readonly string[],
    ][]) {
      for (const name of names) {
        expect([name, detectColumns([name.toUpperCase()]).mapping[column]]).toEqual([name, 0]);
      }
    }
  });
  it("every documented status word parses to its status", () => {
    for (const [status, words] of Object.entries(recognisedStatusWords())) {
      for (const word of words)
        expect([word, parseStatus(word.toUpperCase())]).toEqual([word, status]);
    }
  });
});

describe("parseStatus", () => {
  it.each([
    ["Permanent", "permanent"],
    ["perm", "permanent"],
    ["Permanent - Part time", "permanent"],
    ["Employed", "permanent"],
    ["FTC", "permanent"],
    ["Fixed term", "permanent"],
    ["Fixed-Term Contract", "permanent"],
    ["Temporary", "permanent"],
    ["Secondment", "permanent"],
    ["Agency", "agency"],
    ["Temp/Agency", "agency"],
    ["LOCUM", "agency"],
    ["Interim", "agency"],
    ["Agency (additional)", "agencyAdditional"],
    ["Over establishment", "agencyAdditional"],
    ["Vacant", "vacant"],
    ["Vacancy", "vacant"],
  ])("%p → %p", (text, status) => expect(parseStatus(text)).toBe(status));
  it.each(["Seconded out", "Temp", "Retired", "", "=1+1", 5])("%p is not recognised", (v) =>
    expect(parseStatus(v)).toBeUndefined(),
  );
});

describe("readStaffing", () => {
  const headers = ["Team", "FTE", "Status", "Cases", "Sickness days", "Leaver", "Case holder"];
  it("reads records, rejects bad rows with reasons and ignores blank rows, losing none", () => {
    const rows = [
      ["A", 1, "Permanent", 15, 3, "No", "Yes"],
      ["A", "0.5", "Agency", 8, "", "", ""],
      ["A", 1, "Vacant", "", "", "", ""],
      ["B", "abc", "Permanent", 10, 0, "No", "Yes"],
      ["B", 1, "Seconded out", 10, 0, "No", "Yes"],
      [null, "", "  ", "", "", "", ""],
      ["B", 1, "Perm", 12, 2, "2021-06-30", ""],
      ["B", 1, "Perm", "c", 0, "", ""],
      ["", 1, "Perm", 1, 0, "", ""],
      [],
    ];
    const read = readStaffing(headers, rows, undefined, { referenceDate: REF });
    expectAccounted(read, rows.length);
    expect(read.records.map((r) => r.rowIndex)).toEqual([0, 1, 2, 6]);
    expect(read.records[1]).toMatchObject({
      fte: 0.5,
      status: "agency",
      cases: 8,
      caseHolder: true,
    });
    expect(read.records[2]).toMatchObject({ status: "vacant", cases: null, caseHolder: false });
    expect(read.records[3]).toMatchObject({ leaver: true, caseHolder: true });
    expect(read.blankRows).toEqual([5, 9]);
    expect(read.rejected).toEqual([
      { rowIndex: 3, reason: 'FTE "abc" is not a number' },
      {
        rowIndex: 4,
        reason: 'Status "Seconded out" is not recognised: say what it means on the Data tab',
      },
      {
        rowIndex: 7,
        reason: 'Cases is missing (marker "c": suppressed to protect confidentiality)',
      },
      { rowIndex: 8, reason: "Team is blank" },
    ]);
    expect(read.unrecognised).toEqual([
      { column: "status", key: "seconded out", text: "Seconded out", count: 1, rows: [4] },
    ]);
  });

  it("collects each unrecognised value once, with its count, and reads it once the user maps it", () => {
    const rows = Array.from({ length: 300 }, (_, i) => [
      `Team ${i % 7}`,
      1,
      i % 6 === 0
        ? "Contingent worker ✓"
        : i % 6 === 1
          ? "CONTINGENT-WORKER ✓"
          : i % 10 === 2
            ? "Bank"
            : "Perm",
    ]);
    const first = readStaffing(["Team", "FTE", "Status"], rows, undefined, { referenceDate: REF });
    expectAccounted(first, 300);
    expect(first.unrecognised.map((v) => [v.key, v.count])).toEqual([
      ["contingent worker", 100],
      ["bank", 20],
    ]);
    const values = emptyValueMapping();
    values.status["contingent worker"] = "agency";
    values.status.bank = "ignore";
    const mapped = readStaffing(["Team", "FTE", "Status"], rows, undefined, {
      referenceDate: REF,
      values,
    });
    expectAccounted(mapped, 300);
    expect(mapped.unrecognised).toEqual([]);
    expect(mapped.rejected).toEqual([]);
    expect(mapped.ignoredRows).toHaveLength(20);
    expect(mapped.records.filter((r) => r.status === "agency")).toHaveLength(100);
  });

  it("counts leavers in the year to the reference date, from serials, ISO and UK dates", () => {
    const leavers: unknown[] = [
      "Yes",
      "no",
      true,
      1,
      0,
      44469, // 30 Sep 2021: last day of the year
      44470, // 1 Oct 2021: after, still in post
      "2020-10-01", // first day of the year
      "30/09/2020", // the day before the year
      "15/06/2021",
      "3 Mar 2019",
      "Resigned",
      "maybe",
      '=HYPERLINK("x")',
    ];
    const rows = leavers.map((l) => ["T", 1, "Perm", l]);
    const read = readStaffing(["Team", "FTE", "Status", "Leaving date"], rows, undefined, {
      referenceDate: REF,
    });
    expectAccounted(read, rows.length);
    expect(read.records.map((r) => r.leaver)).toEqual([
      true,
      false,
      true,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(read.dates).toEqual({ leavingAfter: 1, leavingBefore: 2, startAfter: 0 });
    expect(read.rejected.map((r) => r.rowIndex)).toEqual([12, 13]);
    expect(read.unrecognised.map((v) => v.text)).toEqual(["maybe", '=HYPERLINK("x")']);
  });

  it("counts starters in the year, and a user's Leaver meanings", () => {
    const rows = [
      ["T", 1, "Perm", "01/04/2021", "Transferred"],
      ["T", 1, "Perm", 40000, "No"],
      ["T", 1, "Perm", "2022-01-10", "No"],
      ["T", 1, "Perm", "soon", "No"],
    ];
    const values = emptyValueMapping();
    values.leaver.transferred = true;
    const read = readStaffing(["Team", "FTE", "Status", "Start date", "Leaver"], rows, undefined, {
      referenceDate: REF,
      values,
    });
    expect(read.records.map((r) => [r.starter, r.leaver])).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);
    expect(read.dates.startAfter).toBe(1);
    expect(read.rejected).toEqual([{ rowIndex: 3, reason: 'Start date "soon" is not a date' }]);
  });

  it("without a case-holder column, posts with cases hold cases", () => {
    const { records } = readStaffing(
      ["Team", "FTE", "Status", "Cases"],
      [
        ["T", 1, "Perm", 0],
        ["T", 1, "Agency", 4],
        ["T", 1, "Perm", ""],
      ],
    );
    expect(records.map((r) => r.caseHolder)).toEqual([false, true, false]);
  });
  it("missing required columns reject every non-blank row with the reason", () => {
    const read = readStaffing(
      ["Team", "Cases"],
      [
        ["T", 1],
        [null, null],
        ["T", 2],
      ],
    );
    expect(read.records).toEqual([]);
    expect(read.blankRows).toEqual([1]);
    expect(read.rejected.map((r) => r.reason)).toEqual([
      "no FTE, Status column found",
      "no FTE, Status column found",
    ]);
  });
  it("rejects zero and negative FTE", () => {
    const { rejected } = readStaffing(
      ["Team", "FTE", "Status"],
      [
        ["T", 0, "Perm"],
        ["T", -1, "Perm"],
      ],
    );
    expect(rejected.map((r) => r.reason)).toEqual([
      "FTE is 0 (a post needs a positive FTE)",
      "FTE -1 is negative",
    ]);
  });
  it("reads a 200,000-row extract with hostile text, accounting for every row", () => {
    const statuses = ["Perm", "Locum", "Vacancy", "FTC", "<script>alert(1)</script>", "", "Agency"];
    const rows = new Array<unknown[]>(200_000);
    for (let i = 0; i < rows.length; i++) {
      rows[i] =
        i % 97 === 0
          ? [null, null, null, null]
          : [
              `Team ${"é".repeat(i % 3)}${i % 40}`,
              i % 13 === 0 ? "=1/0" : 0.5 + (i % 2) / 2,
              statuses[i % 7],
              i % 11 === 0 ? "31/02/2021" : "",
            ];
    }
    const read = readStaffing(["Team", "FTE", "Status", "Start date"], rows, undefined, {
      referenceDate: REF,
    });
    expectAccounted(read, rows.length);
    expect(read.blankRows.length).toBe(Math.ceil(200_000 / 97));
    expect(read.unrecognised.map((v) => v.text)).toEqual(["<script>alert(1)</script>"]);
    expect(read.unrecognised[0].rows.length).toBeLessThanOrEqual(20);
  });
});

describe("the sample staffing list (seeds/)", () => {
  const staffing = sample().sheets[0];
  const read = readStaffing(staffing.headers, staffing.rows, undefined, {
    referenceDate: parseDateText(SAMPLE_REFERENCE_DATE) as number,
  });
  const { records } = read;
  it("reads every row", () => {
    expect(read.rejected).toEqual([]);
    expect(read.unrecognised).toEqual([]);
    expect(records).toHaveLength(staffing.rows.length);
  });
  it("has 13 empty seats across three Assessment teams, as the seed report says", () => {
    const assessment = records.filter((r) => r.team.startsWith("Assessment"));
    expect(new Set(assessment.map((r) => r.team)).size).toBe(3);
    expect(assessment.filter((r) => r.status === "vacant")).toHaveLength(13);
  });
  it("Help and Protection teams hold vacancies; agency workers cover some and some are additional", () => {
    const hp = records.filter((r) => r.team.startsWith("Help and Protection"));
    expect(new Set(hp.map((r) => r.team)).size).toBe(3);
    expect(hp.some((r) => r.status === "vacant")).toBe(true);
    expect(records.filter((r) => r.status === "agencyAdditional")).toHaveLength(3);
  });
  it("has a leaver whose date falls after the census day: still in post", () => {
    expect(read.dates).toEqual({ leavingAfter: 1, leavingBefore: 0, startAfter: 0 });
  });
});
