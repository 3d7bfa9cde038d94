/**
 * Monte Carlo bands for the projection. Each run draws its own annual turnover and monthly demand
 * growth around the assumptions (normal, clamped to valid ranges) and projects caseload and vacancy
 * rate with the same stock-and-flow arithmetic as `project`. Draws come from one seeded SFC32
 * sequence consumed in run order, so a seed gives identical bands on every machine, whether run at
 * once or in chunks.
 */
import { WorkforceError, invalidValue } from "../errors";
import type { Assumptions } from "./assumptions";
import { validateAssumptions } from "./assumptions";
import type { Cohort } from "./cohorts";
import { validateCohorts } from "./cohorts";
import { cohortOutsideProjection } from "./horizon";
import {
  CompiledPlan,
  DEFAULT_PROJECTION_MONTHS,
  MAX_PROJECTION_MONTHS,
  NewcomerWindow,
  compilePlan,
  newcomerMonths,
} from "./compiledPlan";
import { nextAgency, projectPlan } from "./engine";
import { Sfc32, standardNormal } from "./rng";

export interface MonteCarloOptions {
  /** Months projected (default 24, at most 600). */
  months?: number;
  /** Number of runs (default 1,000; runs × months at most 3,000,000). */
  runs?: number;
  /** Any finite number; default 1. */
  seed?: number;
  /** Standard deviation of annual turnover (absolute); default assumptions.turnoverSd. */
  turnoverSd?: number;
  /** Standard deviation of monthly demand growth (absolute); default assumptions.demandGrowthSd. */
  demandSd?: number;
}

export interface MonteCarloAsyncOptions extends MonteCarloOptions {
  signal?: AbortSignal;
  /** Called after each chunk with runs done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Runs between yields to the event loop (default: about 20 ms of work, see CHUNK_WORK). */
  chunkRuns?: number;
}

/** Percentiles across runs; null where caseload is undefined (no case-holding capacity). */
export interface Band {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

export interface MonteCarloResult {
  months: string[];
  caseload: Band[];
  vacancyRate: Band[];
  runs: number;
  seed: number;
}

export const DEFAULT_RUNS = 1000;
export const MAX_CELLS = 3_000_000;
/**
 * Most inner-loop steps (runs × (months + cohort-months of settling in)) one PROJECTBANDS
 * formula may take: about a second on a 2020s laptop core, so a formula never blocks Excel
 * for more than about 2 s. `npm run bench` measures it (docs/performance.md).
 */
export const MAX_WORK = 150_000_000;
/** Fast-loop steps one month of `projectPlan` costs (it builds a row object and visits every group). */
const PROJECTION_STEP_COST = 8;
/** Inner-loop steps between yields in monteCarloAsync: some 20 ms, so progress and Cancel stay live. */
const CHUNK_WORK = 2_000_000;
export const MONTE_CARLO_HEADERS: readonly string[] = [
  "Month",
  "Caseload P10",
  "Caseload P50",
  "Caseload P90",
  "Vacancy rate P10",
  "Vacancy rate P50",
  "Vacancy rate P90",
];

interface Settings {
  months: number;
  runs: number;
  seed: number;
  turnoverSd: number;
  demandSd: number;
}

function resolveSettings(
  assumptions: Assumptions,
  cohorts: readonly Cohort[],
  options: MonteCarloOptions,
): Settings | WorkforceError {
  const problem = validateAssumptions(assumptions) ?? validateCohorts(cohorts);
  if (problem) return problem;
  const months = options.months ?? DEFAULT_PROJECTION_MONTHS;
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? 1;
  const turnoverSd = options.turnoverSd ?? assumptions.turnoverSd;
  const demandSd = options.demandSd ?? assumptions.demandGrowthSd;
  if (!Number.isInteger(months) || months < 1 || months > MAX_PROJECTION_MONTHS) {
    return invalidValue(
      `months must be a whole number from 1 to ${MAX_PROJECTION_MONTHS} (got ${months}).`,
    );
  }
  if (!Number.isInteger(runs) || runs < 1 || runs * months > MAX_CELLS) {
    return invalidValue(
      `runs must be a whole number from 1 to ${Math.floor(MAX_CELLS / months).toLocaleString("en-GB")} for ${months} months (got ${runs}).`,
    );
  }
  const outside = cohortOutsideProjection(assumptions, cohorts, months);
  if (outside) return outside;
  if (!Number.isFinite(seed) || Math.abs(seed) > Number.MAX_SAFE_INTEGER) {
    return invalidValue(`seed must be a whole number (got ${seed}).`);
  }
  if (!Number.isFinite(turnoverSd) || turnoverSd < 0 || turnoverSd > 0.5) {
    return invalidValue(`turnover standard deviation must be from 0 to 0.5 (got ${turnoverSd}).`);
  }
  if (!Number.isFinite(demandSd) || demandSd < 0 || demandSd > 0.1) {
    return invalidValue(
      `demand growth standard deviation must be from 0 to 0.1 (got ${demandSd}).`,
    );
  }
  return { months, runs, seed, turnoverSd, demandSd };
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));

/** The state of a simulation that can be advanced run by run (for chunked, cancellable runs). */
class Simulation {
  private readonly plan: CompiledPlan;
  private readonly random: Sfc32;
  /** Month-major: values[month × runs + run]. */
  readonly caseload: Float64Array;
  readonly vacancyRate: Float64Array;
  // Newcomer cohorts flattened into typed arrays for the inner loop.
  private readonly remaining: Float64Array;
  private readonly arrivals: Int32Array;
  private readonly sizes: Float64Array;
  private readonly factorStarts: Int32Array;
  private readonly factorLengths: Int32Array;
  private readonly factors: Float64Array;
  /** Agency by month when it does not depend on the run (flat and release); null for backfill. */
  private readonly agencyPath: Float64Array | null;
  private readonly longestNewcomerPeriod: number;
  /** Inner-loop steps one run takes: a month each, plus a step per cohort-month of settling in. */
  readonly workPerRun: number;
  done = 0;

  constructor(
    assumptions: Assumptions,
    cohorts: readonly Cohort[],
    readonly settings: Settings,
    private readonly baseTurnover: number,
    private readonly baseGrowth: number,
  ) {
    const plan = compilePlan(assumptions, cohorts, settings.months);
    this.plan = plan;
    this.random = new Sfc32(settings.seed);
    this.caseload = new Float64Array(settings.runs * settings.months);
    this.vacancyRate = new Float64Array(settings.runs * settings.months);
    const newcomers = plan.newcomers;
    this.remaining = new Float64Array(newcomers.length);
    this.arrivals = Int32Array.from(newcomers, (cohort) => cohort.arrival);
    this.sizes = Float64Array.from(newcomers, (cohort) => cohort.fte);
    this.factorLengths = Int32Array.from(newcomers, (cohort) => cohort.factors.length);
    this.factorStarts = new Int32Array(newcomers.length);
    let total = 0;
    newcomers.forEach((cohort, c) => {
      this.factorStarts[c] = total;
      total += cohort.factors.length;
    });
    this.factors = new Float64Array(total);
    newcomers.forEach((cohort, c) => this.factors.set(cohort.factors, this.factorStarts[c]));
    this.longestNewcomerPeriod = plan.longestNewcomerPeriod;
    // A run through the projection (plans using the pipeline) costs several fast-loop steps a month.
    this.workPerRun =
      (plan.months + newcomerMonths(plan)) * (plan.simple ? 1 : PROJECTION_STEP_COST);
    if (plan.policy === "backfill") {
      this.agencyPath = null;
    } else {
      // The same arithmetic as project(), done once: these policies ignore in-post numbers.
      this.agencyPath = new Float64Array(plan.months);
      let agency = plan.openingAgency;
      for (let t = 0; t < plan.months; t++) {
        agency = nextAgency(plan, t, agency, Number.NaN);
        this.agencyPath[t] = agency;
      }
    }
  }

  /** Runs up to `count` more runs; returns how many are done in all. */
  advance(count: number): number {
    const end = Math.min(this.settings.runs, this.done + count);
    for (let run = this.done; run < end; run++) this.runOnce(run);
    this.done = end;
    return end;
  }

  private runOnce(run: number): void {
    const plan = this.plan;
    const { runs, turnoverSd, demandSd } = this.settings;
    // Two draws a run, always in this order, so chunking never changes the sequence.
    const turnover = clamp(this.baseTurnover + turnoverSd * standardNormal(this.random), 0, 1);
    const growth = clamp(this.baseGrowth + demandSd * standardNormal(this.random), -0.5, 0.5);
    if (!plan.simple) {
      this.runThroughProjection(run, turnover, growth);
      return;
    }
    const leaverRate = turnover / 12;
    const stayRate = 1 - leaverRate;
    const { remaining, arrivals, sizes, factorStarts, factorLengths, factors, agencyPath } = this;
    const { caseload, vacancyRate } = this;
    const { startersByMonth, casesOverride, establishment, capacityMultiplier, months } = plan;
    const window = new NewcomerWindow(arrivals, this.longestNewcomerPeriod);
    let inPost = plan.openingInPost;
    let cases = plan.openingCases;

    for (let t = 0; t < months; t++) {
      inPost = inPost - inPost * leaverRate + startersByMonth[t];
      let newcomerFte = 0;
      let newcomerEffective = 0;
      window.advance(t);
      for (let c = window.from; c < window.to; c++) {
        const age = t - arrivals[c];
        // Past the newcomer period, where the remaining FTE no longer matters.
        if (age >= factorLengths[c]) continue;
        const left = age === 0 ? sizes[c] : remaining[c] * stayRate;
        remaining[c] = left;
        newcomerFte += left;
        newcomerEffective += left * factors[factorStarts[c] + age];
      }
      const experienced = Math.max(0, inPost - newcomerFte);
      const vacancy = Math.max(0, establishment - inPost);
      const agency = agencyPath === null ? Math.max(0, establishment - inPost) : agencyPath[t];
      const effective = (experienced + newcomerEffective + agency) * capacityMultiplier;
      const override = casesOverride[t];
      cases = override === override ? override : cases * (1 + growth); // NaN marks "no override"
      const cell = t * runs + run;
      caseload[cell] = effective > 0 ? cases / effective : Number.POSITIVE_INFINITY;
      vacancyRate[cell] = vacancy / (vacancy + inPost);
    }
  }

  /**
   * A run of a plan using the pipeline's dynamic parts (refills, conversions, turnover by cohort,
   * contract ends), which the fast loop above does not model: the projection itself, so the
   * bands follow exactly the arithmetic of `project`.
   */
  private runThroughProjection(run: number, turnover: number, growth: number): void {
    const rows = projectPlan(this.plan, turnover, growth);
    const runs = this.settings.runs;
    for (let t = 0; t < rows.length; t++) {
      const cell = t * runs + run;
      this.caseload[cell] = rows[t].caseloadPerWorker ?? Number.POSITIVE_INFINITY;
      this.vacancyRate[cell] = rows[t].vacancyRate;
    }
  }

  result(): MonteCarloResult {
    const { months, runs, seed } = this.settings;
    const caseload: Band[] = [];
    const vacancyRate: Band[] = [];
    for (let t = 0; t < months; t++) {
      caseload.push(bandOf(this.caseload.subarray(t * runs, (t + 1) * runs)));
      vacancyRate.push(bandOf(this.vacancyRate.subarray(t * runs, (t + 1) * runs)));
    }
    return { months: this.plan.labels.slice(), caseload, vacancyRate, runs, seed };
  }
}

/** P10/P50/P90 by linear interpolation between order statistics (Excel's PERCENTILE.INC). Sorts in place. */
function bandOf(values: Float64Array): Band {
  values.sort();
  return {
    p10: percentileOfSorted(values, 0.1),
    p50: percentileOfSorted(values, 0.5),
    p90: percentileOfSorted(values, 0.9),
  };
}

export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(n - 1, below + 1);
  const fraction = position - below;
  const low = sorted[below];
  const high = sorted[above];
  if (!Number.isFinite(low) || (fraction > 0 && !Number.isFinite(high))) return null;
  return fraction === 0 ? low : low + (high - low) * fraction;
}

/** Monte Carlo bands computed at once. Returns a WorkforceError for invalid inputs or options. */
export function monteCarlo(
  assumptions: Assumptions,
  cohorts: readonly Cohort[],
  options: MonteCarloOptions = {},
): MonteCarloResult | WorkforceError {
  const simulation = startSimulation(assumptions, cohorts, options);
  if (simulation instanceof WorkforceError) return simulation;
  const { runs, months } = simulation.settings;
  // Checked before any run: a formula answers, or refuses with the reason, within about 2 s.
  if (runs * simulation.workPerRun > MAX_WORK) {
    const allowed = Math.max(1, Math.floor(MAX_WORK / simulation.workPerRun));
    return invalidValue(
      `runs × months × cohorts is too much work for one formula: ${runs.toLocaleString("en-GB")} runs of ${months} months with ${cohorts.length.toLocaleString("en-GB")} cohorts would take more than about 2 seconds. Use at most ${allowed.toLocaleString("en-GB")} runs for this plan, fewer months, or fewer cohorts (combine those starting in the same month).`,
    );
  }
  simulation.advance(runs);
  return simulation.result();
}

/** Validates the options and sets up a simulation around the assumptions' own rates. */
function startSimulation(
  assumptions: Assumptions,
  cohorts: readonly Cohort[],
  options: MonteCarloOptions,
): Simulation | WorkforceError {
  const settings = resolveSettings(assumptions, cohorts, options);
  if (settings instanceof WorkforceError) return settings;
  return new Simulation(
    assumptions,
    cohorts,
    settings,
    assumptions.annualTurnover,
    assumptions.monthlyDemandGrowth,
  );
}

/** The error a cancelled monteCarloAsync rejects with: name "AbortError", like fetch's. */
export function abortError(): Error {
  if (typeof DOMException === "function")
    return new DOMException("Monte Carlo run cancelled.", "AbortError");
  const error = new Error("Monte Carlo run cancelled.");
  error.name = "AbortError";
  return error;
}

export function isAbortError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "AbortError"
  );
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The same bands as `monteCarlo` (identical numbers for the same seed), computed in chunks with a
 * yield to the event loop between chunks so a UI can show progress and cancel. Resolves with a
 * WorkforceError for invalid inputs; rejects with an AbortError when `signal` aborts.
 */
export async function monteCarloAsync(
  assumptions: Assumptions,
  cohorts: readonly Cohort[],
  options: MonteCarloAsyncOptions = {},
): Promise<MonteCarloResult | WorkforceError> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError();
  const simulation = startSimulation(assumptions, cohorts, options);
  if (simulation instanceof WorkforceError) return simulation;
  // By default a chunk is about the same work however many cohorts a run carries, so the page
  // stays responsive and Cancel answers promptly.
  const chunkRuns =
    options.chunkRuns !== undefined && options.chunkRuns >= 1
      ? Math.floor(options.chunkRuns)
      : Math.max(1, Math.floor(CHUNK_WORK / simulation.workPerRun));
  const { runs } = simulation.settings;
  while (simulation.done < runs) {
    simulation.advance(chunkRuns);
    onProgress?.(simulation.done, runs);
    await yieldToEventLoop();
    if (signal?.aborted) throw abortError();
  }
  return simulation.result();
}

/** Header row plus one row a month of P10/P50/P90 caseload and vacancy rate, ready to spill. */
export function monteCarloToMatrix(
  result: MonteCarloResult,
): (string | number | WorkforceError)[][] {
  const undefinedCaseload = (): WorkforceError =>
    new WorkforceError(
      "divisionByZero",
      "No case-holding capacity in some runs: caseload is undefined.",
    );
  const matrix: (string | number | WorkforceError)[][] = [MONTE_CARLO_HEADERS.slice()];
  for (let t = 0; t < result.months.length; t++) {
    const c = result.caseload[t];
    const v = result.vacancyRate[t];
    matrix.push([
      result.months[t],
      c.p10 ?? undefinedCaseload(),
      c.p50 ?? undefinedCaseload(),
      c.p90 ?? undefinedCaseload(),
      v.p10 ?? undefinedCaseload(),
      v.p50 ?? undefinedCaseload(),
      v.p90 ?? undefinedCaseload(),
    ]);
  }
  return matrix;
}
