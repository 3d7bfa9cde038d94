/**
 * Hostile inputs: many cohorts. Every planning formula answers, or refuses with the limit and
 * its reason, without running for minutes; parsing cohorts is linear in their number.
 */
import { shown } from "../functions/registry";
import {
  projectBandsFunction,
  projectFunction,
  recruitsNeededFunction,
} from "../../src/functions/functions";
import { WorkforceError } from "../../src/core/errors";
import { MAX_COHORTS, parseCohorts } from "../../src/core/planning/cohorts";
import { monteCarlo, monteCarloAsync, parseAssumptions } from "../../src/core/planning";
import type { Assumptions, Cohort } from "../../src/core/planning";

const assumptions: unknown[][] = [
  ["establishment_fte", 60],
  ["in_post_fte", 47],
  ["agency_fte", 10],
  ["cases", 800],
  ["start_month", "2021-11"],
];
const KINDS = ["permanent", "international", "asye"];

/**
 * `count` cohorts over the 50 years from the start month (2021-11), each with its own month and
 * ramp so none combine.
 */
function cohortRows(count: number): unknown[][] {
  const rows: unknown[][] = [["Month", "FTE", "Kind", "Ramp up", "Label"]];
  for (let i = 0; i < count; i++) {
    const month = 10 + (i % 600);
    rows.push([
      `${2021 + Math.floor(month / 12)}-${String(1 + (month % 12)).padStart(2, "0")}`,
      0.5,
      KINDS[i % 3],
      i % 120,
      `cohort ${i}`,
    ]);
  }
  return rows;
}

const message = (result: unknown[][]): string => {
  const cell = result[0][0];
  return cell instanceof CustomFunctions.Error
    ? `${cell.code} ${cell.message ?? ""}`
    : String(cell);
};

describe("cohort limits", () => {
  it("more cohorts than the limit is #VALUE! saying the limit and why", () => {
    const result = projectFunction(assumptions, cohortRows(MAX_COHORTS + 1), [[24]]);
    expect(message(result)).toMatch(/^#VALUE!/);
    expect(message(result)).toMatch(/10,001 cohorts.*10,000.*about 2 seconds/);
  });

  it("the limit itself is accepted by PROJECT and RECRUITSNEEDED", () => {
    const rows = cohortRows(MAX_COHORTS);
    const projected = projectFunction(assumptions, rows, [[600]]);
    expect(projected).toHaveLength(601);
    const needed = shown(recruitsNeededFunction(assumptions, [[16]], [["2030-01"]], rows)[0][0]);
    expect(typeof needed === "number" || needed === "#N/A").toBe(true);
  });

  it("parses 10,000 cohorts as fast as their rows come (no search per row)", () => {
    // A quadratic parse of this many rows takes seconds; one pass takes milliseconds. The row
    // number in a message still counts blank rows the user left in the range.
    const rows = cohortRows(MAX_COHORTS);
    rows.splice(3, 0, [null, null, null, null, null]);
    rows[MAX_COHORTS][1] = "lots";
    const parsed = parseCohorts(rows);
    expect(parsed).toBeInstanceOf(WorkforceError);
    expect((parsed as WorkforceError).message).toContain(`cohorts row ${MAX_COHORTS + 1}:`);
  });

  it("PROJECTBANDS refuses runs × months × cohorts beyond its work limit, naming what is allowed", () => {
    const result = projectBandsFunction(assumptions, cohortRows(2_000), [[600]], [[5_000]], [[1]]);
    expect(message(result)).toMatch(
      /^#VALUE! runs × months × cohorts is too much work for one formula.*about 2 seconds.*at most [\d,]+ runs/,
    );
  });

  it("PROJECTBANDS with the allowed runs answers", () => {
    const refused = message(
      projectBandsFunction(assumptions, cohortRows(2_000), [[600]], [[5_000]], [[1]]),
    );
    const allowed = Number(/at most ([\d,]+) runs/.exec(refused)?.[1].replace(/,/g, ""));
    expect(allowed).toBeGreaterThan(10);
    const result = projectBandsFunction(
      assumptions,
      cohortRows(2_000),
      [[600]],
      [[allowed]],
      [[1]],
    );
    expect(result).toHaveLength(601);
  });

  it("cohorts starting the same month with the same timing count once towards the work", () => {
    // 10,000 identical intakes are one schedule: the bands are those of one cohort of their total.
    const a = parseAssumptions(assumptions) as Assumptions;
    const many: Cohort[] = Array.from({ length: 10_000 }, () => ({
      month: "2022-01",
      fte: 0.01,
      kind: "asye",
    }));
    const merged = monteCarlo(a, many, { months: 120, runs: 500 });
    const single = monteCarlo(a, [{ month: "2022-01", fte: 100, kind: "asye" }], {
      months: 120,
      runs: 500,
    });
    if (!("months" in merged) || !("months" in single)) throw new Error("Monte Carlo refused");
    merged.caseload.forEach((band, t) =>
      expect(band.p50).toBeCloseTo(single.caseload[t].p50 ?? Number.NaN, 6),
    );
  });

  it("the pane's chunked run yields often whatever the cohorts, and can be cancelled", async () => {
    const a = parseAssumptions(assumptions) as Assumptions;
    const rows = parseCohorts(cohortRows(5_000)) as Cohort[];
    const controller = new AbortController();
    let chunks = 0;
    let firstChunk = 0;
    const run = monteCarloAsync(a, rows, {
      months: 600,
      runs: 5_000,
      signal: controller.signal,
      onProgress: (done) => {
        if (chunks === 0) firstChunk = done;
        chunks++;
        if (chunks === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(chunks).toBe(3);
    // A chunk is bounded by work, not a fixed number of runs: heavy runs come a few at a time.
    expect(firstChunk).toBeGreaterThan(0);
    expect(firstChunk).toBeLessThan(250);
  });
});
