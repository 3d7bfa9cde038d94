/**
 * The planning custom functions as Excel calls them: looked up by id from the generated metadata,
 * given ranges (a single cell is 1×1, an omitted optional argument is null).
 */
import fc from "fast-check";
import { loadRegistry, shown } from "./registry";
import type { CustomFunction } from "./registry";
import {
  PROJECTION_HEADERS,
  parseAssumptions,
  project,
  Assumptions,
} from "../../src/core/planning";

let byId: Map<string, CustomFunction>;
beforeAll(async () => {
  ({ byId } = await loadRegistry());
});
const call = (id: string, ...args: unknown[]): unknown[][] => {
  const fn = byId.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  return fn(...args);
};

const assumptions: unknown[][] = [
  ["establishment_fte", 60],
  ["in_post_fte", 47],
  ["agency_fte", 10],
  ["cases", 800],
  ["annual_turnover", 0.12],
  ["monthly_demand_growth", 0.01],
  ["absence_rate", 0.05],
  ["case_holding_share", 0.8],
  ["permanent_cost_per_fte", 48000],
  ["agency_cost_per_fte", 96000],
  ["start_month", 44501], // 1 Nov 2021 as an Excel date
  ["agency_policy", "release"],
];
const cohorts: unknown[][] = [
  ["Month", "FTE", "Kind", "Label"],
  ["2021-12", 21, "international", "Overseas recruits"],
];

/** Every cell is a finite number, text, or an Excel error with a reason. */
function expectExcelSafe(result: unknown[][]): void {
  expect(Array.isArray(result)).toBe(true);
  expect(result.length).toBeGreaterThan(0);
  const width = result[0].length;
  for (const row of result) {
    expect(row).toHaveLength(width);
    for (const cell of row) {
      if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      else if (cell instanceof CustomFunctions.Error) {
        const code: string = cell.code;
        if (code === "#VALUE!" || code === "#N/A")
          expect((cell.message ?? "").length).toBeGreaterThan(10);
      } else expect(typeof cell).toBe("string");
    }
  }
}

function singleError(result: unknown[][]): CustomFunctions.Error {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  const cell = result[0][0];
  expect(cell).toBeInstanceOf(CustomFunctions.Error);
  return cell as CustomFunctions.Error;
}

describe("WORKFORCE.PROJECT", () => {
  it("spills the header and one row a month, matching the core projection", () => {
    const result = call("PROJECT", assumptions, cohorts, [[12]]);
    expect(result[0]).toEqual(PROJECTION_HEADERS);
    expect(result).toHaveLength(13);
    const core = project(
      parseAssumptions(assumptions) as Assumptions,
      [{ month: "2021-12", fte: 21, kind: "international" }],
      12,
    );
    expect(result[1][0]).toBe("2021-11");
    expect(result[2][1]).toBeCloseTo(core[1].inPostFte, 12);
    expect(result[12][12]).toBeCloseTo(core[11].cumulativeCost, 6);
    expectExcelSafe(result);
  });

  it("follows a cases series (a column, trailing blanks ignored), then grows from its last value", () => {
    const result = call("PROJECT", assumptions, null, [[4]], [[900], [950], [null]]);
    expect(result.slice(1).map((row) => row[9])).toEqual([900, 950, 959.5, 969.095]); // 950 × 1.01, × 1.01
    expect(
      singleError(
        call(
          "PROJECT",
          assumptions,
          null,
          [[4]],
          [
            [900, 950],
            [1, 2],
          ],
        ),
      ).message,
    ).toMatch(/single row or column/);
    expect(
      singleError(call("PROJECT", assumptions, null, [[4]], [[900, null, 950]])).message,
    ).toMatch(/cases_series month 2 .*no gaps/);
    expect(singleError(call("PROJECT", assumptions, null, [[4]], [[900, -5]])).message).toMatch(
      /cases_series month 2/,
    );
  });

  it("defaults to 24 months without cohorts", () => {
    expect(call("PROJECT", assumptions, null, null)).toHaveLength(25);
  });

  it("reports bad input as one #VALUE! with a reason", () => {
    const error = singleError(call("PROJECT", [...assumptions, ["turnover pa", 0.1]], null, null));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/unknown name "turnover pa".*establishment_fte/);
    expect(singleError(call("PROJECT", assumptions, null, [[0]])).message).toMatch(
      /months must be a whole number from 1 to 600/,
    );
    expect(
      singleError(
        call(
          "PROJECT",
          assumptions,
          [
            ["month", "fte"],
            ["2022-01", -3],
          ],
          null,
        ),
      ).message,
    ).toMatch(/cohorts row 2/);
    expect(singleError(call("PROJECT", null, null, null)).message).toMatch(
      /assumptions is required/,
    );
  });

  it("spills #DIV/0! cells where caseload is undefined, not Infinity", () => {
    const result = call(
      "PROJECT",
      [...assumptions.filter((row) => row[0] !== "case_holding_share"), ["case_holding_share", 0]],
      null,
      [[3]],
    );
    expect(shown(result[1][10])).toBe("#DIV/0!");
    expectExcelSafe(result);
  });
});

describe("WORKFORCE.RECRUITSNEEDED", () => {
  it("gives extra FTE that meets the target while 0.1 less does not", () => {
    const result = call("RECRUITSNEEDED", assumptions, [[15]], [["2022-06"]], cohorts, null, [
      ["2022-01"],
    ]);
    const fte = result[0][0] as number;
    expect(typeof fte).toBe("number");
    expect(fte).toBeGreaterThan(0);
    const withExtra = (extra: number): unknown[][] =>
      call("PROJECT", assumptions, [...cohorts, ["2022-01", extra, "permanent", "extra"]], [[8]]);
    expect(withExtra(fte)[8][10]).toBeLessThanOrEqual(15); // June 2022 is the 8th month
    expect(withExtra(fte - 0.1)[8][10]).toBeGreaterThan(15);
  });

  it("is #N/A with a reason when impossible, #VALUE! for a bad measure", () => {
    const na = singleError(
      call("RECRUITSNEEDED", assumptions, [[15]], [["2021-10"]], null, null, null),
    );
    expect(na.code).toBe("#N/A");
    expect(na.message).toMatch(/before the recruits start/);
    expect(
      singleError(
        call("RECRUITSNEEDED", assumptions, [[15]], [["2022-06"]], null, [["speed"]], null),
      ).message,
    ).toMatch(/measure must be/);
  });
});

describe("WORKFORCE.MONTHSTOTARGET", () => {
  it("returns months after the start month", () => {
    const result = call("MONTHSTOTARGET", assumptions, [[0.05]], cohorts, [["vacancy_rate"]], null);
    expect(result).toEqual([[1]]); // the 21 arrive in December, month 1, filling every vacancy
  });
  it("is #N/A if never within the horizon", () => {
    expect(singleError(call("MONTHSTOTARGET", assumptions, [[2]], cohorts, null, [[6]])).code).toBe(
      "#N/A",
    );
  });
});

describe("WORKFORCE.PROJECTBANDS", () => {
  it("spills P10 ≤ P50 ≤ P90 and repeats for a seed", () => {
    const first = call("PROJECTBANDS", assumptions, cohorts, [[12]], [[200]], [[7]]);
    const again = call("PROJECTBANDS", assumptions, cohorts, [[12]], [[200]], [[7]]);
    const other = call("PROJECTBANDS", assumptions, cohorts, [[12]], [[200]], [[8]]);
    expect(first).toEqual(again);
    expect(first).not.toEqual(other);
    expect(first).toHaveLength(13);
    for (const row of first.slice(1)) {
      const [p10, p50, p90] = row.slice(1, 4) as number[];
      expect(p10).toBeLessThanOrEqual(p50);
      expect(p50).toBeLessThanOrEqual(p90);
    }
    expectExcelSafe(first);
  });
  it("rejects too many runs with a reason", () => {
    expect(
      singleError(call("PROJECTBANDS", assumptions, null, [[60]], [[1e6]], null)).message,
    ).toMatch(/runs must be a whole number from 1 to 50,000/);
  });
});

// ---- Property tests: any assumptions table, any arguments ----

const cellArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 100000 }),
  fc.constantFrom(
    null,
    "",
    "x",
    "text",
    "15%",
    "2021-12",
    "Dec 2021",
    true,
    false,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e308,
  ),
  fc.string({ maxLength: 12 }),
);
const nameArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "establishment_fte",
    "In post FTE",
    "agency_fte",
    "cases",
    "annual_turnover",
    "monthly_demand_growth",
    "absence_rate",
    "case_holding_share",
    "permanent_cost_per_fte",
    "agency_cost_per_fte",
    "start_month",
    "agency_policy",
    "international_lead_months",
    "bogus",
  ),
  cellArb,
);
const validBase: unknown[][] = [
  ["establishment_fte", 60],
  ["in_post_fte", 47],
  ["cases", 800],
  ["start_month", "2021-11"],
];
/** Tables near the valid one (so many parse) and arbitrary shapes. */
const tableArb: fc.Arbitrary<unknown[][]> = fc.oneof(
  fc
    .array(
      fc.tuple(nameArb, cellArb).map((pair) => [...pair]),
      { maxLength: 8 },
    )
    .map((extra) => [...validBase, ...extra]),
  fc
    .array(
      fc.tuple(nameArb, cellArb).map((pair) => [...pair]),
      { maxLength: 8 },
    )
    .chain((rows) => fc.subarray([...validBase, ...rows]).map((subset) => subset)),
  fc.array(fc.array(cellArb, { minLength: 0, maxLength: 4 }), { maxLength: 5 }),
);
const optionalArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  cellArb.map((cell) => [[cell]]),
  fc.array(fc.array(cellArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
);
const cohortsArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom("2021-12", "2022-06", 44600), cellArb),
        fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), cellArb),
        fc.constantFrom("permanent", "international", "asye", "agency", "other", null),
      ),
      { maxLength: 4 },
    )
    .map((rows) => [["month", "fte", "kind"], ...rows.map((row) => [...row])]),
  fc.array(fc.array(cellArb, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
);

/** A valid table with one field replaced by a bad value must give one #VALUE! naming that field. */
const badField: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(
    fc.constantFrom(
      "establishment_fte",
      "in_post_fte",
      "agency_fte",
      "cases",
      "permanent_cost_per_fte",
      "agency_cost_per_fte",
    ),
    fc.oneof(
      fc.double({ max: -1e-6, noNaN: true }),
      fc.double({ min: 1e8, noNaN: true }),
      fc.constantFrom("lots", "12", true, Number.NaN),
    ),
  ),
  fc.tuple(
    fc.constantFrom("annual_turnover", "absence_rate", "case_holding_share", "asye_caseload_share"),
    fc.oneof(
      fc.double({ max: -1e-6, noNaN: true }),
      fc.double({ min: 1.000001, noNaN: true }),
      fc.constantFrom("15%", false),
    ),
  ),
  fc.tuple(
    fc.constantFrom("international_lead_months", "permanent_ramp_up_months"),
    fc.constantFrom(1.5, -1, 121, "two"),
  ),
  fc.tuple(fc.constant("start_month"), fc.constantFrom("soon", "2021-13", true, -3, 0)),
  fc.tuple(fc.constant("agency_policy"), fc.constantFrom("sometimes", 3, true)),
);

describe("each bad assumption gets a clear Excel error naming it (property)", () => {
  it("PROJECT, RECRUITSNEEDED, MONTHSTOTARGET and PROJECTBANDS", () => {
    fc.assert(
      fc.property(badField, ([name, value]) => {
        const table = [...assumptions.filter((row) => row[0] !== name), [name, value]];
        for (const result of [
          call("PROJECT", table, null, null),
          call("RECRUITSNEEDED", table, [[16]], [["2022-06"]], null, null, null),
          call("MONTHSTOTARGET", table, [[16]], null, null, null),
          call("PROJECTBANDS", table, null, [[6]], [[10]], null),
        ]) {
          const error = singleError(result);
          expect(error.code).toBe("#VALUE!");
          expect(error.message).toContain(name);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("planning functions never throw or return NaN/Infinity (property)", () => {
  it("PROJECT", () => {
    fc.assert(
      fc.property(tableArb, cohortsArb, optionalArb, optionalArb, (table, plan, months, series) => {
        const result = call("PROJECT", table, plan, months, series);
        expectExcelSafe(result);
        if (result.length === 1) expect(result[0][0]).toBeInstanceOf(CustomFunctions.Error);
      }),
      { numRuns: 300 },
    );
  });

  it("RECRUITSNEEDED and MONTHSTOTARGET", () => {
    fc.assert(
      fc.property(
        tableArb,
        optionalArb,
        optionalArb,
        fc.constantFrom(null, [["caseload"]], [["vacancy_rate"]], [["x"]]),
        (table, target, month, measure) => {
          expectExcelSafe(
            call(
              "RECRUITSNEEDED",
              table,
              target ?? [[16]],
              month ?? [["2022-06"]],
              null,
              measure,
              null,
            ),
          );
          expectExcelSafe(call("MONTHSTOTARGET", table, target ?? [[16]], null, measure, [[12]]));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("PROJECTBANDS", () => {
    fc.assert(
      fc.property(
        tableArb,
        optionalArb,
        fc.oneof(fc.constant(null), fc.constant([[20]]), optionalArb),
        optionalArb,
        (table, months, runs, seed) => {
          const safeMonths =
            Array.isArray(months) &&
            typeof (months as unknown[][])[0]?.[0] === "number" &&
            (months as number[][])[0][0] > 120
              ? [[12]]
              : months;
          const safeRuns =
            Array.isArray(runs) &&
            typeof (runs as unknown[][])[0]?.[0] === "number" &&
            (runs as number[][])[0][0] > 200
              ? [[50]]
              : (runs ?? [[20]]);
          expectExcelSafe(call("PROJECTBANDS", table, null, safeMonths, safeRuns, seed));
        },
      ),
      { numRuns: 150 },
    );
  });
});
