/**
 * Cohorts outside the months a planning function covers, and numbers in a month column, as
 * Excel calls the functions (by id from the generated metadata). Issue 12 §4: a cohort before
 * the start month was dropped silently, and "6" in the month column was read as January 1900
 * and dropped. Now each gives an error naming the cohort's row in the range (or, for BUDGET's
 * later cohorts, a note in the last year) — see docs/planning.md, "Cohorts outside the horizon".
 */
import { loadRegistry, shown } from "./registry";
import type { CustomFunction } from "./registry";

let byId: Map<string, CustomFunction>;
beforeAll(async () => {
  ({ byId } = await loadRegistry());
});
const call = (id: string, ...args: unknown[]): unknown[][] => {
  const fn = byId.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  return fn(...args);
};

/** The one cell's error as "#CODE message"; fails when the result is not one error. */
function errorText(result: unknown[][]): string {
  expect(result).toHaveLength(1);
  const cell = result[0][0];
  expect(cell).toBeInstanceOf(CustomFunctions.Error);
  const error = cell as CustomFunctions.Error;
  return `${error.code} ${error.message ?? ""}`;
}

// A title-less range whose headers are not the sample's, with a blank row left in it.
const assumptions: unknown[][] = [
  ["Assumption", "Value"],
  ["establishment_fte", 60],
  ["in_post_fte", 47],
  ["agency_fte", 10],
  ["cases", 800],
  ["annual_turnover", 0.1],
  ["start_month", "2026-04"],
];
const cohortsWith = (...rows: unknown[][]): unknown[][] => [
  ["Start date", "Recruits", "Route", "Description"],
  ["2026-06", 5, "ASYE", "Academy, June"],
  [null, null, null, null],
  ...rows,
];

describe("a cohort before start_month", () => {
  const early = cohortsWith(["2026-01", 4, "permanent", "January hires"]);

  it.each([
    ["PROJECT", () => call("PROJECT", assumptions, early, [[24]], null)],
    ["PROJECTBANDS", () => call("PROJECTBANDS", assumptions, early, [[24]], [[50]], [[1]])],
    ["MONTHSTOTARGET", () => call("MONTHSTOTARGET", assumptions, [[16]], early, null, [[24]])],
    [
      "RECRUITSNEEDED",
      () => call("RECRUITSNEEDED", assumptions, [[16]], [["2027-03"]], early, null, null),
    ],
    ["BUDGET", () => call("BUDGET", assumptions, early, [[3]])],
  ])("%s refuses it with #VALUE!, naming its row and what to do", (_, run) => {
    const text = errorText(run());
    expect(text).toMatch(
      /^#VALUE! cohorts row 4: month 2026-01 is before start_month 2026-04, .*opening figures.*count them in in_post_fte.*move it to 2026-04 or later/,
    );
  });
});

describe("a cohort after the last month", () => {
  const late = cohortsWith(["2028-06", 4, "permanent", "Next round"]);

  it.each([
    ["PROJECT", () => call("PROJECT", assumptions, late, [[24]], null)],
    ["PROJECTBANDS", () => call("PROJECTBANDS", assumptions, late, [[24]], [[50]], [[1]])],
    ["MONTHSTOTARGET", () => call("MONTHSTOTARGET", assumptions, [[16]], late, null, [[24]])],
  ])("%s refuses it, naming the row, the last month and the remedy", (_, run) => {
    expect(errorText(run())).toMatch(
      /^#VALUE! cohorts row 4: month 2028-06 is after the projection's last month, 2028-03 \(24 months from 2026-04\)\. Project more months/,
    );
  });

  it("PROJECT over enough months takes it in", () => {
    const result = call("PROJECT", assumptions, late, [[27]], null);
    expect(result).toHaveLength(28);
    const starters = result.map((row) => row[2]);
    expect(starters[27]).toBeCloseTo(4, 9); // 2028-06, the 27th month
  });

  it("RECRUITSNEEDED answers: a cohort after by_month cannot change how many are needed by then", () => {
    const without = call("RECRUITSNEEDED", assumptions, [[16]], [["2027-03"]], cohortsWith());
    const withLate = call("RECRUITSNEEDED", assumptions, [[16]], [["2027-03"]], late);
    expect(typeof shown(withLate[0][0])).toBe("number");
    expect(withLate).toEqual(without);
  });

  it("BUDGET counts its years and names the later cohort in the last year's note", () => {
    const result = call("BUDGET", assumptions, late, [[2]]);
    const without = call("BUDGET", assumptions, cohortsWith(), [[2]]);
    expect(result).toHaveLength(3); // header, 2026/27, 2027/28
    const note = result[0].indexOf("Note");
    expect(result[2][note]).toMatch(
      /not counted, starting after Mar 2028: cohorts row 4 \(2028-06\); ask for more years/,
    );
    expect(result[1][note]).not.toMatch(/not counted/);
    const total = result[0].indexOf("Total cost");
    expect(result.map((row) => row[total])).toEqual(without.map((row) => row[total]));
    // Three years reach it: no note, and 2028/29 holds its cost.
    const longer = call("BUDGET", assumptions, late, [[3]]);
    expect(longer.flat().join(" ")).not.toMatch(/not counted/);
  });
});

describe("a number such as 6 in a month column is not read as a date in 1900", () => {
  it.each([[6], ["6"], [18], [2026], ["2026"], [9999]])(
    "PROJECT refuses %p in the cohorts' month column, saying how to write a month",
    (month) => {
      const text = errorText(
        call("PROJECT", assumptions, cohortsWith([month, 4, "permanent", "?"]), [[24]], null),
      );
      expect(text).toMatch(
        /^#VALUE! cohorts row 4: month must be a month, and .* is a number: a month number, a count of months or a year alone does not say which month\. Write the month as text such as "2026-06" or "Jun 2026", or an Excel date\./,
      );
    },
  );

  it("an Excel date serial is still a month", () => {
    // 46174 is 1 June 2026.
    const result = call(
      "PROJECT",
      assumptions,
      cohortsWith([46174, 4, "permanent", "as a date"]),
      [[3]],
      null,
    );
    expect(result[3][2]).toBeCloseTo(9, 9); // June: the academy's 5 and these 4
  });

  it("start_month and by_month say the same", () => {
    const early = assumptions.map((row) => (row[0] === "start_month" ? ["start_month", 6] : row));
    expect(errorText(call("PROJECT", early, null, [[24]], null))).toMatch(
      /^#VALUE! start_month .*must be a month, and 6 is a number/,
    );
    expect(
      errorText(call("RECRUITSNEEDED", assumptions, [[16]], [[12]], null, null, null)),
    ).toMatch(/^#VALUE! by_month must be a month, and 12 is a number/);
  });
});
