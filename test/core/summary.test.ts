import {
  isWorkforceError,
  readStaffing,
  sampleWorkbook,
  summarise,
  summaryTable,
  SUMMARY_COLUMNS,
  WorkforceError,
} from "../../src/core";
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
  caseHolder: false,
  ...extra,
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
      vacancyFte: 1,
      leaversFte: 1,
      caseHoldersFte: 3,
      cases: 48,
      daysLost: 10,
    });
    expect(a.vacancyRate).toBeCloseTo(1 / 4, 12);
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
      vacancyFte: 1.5,
      cases: 55,
      caseHoldersFte: 3.5,
      daysLost: 15,
    });
    expect(total.vacancyRate).toBeCloseTo(1.5 / 5, 12);
  });
  it("working days and target caseload are options", () => {
    const s = summarise(records, { workingDays: 254, targetCaseload: 12 });
    expect(s.teams[0].absenceRate).toBeCloseTo(10 / (3 * 254), 12);
    expect(s.teams[0].fteNeeded).toBeCloseTo(48 / 12 / (1 - 10 / (3 * 254)), 12);
  });
  it("a team with no permanent staff gets #DIV/0! rates, and no cases gives #N/A caseload", () => {
    const s = summarise([post("C", "agency", 1)]);
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
  const sheet = sampleWorkbook().sheets[0];
  const { records } = readStaffing(sheet.headers, sheet.rows);
  const { teams, total } = summarise(records);
  it("sits just within the 24% vacancy target overall", () => {
    expect(total.vacancyRate).toBeGreaterThan(0.2);
    expect(total.vacancyRate).toBeLessThanOrEqual(0.24);
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
