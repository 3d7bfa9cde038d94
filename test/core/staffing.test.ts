import {
  BLANK_ROW,
  detectColumns,
  parseStatus,
  readStaffing,
  recognisedHeaders,
  recognisedStatusWords,
  sampleWorkbook,
} from "../../src/core";
import type { StaffingColumn } from "../../src/core";

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
    });
    expect(missing).toEqual([]);
    expect(ambiguous).toEqual([]);
  });
  it.each([
    ["FTE", "fte"],
    ["Fte", "fte"],
    ["WTE", "fte"],
    ["Status", "status"],
    ["Employment type", "status"],
    ["Caseload", "cases"],
    ["Sickness days", "sicknessDays"],
    ["Left", "leaver"],
    ["Leaver", "leaver"],
  ])("%p → %p", (header, column) => {
    expect(detectColumns(["Team", header]).mapping).toMatchObject({ [column]: 1 });
  });
  it("does not mistake case-holder or agency-cover columns for cases or FTE", () => {
    const { mapping } = detectColumns([
      "Team",
      "Case holding",
      "Agency cover FTE",
      "FTE",
      "Status",
    ]);
    expect(mapping.cases).toBeUndefined();
    expect(mapping.caseHolder).toBe(1);
    expect(mapping.fte).toBe(3);
  });
  it("reports missing required columns and ambiguity", () => {
    expect(detectColumns(["Team", "Cases"]).missing).toEqual(["fte", "status"]);
    const result = detectColumns(["Team", "FTE", "FTE", "Status"]);
    expect(result.ambiguous).toEqual([{ column: "fte", candidates: [1, 2] }]);
    expect(result.mapping.fte).toBe(1);
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
    ["Employed", "permanent"],
    ["Staff", "permanent"],
    ["Agency", "agency"],
    ["LOCUM", "agency"],
    ["Interim", "agency"],
    ["Vacant", "vacant"],
    ["Vacancy", "vacant"],
  ])("%p → %p", (text, status) => expect(parseStatus(text)).toBe(status));
  it("unknown status is undefined", () => expect(parseStatus("Seconded")).toBeUndefined());
});

describe("readStaffing", () => {
  const headers = ["Team", "FTE", "Status", "Cases", "Sickness days", "Leaver", "Case holder"];
  it("reads records and rejects bad rows with reasons, losing none", () => {
    const rows = [
      ["A", 1, "Permanent", 15, 3, "No", "Yes"],
      ["A", "0.5", "Agency", 8, "", "", ""],
      ["A", 1, "Vacant", "", "", "", ""],
      ["B", "abc", "Permanent", 10, 0, "No", "Yes"],
      ["B", 1, "Seconded", 10, 0, "No", "Yes"],
      [null, "", "", "", "", "", ""],
      ["B", 1, "Perm", 12, 2, "2021-06-30", ""],
      ["B", 1, "Perm", "c", 0, "", ""],
      ["", 1, "Perm", 1, 0, "", ""],
    ];
    const { records, rejected } = readStaffing(headers, rows);
    expect(records.length + rejected.length).toBe(rows.length);
    expect(records.map((r) => r.rowIndex)).toEqual([0, 1, 2, 6]);
    expect(records[1]).toMatchObject({
      fte: 0.5,
      status: "agency",
      cases: 8,
      sicknessDays: 0,
      caseHolder: true,
    });
    expect(records[2]).toMatchObject({ status: "vacant", cases: null, caseHolder: false });
    expect(records[3]).toMatchObject({ leaver: true, caseHolder: true });
    expect(rejected).toEqual([
      { rowIndex: 3, reason: 'FTE "abc" is not a number' },
      { rowIndex: 4, reason: 'Status "Seconded" is not permanent, agency or vacant' },
      { rowIndex: 5, reason: BLANK_ROW },
      {
        rowIndex: 7,
        reason: 'Cases is missing (marker "c": suppressed to protect confidentiality)',
      },
      { rowIndex: 8, reason: "Team is blank" },
    ]);
  });
  it("leaver accepts yes/no/true/1/dates and rejects nonsense", () => {
    const rows = [["Yes"], ["no"], [true], [1], [0], [44500], ["30/06/2021"], ["maybe"]].map(
      (l) => ["T", 1, "Perm", l[0]],
    );
    const { records, rejected } = readStaffing(["Team", "FTE", "Status", "Leaver"], rows);
    expect(records.map((r) => r.leaver)).toEqual([true, false, true, true, false, true, true]);
    expect(rejected).toEqual([{ rowIndex: 7, reason: 'Leaver "maybe" is not yes/no or a date' }]);
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
  it("missing required columns reject every row with the reason", () => {
    const { records, rejected } = readStaffing(
      ["Team", "Cases"],
      [
        ["T", 1],
        ["T", 2],
      ],
    );
    expect(records).toEqual([]);
    expect(rejected.map((r) => r.reason)).toEqual([
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
});

describe("the sample staffing list (seeds/)", () => {
  const staffing = sampleWorkbook().sheets[0];
  const { records, rejected } = readStaffing(staffing.headers, staffing.rows);
  it("reads every row", () => {
    expect(rejected).toEqual([]);
    expect(records).toHaveLength(staffing.rows.length);
  });
  it("has 13 empty seats across three Assessment teams, as the seed report says", () => {
    const assessment = records.filter((r) => r.team.startsWith("Assessment"));
    expect(new Set(assessment.map((r) => r.team)).size).toBe(3);
    expect(assessment.filter((r) => r.status === "vacant")).toHaveLength(13);
  });
  it("Help and Protection teams hold vacancies", () => {
    const hp = records.filter((r) => r.team.startsWith("Help and Protection"));
    expect(new Set(hp.map((r) => r.team)).size).toBe(3);
    expect(hp.some((r) => r.status === "vacant")).toBe(true);
  });
});
