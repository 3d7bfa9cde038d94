/**
 * "Plan from this census": scenario assumptions from a census return's DfE figures. Pure, so
 * the component and its tests share it. docs/census.md ("Planning from a census") explains
 * each choice, including why the ASYE count becomes next September's ASYE cohort.
 */
import { calendarOf, fteAtReference, isMissing, type CensusAnalysis } from "../core/census";
import { DEFAULT_ASSUMPTIONS, type Assumptions, type Cohort } from "../core/planning";
import type { Targets } from "./targets";

export interface ScenarioPreset {
  name: string;
  assumptions: Assumptions;
  cohorts: Cohort[];
  /** Distinguishes one press of the button from the next, so the form refills each time. */
  stamp: number;
}

const round = (v: number, dp: number) => Math.round(v * 10 ** dp) / 10 ** dp;
const month = (year: number, m: number) => `${year}-${String(m).padStart(2, "0")}`;

/** In post with CFKSSstatus 1 (Assessed and Supported Year in Employment). */
export function asyeInPost(analysis: CensusAnalysis): { headcount: number; fte: number } {
  const asye = analysis.groups.inPost.filter((w) => w.cfkss.includes("1"));
  return { headcount: asye.length, fte: asye.reduce((t, w) => t + fteAtReference(w), 0) };
}

export function presetFromCensus(
  analysis: CensusAnalysis,
  targets: Targets,
  stamp = Date.now(),
): ScenarioPreset {
  const i = analysis.indicators;
  const value = (figure: (typeof i)[keyof typeof i], fallback: number) =>
    isMissing(figure) ? fallback : figure;
  const inPost = value(i.inpost_fte, 0);
  const agency = value(i.agency_fte, 0);
  const vacancies = value(i.vacancy_fte, 0);
  const { year, month: m } = calendarOf(analysis.reference);
  const start = m === 12 ? month(year + 1, 1) : month(year, m + 1);
  const workers = inPost + agency;
  const assumptions: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    establishmentFte: round(inPost + vacancies, 2),
    inPostFte: round(inPost, 2),
    agencyFte: round(agency, 2),
    cases: value(i.cases, 0),
    startMonth: start,
    annualTurnover: Math.min(
      1,
      round(value(i.turnover_rate_fte, DEFAULT_ASSUMPTIONS.annualTurnover), 4),
    ),
    absenceRate: Math.min(1, round(value(i.absence_rate_fte, DEFAULT_ASSUMPTIONS.absenceRate), 4)),
    caseHoldingShare:
      workers > 0
        ? Math.min(1, round(value(i.case_holders_fte, 0) / workers, 4))
        : DEFAULT_ASSUMPTIONS.caseHoldingShare,
    targetCaseload: targets.caseloadHigh,
    targetVacancyRate: targets.vacancyRate,
  };
  const asye = asyeInPost(analysis);
  // The next September on or after the start month: when newly qualified workers start.
  const intakeYear = m >= 9 ? year + 1 : year;
  const cohorts: Cohort[] =
    asye.fte > 0
      ? [
          {
            month: month(intakeYear, 9),
            fte: round(asye.fte, 2),
            kind: "asye",
            label: `ASYE intake as in the census (${asye.headcount} in ASYE)`,
          },
        ]
      : [];
  return {
    name: `From census ${year}`.slice(0, 60),
    assumptions,
    cohorts,
    stamp,
  };
}
