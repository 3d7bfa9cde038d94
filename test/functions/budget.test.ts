/**
 * WORKFORCE.BUDGET and WORKFORCE.PLANVSACTUAL as Excel calls them: looked up by id from the
 * generated metadata, given ranges (a single cell is 1×1, an omitted optional argument is null).
 */
import { loadRegistry, shown } from "./registry";
import type { CustomFunction } from "./registry";
import { BUDGET_HEADERS } from "../../src/core/planning";

let byId: Map<string, CustomFunction>;
beforeAll(async () => {
  ({ byId } = await loadRegistry());
});
const call = (id: string, ...args: unknown[]): unknown[][] => {
  const fn = byId.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  return fn(...args);
};
const shownMatrix = (result: unknown[][]) => result.map((row) => row.map(shown));
/** An error cell as its code and message, e.g. "#VALUE! years must be …". */
const errorText = (cell: unknown): string =>
  cell instanceof CustomFunctions.Error
    ? `${cell.code} ${cell.message ?? ""}`
    : String(shown(cell));

const assumptions: unknown[][] = [
  ["Assumption", "Value"], // a header row, as the scenario sheet has
  ["establishment_fte", 12],
  ["in_post_fte", 10],
  ["cases", 160],
  ["annual_turnover", 0],
  ["start_month", 46023], // 1 Jan 2026 as an Excel date
  ["Permanent salary per FTE (£)", 36000],
  ["On-cost rate", 0.3],
  ["Pay award", 0.04],
  ["annual_budget", 400000],
  ["Annual budget 2026/27", 480000],
];

describe("WORKFORCE.BUDGET", () => {
  it("spills a part year and a full year worked by hand", () => {
    const result = shownMatrix(call("BUDGET", assumptions.slice(1), null, [[2]]));
    expect(result[0]).toEqual([...BUDGET_HEADERS]);
    expect(result[1]).toEqual([
      "2025/26",
      3,
      90000,
      27000,
      0,
      117000,
      100000,
      17000,
      0,
      "part year: Jan 2026 to Mar 2026 (3 months), budget pro rata",
    ]);
    expect(result[2]).toEqual(["2026/27", 12, 374400, 112320, 0, 486720, 480000, 6720, 0, ""]);
  });

  it("defaults to three financial years and leaves the budget blank, with a note, without one", () => {
    const noBudget = assumptions.slice(1).filter((row) => !/budget/i.test(String(row[0])));
    const result = call("BUDGET", noBudget, null, null);
    expect(result.map((row) => shown(row[0]))).toEqual([
      "Financial year",
      "2025/26",
      "2026/27",
      "2027/28",
    ]);
    expect(result[1][6]).toBe("");
    expect(result[1][9]).toMatch(/no budget: add annual_budget or "annual_budget 2025\/26"/);
  });

  it.each([
    [[[0]], /years must be a whole number from 1 to 50 \(got 0\)/],
    [[[51]], /years must be a whole number from 1 to 50/],
    [[["three"]], /years/],
    [[[1], [2]], /years must be a single cell/],
  ])("refuses years %j", (years, message) => {
    const [[cell]] = call("BUDGET", assumptions.slice(1), null, years);
    expect(errorText(cell)).toMatch(/^#VALUE!/);
    expect(errorText(cell)).toMatch(message);
  });

  it("refuses contradictory costs naming both", () => {
    const both = [...assumptions.slice(1), ["permanent_cost_per_fte", 50000]];
    const [[cell]] = call("BUDGET", both, null, null);
    expect(errorText(cell)).toMatch(/permanent_salary_per_fte .* or permanent_cost_per_fte/);
  });
});

describe("WORKFORCE.PLANVSACTUAL", () => {
  const plan = [
    ["Approved plan: Baseline", "", ""],
    ["Month", "Vacancy FTE", "Cases"],
    ["2026-04", 10, 300],
    ["2026-05", 9, 310],
  ];
  const actuals = [
    ["Month", "Vacancy FTE", "Cases", "Recorded on"],
    ["2026-05", 11, "x", "2026-05-31"],
  ];

  it("compares month by month, skipping the plan's title row and leaving missing figures blank", () => {
    expect(shownMatrix(call("PLANVSACTUAL", plan, actuals))).toEqual([
      [
        "Month",
        "Vacancy FTE plan",
        "Vacancy FTE actual",
        "Vacancy FTE variance",
        "Cases plan",
        "Cases actual",
        "Cases variance",
      ],
      ["2026-04", 10, "", "", 300, "", ""],
      ["2026-05", 9, 11, 2, 310, "", ""],
    ]);
  });

  it("reads whole-column ranges at the cost of what they hold", () => {
    const column = [...actuals, ...Array.from({ length: 1_048_570 }, () => ["", "", "", ""])];
    expect(shownMatrix(call("PLANVSACTUAL", plan, column))).toHaveLength(3);
  });

  it.each([
    [null, actuals, /plan is required/],
    [plan, null, /actuals is required/],
    [
      plan,
      [
        ["Month", "Vacancy FTE"],
        ["2026-05", "lots"],
      ],
      /actuals row 2 "Vacancy FTE"/,
    ],
  ])("refuses bad tables", (planArg, actualsArg, message) => {
    const [[cell]] = call("PLANVSACTUAL", planArg, actualsArg);
    expect(errorText(cell)).toMatch(message);
  });
});
