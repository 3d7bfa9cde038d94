import fc from "fast-check";
import {
  Assumptions,
  Cohort,
  DEFAULT_ASSUMPTIONS,
  PROJECTION_HEADERS,
  ProjectionRow,
  newcomerFactors,
  project,
  projectionToMatrix,
} from "../../../src/core/planning";
import { isWorkforceError } from "../../../src/core/errors";

/**
 * Buckinghamshire's Assessment teams, November 2021 (seeds/001): 13 empty seats across three
 * teams, 21 overseas social workers arriving by 1 December, agency staff being secured. The
 * establishment, agency, cases and cost figures are illustrative round numbers.
 */
const assessment: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47, // 60 − 13 vacancies
  agencyFte: 10,
  cases: 800,
  annualTurnover: 0.12, // 1 % of in post leave each month
  monthlyDemandGrowth: 0.01,
  absenceRate: 0.05,
  caseHoldingShare: 0.8, // capacity multiplier 0.8 × 0.95 = 0.76
  permanentCostPerFte: 48_000, // £4,000 a month
  agencyCostPerFte: 96_000, // £8,000 a month
  startMonth: "2021-11",
  agencyPolicy: "release",
};
const overseas: Cohort[] = [
  { month: "2021-12", fte: 21, kind: "international", label: "Overseas recruits" },
];

describe("project: the seeds' Assessment-team scenario worked by hand", () => {
  const rows = project(assessment, overseas, 8);

  it("November 2021: 1 % leave, 13.47 vacancies, agency 10", () => {
    const nov = rows[0];
    expect(nov.month).toBe("2021-11");
    expect(nov.leavers).toBeCloseTo(0.47, 10); // 47 × 0.12 / 12
    expect(nov.inPostFte).toBeCloseTo(46.53, 10); // 47 − 0.47
    expect(nov.vacancyFte).toBeCloseTo(13.47, 10); // 60 − 46.53
    expect(nov.vacancyRate).toBeCloseTo(0.2245, 10); // 13.47 / (13.47 + 46.53) = 13.47 / 60
    expect(nov.agencyFte).toBe(10);
    expect(nov.agencyRate).toBeCloseTo(10 / 56.53, 10);
    expect(nov.effectiveCaseHoldingFte).toBeCloseTo(42.9628, 10); // (46.53 + 10) × 0.76
    expect(nov.cases).toBeCloseTo(808, 10); // 800 × 1.01
    expect(nov.caseloadPerWorker).toBeCloseTo(18.80697, 4); // 808 / 42.9628
    expect(nov.monthlyCost).toBeCloseTo(266_120, 6); // 46.53 × 4,000 + 10 × 8,000
  });

  it("December 2021: 21 arrive, over establishment so no vacancies, but they hold no cases yet", () => {
    const dec = rows[1];
    expect(dec.starters).toBe(21);
    expect(dec.leavers).toBeCloseTo(0.4653, 10); // 46.53 × 0.01 (starters do not leave in month one)
    expect(dec.inPostFte).toBeCloseTo(67.0647, 10); // 46.53 − 0.4653 + 21
    expect(dec.vacancyFte).toBe(0); // 60 − 67.06 < 0, floored
    expect(dec.vacancyRate).toBe(0);
    expect(dec.newcomerFte).toBeCloseTo(21, 10);
    // Registration and induction: (67.0647 − 21 + 21 × 0 + 10) × 0.76 = 56.0647 × 0.76
    expect(dec.effectiveCaseHoldingFte).toBeCloseTo(42.609172, 9);
    expect(dec.cases).toBeCloseTo(816.08, 9); // 808 × 1.01
    expect(dec.caseloadPerWorker).toBeCloseTo(19.15268, 4); // 816.08 / 42.609172: worse than November
    expect(dec.cumulativeCost).toBeCloseTo(614_378.8, 6); // 266,120 + 67.0647 × 4,000 + 80,000
  });

  it("February 2022: recruits at a quarter caseload after two months' lead", () => {
    const feb = rows[3];
    expect(feb.month).toBe("2022-02");
    // In post: 67.0647 × 0.99 = 66.394053; × 0.99 = 65.73011247. Recruits left: 21 × 0.99² = 20.5821.
    expect(feb.inPostFte).toBeCloseTo(65.73011247, 9);
    expect(feb.newcomerFte).toBeCloseTo(20.5821, 9);
    // (65.73011247 − 20.5821 + 20.5821 × 0.25 + 10) × 0.76 = 60.29353747 × 0.76
    expect(feb.effectiveCaseHoldingFte).toBeCloseTo(45.8230885, 6);
    expect(feb.cases).toBeCloseTo(832.483208, 6); // 800 × 1.01⁴
    expect(feb.caseloadPerWorker).toBeCloseTo(18.16733, 4);
  });

  it("April 2022: recruits at three quarters; May 2022: settled, agency released", () => {
    const apr = rows[5];
    // In post 64.422083231847; recruits 21 × 0.99⁴ = 20.17251621 at 0.75.
    // (64.422083231847 − 20.17251621 + 15.1293871575 + 10) × 0.76 = 52.7280052
    expect(apr.effectiveCaseHoldingFte).toBeCloseTo(52.7280052, 6);
    expect(apr.caseloadPerWorker).toBeCloseTo(16.1056, 4); // 849.2161204808 / 52.7280052
    const may = rows[6];
    // The 21 reach a full caseload, so "release" lets the 10 agency go: max(0, 10 − 21) = 0.
    expect(may.agencyFte).toBe(0);
    expect(may.newcomerFte).toBe(0);
    expect(may.inPostFte).toBeCloseTo(63.77786239952853, 9); // 64.422083231847 × 0.99
    expect(may.effectiveCaseHoldingFte).toBeCloseTo(48.4711754, 6); // 63.7778624 × 0.76
    expect(may.monthlyCost).toBeCloseTo(255_111.4496, 3); // 63.7778624 × 4,000
    expect(may.caseloadPerWorker).toBeCloseTo(17.69522, 4); // 857.7082817 / 48.4711754
  });

  it("spills a header and one row a month in header order", () => {
    const matrix = projectionToMatrix(rows);
    expect(matrix[0]).toEqual(PROJECTION_HEADERS);
    expect(matrix).toHaveLength(9);
    expect(matrix[2][0]).toBe("2021-12");
    expect(matrix[2][1]).toBeCloseTo(67.0647, 10);
    expect(matrix[2][12]).toBeCloseTo(614_378.8, 6);
  });
});

describe("newcomer capacity factors", () => {
  it("international recruits: two lead months at 0, a three-month ramp, then full", () => {
    expect(Array.from(newcomerFactors(assessment, overseas[0]))).toEqual([0, 0, 0.25, 0.5, 0.75]);
  });
  it("ASYE: protected 80 % caseload for twelve months", () => {
    const factors = Array.from(
      newcomerFactors(assessment, { month: "2022-09", fte: 30, kind: "asye" }),
    );
    expect(factors).toHaveLength(12);
    expect(factors.every((factor) => factor === 0.8)).toBe(true);
  });
  it("an ASYE ramp-up scales within the protected share", () => {
    const factors = Array.from(
      newcomerFactors(assessment, { month: "2022-09", fte: 1, kind: "asye", rampUpMonths: 1 }),
    );
    expect(factors[0]).toBeCloseTo(0.4, 12);
    expect(factors[1]).toBeCloseTo(0.8, 12);
  });
  it("experienced permanent starters: half a caseload in their first month by default", () => {
    expect(
      Array.from(newcomerFactors(assessment, { month: "2022-01", fte: 1, kind: "permanent" })),
    ).toEqual([0.5]);
  });
});

describe("agency policies", () => {
  const base: Assumptions = { ...assessment, monthlyDemandGrowth: 0 };
  const starters: Cohort[] = [
    { month: "2022-01", fte: 4, kind: "permanent" },
    { month: "2022-01", fte: 3, kind: "agency" },
  ];

  it("flat holds agency, adding agency cohorts", () => {
    const rows = project({ ...base, agencyPolicy: "flat" }, starters, 6);
    expect(rows.map((row) => row.agencyFte)).toEqual([10, 10, 13, 13, 13, 13]);
  });

  it("release lets agency go one for one as permanent starters settle in", () => {
    const rows = project({ ...base, agencyPolicy: "release" }, starters, 6);
    // Jan: +3 agency; the 4 permanent starters settle in February (one ramp-up month): 13 − 4 = 9.
    expect(rows.map((row) => row.agencyFte)).toEqual([10, 10, 13, 9, 9, 9]);
  });

  it("backfill covers every vacancy with agency", () => {
    const rows = project({ ...base, agencyPolicy: "backfill" }, starters, 6);
    for (const row of rows) {
      expect(row.agencyFte).toBeCloseTo(row.vacancyFte, 12);
      expect(row.uncoveredVacancyFte).toBeCloseTo(0, 12);
    }
  });
});

describe("cases", () => {
  it("follow a given series, then grow from its last value", () => {
    const rows = project({ ...assessment, casesSeries: [900, 950] }, [], 4);
    expect(rows.map((row) => row.cases)).toEqual([900, 950, 959.5, 969.095]);
  });
  it("caseload is null (spilled as #DIV/0!) when nobody holds cases", () => {
    const rows = project({ ...assessment, caseHoldingShare: 0 }, [], 2);
    expect(rows[0].caseloadPerWorker).toBeNull();
    const cell = projectionToMatrix(rows)[1][10];
    expect(isWorkforceError(cell) && cell.kind).toBe("divisionByZero");
  });
});

const assumptionsArb: fc.Arbitrary<Assumptions> = fc.record({
  ...Object.fromEntries(
    Object.entries(DEFAULT_ASSUMPTIONS).map(([key, value]) => [key, fc.constant(value)]),
  ),
  establishmentFte: fc.double({ min: 0.1, max: 5000, noNaN: true }),
  inPostFte: fc.double({ min: 0, max: 6000, noNaN: true }),
  agencyFte: fc.double({ min: 0, max: 1000, noNaN: true }),
  cases: fc.double({ min: 0, max: 1e6, noNaN: true }),
  annualTurnover: fc.double({ min: 0, max: 1, noNaN: true }),
  monthlyDemandGrowth: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
  absenceRate: fc.double({ min: 0, max: 1, noNaN: true }),
  caseHoldingShare: fc.double({ min: 0, max: 1, noNaN: true }),
  startMonth: fc.constantFrom("2021-11", "2024-04"),
  agencyPolicy: fc.constantFrom("flat" as const, "release" as const, "backfill" as const),
}) as fc.Arbitrary<Assumptions>;

const cohortsArb: fc.Arbitrary<Cohort[]> = fc.array(
  fc.record({
    month: fc.constantFrom("2021-10", "2021-12", "2022-03", "2024-06", "2025-01"),
    fte: fc.double({ min: 0, max: 200, noNaN: true }),
    kind: fc.constantFrom(
      "permanent" as const,
      "international" as const,
      "asye" as const,
      "agency" as const,
    ),
  }),
  { maxLength: 6 },
);

function expectConservation(
  assumptions: Assumptions,
  cohorts: Cohort[],
  rows: ProjectionRow[],
): void {
  const tolerance = 1e-9 * Math.max(1, assumptions.establishmentFte, assumptions.inPostFte + 1000);
  let inPost = assumptions.inPostFte;
  let totalStarters = 0;
  let totalLeavers = 0;
  for (const row of rows) {
    for (const value of [
      row.inPostFte,
      row.agencyFte,
      row.vacancyFte,
      row.starters,
      row.leavers,
      row.newcomerFte,
    ]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(value)).toBe(true);
    }
    // Stock and flow: in post = last month + starters − leavers.
    expect(row.inPostFte).toBeCloseTo(inPost + row.starters - row.leavers, 6);
    inPost = row.inPostFte;
    totalStarters += row.starters;
    totalLeavers += row.leavers;
    // DfE: vacancies are posts not filled by permanent staff; agency cover is part of them.
    expect(
      Math.abs(
        row.inPostFte + row.vacancyFte - Math.max(assumptions.establishmentFte, row.inPostFte),
      ),
    ).toBeLessThan(tolerance);
    expect(
      Math.abs(
        row.inPostFte +
          row.agencyCoverFte +
          row.uncoveredVacancyFte -
          Math.max(assumptions.establishmentFte, row.inPostFte),
      ),
    ).toBeLessThan(tolerance);
    expect(row.agencyCoverFte).toBeLessThanOrEqual(row.agencyFte + tolerance);
    expect(row.vacancyRate).toBeGreaterThanOrEqual(0);
    expect(row.vacancyRate).toBeLessThanOrEqual(1);
    if (assumptions.agencyPolicy === "backfill")
      expect(row.agencyFte).toBeCloseTo(row.vacancyFte, 6);
    for (const value of [
      row.effectiveCaseHoldingFte,
      row.cases,
      row.monthlyCost,
      row.cumulativeCost,
    ]) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
    }
    if (row.caseloadPerWorker !== null) expect(Number.isFinite(row.caseloadPerWorker)).toBe(true);
  }
  // Cumulative starters − leavers = change in in-post.
  const last = rows[rows.length - 1];
  if (last)
    expect(last.inPostFte - assumptions.inPostFte).toBeCloseTo(totalStarters - totalLeavers, 6);
  const policyAgency = rows.map((row) => row.agencyFte);
  if (assumptions.agencyPolicy === "flat") {
    const agencyAdded = cohorts
      .filter((cohort) => cohort.kind === "agency" && cohort.month >= assumptions.startMonth)
      .filter((cohort) => rows.some((row) => row.month === cohort.month))
      .reduce((sum, cohort) => sum + cohort.fte, 0);
    expect(policyAgency[policyAgency.length - 1] ?? assumptions.agencyFte).toBeCloseTo(
      assumptions.agencyFte + agencyAdded,
      6,
    );
  }
  if (assumptions.agencyPolicy === "release") {
    for (let t = 1; t < policyAgency.length; t++) {
      const agencyArrived = cohorts
        .filter((cohort) => cohort.kind === "agency" && cohort.month === rows[t].month)
        .reduce((sum, cohort) => sum + cohort.fte, 0);
      expect(policyAgency[t]).toBeLessThanOrEqual(policyAgency[t - 1] + agencyArrived + 1e-9);
    }
  }
}

describe("conservation for any valid plan (property)", () => {
  it("holds every month: stock and flow, DfE vacancies, agency policy, no negative FTE", () => {
    fc.assert(
      fc.property(
        assumptionsArb,
        cohortsArb,
        fc.integer({ min: 0, max: 60 }),
        (assumptions, cohorts, months) => {
          const rows = project(assumptions, cohorts, months);
          expect(rows).toHaveLength(months);
          expectConservation(assumptions, cohorts, rows);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("holds for the seeds' scenario under every policy", () => {
    for (const agencyPolicy of ["flat", "release", "backfill"] as const) {
      const assumptions = { ...assessment, agencyPolicy };
      expectConservation(assumptions, overseas, project(assumptions, overseas, 60));
    }
  });

  it("is deterministic", () => {
    expect(project(assessment, overseas, 36)).toEqual(project(assessment, overseas, 36));
  });
});
