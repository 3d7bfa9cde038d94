/**
 * The pane's scenario form reads a cohort's month as the user means it: "6" (a month number, a
 * count of months or a day in 1900?) is refused with how to write a month, never read as
 * January 1900 (issue 12 §4). The sheet side is in test/functions/cohortHorizon.test.ts.
 */
import { DEFAULT_ASSUMPTIONS, type Assumptions } from "../../src/core/planning";
import { draftFrom, readDraft } from "../../src/taskpane/scenarioForm";

const base: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  cases: 800,
  startMonth: "2026-04",
};

const withCohortMonth = (month: string) => {
  const draft = draftFrom("Plan", base, [{ month: "2026-06", fte: 2, kind: "asye" }]);
  return { ...draft, cohorts: draft.cohorts.map((c) => ({ ...c, month })) };
};

describe("a cohort's month in the scenario form", () => {
  it.each(["6", "12", "2026", " 18 "])("refuses %p, saying how to write a month", (month) => {
    const result = readDraft(withCohortMonth(month), base);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /^Cohort 1: month must be a month, and ".*" is a number: a month number, a count of months or a year alone does not say which month\. Write the month as text such as "2026-06"/,
    );
  });

  it("takes a month written as the message asks", () => {
    const result = readDraft(withCohortMonth("2026-10"), base);
    expect(result.ok && result.cohorts.map((c) => c.month)).toEqual(["2026-10"]);
  });
});
