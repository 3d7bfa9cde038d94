import {
  ASSUMPTION_NAMES,
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  assumptionsToPairs,
  parseAssumptions,
  validateAssumptions,
} from "../../../src/core/planning";
import { WorkforceError, isWorkforceError } from "../../../src/core/errors";

const minimal: unknown[][] = [
  ["establishment_fte", 60],
  ["in_post_fte", 47],
  ["cases", 800],
  ["start_month", "2021-11"],
];

function expectError(result: Assumptions | WorkforceError, pattern: RegExp): WorkforceError {
  expect(isWorkforceError(result)).toBe(true);
  const error = result as WorkforceError;
  expect(error.message).toMatch(pattern);
  return error;
}

describe("parseAssumptions", () => {
  it("reads the required names and takes documented defaults for the rest", () => {
    const parsed = parseAssumptions(minimal);
    expect(parsed).toEqual({
      ...DEFAULT_ASSUMPTIONS,
      establishmentFte: 60,
      inPostFte: 47,
      cases: 800,
      startMonth: "2021-11",
    });
  });

  it("matches names leniently: case, spaces, underscores, units", () => {
    const parsed = parseAssumptions([
      ["Establishment FTE", 60],
      ["IN-POST fte", 47],
      ["Open cases", 800],
      ["Start Month", 44531], // 1 Dec 2021 as an Excel date
      ["Annual turnover (%)", 0.15],
      ["Agency cost per FTE (£)", 80_000],
      ["agency policy", "Backfill"],
    ]);
    expect(isWorkforceError(parsed)).toBe(false);
    const assumptions = parsed as Assumptions;
    expect(assumptions.startMonth).toBe("2021-12");
    expect(assumptions.annualTurnover).toBe(0.15);
    expect(assumptions.agencyCostPerFte).toBe(80_000);
    expect(assumptions.agencyPolicy).toBe("backfill");
  });

  it("skips blank rows, ignores extra columns and treats a blank value as the default", () => {
    const parsed = parseAssumptions([
      ["establishment_fte", 60, "posts in the three teams"],
      [null, null, null],
      ["in_post_fte", 47, ""],
      ["cases", 800, ""],
      ["start_month", "Nov 2021", ""],
      ["absence_rate", "", "not known yet"],
    ]);
    expect((parsed as Assumptions).absenceRate).toBe(DEFAULT_ASSUMPTIONS.absenceRate);
  });

  it("reads a table laid out across two rows, names on top", () => {
    const across = [minimal.map((row) => row[0]), minimal.map((row) => row[1])];
    expect(parseAssumptions(across)).toEqual(parseAssumptions(minimal));
  });

  it("rejects unknown names, listing the known ones", () => {
    const error = expectError(
      parseAssumptions([...minimal, ["turnover rate pa", 0.1]]),
      /unknown name "turnover rate pa"/,
    );
    for (const name of ASSUMPTION_NAMES) expect(error.message).toContain(name);
    expect(error.kind).toBe("invalidValue");
  });

  it("names the missing required fields", () => {
    expectError(parseAssumptions([["cases", 800]]), /establishment_fte, in_post_fte, start_month/);
  });

  it.each([
    ["annual_turnover", 1.5, /annual_turnover .*at most 1/],
    ["annual_turnover", -0.1, /annual_turnover .*at least 0/],
    ["case_holding_share", 2, /case_holding_share/],
    ["establishment_fte", 2e6, /establishment_fte .*at most 1,000,000/],
    ["establishment_fte", 0, /establishment_fte .*greater than 0/],
    ["in_post_fte", "forty", /in_post_fte .*text "forty"/],
    ["cases", "800", /cases .*text "800"/],
    ["cases", true, /cases .*TRUE/],
    ["start_month", "someday", /start_month .*must be a month/],
    ["agency_policy", "sometimes", /agency_policy .*flat, release or backfill/],
    ["international_lead_months", 1.5, /whole number/],
    ["monthly_demand_growth", 3, /monthly_demand_growth/],
  ])("rejects %s = %p with a message naming it", (name, value, pattern) => {
    const table = minimal.filter((row) => row[0] !== name);
    expectError(parseAssumptions([...table, [name, value]]), pattern);
  });

  it("rejects duplicate names and non-text names, naming the rows", () => {
    expectError(parseAssumptions([...minimal, ["Cases", 5]]), /rows 3 and 5 both set cases/);
    expectError(parseAssumptions([...minimal, [42, 5]]), /row 5/);
  });

  it("rejects a one-column or empty range", () => {
    expectError(parseAssumptions([["establishment_fte"], ["cases"]]), /two columns/);
    expectError(parseAssumptions([]), /two-column/);
  });

  it("round-trips through assumptionsToPairs", () => {
    const parsed = parseAssumptions(minimal) as Assumptions;
    expect(parseAssumptions(assumptionsToPairs(parsed))).toEqual(parsed);
  });
});

describe("validateAssumptions", () => {
  const valid = parseAssumptions(minimal) as Assumptions;
  it("accepts parsed assumptions", () => {
    expect(validateAssumptions(valid)).toBeNull();
  });
  it("rejects objects built in code with bad values", () => {
    expect(validateAssumptions({ ...valid, absenceRate: Number.NaN })?.message).toMatch(
      /absence_rate/,
    );
    expect(validateAssumptions({ ...valid, startMonth: "2021-13" })?.message).toMatch(
      /start_month/,
    );
    expect(validateAssumptions({ ...valid, casesSeries: [1, -2] })?.message).toMatch(
      /casesSeries\[1\]/,
    );
  });
});
