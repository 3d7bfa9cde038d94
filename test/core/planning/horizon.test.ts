/**
 * Cohorts outside the months a calculation covers are refused (or, for a budget's later
 * cohorts, noted), never dropped: the core side, for callers that build cohorts in code (the
 * task pane). Custom-function calls are in test/functions/cohortHorizon.test.ts.
 */
import {
  DEFAULT_ASSUMPTIONS,
  budgetYears,
  cohortOutsideHorizon,
  cohortOutsideProjection,
  monteCarlo,
  monthsToTarget,
  parseCohorts,
  recruitsNeeded,
  type Assumptions,
  type Cohort,
} from "../../../src/core/planning";
import { isWorkforceError } from "../../../src/core/errors";

const assumptions: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  agencyFte: 10,
  cases: 800,
  startMonth: "2026-04",
};
const inside: Cohort = { month: "2026-04", fte: 3, kind: "permanent" };

describe("cohortOutsideProjection", () => {
  it("accepts the first and the last month", () => {
    const last: Cohort = { month: "2027-03", fte: 1, kind: "asye" };
    expect(cohortOutsideProjection(assumptions, [inside, last], 12)).toBeNull();
  });

  it("names a cohort built in code by its place in the list", () => {
    const early: Cohort = { month: "2026-03", fte: 1, kind: "asye" };
    expect(cohortOutsideProjection(assumptions, [inside, early], 12)?.message).toMatch(
      /^cohort 2: month 2026-03 is before start_month 2026-04/,
    );
    const late: Cohort = { month: "2027-04", fte: 1, kind: "asye" };
    expect(cohortOutsideProjection(assumptions, [late], 12)?.message).toMatch(
      /^cohort 1: month 2027-04 is after the projection's last month, 2027-03 \(12 months from 2026-04\)/,
    );
  });

  it("names a cohort read from a range by its row there, blank rows counted", () => {
    const cohorts = parseCohorts([
      ["month", "fte"],
      [null, null],
      ["2025-12", 2],
    ]);
    if (isWorkforceError(cohorts)) throw new Error(cohorts.message);
    expect(cohortOutsideProjection(assumptions, cohorts, 12)?.message).toMatch(/^cohorts row 3:/);
  });
});

describe("every core entry point that takes cohorts refuses an early one", () => {
  const early: Cohort[] = [inside, { month: "2025-10", fte: 2, kind: "international" }];
  it.each([
    ["monteCarlo", () => monteCarlo(assumptions, early, { months: 12, runs: 10 })],
    [
      "monthsToTarget",
      () => monthsToTarget(assumptions, early, { measure: "caseload", target: 16 }),
    ],
    [
      "recruitsNeeded",
      () =>
        recruitsNeeded(assumptions, early, { byMonth: "2027-03", measure: "caseload", target: 16 }),
    ],
    ["budgetYears", () => budgetYears(assumptions, early, 2)],
  ])("%s", (_, run) => {
    const result = run();
    expect(isWorkforceError(result)).toBe(true);
    expect((result as { message: string }).message).toMatch(
      /^cohort 2: month 2025-10 is before start_month 2026-04/,
    );
  });
});

describe("cohortOutsideHorizon: the one rule the sheet functions and the pane word their own way", () => {
  const cohorts = (...months: string[]) => months.map((month) => ({ month }));

  it("finds a cohort before the start ahead of one after the end, whatever their order", () => {
    expect(
      cohortOutsideHorizon("2026-04", cohorts("2026-05", "2029-01", "2026-01"), 12),
    ).toMatchObject({
      index: 2,
      side: "before",
    });
  });

  it("counts the last month as inside and the month after it as outside", () => {
    expect(cohortOutsideHorizon("2026-04", cohorts("2026-04", "2027-03"), 12)).toBeNull();
    expect(cohortOutsideHorizon("2026-04", cohorts("2026-04", "2027-04"), 12)).toMatchObject({
      index: 1,
      side: "after",
    });
  });

  it("has no answer for a start month that is not a month", () => {
    expect(cohortOutsideHorizon("April", cohorts("2020-01"), 12)).toBeNull();
  });
});
