/**
 * Hostile inputs: whole-column ranges. Excel passes `A:A` as 1,048,576 rows; every custom function
 * must give the result it gives over the used rows (one element per row stops where the data does)
 * and never "Maximum call stack size exceeded". Functions are looked up by id, as Excel does.
 */
import { loadRegistry } from "../functions/registry";
import type { FunctionMetadata } from "../functions/registry";
import {
  ASSUMPTIONS as assumptions,
  caller,
  censusTable,
  COHORTS as cohorts,
  plain,
  STAFFING as staffing,
  wholeColumn,
} from "../support/bigRanges";

let call: ReturnType<typeof caller>;
let metadata: FunctionMetadata[];
beforeAll(async () => {
  const registry = await loadRegistry();
  metadata = registry.metadata;
  call = caller(registry.byId);
});

const vacancies = [[3], [0], ["x"], [12.5], [1]];
const inPost = [[17], [20], [5], [37.5], [0]];

describe("element-wise functions over whole columns", () => {
  const pairs: [string, unknown[][], unknown[][]][] = [
    ["VACANCYRATE", vacancies, inPost],
    ["AGENCYRATE", vacancies, inPost],
    ["TURNOVERRATE", vacancies, inPost],
    ["ABSENCERATE", vacancies, inPost],
    ["CASELOAD", vacancies, inPost],
    ["AGENCYCOVERRATE", vacancies, inPost],
    ["VACANCYCOVERRATE", vacancies, inPost],
    ["SICKNESSDAYS", vacancies, inPost],
  ];
  it.each(pairs)("%s(A:A, B:B) is its result over the used rows", (id, a, b) => {
    const used = plain(call(id, a, b));
    const whole = plain(call(id, wholeColumn(a), wholeColumn(b)));
    expect(whole).toEqual(used);
    expect(whole).toHaveLength(5);
  });

  it("a whole column against a scalar stops where the column's data does", () => {
    expect(plain(call("FTENEEDED", wholeColumn([[480], [320]]), [[16]], null))).toEqual([
      [30],
      [20],
    ]);
    expect(plain(call("RAG", wholeColumn([[0.3], [0.1]]), [["vacancy rate"]]))).toEqual([
      ["Red"],
      ["Green"],
    ]);
    const benchmark = plain(call("BENCHMARK", wholeColumn([["vacancy rate"]]), [["England"]]));
    expect(benchmark).toHaveLength(1);
    expect(typeof benchmark[0][0]).toBe("number");
  });

  it("blank rows inside the data keep their #N/A; only the empty rest of the column goes", () => {
    const a = [[1], [null], [2]];
    const b = [[3], [4], [null]];
    expect(plain(call("VACANCYRATE", wholeColumn(a), wholeColumn(b)))).toEqual([
      [0.25],
      ["#N/A"],
      ["#N/A"],
    ]);
  });

  it("an empty whole column is one blank element, as a blank cell is", () => {
    expect(plain(call("VACANCYRATE", wholeColumn([[null]]), [[5]]))).toEqual([["#N/A"]]);
  });

  it("a range of ordinary height keeps its trailing blank rows (the user chose those rows)", () => {
    const result = plain(call("VACANCYRATE", [[1], [null]], [[3], [null]]));
    expect(result).toEqual([[0.25], ["#N/A"]]);
  });

  it("200,000 filled rows give 200,000 results", () => {
    const rows = 200_000;
    const a = Array.from({ length: rows }, (_, r) => [r % 7]);
    const b = Array.from({ length: rows }, (_, r) => [10 + (r % 13)]);
    const result = call("VACANCYRATE", wholeColumn(a), wholeColumn(b));
    expect(result).toHaveLength(rows);
    expect(result[rows - 1][0]).toBeCloseTo(
      ((rows - 1) % 7) / (((rows - 1) % 7) + 10 + ((rows - 1) % 13)),
    );
  });
});

describe("table functions over whole columns", () => {
  it("SUMMARY(A:E) is SUMMARY over the used rows", () => {
    expect(plain(call("SUMMARY", wholeColumn(staffing), null, null))).toEqual(
      plain(call("SUMMARY", staffing, null, null)),
    );
  });

  const planning: [string, unknown[]][] = [
    ["PROJECT", [assumptions, cohorts, [[36]], null]],
    ["RECRUITSNEEDED", [assumptions, [[16]], [["2023-06"]], cohorts, null, null]],
    ["MONTHSTOTARGET", [assumptions, [[18]], cohorts, null, [[60]]]],
    ["PROJECTBANDS", [assumptions, cohorts, [[24]], [[200]], [[7]]]],
  ];
  it.each(planning)(
    "%s over whole-column assumptions and cohorts is its used-rows result",
    (id, args) => {
      const whole = args.map((arg, i) =>
        (i === 0 || arg === cohorts) && Array.isArray(arg) ? wholeColumn(arg as unknown[][]) : arg,
      );
      const expected = plain(call(id, ...args));
      expect(plain(call(id, ...whole))).toEqual(expected);
      expect(JSON.stringify(expected)).not.toMatch(/unexpected error/);
    },
  );

  it.each([
    ["CENSUS", [[[99.68], [75.82]], [["2022-09-30"]]]],
    ["CENSUSPROFILE", [null, [["2022-09-30"]]]],
  ])("%s over a whole-column worker table is its used-rows result", (id, rest) => {
    const workers = censusTable();
    const expected = plain(call(id, workers, ...rest));
    expect(expected.length).toBeGreaterThan(1);
    expect(plain(call(id, wholeColumn(workers), ...rest))).toEqual(expected);
  });

  it("PROJECT's cases_series may be a whole column", () => {
    const series = [[800], [810], [820]];
    const expected = plain(call("PROJECT", assumptions, null, [[6]], series));
    expect(plain(call("PROJECT", assumptions, null, [[6]], wholeColumn(series)))).toEqual(expected);
  });
});

describe("every registered function", () => {
  it("answers (a value or an Excel error with a reason) when every argument is a whole column", () => {
    const filled = wholeColumn([[1], [2]]);
    for (const fn of metadata) {
      const args = fn.parameters.map(() => filled);
      const result = call(fn.id, ...args);
      expect(Array.isArray(result) && result.length > 0).toBe(true);
      // A stack overflow surfaces through guard() as "unexpected error … call stack".
      for (const row of result.slice(0, 5)) {
        for (const cell of row) {
          if (cell instanceof CustomFunctions.Error) {
            expect(`${fn.id}: ${cell.message ?? ""}`).not.toMatch(/unexpected error|call stack/i);
          }
        }
      }
    }
  });
});
