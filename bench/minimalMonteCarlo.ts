/**
 * The practical limit for the Monte Carlo benchmark: the same arithmetic as monteCarlo() for the
 * benchmark scenario (two cohorts, "release" policy), hand-specialised, with no plan compilation,
 * validation or general cohort loop: typed arrays, one flat loop, then sorted percentiles.
 */
import { Sfc32 } from "../src/core/planning";

export interface MinimalScenario {
  runs: number;
  months: number;
  seed: number;
  establishment: number;
  inPost: number;
  agency: number;
  cases: number;
  turnover: number;
  growth: number;
  turnoverSd: number;
  growthSd: number;
  capacity: number;
  intl: { arrival: number; fte: number; lead: number; ramp: number };
  asye: { arrival: number; fte: number; share: number; protectedMonths: number };
}

export interface MinimalBands {
  caseload: Float64Array; // [p10, p50, p90] for each month
  vacancyRate: Float64Array;
}

function percentile(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  const fraction = position - below;
  return fraction === 0
    ? sorted[below]
    : sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

export function minimalMonteCarlo(s: MinimalScenario): MinimalBands {
  const { runs, months } = s;
  const caseload = new Float64Array(runs * months);
  const vacancyRate = new Float64Array(runs * months);
  const random = new Sfc32(s.seed);
  const intlSettles = s.intl.arrival + s.intl.lead + s.intl.ramp;
  for (let run = 0; run < runs; run++) {
    let sum1 = 0;
    for (let i = 0; i < 12; i++) sum1 += random.next();
    let sum2 = 0;
    for (let i = 0; i < 12; i++) sum2 += random.next();
    const turnover = Math.min(1, Math.max(0, s.turnover + s.turnoverSd * (sum1 - 6)));
    const growth = Math.min(0.5, Math.max(-0.5, s.growth + s.growthSd * (sum2 - 6)));
    const leave = turnover / 12;
    const stay = 1 - leave;
    let inPost = s.inPost;
    let agency = s.agency;
    let cases = s.cases;
    let intl = 0;
    let asye = 0;
    for (let t = 0; t < months; t++) {
      inPost =
        inPost -
        inPost * leave +
        (t === s.intl.arrival ? s.intl.fte : 0) +
        (t === s.asye.arrival ? s.asye.fte : 0);
      const intlAge = t - s.intl.arrival;
      const asyeAge = t - s.asye.arrival;
      let newcomers = 0;
      let newcomerCapacity = 0;
      if (intlAge >= 0) {
        intl = intlAge === 0 ? s.intl.fte : intl * stay;
        if (intlAge < s.intl.lead + s.intl.ramp) {
          newcomers += intl;
          if (intlAge >= s.intl.lead)
            newcomerCapacity += intl * ((intlAge - s.intl.lead + 1) / (s.intl.ramp + 1));
        }
      }
      if (asyeAge >= 0) {
        asye = asyeAge === 0 ? s.asye.fte : asye * stay;
        if (asyeAge < s.asye.protectedMonths) {
          newcomers += asye;
          newcomerCapacity += asye * s.asye.share;
        }
      }
      if (t === intlSettles) agency = Math.max(0, agency - s.intl.fte);
      if (t === s.asye.arrival) agency = Math.max(0, agency - s.asye.fte);
      const vacancy = Math.max(0, s.establishment - inPost);
      const effective = (Math.max(0, inPost - newcomers) + newcomerCapacity + agency) * s.capacity;
      cases = cases * (1 + growth);
      caseload[t * runs + run] = cases / effective;
      vacancyRate[t * runs + run] = vacancy / (vacancy + inPost);
    }
  }
  const bands = (values: Float64Array): Float64Array => {
    const out = new Float64Array(months * 3);
    for (let t = 0; t < months; t++) {
      const slice = values.subarray(t * runs, (t + 1) * runs).sort();
      out[t * 3] = percentile(slice, 0.1);
      out[t * 3 + 1] = percentile(slice, 0.5);
      out[t * 3 + 2] = percentile(slice, 0.9);
    }
    return out;
  };
  return { caseload: bands(caseload), vacancyRate: bands(vacancyRate) };
}
