/** Monte Carlo bands from the planning engine against a minimal hand-written typed-array loop. */
import { isWorkforceError } from "../../src/core/errors";
import { MONTE_CARLO_HEADERS, monteCarlo } from "../../src/core/planning";
import { MONTHS, scenario, scenarioCohorts } from "../handSheet";
import { minimalMonteCarlo } from "../minimalMonteCarlo";
import { plain, timePair, type Repeats } from "../timing";
import { within, type CaseResult } from "./types";

export function benchMonteCarlo(repeats: Repeats): CaseResult {
  const runs = 10_000;
  const months = MONTHS;
  const seed = 20211201;
  const minimalScenario = {
    runs,
    months,
    seed,
    establishment: scenario.establishmentFte,
    inPost: scenario.inPostFte,
    agency: scenario.agencyFte,
    cases: scenario.cases,
    turnover: scenario.annualTurnover,
    growth: scenario.monthlyDemandGrowth,
    turnoverSd: scenario.turnoverSd,
    growthSd: scenario.demandGrowthSd,
    capacity: scenario.caseHoldingShare * (1 - scenario.absenceRate),
    intl: {
      arrival: 1,
      fte: 21,
      lead: scenario.internationalLeadMonths,
      ramp: scenario.internationalRampUpMonths,
    },
    asye: {
      arrival: 10,
      fte: 30,
      share: scenario.asyeCaseloadShare,
      protectedMonths: scenario.asyeProtectedMonths,
    },
  };
  // Same arithmetic: the bands must be identical, number for number.
  const ours = monteCarlo(scenario, scenarioCohorts, { runs, months, seed });
  if (isWorkforceError(ours)) throw new Error(ours.message);
  const minimal = minimalMonteCarlo(minimalScenario);
  for (let t = 0; t < months; t++) {
    const expected = [
      ours.caseload[t].p10,
      ours.caseload[t].p50,
      ours.caseload[t].p90,
      ours.vacancyRate[t].p10,
      ours.vacancyRate[t].p50,
      ours.vacancyRate[t].p90,
    ];
    const actual = [
      minimal.caseload[t * 3],
      minimal.caseload[t * 3 + 1],
      minimal.caseload[t * 3 + 2],
      minimal.vacancyRate[t * 3],
      minimal.vacancyRate[t * 3 + 1],
      minimal.vacancyRate[t * 3 + 2],
    ];
    expected.forEach((value, i) => {
      if (value !== actual[i])
        throw new Error(
          `Monte Carlo month ${t} ${MONTE_CARLO_HEADERS[i + 1]}: ${String(value)} ≠ ${actual[i]}`,
        );
    });
  }
  const [oursTime, minimalTime] = timePair(
    plain(() => monteCarlo(scenario, scenarioCohorts, { runs, months, seed })),
    plain(() => minimalMonteCarlo(minimalScenario)),
    repeats,
  );
  return {
    rows: [
      within(2, "the loop", {
        case: `Monte Carlo, ${runs.toLocaleString("en-GB")} runs × ${months} months (P10/P50/P90)`,
        ours: oursTime,
        comparison: minimalTime,
        comparisonLabel: "minimal hand-written typed-array loop",
        note: "identical bands, number for number",
      }),
    ],
    floors: {},
  };
}
