import {
  isWorkforceError,
  parseDateText,
  readStaffing,
  SAMPLE_REFERENCE_DATE,
  summarise,
  summaryTable,
  SUMMARY_COLUMNS,
  WorkforceError,
} from "../../src/core";
import { sample } from "../support/bundledTexts";
import type { StaffingRecord } from "../../src/core";

const post = (
  team: string,
  status: StaffingRecord["status"],
  fte: number,
  extra: Partial<StaffingRecord> = {},
): StaffingRecord => ({
  rowIndex: 0,
  team,
  fte,
  status,
  cases: null,
  sicknessDays: 0,
  leaver: false,
  starter: false,
  caseHolder: false,
  ...extra,
});

describe("DfE's definitions over posts, worked by hand", () => {
  // 10 employed posts, 2 posts held by agency workers, 1 agency worker over establishment and
  // 3 empty posts, all 1 FTE.
  const records = [
    ...Array.from({ length: 10 }, () => post("A", "permanent", 1)),
    post("A", "agency", 1),
    post("A", "agency", 1),
    post("A", "agencyAdditional", 1),
    post("A", "vacant", 1),
    post("A", "vacant", 1),
    post("A", "vacant", 1),
  ];
  const { total } = summarise(records);
  it("a post held by an agency worker is a vacancy covered by agency; an additional one is not", () => {
    expect(total).toMatchObject({
      inPostFte: 10,
      vacancyFte: 5, // 3 empty + 2 agency-held
      agencyCoverFte: 2,
      uncoveredVacancyFte: 3,
      agencyFte: 3, // 2 in funded posts + 1 additional
      agencyAdditionalFte: 1,
      establishmentFte: 15, // in post + vacancies
    });
    expect(total.vacancyRate).toBeCloseTo(5 / 15, 12); // 33.3%, not 3/13 = 23.1%
    expect(total.agencyRate).toBeCloseTo(3 / 13, 12); // 23.1%
    expect(total.vacancyAgencyCoverRate).toBeCloseTo(2 / 5, 12); // 40%
  });
});

describe("summarise", () => {
  const records = [
    post("A", "permanent", 1, { cases: 16, caseHolder: true, sicknessDays: 10, leaver: true }),
    post("A", "permanent", 1, { cases: 14, caseHolder: true, sicknessDays: 0 }),
    post("A", "permanent", 1, { caseHolder: false }), // team manager
    post("A", "agency", 1, { cases: 18, caseHolder: true }),
    post("A", "vacant", 1),
    post("B", "permanent", 0.5, { cases: 7, caseHolder: true, sicknessDays: 5 }),
    post("B", "vacant", 0.5),
  ];
  const { teams, total } = summarise(records);

  it("applies the DfE definitions per team", () => {
    const a = teams[0];
    expect(a.team).toBe("A");
    expect(a).toMatchObject({
      inPostFte: 3,
      agencyFte: 1,
      vacancyFte: 2,
      agencyCoverFte: 1,
      uncoveredVacancyFte: 1,
      leaversFte: 1,
      caseHoldersFte: 3,
      cases: 48,
      daysLost: 10,
    });
    expect(a.vacancyRate).toBeCloseTo(2 / 5, 12);
    expect(a.agencyRate).toBeCloseTo(1 / 4, 12);
    expect(a.turnoverRate).toBeCloseTo(1 / 3, 12);
    expect(a.absenceRate).toBeCloseTo(10 / (3 * 253), 12);
    expect(a.sicknessDaysPerFte).toBeCloseTo(10 / 3, 12);
    expect(a.caseload).toBe(16);
    expect(a.fteNeeded).toBeCloseTo(48 / 16 / (1 - 10 / (3 * 253)), 12);
  });
  it("totals all posts", () => {
    expect(total).toMatchObject({
      inPostFte: 3.5,
      agencyFte: 1,
      vacancyFte: 2.5,
      cases: 55,
      caseHoldersFte: 3.5,
      daysLost: 15,
    });
    expect(total.vacancyRate).toBeCloseTo(2.5 / 6, 12);
  });
  it("counts starters, and leavers of employed holders (also of posts now empty), not of agency workers", () => {
    const s = summarise([
      post("A", "permanent", 1, { starter: true, leaver: true }),
      post("A", "vacant", 0.5, { leaver: true }),
      post("A", "agency", 1, { starter: true, leaver: true }),
    ]);
    expect(s.total.startersFte).toBe(1);
    expect(s.total.leaversFte).toBe(1.5);
  });
  it("a measure whose column the list lacks is #N/A, never 0", () => {
    const s = summarise(records, { columns: ["team", "fte", "status"] });
    for (const key of [
      "leaversFte",
      "startersFte",
      "daysLost",
      "turnoverRate",
      "absenceRate",
      "sicknessDaysPerFte",
      "caseload",
      "fteNeeded",
    ] as const) {
      const value = s.total[key] as WorkforceError;
      expect([key, value.kind]).toEqual([key, "notAvailable"]);
      expect(value.message).toMatch(/no data: the list has no .* column/);
    }
    expect(s.total.vacancyRate).toBeCloseTo(2.5 / 6, 12);
  });
  it("working days and target caseload are options", () => {
    const s = summarise(records, { workingDays: 254, targetCaseload: 12 });
    expect(s.teams[0].absenceRate).toBeCloseTo(10 / (3 * 254), 12);
    expect(s.teams[0].fteNeeded).toBeCloseTo(48 / 12 / (1 - 10 / (3 * 254)), 12);
  });
  it("a team with no permanent staff gets #DIV/0! rates, and no cases gives #N/A caseload", () => {
    const s = summarise([post("C", "agencyAdditional", 1)]);
    expect((s.teams[0].vacancyRate as WorkforceError).kind).toBe("divisionByZero");
    expect(isWorkforceError(s.teams[0].agencyRate)).toBe(false);
    expect((s.teams[0].turnoverRate as WorkforceError).kind).toBe("divisionByZero");
    expect((s.teams[0].caseload as WorkforceError).kind).toBe("notAvailable");
  });
  it("summaryTable has a header, team rows and a Total row", () => {
    const table = summaryTable({ teams, total });
    expect(table[0]).toEqual(["Team", ...SUMMARY_COLUMNS.map((c) => c.label)]);
    expect(table.map((r) => r[0])).toEqual(["Team", "A", "B", "Total"]);
    expect(new Set(table.map((r) => r.length)).size).toBe(1);
  });
});

describe("the sample council", () => {
  const sheet = sample().sheets[0];
  const read = readStaffing(sheet.headers, sheet.rows, undefined, {
    referenceDate: parseDateText(SAMPLE_REFERENCE_DATE) as number,
  });
  const { teams, total } = summarise(read.records, { columns: read.columns });
  it("sits just within the 24% vacancy target by DfE's definition (seeds/README.md)", () => {
    expect(total).toMatchObject({
      inPostFte: 87.3,
      vacancyFte: 27.5,
      agencyCoverFte: 10.5,
      uncoveredVacancyFte: 17,
      agencyFte: 13.5,
      agencyAdditionalFte: 3,
      establishmentFte: 114.8,
      leaversFte: 10.3,
      startersFte: 13.4,
    });
    expect(total.vacancyRate).toBeCloseTo(27.5 / 114.8, 12); // 23.95%
    expect(total.vacancyRate).toBeLessThanOrEqual(0.24);
    expect(total.agencyRate).toBeCloseTo(13.5 / 100.8, 12); // 13.4%
    expect(total.vacancyAgencyCoverRate).toBeCloseTo(10.5 / 27.5, 12); // 38.2%
    expect(total.turnoverRate).toBeCloseTo(10.3 / 87.3, 12); // 11.8%
  });
  it("has caseloads around the 13–16 band, with Assessment highest", () => {
    expect(total.caseload).toBeGreaterThanOrEqual(13);
    expect(total.caseload).toBeLessThanOrEqual(16.5);
    const assessment = teams
      .filter((t) => t.team.startsWith("Assessment"))
      .map((t) => t.caseload as number);
    const others = teams
      .filter((t) => !t.team.startsWith("Assessment") && t.team !== "MASH")
      .map((t) => t.caseload as number);
    expect(Math.min(...assessment)).toBeGreaterThan(Math.max(...others));
  });
});
