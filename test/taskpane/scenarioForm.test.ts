/** The scenario form is derived from the core field specs: its fields, limits and messages. */
import {
  ASSUMPTION_FIELDS,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_PROJECTION_MONTHS,
  MAX_PROJECTION_MONTHS,
  type Assumptions,
} from "../../src/core/planning";
import { draftFrom, FORM_FIELDS, readDraft } from "../../src/taskpane/scenarioForm";

const base: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  cases: 800,
  startMonth: "2026-04",
  targetCaseload: 16,
};

describe("scenario form", () => {
  it("shows every number field the specs put in the form, percentages as percentages", () => {
    expect(FORM_FIELDS.map((f) => f.key)).toEqual(
      ASSUMPTION_FIELDS.filter(
        (s) => (s.kind === "number" || s.kind === "integer") && s.inForm !== false,
      ).map((s) => s.key),
    );
    const draft = draftFrom("Plan", base, []);
    expect(draft.months).toBe(String(DEFAULT_PROJECTION_MONTHS));
    expect(draft.values.annualTurnover).toBe("12");
    expect(draft.values.establishmentFte).toBe("60");
    expect(draft.values.targetCaseload).toBeUndefined();
  });

  it("reads back what it shows", () => {
    const result = readDraft(draftFrom("Plan", base, []), base);
    expect(result).toEqual({ ok: true, name: "Plan", months: 24, assumptions: base, cohorts: [] });
  });

  it("takes the engine's limit on months, not a form-only one", () => {
    const draft = { ...draftFrom("Plan", base, []), months: String(MAX_PROJECTION_MONTHS) };
    expect(readDraft(draft, base).ok).toBe(true);
    expect(readDraft({ ...draft, months: String(MAX_PROJECTION_MONTHS + 1) }, base)).toEqual({
      ok: false,
      message: `Months to project: enter a whole number from 1 to ${MAX_PROJECTION_MONTHS}.`,
    });
  });

  it("names the field at fault by its label, from the problem's field", () => {
    const draft = draftFrom("Plan", base, []);
    const bad = (key: string, value: string) =>
      readDraft({ ...draft, values: { ...draft.values, [key]: value } }, base);
    expect(bad("asyeProtectedMonths", "1.5")).toEqual({
      ok: false,
      message: "ASYE protected months: must be a whole number of months; got 1.5.",
    });
    expect(bad("inPostFte", "")).toEqual({
      ok: false,
      message: "Permanent in post (FTE): enter a number.",
    });
    const zero = bad("establishmentFte", "0");
    expect(zero.ok || zero.message).toMatch(
      /^Establishment \(funded posts, FTE\): must be greater than 0/,
    );
  });
});
