import fc from "fast-check";
import {
  Assumptions,
  Cohort,
  DEFAULT_ASSUMPTIONS,
  ProjectionRow,
  monteCarlo,
  parseCohorts,
  project,
  validateCohorts,
} from "../../../src/core/planning";
import { isWorkforceError } from "../../../src/core/errors";

const base: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 10,
  inPostFte: 10,
  agencyFte: 0,
  cases: 100,
  annualTurnover: 0,
  startMonth: "2026-04",
};

const column = (rows: ProjectionRow[], key: keyof ProjectionRow): unknown[] =>
  rows.map((row) => row[key]);

describe("the recruitment pipeline worked by hand", () => {
  it("monthly recruits: one FTE a month, settled a month later (agency released under release)", () => {
    const rows = project(
      { ...base, inPostFte: 6, agencyFte: 3, monthlyRecruits: 1, agencyPolicy: "release" },
      [],
      5,
    );
    expect(column(rows, "starters")).toEqual([1, 1, 1, 1, 1]);
    expect(column(rows, "inPostFte")).toEqual([7, 8, 9, 10, 11]);
    // Each month's recruit settles one month on (permanent ramp-up 1) and releases an agency FTE.
    expect(column(rows, "agencyFte")).toEqual([3, 2, 1, 0, 0]);
    expect(column(rows, "vacancyFte")).toEqual([3, 2, 1, 0, 0]);
  });

  it("refills: a leaver's post is filled time_to_fill_months later at refill_rate, never beyond the establishment", () => {
    const rows = project(
      { ...base, annualTurnover: 0.12, timeToFillMonths: 2, refillRate: 0.5 },
      [],
      4,
    );
    // Month 0: 10 × 0.01 = 0.1 leave. Month 1: 9.9 × 0.01 = 0.099.
    expect(rows[0].leavers).toBeCloseTo(0.1, 12);
    expect(rows[0].refillStarters).toBe(0);
    expect(rows[1].refillStarters).toBe(0);
    // Month 2: in post 9.801 − 0.09801 leave, then half of month 0's 0.1 leavers are replaced.
    expect(rows[2].refillStarters).toBeCloseTo(0.05, 12);
    expect(rows[2].inPostFte).toBeCloseTo(9.801 - 0.09801 + 0.05, 12);
    expect(rows[3].refillStarters).toBeCloseTo(0.0495, 12);

    // With a refill rate of 1 and no lag, every post is refilled in the month it is left.
    const full = project(
      { ...base, annualTurnover: 0.3, timeToFillMonths: 0, refillRate: 1 },
      [],
      12,
    );
    for (const row of full) {
      expect(row.inPostFte).toBeCloseTo(10, 12);
      expect(row.refillStarters).toBeCloseTo(row.leavers, 12);
    }

    // Over establishment there is no post to refill.
    const over = project(
      { ...base, inPostFte: 12, annualTurnover: 0.12, timeToFillMonths: 0, refillRate: 1 },
      [],
      3,
    );
    expect(column(over, "refillStarters")).toEqual([0, 0, 0]);
  });

  it("agency conversions: agency FTE move into permanent posts each month until none are left", () => {
    const rows = project(
      { ...base, inPostFte: 6, agencyFte: 2.5, agencyConversionPerMonth: 1 },
      [],
      4,
    );
    expect(column(rows, "agencyConversions")).toEqual([1, 1, 0.5, 0]);
    expect(column(rows, "agencyFte")).toEqual([1.5, 0.5, 0, 0]);
    expect(column(rows, "inPostFte")).toEqual([7, 8, 8.5, 8.5]);
    expect(column(rows, "starters")).toEqual([1, 1, 0.5, 0]);
  });

  it("a cohort's own turnover, and the defaults by kind", () => {
    const cohorts: Cohort[] = [
      { month: "2026-04", fte: 12, kind: "asye" },
      { month: "2026-04", fte: 6, kind: "international", annualTurnover: 0.12 },
    ];
    const rows = project({ ...base, asyeTurnover: 0.24, internationalTurnover: 0.5 }, cohorts, 3);
    // Nobody else leaves (annual_turnover 0). Month 1: ASYEs 12 × 0.02 = 0.24; international 6 × 0.01 = 0.06.
    expect(rows[0].leavers).toBe(0);
    expect(rows[1].leavers).toBeCloseTo(0.3, 12);
    expect(rows[2].leavers).toBeCloseTo(11.76 * 0.02 + 5.94 * 0.01, 12);
  });

  it("retention_months: a share of those still in post leave as a first contract ends", () => {
    const cohorts: Cohort[] = [
      {
        month: "2026-05",
        fte: 10,
        kind: "international",
        retentionMonths: 24,
        leaveAtContractEnd: 0.4,
      },
    ];
    const rows = project({ ...base, internationalTurnover: 0.12 }, cohorts, 27);
    // Arrive in month 1; 23 months of 1 % leaving, then in month 25 1 % more and 40 % of the rest.
    const beforeEnd = 10 * 0.99 ** 23;
    expect(rows[24].inPostFte).toBeCloseTo(10 + beforeEnd, 9);
    expect(rows[25].contractEndLeavers).toBeCloseTo(beforeEnd * 0.99 * 0.4, 9);
    expect(rows[25].leavers).toBeCloseTo(beforeEnd * 0.01 + beforeEnd * 0.99 * 0.4, 9);
    expect(rows[25].inPostFte).toBeCloseTo(10 + beforeEnd * 0.99 * 0.6, 9);
    expect(rows.filter((row) => row.contractEndLeavers > 0)).toHaveLength(1);
  });

  it("Monte Carlo with no spread gives the projection of a pipeline plan", () => {
    const assumptions: Assumptions = {
      ...base,
      annualTurnover: 0.15,
      refillRate: 0.7,
      agencyFte: 2,
      agencyConversionPerMonth: 0.2,
      asyeTurnover: 0.25,
      turnoverSd: 0,
      demandGrowthSd: 0,
    };
    const cohorts: Cohort[] = [{ month: "2026-09", fte: 3, kind: "asye", retentionMonths: 12 }];
    const rows = project(assumptions, cohorts, 24);
    const bands = monteCarlo(assumptions, cohorts, { months: 24, runs: 5 });
    if (isWorkforceError(bands)) throw new Error(bands.message);
    bands.caseload.forEach((band, t) =>
      expect(band.p50).toBeCloseTo(rows[t].caseloadPerWorker ?? -1, 9),
    );
    bands.vacancyRate.forEach((band, t) => expect(band.p90).toBeCloseTo(rows[t].vacancyRate, 9));
  });
});

describe("the identities hold under the pipeline, conversions and cohort turnover (property tests)", () => {
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });
  const month = fc.integer({ min: 0, max: 40 }).map((offset) => {
    const index = 2026 * 12 + 3 + offset;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
  const cohort: fc.Arbitrary<Cohort> = fc.record(
    {
      month,
      fte: fc.double({ min: 0, max: 30, noNaN: true }),
      kind: fc.constantFrom(
        "permanent" as const,
        "international" as const,
        "asye" as const,
        "agency" as const,
      ),
      annualTurnover: fraction,
      retentionMonths: fc.integer({ min: 1, max: 36 }),
      leaveAtContractEnd: fraction,
    },
    { requiredKeys: ["month", "fte", "kind"] },
  );
  const plan = fc.record({
    assumptions: fc.record({
      establishmentFte: fc.double({ min: 1, max: 300, noNaN: true }),
      inPostFte: fc.double({ min: 0, max: 400, noNaN: true }),
      agencyFte: fc.double({ min: 0, max: 100, noNaN: true }),
      annualTurnover: fraction,
      monthlyRecruits: fc.double({ min: 0, max: 5, noNaN: true }),
      timeToFillMonths: fc.integer({ min: 0, max: 12 }),
      refillRate: fraction,
      agencyConversionPerMonth: fc.double({ min: 0, max: 5, noNaN: true }),
      asyeTurnover: fraction,
      internationalTurnover: fraction,
      contractEndLeavingShare: fraction,
      agencyPolicy: fc.constantFrom("flat" as const, "release" as const, "backfill" as const),
    }),
    cohorts: fc.array(cohort, { maxLength: 8 }),
    months: fc.integer({ min: 1, max: 60 }),
  });

  /** Plain checks: a few hundred thousand expect() calls would take most of a minute. */
  function holds(condition: boolean, what: string, row: ProjectionRow): void {
    if (!condition) throw new Error(`${what} fails in ${row.month}: ${JSON.stringify(row)}`);
  }
  const near = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance;

  it("in post + vacancies = establishment (or in post above it), flows add up, no FTE negative", () => {
    fc.assert(
      fc.property(plan, ({ assumptions: extra, cohorts, months }) => {
        const assumptions: Assumptions = { ...base, ...extra };
        expect(validateCohorts(cohorts)).toBeNull();
        const rows = project(assumptions, cohorts, months);
        const tolerance = 1e-7 * (1 + assumptions.establishmentFte + assumptions.inPostFte);
        const lag = assumptions.timeToFillMonths ?? 0;
        let inPost = assumptions.inPostFte;
        let agency = assumptions.agencyFte;
        let starters = 0;
        let leavers = 0;
        rows.forEach((row, t) => {
          for (const key of [
            "inPostFte",
            "starters",
            "leavers",
            "contractEndLeavers",
            "refillStarters",
            "agencyConversions",
            "agencyFte",
            "vacancyFte",
            "agencyCoverFte",
            "uncoveredVacancyFte",
            "newcomerFte",
            "effectiveCaseHoldingFte",
          ] as const) {
            holds(row[key] >= 0, `${key} ≥ 0`, row);
          }
          const posts = Math.max(assumptions.establishmentFte, row.inPostFte);
          holds(near(row.inPostFte + row.vacancyFte, posts, tolerance), "in post + vacancies", row);
          holds(
            near(row.agencyCoverFte + row.uncoveredVacancyFte, row.vacancyFte, tolerance),
            "agency cover + uncovered = vacancies",
            row,
          );
          holds(
            near(inPost + row.starters - row.leavers, row.inPostFte, tolerance),
            "in post = last month's + starters − leavers",
            row,
          );
          holds(
            row.contractEndLeavers <= row.leavers + tolerance,
            "contract-end leavers ≤ leavers",
            row,
          );
          holds(
            row.refillStarters + row.agencyConversions <= row.starters + tolerance,
            "refills + conversions ≤ starters",
            row,
          );
          holds(
            row.agencyConversions <= (assumptions.agencyConversionPerMonth ?? 0) + 1e-12,
            "conversions ≤ agency_conversion_per_month",
            row,
          );
          holds(row.newcomerFte <= row.inPostFte + tolerance, "newcomers ≤ in post", row);
          if (t >= lag) {
            const due = (assumptions.refillRate ?? 0) * rows[t - lag].leavers;
            holds(row.refillStarters <= due + tolerance, "refills ≤ refill_rate × leavers", row);
          } else holds(row.refillStarters === 0, "no refill before time_to_fill_months", row);
          if (assumptions.agencyPolicy === "flat") {
            const arriving = cohorts
              .filter((c) => c.kind === "agency" && c.month === row.month)
              .reduce((sum, c) => sum + c.fte, 0);
            holds(
              near(row.agencyFte, agency + arriving - row.agencyConversions, tolerance),
              "flat agency = last month's + agency cohorts − conversions",
              row,
            );
          }
          inPost = row.inPostFte;
          agency = row.agencyFte;
          starters += row.starters;
          leavers += row.leavers;
        });
        const last = rows[rows.length - 1];
        expect(Math.abs(assumptions.inPostFte + starters - leavers - last.inPostFte)).toBeLessThan(
          tolerance * rows.length,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("with nobody leaving, every starter is still in post at the end", () => {
    fc.assert(
      fc.property(plan, ({ assumptions: extra, cohorts, months }) => {
        const still = cohorts.map((c) => ({ ...c, annualTurnover: 0, retentionMonths: undefined }));
        const assumptions: Assumptions = {
          ...base,
          ...extra,
          annualTurnover: 0,
          asyeTurnover: 0,
          internationalTurnover: 0,
        };
        const rows = project(assumptions, still, months);
        const starters = rows.reduce((sum, row) => sum + row.starters, 0);
        expect(rows.every((row) => row.leavers === 0)).toBe(true);
        expect(rows[rows.length - 1].inPostFte).toBeCloseTo(assumptions.inPostFte + starters, 6);
      }),
      { numRuns: 100 },
    );
  });
});

describe("parseCohorts: the pipeline columns", () => {
  it("reads each cohort's own turnover, first contract and share leaving at its end", () => {
    const cohorts = parseCohorts([
      ["Start month", "FTE", "Type", "Turnover", "Retention months", "Leave at contract end"],
      ["2026-12", 21, "overseas", 0.2, 24, 0.3],
      ["2027-09", 30, "NQSW", "", "", ""],
    ]);
    expect(cohorts).toEqual([
      {
        month: "2026-12",
        fte: 21,
        kind: "international",
        annualTurnover: 0.2,
        retentionMonths: 24,
        leaveAtContractEnd: 0.3,
        sourceRow: 2,
      },
      { month: "2027-09", fte: 30, kind: "asye", sourceRow: 3 },
    ]);
  });

  it.each([
    [
      ["2026-12", 1, "asye", 12, "", ""],
      /cohorts row 2: annual turnover must be a fraction from 0 to 1/,
    ],
    [
      ["2026-12", 1, "asye", "", 0, ""],
      /cohorts row 2: retention months must be a whole number from 1 to 120 \(got 0\)/,
    ],
    [["2026-12", 1, "asye", "", 6.5, ""], /retention months must be a whole number/],
    [["2026-12", 1, "asye", "", 12, "half"], /cohorts row 2: leave at contract end/],
  ])("refuses %j naming the row", (row, message) => {
    const cohorts = parseCohorts([
      ["month", "fte", "kind", "annual_turnover", "retention_months", "leave_at_contract_end"],
      row,
    ]);
    expect(isWorkforceError(cohorts) && cohorts.message).toMatch(message);
  });

  it("validateCohorts checks the same limits on cohorts built in code", () => {
    const cohort: Cohort = { month: "2026-12", fte: 1, kind: "asye" };
    expect(validateCohorts([{ ...cohort, annualTurnover: 1.5 }])?.message).toMatch(
      /annual turnover/,
    );
    expect(validateCohorts([{ ...cohort, retentionMonths: 0 }])?.message).toMatch(
      /retention months/,
    );
    expect(validateCohorts([{ ...cohort, leaveAtContractEnd: -1 }])?.message).toMatch(
      /leave at contract end/,
    );
  });
});
