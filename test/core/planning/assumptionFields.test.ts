/** The assumption field specs: one definition that parsing, validation, defaults and the form share. */
import {
  ASSUMPTION_FIELDS,
  DEFAULT_ASSUMPTIONS,
  NUMBER_FIELDS,
  REQUIRED_ASSUMPTIONS,
  assumptionProblems,
  assumptionsToPairs,
  isOptionalField,
  normaliseName,
  parseAssumptions,
  validateAssumptions,
  type Assumptions,
} from "../../../src/core/planning";
import { isWorkforceError } from "../../../src/core/errors";

const valid: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  cases: 800,
  startMonth: "2021-11",
};

describe("assumption field specs", () => {
  it("give each field one name, one label and a unit; names and aliases never collide", () => {
    const keys = new Map<string, string>();
    for (const spec of ASSUMPTION_FIELDS) {
      expect(spec.label.trim()).not.toBe("");
      expect(spec.unit.trim()).not.toBe("");
      for (const spelling of [spec.name, ...(spec.aliases ?? [])]) {
        const key = normaliseName(spelling);
        expect(keys.get(key) ?? spec.name).toBe(spec.name);
        keys.set(key, spec.name);
      }
    }
    expect(new Set(ASSUMPTION_FIELDS.map((s) => s.label)).size).toBe(ASSUMPTION_FIELDS.length);
  });

  it("are required, defaulted or optional, and every default is within its own limits", () => {
    expect(REQUIRED_ASSUMPTIONS).toEqual([
      "establishment_fte",
      "in_post_fte",
      "cases",
      "start_month",
    ]);
    for (const spec of ASSUMPTION_FIELDS) {
      const hasDefault = "default" in spec && spec.default !== undefined;
      expect(
        [spec.required === true, hasDefault, isOptionalField(spec)].filter(Boolean),
      ).toHaveLength(1);
    }
    // The defaults are exactly the defaulted fields' defaults; the checks accept every one.
    expect(Object.keys(DEFAULT_ASSUMPTIONS).sort()).toEqual(
      ASSUMPTION_FIELDS.filter((s) => "default" in s && s.default !== undefined)
        .map((s) => s.key)
        .sort(),
    );
    expect(assumptionProblems(valid)).toEqual([]);
  });

  it("validation gives every problem as { field, message }, the message without the name", () => {
    const problems = assumptionProblems({
      ...valid,
      annualTurnover: 2,
      asyeProtectedMonths: 1.5,
      startMonth: "2021-13",
    });
    expect(problems).toEqual([
      {
        field: "annualTurnover",
        message: "must be at least 0 and at most 1 (a fraction, e.g. 0.12 for 12%); got 2.",
      },
      { field: "startMonth", message: 'must be a month such as "2021-12".' },
      { field: "asyeProtectedMonths", message: "must be a whole number of months; got 1.5." },
    ]);
    // The engine's message is the first problem with the field's sheet name in front.
    expect(validateAssumptions({ ...valid, annualTurnover: 2 })?.message).toBe(
      "annual_turnover must be at least 0 and at most 1 (a fraction, e.g. 0.12 for 12%); got 2.",
    );
  });

  it("leave an optional field out when it is not given, and check it when it is", () => {
    expect(isOptionalField(NUMBER_FIELDS.find((s) => s.key === "targetCaseload")!)).toBe(true);
    expect(assumptionProblems({ ...valid, targetCaseload: undefined })).toEqual([]);
    expect(assumptionProblems({ ...valid, targetCaseload: 0 })[0]?.field).toBe("targetCaseload");
    const pairs = assumptionsToPairs(valid);
    expect(pairs.map((p) => p[0])).not.toContain("target_caseload");
    expect(parseAssumptions(pairs)).toEqual(valid);
  });

  it("take each limit from the spec, in parsing as in validation", () => {
    for (const spec of NUMBER_FIELDS) {
      if (spec.max === undefined) continue;
      const over =
        spec.max + (spec.kind === "integer" ? 1 : spec.max === 0 ? 1 : Math.abs(spec.max));
      const table = assumptionsToPairs({ ...valid, [spec.key]: over });
      const parsed = parseAssumptions(table);
      expect(isWorkforceError(parsed) && parsed.message.startsWith(`${spec.name} `)).toBe(true);
      expect(assumptionProblems({ ...valid, [spec.key]: over })[0]?.field).toBe(spec.key);
      expect(assumptionProblems({ ...valid, [spec.key]: spec.max })).toEqual([]);
    }
  });
});
