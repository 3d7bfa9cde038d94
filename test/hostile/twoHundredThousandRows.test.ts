/**
 * Hostile inputs: 200,000 filled rows, as a whole-council extract brings them. Every custom
 * function gives its normal result: element-wise functions one result per row, each what the
 * function gives for that row alone; table functions over a small table repeated to 200,000 rows
 * give its counts that many times over and the same rates; planning functions over 200,000-row
 * ranges give their used-rows result, or refuse with the limit when asked for too much. How long
 * each takes is measured in `npm run bench`, never timed here.
 */
import { CENSUS_RATE_COLUMNS, WORKER_ITEMS, type CensusColumn } from "../../src/core/census";
import { loadRegistry, type FunctionMetadata } from "../functions/registry";
import {
  ACTUALS,
  ASSUMPTIONS,
  caller,
  censusTable,
  COHORTS,
  PLAN,
  plain,
  repeated,
  STAFFING,
} from "../support/bigRanges";

const ROWS = 200_000;
let call: ReturnType<typeof caller>;
let metadata: FunctionMetadata[];
beforeAll(async () => {
  const registry = await loadRegistry();
  metadata = registry.metadata;
  call = caller(registry.byId);
});

/** Every id this file calls, to check no registered function is left out. */
const covered = new Set<string>();
const callCovered = (id: string, ...args: unknown[]) => {
  covered.add(id);
  return call(id, ...args);
};

/** A column of ROWS rows whose row r holds cell(r). */
const column = (cell: (r: number) => unknown): unknown[][] =>
  Array.from({ length: ROWS }, (_, r) => [cell(r)]);

/** Each number within a relative 1e-9 of its expected value; anything else equal. */
function expectClose(actual: unknown[][], expected: unknown[][], where: string): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, r) =>
    row.forEach((cell, c) => {
      const want = expected[r][c];
      const at = `${where} row ${r + 1}, column ${c + 1}`;
      if (typeof cell === "number" && typeof want === "number") {
        const close = Math.abs(cell - want) <= 1e-9 * Math.max(1, Math.abs(want));
        expect([at, cell, close]).toEqual([at, cell, true]);
      } else {
        expect([at, cell]).toEqual([at, want]);
      }
    }),
  );
}

/**
 * `big`, from a table repeated `copies` times, against `small` from the table once: counts
 * `copies` times over, rates (where `isRate(header)`) the same.
 */
function expectScaled(
  big: unknown[][],
  small: unknown[][],
  copies: number,
  isRate: (header: string) => boolean,
): void {
  const headers = small[0].map(String);
  const scaled = small.map((row, r) =>
    r === 0
      ? row
      : row.map((cell, c) =>
          typeof cell === "number" && !isRate(headers[c]) ? cell * copies : cell,
        ),
  );
  expectClose(big, scaled, "scaled");
}

describe("element-wise functions over 200,000 filled rows", () => {
  // Inputs that repeat every few rows, so each row's result can be checked against the
  // function over that row alone without 200,000 separate calls.
  const first = column((r) => (r % 101 === 100 ? "x" : r % 7));
  const second = column((r) => 10 + (r % 13));
  const pairs = [
    "VACANCYRATE",
    "AGENCYRATE",
    "TURNOVERRATE",
    "ABSENCERATE",
    "CASELOAD",
    "AGENCYCOVERRATE",
    "VACANCYCOVERRATE",
    "SICKNESSDAYS",
  ];

  /** Each row's result is the function over that row's cells alone. */
  function expectRowByRow(
    result: unknown[][],
    rows: unknown[][][],
    one: (r: number) => unknown[][],
  ) {
    expect(result).toHaveLength(ROWS);
    const alone = new Map<string, unknown>();
    for (let r = 0; r < ROWS; r++) {
      const key = JSON.stringify(rows.map((arg) => arg[r]));
      if (!alone.has(key)) alone.set(key, plain(one(r))[0][0]);
      if (plain([result[r]])[0][0] !== alone.get(key)) {
        expect([r + 1, plain([result[r]])[0]]).toEqual([r + 1, [alone.get(key)]]);
      }
    }
    // Real results that differ from row to row, not one error throughout.
    const results = new Set(alone.values());
    expect(results.size).toBeGreaterThan(1);
    expect(
      [...results].some((v) => typeof v === "number" || /^(Red|Amber|Green)$/.test(String(v))),
    ).toBe(true);
  }

  it.each(pairs)("%s gives one result per row, each its row's own", (id) => {
    const result = callCovered(id, first, second);
    expectRowByRow(result, [first, second], (r) => call(id, [first[r]], [second[r]]));
  });

  it("FTENEEDED, RAG and BENCHMARK give one result per row, each its row's own", () => {
    const cases = column((r) => 100 + (r % 17) * 20);
    expectRowByRow(callCovered("FTENEEDED", cases, [[16]], null), [cases], (r) =>
      call("FTENEEDED", [cases[r]], [[16]], null),
    );
    const rates = column((r) => (r % 50) / 100);
    expectRowByRow(callCovered("RAG", rates, [["vacancy rate"]]), [rates], (r) =>
      call("RAG", [rates[r]], [["vacancy rate"]]),
    );
    const measures = ["vacancy rate", "agency rate", "turnover rate", "caseload"];
    const names = column((r) => measures[r % measures.length]);
    expectRowByRow(callCovered("BENCHMARK", names, [["England"]]), [names], (r) =>
      call("BENCHMARK", [names[r]], [["England"]]),
    );
  });
});

describe("table functions over 200,000 rows", () => {
  it("SUMMARY over a staffing table repeated to 200,000 posts: FTE and cases 50,000 times over, the same rates", () => {
    const copies = ROWS / (STAFFING.length - 1);
    const big = repeated(STAFFING, copies, (row, copy) => [
      row[0],
      `${row[1] as string}-${copy}`,
      ...row.slice(2),
    ]);
    expect(big).toHaveLength(ROWS + 1);
    expectScaled(
      plain(callCovered("SUMMARY", big, null, null)),
      plain(call("SUMMARY", STAFFING, null, null)),
      copies,
      (header) => /rate|^Caseload$|per FTE/i.test(header),
    );
  });

  describe("a census return of 200,010 workers (the sample's 30, each copy with SWE numbers of its own)", () => {
    const sample = censusTable();
    const copies = Math.ceil(ROWS / (sample.length - 1));
    const swe = WORKER_ITEMS.indexOf("SWENo");
    const big = repeated(sample, copies, (row, copy) =>
      // Still two letters and digits, as Social Work England numbers are.
      row.map((cell, c) =>
        c === swe && cell !== null ? `${cell as string}${String(copy).padStart(5, "0")}` : cell,
      ),
    );
    const date = [["2022-09-30"]];

    it("CENSUS: the indicators' counts that many times over and the same rates", () => {
      expect(big.length - 1).toBeGreaterThanOrEqual(ROWS);
      const vacancies = (times: number) => [[99.68 * times], [75.82 * times]];
      const small = plain(call("CENSUS", sample, vacancies(1), date));
      expectScaled(
        plain(callCovered("CENSUS", big, vacancies(copies), date)).slice(0, 2),
        small.slice(0, 2),
        copies,
        (header) =>
          header === "time_period" ||
          header === "caseload_fte" ||
          CENSUS_RATE_COLUMNS.has(header as CensusColumn),
      );
    });

    it("CENSUSPROFILE: headcounts and FTE that many times over and the same shares", () => {
      // The notes under the figures count the checks' findings, so they differ: figures only.
      const figures = (result: unknown[][]) =>
        plain(result).filter((row) => !/^(Checks|Reference date)/.test(String(row[0])));
      expectScaled(
        figures(callCovered("CENSUSPROFILE", big, null, date)),
        figures(call("CENSUSPROFILE", sample, null, date)),
        copies,
        (header) => !/^(headcount|fte)$/.test(header),
      );
    });
  });
});

describe("planning functions over 200,000-row ranges", () => {
  /** `used` rows, then blank rows to ROWS rows: a range such as A1:B200000 over a short table. */
  const tall = (used: unknown[][]) => [
    ...used,
    ...Array.from({ length: ROWS - used.length }, () => used[0].map(() => null)),
  ];
  const planning: [string, unknown[]][] = [
    ["PROJECT", [ASSUMPTIONS, COHORTS, [[36]], null]],
    ["RECRUITSNEEDED", [ASSUMPTIONS, [[16]], [["2023-06"]], COHORTS, null, null]],
    ["MONTHSTOTARGET", [ASSUMPTIONS, [[18]], COHORTS, null, [[60]]]],
    ["PROJECTBANDS", [ASSUMPTIONS, COHORTS, [[24]], [[200]], [[7]]]],
    ["BUDGET", [ASSUMPTIONS, COHORTS, [[3]]]],
  ];
  it.each(planning)(
    "%s over 200,000-row assumption and cohort ranges is its used-rows result",
    (id, args) => {
      const expected = plain(call(id, ...args));
      expect(JSON.stringify(expected)).not.toMatch(/#VALUE!|#N\/A/);
      const big = args.map((arg) =>
        arg === ASSUMPTIONS || arg === COHORTS ? tall(arg as unknown[][]) : arg,
      );
      expect(plain(callCovered(id, ...big))).toEqual(expected);
    },
  );

  it("PLANVSACTUAL over 200,000-row plan and actuals ranges is its used-rows result", () => {
    const expected = plain(call("PLANVSACTUAL", PLAN, ACTUALS));
    expect(JSON.stringify(expected)).not.toMatch(/#VALUE!|#N\/A/);
    expect(plain(callCovered("PLANVSACTUAL", tall(PLAN), tall(ACTUALS)))).toEqual(expected);
  });

  it("200,000 filled cohort rows are refused with the limit, not worked through", () => {
    const cohorts = repeated(COHORTS, ROWS / 2);
    const [[answer]] = call("PROJECT", ASSUMPTIONS, cohorts, [[36]], null);
    expect(answer).toBeInstanceOf(CustomFunctions.Error);
    expect((answer as CustomFunctions.Error).message).toMatch(
      /200,000 cohorts is more than the 10,000 one plan may hold/,
    );
  });
});

// Last, so it sees every call above: a function added later without a case here fails it.
describe("coverage", () => {
  it("every registered function was called over 200,000 rows above", () => {
    expect(metadata.map((fn) => fn.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
