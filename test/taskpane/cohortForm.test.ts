/**
 * The cohort fields of the scenario form: each field core reads for a cohort (its own annual
 * turnover, a first contract's months and the share leaving when it ends), shown as the form
 * shows them (percentages as percentages), read back exactly, and refused with a message that
 * names the cohort and the field.
 */
import {
  DEFAULT_ASSUMPTIONS,
  project,
  type Assumptions,
  type Cohort,
} from "../../src/core/planning";
import {
  draftFrom,
  newCohortDraft,
  readCohortDraft,
  readDraft,
  type CohortDraft,
} from "../../src/taskpane/scenarioForm";

const base: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  cases: 800,
  startMonth: "2026-04",
};

const overseas: Cohort = {
  month: "2026-06",
  fte: 12,
  kind: "international",
  rampUpMonths: 3,
  annualTurnover: 0.185,
  retentionMonths: 24,
  leaveAtContractEnd: 0.3,
  label: "Overseas recruits",
};

const draft = (change: Partial<CohortDraft>): CohortDraft => ({
  ...newCohortDraft("2026-06"),
  ...change,
});

describe("cohort fields in the form", () => {
  it("show a cohort's own turnover and first contract, and read them back exactly", () => {
    const form = draftFrom("Plan", base, [overseas]);
    expect(form.cohorts[0]).toEqual({
      month: "2026-06",
      fte: "12",
      kind: "international",
      rampUpMonths: "3",
      annualTurnover: "18.5",
      retentionMonths: "24",
      leaveAtContractEnd: "30",
      label: "Overseas recruits",
    });
    const read = readDraft(form, base);
    expect(read).toMatchObject({ ok: true, cohorts: [overseas] });
  });

  it("leave blank fields out, so the kind's defaults apply", () => {
    expect(readCohortDraft(draft({ kind: "asye" }), "Cohort 1")).toEqual({
      month: "2026-06",
      fte: 1,
      kind: "asye",
    });
  });

  it("change the projection: a cohort's own turnover and a contract end take leavers", () => {
    const plain = project(base, [{ ...overseas, annualTurnover: 0, leaveAtContractEnd: 0 }], 36);
    const leaving = project(base, [overseas], 36);
    expect(leaving[35].inPostFte).toBeLessThan(plain[35].inPostFte);
  });

  it.each<[Partial<CohortDraft>, string]>([
    [
      { annualTurnover: "150" },
      "Cohort 2 annual turnover: enter a percentage from 0 to 100, or leave it blank.",
    ],
    [
      { annualTurnover: "-5" },
      "Cohort 2 annual turnover: enter a percentage from 0 to 100, or leave it blank.",
    ],
    [
      { annualTurnover: "lots" },
      "Cohort 2 annual turnover: enter a percentage from 0 to 100, or leave it blank.",
    ],
    [
      { retentionMonths: "24", leaveAtContractEnd: "101" },
      "Cohort 2 leaving at contract end: enter a percentage from 0 to 100, or leave it blank.",
    ],
    [
      { retentionMonths: "two years" },
      "Cohort 2 first contract months: enter a whole number, or leave it blank.",
    ],
    [{ retentionMonths: "0" }, "Cohort 2: retention months must be a whole number from 1 to 120."],
    [
      { retentionMonths: "18.5" },
      "Cohort 2: retention months must be a whole number from 1 to 120.",
    ],
    [
      { leaveAtContractEnd: "25" },
      "Cohort 2 leaving at contract end: give the first contract months too, or leave it blank.",
    ],
    [{ fte: "" }, "Cohort 2 FTE: enter a number."],
    [{ rampUpMonths: "soon" }, "Cohort 2 ramp-up months: enter a whole number."],
  ])("refuse %j naming the cohort and the field", (change, message) => {
    expect(readCohortDraft(draft(change), "Cohort 2")).toBe(message);
    const form = {
      ...draftFrom("Plan", base, [overseas]),
      cohorts: [draftFrom("Plan", base, [overseas]).cohorts[0], draft(change)],
    };
    expect(readDraft(form, base)).toEqual({ ok: false, message });
  });
});
