import fc from "fast-check";
import {
  Assumptions,
  Cohort,
  DEFAULT_ASSUMPTIONS,
  TargetMeasure,
  measureValue,
  monthsToTarget,
  project,
  recruitsNeeded,
} from "../../../src/core/planning";
import { WorkforceError, isWorkforceError } from "../../../src/core/errors";

const assessment: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  agencyFte: 6,
  cases: 1000,
  annualTurnover: 0.15,
  monthlyDemandGrowth: 0.005,
  absenceRate: 0.04,
  caseHoldingShare: 0.85,
  startMonth: "2021-11",
  agencyPolicy: "flat",
};
const overseas: Cohort[] = [{ month: "2021-12", fte: 21, kind: "international" }];

/** The measure in `byMonth` with `extra` FTE of permanent recruits starting in `start`. */
function valueWith(
  assumptions: Assumptions,
  extra: number,
  start: string,
  byMonth: string,
  measure: TargetMeasure,
): number | null {
  const cohorts: Cohort[] =
    extra > 0 ? [...overseas, { month: start, fte: extra, kind: "permanent" }] : overseas;
  const rows = project(assumptions, cohorts, 60);
  const row = rows.find((candidate) => candidate.month === byMonth);
  if (!row) throw new Error(`no row for ${byMonth}`);
  return measureValue(row, measure);
}

describe("recruitsNeeded", () => {
  it("finds the smallest 0.1 FTE that brings caseload to 16 by June 2022: it meets, 0.1 less does not", () => {
    const answer = recruitsNeeded(assessment, overseas, {
      startMonth: "2022-01",
      byMonth: "2022-06",
      measure: "caseload",
      target: 16,
    });
    expect(typeof answer).toBe("number");
    const fte = answer as number;
    expect(fte).toBeGreaterThan(0);
    expect(Math.round(fte * 10)).toBeCloseTo(fte * 10, 9); // on the 0.1 grid
    expect(valueWith(assessment, fte, "2022-01", "2022-06", "caseload")).toBeLessThanOrEqual(16);
    expect(valueWith(assessment, fte - 0.1, "2022-01", "2022-06", "caseload")).toBeGreaterThan(16);
  });

  it("finds the recruits for a 10 % vacancy rate", () => {
    const noOverseas: Assumptions = { ...assessment, inPostFte: 40 };
    const answer = recruitsNeeded(noOverseas, [], {
      byMonth: "2022-03",
      measure: "vacancy_rate",
      target: 0.1,
    }) as number;
    const rate = (fte: number): number => {
      const rows = project(
        noOverseas,
        fte > 0 ? [{ month: "2021-11", fte, kind: "permanent" }] : [],
        5,
      );
      return rows[4].vacancyRate;
    };
    expect(rate(answer)).toBeLessThanOrEqual(0.1);
    expect(rate(answer - 0.1)).toBeGreaterThan(0.1);
  });

  it("meets the target with the answer while 0.1 FTE less does not, for random plans (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 40, noNaN: true }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("flat" as const, "release" as const, "backfill" as const),
        fc.constantFrom<TargetMeasure>("caseload", "vacancy_rate"),
        (target, startOffset, extraMonths, agencyPolicy, measure) => {
          const assumptions = { ...assessment, agencyPolicy };
          const start = `2022-${String(1 + startOffset).padStart(2, "0")}`;
          const byIndex = 1 + startOffset + extraMonths; // months of 2022, may run into 2023
          const by =
            byIndex <= 12
              ? `2022-${String(byIndex).padStart(2, "0")}`
              : `2023-${String(byIndex - 12).padStart(2, "0")}`;
          const measureTarget = measure === "caseload" ? target : target / 100;
          const answer = recruitsNeeded(assumptions, overseas, {
            startMonth: start,
            byMonth: by,
            measure,
            target: measureTarget,
          });
          if (isWorkforceError(answer)) {
            expect(answer.kind).toBe("notAvailable");
            return;
          }
          const at = valueWith(assumptions, answer, start, by, measure);
          expect(at).not.toBeNull();
          expect(at as number).toBeLessThanOrEqual(measureTarget);
          if (answer > 0) {
            const below = valueWith(
              assumptions,
              Math.round(answer * 10 - 1) / 10,
              start,
              by,
              measure,
            );
            expect(below === null || below > measureTarget).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("answers 0 when the plan already meets the target", () => {
    expect(
      recruitsNeeded(assessment, overseas, {
        byMonth: "2022-06",
        measure: "caseload",
        target: 500,
      }),
    ).toBe(0);
  });

  it("is #N/A with a reason when no number of recruits can do it", () => {
    const nobodyHoldsCases = recruitsNeeded({ ...assessment, caseHoldingShare: 0 }, [], {
      byMonth: "2022-06",
      measure: "caseload",
      target: 16,
    });
    expect((nobodyHoldsCases as WorkforceError).kind).toBe("notAvailable");
    expect((nobodyHoldsCases as WorkforceError).message).toMatch(/case_holding_share is 0/);
    const tooEarly = recruitsNeeded(assessment, [], {
      startMonth: "2022-06",
      byMonth: "2022-03",
      measure: "caseload",
      target: 16,
    });
    expect((tooEarly as WorkforceError).kind).toBe("notAvailable");
    expect((tooEarly as WorkforceError).message).toMatch(/before the recruits start/);
    const stillInInduction = recruitsNeeded(assessment, [], {
      startMonth: "2022-01",
      byMonth: "2022-02",
      measure: "caseload",
      target: 5,
      kind: "international",
    });
    expect((stillInInduction as WorkforceError).message).toMatch(/registration and induction/);
  });

  it("rejects bad targets and months as #VALUE!", () => {
    expect(
      (
        recruitsNeeded(assessment, [], {
          byMonth: "2022-06",
          measure: "caseload",
          target: -1,
        }) as WorkforceError
      ).kind,
    ).toBe("invalidValue");
    expect(
      (
        recruitsNeeded(assessment, [], {
          byMonth: "2022-06",
          measure: "vacancy_rate",
          target: 24,
        }) as WorkforceError
      ).message,
    ).toMatch(/0.24/);
    expect(
      (
        recruitsNeeded(assessment, [], {
          byMonth: "soon",
          measure: "caseload",
          target: 16,
        }) as WorkforceError
      ).kind,
    ).toBe("invalidValue");
    expect(
      (
        recruitsNeeded(assessment, [], {
          startMonth: "2020-01",
          byMonth: "2022-01",
          measure: "caseload",
          target: 16,
        }) as WorkforceError
      ).message,
    ).toMatch(/before the projection's start_month/);
  });
});

describe("monthsToTarget", () => {
  it("returns the first month index at or below target", () => {
    const rows = project(assessment, overseas, 24);
    const answer = monthsToTarget(assessment, overseas, {
      measure: "caseload",
      target: 22,
      months: 24,
    }) as number;
    expect(typeof answer).toBe("number");
    expect(rows[answer].caseloadPerWorker).toBeLessThanOrEqual(22);
    for (let t = 0; t < answer; t++) expect(rows[t].caseloadPerWorker).toBeGreaterThan(22);
  });

  it("counts the start month as 0", () => {
    expect(monthsToTarget(assessment, [], { measure: "vacancy_rate", target: 0.5 })).toBe(0);
  });

  it("is #N/A when the target is never met within the horizon", () => {
    const never = monthsToTarget(assessment, [], {
      measure: "caseload",
      target: 1,
      months: 12,
    }) as WorkforceError;
    expect(never.kind).toBe("notAvailable");
    expect(never.message).toMatch(/within 12 months/);
  });

  it("rejects a bad horizon", () => {
    expect(
      (
        monthsToTarget(assessment, [], {
          measure: "caseload",
          target: 16,
          months: 0,
        }) as WorkforceError
      ).kind,
    ).toBe("invalidValue");
  });
});
