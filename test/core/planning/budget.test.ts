import fc from "fast-check";
import {
  Assumptions,
  BUDGET_HEADERS,
  BudgetYear,
  DEFAULT_ASSUMPTIONS,
  budgetHorizon,
  budgetToMatrix,
  budgetYears,
  parseAssumptions,
  parseMonth,
  project,
  resolveMoney,
} from "../../../src/core/planning";
import { WorkforceError, isWorkforceError } from "../../../src/core/errors";

function years(result: BudgetYear[] | WorkforceError): BudgetYear[] {
  if (isWorkforceError(result)) throw new Error(result.message);
  return result;
}

const team: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 10,
  inPostFte: 8,
  agencyFte: 2,
  cases: 150,
  annualTurnover: 0,
  startMonth: "2026-04",
  permanentSalaryPerFte: 40_000,
  onCostRate: 0.25,
  agencyCostPerFte: 60_000,
  payAward: 0.03,
  annualBudget: 500_000,
};

describe("budgetYears: the worked example in budget.ts's doc comment", () => {
  const [first, second, third] = years(budgetYears(team, [], 3));

  it("2026/27 at the start month's pay", () => {
    expect(first.year).toBe("2026/27");
    expect(first.months).toBe(12);
    expect(first.partYear).toBe(false);
    expect(first.permanentSalary).toBeCloseTo(320_000, 6);
    expect(first.onCosts).toBeCloseTo(80_000, 6);
    expect(first.agencyCost).toBeCloseTo(120_000, 6);
    expect(first.totalCost).toBeCloseTo(520_000, 6);
    expect(first.budget).toBe(500_000);
    expect(first.variance).toBeCloseTo(20_000, 6);
    expect(first.agencyPremium).toBeCloseTo(20_000, 6);
    expect(first.note).toBe("");
  });

  it("2027/28 after one pay award", () => {
    expect(second.year).toBe("2027/28");
    expect(second.permanentSalary).toBeCloseTo(329_600, 6);
    expect(second.onCosts).toBeCloseTo(82_400, 6);
    expect(second.agencyCost).toBeCloseTo(120_000, 6);
    expect(second.totalCost).toBeCloseTo(532_000, 6);
    expect(second.variance).toBeCloseTo(32_000, 6);
    expect(second.agencyPremium).toBeCloseTo(17_000, 6);
  });

  it("2028/29 after two (compounded)", () => {
    expect(third.year).toBe("2028/29");
    expect(third.permanentSalary).toBeCloseTo(320_000 * 1.03 * 1.03, 6);
  });
});

describe("budgetYears: a part year, a pay award and on-costs worked by hand", () => {
  // January 2026 start: 2025/26 is January to March (3 months); the award lands in April 2026.
  const assumptions: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    establishmentFte: 12,
    inPostFte: 10,
    agencyFte: 0,
    cases: 160,
    annualTurnover: 0,
    startMonth: "2026-01",
    permanentSalaryPerFte: 36_000, // £3,000 a month
    onCostRate: 0.3, // £900 a month: £3,900 in all
    payAward: 0.04,
    annualBudget: 400_000,
    annualBudgetByYear: { "2026/27": 480_000 },
  };
  const [part, full] = years(budgetYears(assumptions, [], 2));

  it("2025/26: three months, budget pro rata", () => {
    expect(part.year).toBe("2025/26");
    expect(part.months).toBe(3);
    expect(part.partYear).toBe(true);
    expect(part.permanentSalary).toBeCloseTo(90_000, 6); // 10 × 3,000 × 3
    expect(part.onCosts).toBeCloseTo(27_000, 6); // 10 × 900 × 3
    expect(part.totalCost).toBeCloseTo(117_000, 6);
    expect(part.budget).toBeCloseTo(100_000, 6); // 400,000 × 3 ÷ 12
    expect(part.variance).toBeCloseTo(17_000, 6); // an overspend
    expect(part.note).toBe("part year: Jan 2026 to Mar 2026 (3 months), budget pro rata");
  });

  it("2026/27: twelve months at 4% more pay, against its own budget", () => {
    expect(full.months).toBe(12);
    expect(full.permanentSalary).toBeCloseTo(374_400, 6); // 10 × 36,000 × 1.04
    expect(full.onCosts).toBeCloseTo(112_320, 6); // × 0.3
    expect(full.totalCost).toBeCloseTo(486_720, 6);
    expect(full.budget).toBe(480_000); // the per-year row overrides annual_budget
    expect(full.variance).toBeCloseTo(6_720, 6);
  });
});

describe("agency costed by the hour, with a cap", () => {
  it("£45 an hour over a £40 cap costs 40 × 37 × 52 and says so", () => {
    const capped: Assumptions = {
      ...team,
      payAward: 0,
      agencyHourlyRate: 45,
      agencyHoursPerWeek: 37,
      agencyRateCap: 40,
    };
    expect(resolveMoney(capped).agencyCostPerFte).toBeCloseTo(76_960, 6);
    const [first] = years(budgetYears(capped, [], 1));
    expect(first.agencyCost).toBeCloseTo(2 * 76_960, 6);
    expect(first.agencyPremium).toBeCloseTo(2 * (76_960 - 50_000), 6);
    expect(first.note).toMatch(/£40\.00 an hour cap .*£45\.00 .*DCS/);
  });

  it("an annual agency cost below the cap is kept exactly", () => {
    const money = resolveMoney({ ...team, agencyRateCap: 100 });
    expect(money.agencyCostPerFte).toBe(60_000);
    expect(money.agencyAboveCap).toBe(false);
  });

  it("the all-in permanent cost is split by on_cost_rate when no salary is given", () => {
    const money = resolveMoney({
      ...DEFAULT_ASSUMPTIONS,
      permanentCostPerFte: 52_000,
      onCostRate: 0.3,
    });
    expect(money.salaryPerFte).toBeCloseTo(40_000, 9);
    expect(money.permanentCostPerFte).toBe(52_000);
  });
});

describe("Done when: pay_award 0, on_cost_rate 0 and no turnover", () => {
  it("each full year's total is 12 × the monthly cost, and every year adds up", () => {
    fc.assert(
      fc.property(
        fc.record({
          establishment: fc.integer({ min: 1, max: 500 }),
          inPost: fc.integer({ min: 0, max: 500 }),
          agency: fc.integer({ min: 0, max: 100 }),
          salary: fc.integer({ min: 0, max: 100_000 }),
          agencyCost: fc.integer({ min: 0, max: 200_000 }),
          startMonth: fc.integer({ min: 0, max: 11 }),
          years: fc.integer({ min: 1, max: 6 }),
          policy: fc.constantFrom("flat" as const, "release" as const, "backfill" as const),
        }),
        (input) => {
          const assumptions: Assumptions = {
            ...DEFAULT_ASSUMPTIONS,
            establishmentFte: input.establishment,
            inPostFte: input.inPost,
            agencyFte: input.agency,
            cases: 100,
            annualTurnover: 0,
            payAward: 0,
            onCostRate: 0,
            permanentSalaryPerFte: input.salary,
            agencyCostPerFte: input.agencyCost,
            agencyPolicy: input.policy,
            startMonth: `2027-${String(input.startMonth + 1).padStart(2, "0")}`,
          };
          const result = years(budgetYears(assumptions, [], input.years));
          expect(result).toHaveLength(input.years);
          const monthly = project(assumptions, [], 1)[0].monthlyCost;
          // Each figure is to the penny: within a penny of the exact sum.
          const withinAPenny = (a: number, b: number) =>
            expect(Math.abs(a - b)).toBeLessThanOrEqual(0.01 + 1e-9);
          for (const year of result) {
            expect(year.onCosts).toBe(0);
            withinAPenny(year.permanentSalary + year.onCosts + year.agencyCost, year.totalCost);
            if (!year.partYear) withinAPenny(year.totalCost, 12 * monthly);
            else withinAPenny(year.totalCost, year.months * monthly);
          }
        },
      ),
    );
  });

  it("with cohorts and turnover, each year is the sum of the projection's months in it", () => {
    const assumptions: Assumptions = { ...team, annualTurnover: 0.15, startMonth: "2026-09" };
    const cohorts = [{ month: "2027-01", fte: 3, kind: "asye" as const }];
    const result = years(budgetYears(assumptions, cohorts, 3));
    const start = parseMonth("2026-09") ?? 0;
    const rows = project(assumptions, cohorts, budgetHorizon(start, 3));
    expect(rows).toHaveLength(7 + 24); // Sep 2026 to Mar 2029
    const sums = [rows.slice(0, 7), rows.slice(7, 19), rows.slice(19)].map((months) =>
      months.reduce((sum, row) => sum + row.monthlyCost, 0),
    );
    result.forEach((year, i) =>
      expect(Math.abs(year.totalCost - sums[i])).toBeLessThanOrEqual(0.01),
    );
    expect(result.map((year) => year.months)).toEqual([7, 12, 12]);
  });
});

describe("budgetToMatrix and bad input", () => {
  it("spills headers, and blanks with a note where no budget is given (missing, never 0)", () => {
    const withoutBudget: Assumptions = { ...team, annualBudget: undefined };
    const matrix = budgetToMatrix(years(budgetYears(withoutBudget, [], 2)));
    expect(matrix[0]).toEqual([...BUDGET_HEADERS]);
    expect(matrix).toHaveLength(3);
    expect(matrix[1].slice(6, 8)).toEqual(["", ""]);
    expect(matrix[1][9]).toBe('no budget: add annual_budget or "annual_budget 2026/27"');
  });

  it("refuses a years count outside 1 … 50", () => {
    for (const bad of [0, 51, 2.5, Number.NaN]) {
      const result = budgetYears(team, [], bad);
      expect(isWorkforceError(result) && result.message).toMatch(/years must be a whole number/);
    }
    expect(years(budgetYears({ ...team, startMonth: "2026-05" }, [], 50))).toHaveLength(50);
  });
});

describe("parseAssumptions: the money names", () => {
  const base = [
    ["establishment_fte", 10],
    ["in_post_fte", 8],
    ["cases", 100],
    ["start_month", "2026-04"],
  ];

  it("reads pay, on-costs, budgets by year in any spelling, and agency by the hour", () => {
    const parsed = parseAssumptions([
      ...base,
      ["Pay award", 0.03],
      ["On-cost rate", 0.28],
      ["Permanent salary per FTE", 41_000],
      ["Annual budget", 5_000_000],
      ["Annual budget 2027/28", 5_200_000],
      ["budget 2028-2029", 5_400_000],
      ["Agency hourly rate (£)", 42],
      ["Agency hours per week", 36],
      ["Agency rate cap", 40],
    ]);
    if (isWorkforceError(parsed)) throw new Error(parsed.message);
    expect(parsed.payAward).toBe(0.03);
    expect(parsed.onCostRate).toBe(0.28);
    expect(parsed.permanentSalaryPerFte).toBe(41_000);
    expect(parsed.annualBudget).toBe(5_000_000);
    expect(parsed.annualBudgetByYear).toEqual({ "2027/28": 5_200_000, "2028/29": 5_400_000 });
    expect(parsed.agencyHourlyRate).toBe(42);
    expect(parsed.agencyRateCap).toBe(40);
  });

  it.each([
    [
      [
        ["permanent_salary_per_fte", 40_000],
        ["permanent_cost_per_fte", 52_000],
      ],
      /not both/,
    ],
    [
      [
        ["agency_hourly_rate", 40],
        ["agency_cost_per_fte", 80_000],
      ],
      /not both/,
    ],
    [
      [
        ["annual_budget 2026/27", 1],
        ["Budget 2026-27", 2],
      ],
      /2026\/27's budget twice/,
    ],
    [[["annual_budget 2026/28", 1]], /unknown name "annual_budget 2026\/28"/],
    [[["annual_budget 2026/27", "lots"]], /annual_budget 2026\/27 \(assumptions row 5\)/],
    [[["on_cost_rate", -0.1]], /on_cost_rate must be at least 0/],
    [[["agency_hours_per_week", 0]], /agency_hours_per_week must be greater than 0/],
  ])("refuses %j", (rows, message) => {
    const parsed = parseAssumptions([...base, ...rows]);
    expect(isWorkforceError(parsed) && parsed.message).toMatch(message);
  });

  it("a scenario saved before the money names existed projects as before", () => {
    const old: Assumptions = {
      ...DEFAULT_ASSUMPTIONS,
      establishmentFte: 10,
      inPostFte: 8,
      cases: 100,
      startMonth: "2026-04",
    };
    const row = project(old, [], 1)[0];
    expect(row.monthlyCost).toBeCloseTo((row.inPostFte * 55_000 + 0) / 12, 6);
  });
});
