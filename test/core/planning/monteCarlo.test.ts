import {
  Assumptions,
  Cohort,
  DEFAULT_ASSUMPTIONS,
  MonteCarloResult,
  Sfc32,
  isAbortError,
  monteCarlo,
  monteCarloAsync,
  monteCarloToMatrix,
  percentileOfSorted,
  project,
  standardNormal,
} from "../../../src/core/planning";
import { WorkforceError, isWorkforceError } from "../../../src/core/errors";

const assumptions: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  agencyFte: 8,
  cases: 900,
  annualTurnover: 0.15,
  monthlyDemandGrowth: 0.005,
  startMonth: "2021-11",
  agencyPolicy: "release",
};
const cohorts: Cohort[] = [
  { month: "2021-12", fte: 21, kind: "international" },
  { month: "2022-09", fte: 30, kind: "asye" },
];

const run = (seed: number, runs = 500): MonteCarloResult => {
  const result = monteCarlo(assumptions, cohorts, { months: 36, runs, seed });
  if (isWorkforceError(result)) throw new Error(result.message);
  return result;
};

describe("seeded random numbers", () => {
  it("repeat for a seed and differ between seeds", () => {
    const draw = (seed: number): number[] => {
      const random = new Sfc32(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("match an independent SFC32 implementation, so every machine draws the same sequence", () => {
    // Expected values from a separate Python implementation of SFC32 (unbounded integers masked
    // to 32 bits, same seeding: a = 0x9e3779b9, b = low word, c = high word ^ 0x243f6a88,
    // counter 1, first 15 outputs discarded).
    const a = new Sfc32(42);
    expect([a.nextUint32(), a.nextUint32(), a.nextUint32(), a.nextUint32()]).toEqual([
      1660610546, 557263791, 1144207219, 1074187959,
    ]);
    const b = new Sfc32(2 ** 33 + 5); // seeds beyond 32 bits use the high word too
    expect([b.nextUint32(), b.nextUint32()]).toEqual([3891899556, 4238028905]);
    expect(new Sfc32(42).next()).toBe(1660610546 / 2 ** 32);
  });

  it("are uniform in [0, 1) and the normal has mean 0 and variance 1", () => {
    const random = new Sfc32(12345);
    let sum = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random.next();
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    let zSum = 0;
    let zSquares = 0;
    for (let i = 0; i < 50_000; i++) {
      const z = standardNormal(random);
      zSum += z;
      zSquares += z * z;
    }
    expect(zSum / 50_000).toBeCloseTo(0, 1);
    expect(zSquares / 50_000).toBeCloseTo(1, 1);
  });
});

describe("monteCarlo", () => {
  it("gives identical bands for the same seed and different bands for another", () => {
    expect(run(42)).toEqual(run(42));
    expect(run(42).caseload).not.toEqual(run(43).caseload);
  });

  it("orders P10 ≤ P50 ≤ P90 every month", () => {
    const result = run(3);
    expect(result.months[0]).toBe("2021-11");
    expect(result.months).toHaveLength(36);
    for (const band of [...result.caseload, ...result.vacancyRate]) {
      expect(band.p10).not.toBeNull();
      expect(band.p10 as number).toBeLessThanOrEqual(band.p50 as number);
      expect(band.p50 as number).toBeLessThanOrEqual(band.p90 as number);
    }
    // Uncertainty grows: the band a year out is wider than in the first month.
    const width = (t: number): number =>
      (result.caseload[t].p90 as number) - (result.caseload[t].p10 as number);
    expect(width(24)).toBeGreaterThan(width(0));
  });

  it("collapses to the deterministic projection when both standard deviations are 0", () => {
    const result = monteCarlo(assumptions, cohorts, {
      months: 24,
      runs: 20,
      seed: 9,
      turnoverSd: 0,
      demandSd: 0,
    }) as MonteCarloResult;
    const rows = project(assumptions, cohorts, 24);
    for (const policy of ["flat", "release", "backfill"] as const) {
      const a = { ...assumptions, agencyPolicy: policy };
      const bands = monteCarlo(a, cohorts, {
        months: 24,
        runs: 3,
        turnoverSd: 0,
        demandSd: 0,
      }) as MonteCarloResult;
      const expected = project(a, cohorts, 24);
      bands.caseload.forEach((band, t) => {
        expect(band.p10).toBeCloseTo(expected[t].caseloadPerWorker as number, 9);
        expect(band.p90).toBeCloseTo(expected[t].caseloadPerWorker as number, 9);
      });
      bands.vacancyRate.forEach((band, t) =>
        expect(band.p50).toBeCloseTo(expected[t].vacancyRate, 12),
      );
    }
    result.caseload.forEach((band, t) =>
      expect(band.p50).toBeCloseTo(rows[t].caseloadPerWorker as number, 9),
    );
  });

  it("rejects bad options with #VALUE!", () => {
    expect((monteCarlo(assumptions, cohorts, { runs: 0 }) as WorkforceError).kind).toBe(
      "invalidValue",
    );
    expect(
      (monteCarlo(assumptions, cohorts, { runs: 1e7, months: 60 }) as WorkforceError).message,
    ).toMatch(/runs must be/);
    expect((monteCarlo(assumptions, cohorts, { months: 601 }) as WorkforceError).message).toMatch(
      /months/,
    );
    expect(
      (monteCarlo(assumptions, cohorts, { seed: Number.NaN }) as WorkforceError).message,
    ).toMatch(/seed/);
    expect(
      (monteCarlo(assumptions, cohorts, { turnoverSd: -1 }) as WorkforceError).message,
    ).toMatch(/turnover/);
  });

  it("spills a header and P10/P50/P90 rows", () => {
    const matrix = monteCarloToMatrix(run(1, 50));
    expect(matrix[0]).toEqual([
      "Month",
      "Caseload P10",
      "Caseload P50",
      "Caseload P90",
      "Vacancy rate P10",
      "Vacancy rate P50",
      "Vacancy rate P90",
    ]);
    expect(matrix).toHaveLength(37);
    expect(matrix[1][0]).toBe("2021-11");
  });

  it("reports undefined caseload (no capacity) as null, never Infinity", () => {
    const result = monteCarlo({ ...assumptions, caseHoldingShare: 0 }, [], {
      months: 3,
      runs: 10,
    }) as MonteCarloResult;
    expect(result.caseload[0]).toEqual({ p10: null, p50: null, p90: null });
  });
});

describe("percentileOfSorted", () => {
  it("interpolates like PERCENTILE.INC", () => {
    expect(percentileOfSorted([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
    expect(percentileOfSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentileOfSorted([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6, 12);
    expect(percentileOfSorted([], 0.5)).toBeNull();
    expect(percentileOfSorted([1, Number.POSITIVE_INFINITY], 0.9)).toBeNull();
  });
});

describe("monteCarloAsync", () => {
  it("gives the same numbers as monteCarlo, reporting progress chunk by chunk", async () => {
    const progress: number[] = [];
    const result = await monteCarloAsync(assumptions, cohorts, {
      months: 36,
      runs: 500,
      seed: 42,
      chunkRuns: 120,
      onProgress: (done, total) => {
        expect(total).toBe(500);
        progress.push(done);
      },
    });
    expect(result).toEqual(run(42));
    expect(progress).toEqual([120, 240, 360, 480, 500]);
  });

  it("rejects with an AbortError when cancelled between chunks", async () => {
    const controller = new AbortController();
    let chunks = 0;
    const promise = monteCarloAsync(assumptions, cohorts, {
      runs: 1000,
      chunkRuns: 100,
      signal: controller.signal,
      onProgress: () => {
        chunks += 1;
        if (chunks === 2) controller.abort();
      },
    });
    await expect(promise).rejects.toMatchObject({ name: "AbortError" });
    expect(chunks).toBe(2);
  });

  it("rejects at once when already aborted, and resolves a WorkforceError for bad input", async () => {
    const controller = new AbortController();
    controller.abort();
    const error: unknown = await monteCarloAsync(assumptions, cohorts, {
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    const bad = await monteCarloAsync(assumptions, cohorts, { runs: -5 });
    expect(isWorkforceError(bad)).toBe(true);
  });
});
