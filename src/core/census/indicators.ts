/**
 * DfE's published indicators from a council's own census return, with DfE's column names, so
 * a council sees its figures months before DfE publishes them and can line them up against
 * the published file. Definitions (docs/census.md gives each one's source):
 *
 * - in post: not an agency worker, started on or before the reference date (or no start date
 *   given), and no RoleEndDate on or before it. FTE is FTE30 (FTE at 30 September), else FTE;
 * - starters / leavers: not agency, RoleStartDate / RoleEndDate within the census year (the
 *   year to the reference date, both ends included). FTE is FTE, else FTE30;
 * - headcounts remove duplicate posts on SWE number, birth date, gender and ethnicity (plus
 *   the start or end date for starters and leavers); agency records are never de-duplicated;
 * - agency: agency workers not ended by the reference date;
 * - case holders: workers at the reference date, agency included, with Cases30 of at least 1;
 * - absence: WorkingDaysLost of those in post over in-post FTE × working days (253; 254 for
 *   the 2020 and 2024 collections);
 * - vacancies and agency cover come from LALevelVacancies.
 *
 * Rates are fractions, like every rate in the add-in (DfE publishes percentages).
 */
import { workingDaysForYear } from "../metrics";
import { calendarOf, censusYear } from "./dates";
import type { CensusWorker } from "./validate";

/** DfE's indicator columns, in the order of the published file (data/dfe-csww/). */
export const CENSUS_COLUMNS = [
  "inpost_fte",
  "inpost_headcount",
  "starters_fte",
  "starters_headcount",
  "leavers_fte",
  "leavers_headcount",
  "turnover_rate_fte",
  "turnover_rate_headcount",
  "agency_fte",
  "agency_headcount",
  "agency_rate_fte",
  "agency_rate_headcount",
  "agency_cover_fte",
  "agency_cover_rate_fte",
  "vacancy_fte",
  "vacancy_rate_fte",
  "vacancy_agency_cover_rate_fte",
  "case_holders_fte",
  "cases",
  "caseload_fte",
  "working_days_lost_fte",
  "absence_rate_fte",
] as const;

export type CensusColumn = (typeof CENSUS_COLUMNS)[number];

/** The rate columns (fractions); the others are counts. */
export const CENSUS_RATE_COLUMNS: ReadonlySet<CensusColumn> = new Set<CensusColumn>([
  "turnover_rate_fte",
  "turnover_rate_headcount",
  "agency_rate_fte",
  "agency_rate_headcount",
  "agency_cover_rate_fte",
  "vacancy_rate_fte",
  "vacancy_agency_cover_rate_fte",
  "absence_rate_fte",
]);

export interface LaVacancies {
  /** NumberOfVacancies: vacant posts, FTE. */
  vacancyFte: number;
  /** NoAgencyFTE: agency workers covering those vacancies, FTE. */
  agencyCoverFte: number;
  /** NoAgencyHeadcount. */
  agencyCoverHeadcount?: number;
}

/** Why a figure cannot be given: the denominator is 0, or its inputs are not in the return. */
export interface Missing {
  missing: "divisionByZero" | "notAvailable";
  reason: string;
}

export type Figure = number | Missing;

export type CensusIndicators = Record<CensusColumn, Figure>;

/** Which workers each measure counted, for the pane and the plan. */
export interface CensusGroups {
  inPost: CensusWorker[];
  agency: CensusWorker[];
  starters: CensusWorker[];
  leavers: CensusWorker[];
  caseHolders: CensusWorker[];
}

export function isMissing(figure: Figure): figure is Missing {
  return typeof figure !== "number";
}

/** FTE on the reference date. */
export function fteAtReference(w: CensusWorker): number {
  return w.fte30 ?? w.fte ?? 0;
}

/** FTE of a start or a leaving. */
export function fteOfMove(w: CensusWorker): number {
  return w.fte ?? w.fte30 ?? 0;
}

export function isInPost(w: CensusWorker, reference: number): boolean {
  return (
    w.agency === false &&
    (w.start === undefined || w.start <= reference) &&
    (w.end === undefined || w.end > reference)
  );
}

export function isAgencyAtReference(w: CensusWorker, reference: number): boolean {
  return (
    w.agency === true &&
    (w.start === undefined || w.start <= reference) &&
    (w.end === undefined || w.end > reference)
  );
}

/** Sorts workers into the groups DfE counts. */
export function censusGroups(workers: readonly CensusWorker[], reference: number): CensusGroups {
  const year = censusYear(reference);
  const within = (day: number | undefined) =>
    day !== undefined && day >= year.first && day <= year.last;
  const groups: CensusGroups = {
    inPost: [],
    agency: [],
    starters: [],
    leavers: [],
    caseHolders: [],
  };
  for (const w of workers) {
    const inPost = isInPost(w, reference);
    const agency = isAgencyAtReference(w, reference);
    if (inPost) groups.inPost.push(w);
    if (agency) groups.agency.push(w);
    if (w.agency === false && within(w.start)) groups.starters.push(w);
    if (w.agency === false && within(w.end)) groups.leavers.push(w);
    if ((inPost || agency) && (w.cases30 ?? 0) >= 1) groups.caseHolders.push(w);
  }
  return groups;
}

function sum(workers: readonly CensusWorker[], of: (w: CensusWorker) => number): number {
  let total = 0;
  for (const w of workers) total += of(w);
  return total;
}

/** Distinct people among `workers`, as DfE removes duplicate posts. */
function headcount(
  workers: readonly CensusWorker[],
  date?: (w: CensusWorker) => number | undefined,
) {
  const people = new Set<string>();
  let unidentified = 0;
  for (const w of workers) {
    // Without a SWE number a record cannot be matched to another, so it is one person.
    if (w.swe === undefined) {
      unidentified++;
      continue;
    }
    people.add(
      `${w.swe}|${w.birth ?? ""}|${w.gender ?? ""}|${w.ethnicity ?? ""}|${date?.(w) ?? ""}`,
    );
  }
  return people.size + unidentified;
}

function rate(numerator: number, denominator: number, what: string): Figure {
  if (denominator === 0) return { missing: "divisionByZero", reason: `${what} is 0` };
  return numerator / denominator;
}

export interface IndicatorOptions {
  /** Working days in the year; from the reference date's year when omitted. */
  workingDays?: number;
  /** The workers' groups on the reference date, when the caller has them already. */
  groups?: CensusGroups;
}

/** The indicators for a return's workers on a reference date. */
export function censusIndicators(
  workers: readonly CensusWorker[],
  vacancies: LaVacancies | undefined,
  reference: number,
  options: IndicatorOptions = {},
): { indicators: CensusIndicators; groups: CensusGroups } {
  const groups = options.groups ?? censusGroups(workers, reference);
  const inpostFte = sum(groups.inPost, fteAtReference);
  const inpostHeadcount = headcount(groups.inPost);
  const startersFte = sum(groups.starters, fteOfMove);
  const leaversFte = sum(groups.leavers, fteOfMove);
  const leaversHeadcount = headcount(groups.leavers, (w) => w.end);
  const agencyFte = sum(groups.agency, fteAtReference);
  const agencyHeadcount = groups.agency.length;
  const caseHoldersFte = sum(groups.caseHolders, fteAtReference);
  const cases = sum(groups.caseHolders, (w) => w.cases30 ?? 0);
  const daysLost = sum(groups.inPost, (w) => w.daysLost ?? 0);
  const workingDays = options.workingDays ?? workingDaysForYear(calendarOf(reference).year);
  const noVacancies: Missing = {
    missing: "notAvailable",
    reason: "the return has no LALevelVacancies (give la_vacancies)",
  };
  const vacancyFte: Figure = vacancies ? vacancies.vacancyFte : noVacancies;
  const coverFte: Figure = vacancies ? vacancies.agencyCoverFte : noVacancies;
  const indicators: CensusIndicators = {
    inpost_fte: inpostFte,
    inpost_headcount: inpostHeadcount,
    starters_fte: startersFte,
    starters_headcount: headcount(groups.starters, (w) => w.start),
    leavers_fte: leaversFte,
    leavers_headcount: leaversHeadcount,
    turnover_rate_fte: rate(leaversFte, inpostFte, "in-post FTE"),
    turnover_rate_headcount: rate(leaversHeadcount, inpostHeadcount, "in-post headcount"),
    agency_fte: agencyFte,
    agency_headcount: agencyHeadcount,
    agency_rate_fte: rate(agencyFte, agencyFte + inpostFte, "agency FTE + in-post FTE"),
    agency_rate_headcount: rate(
      agencyHeadcount,
      agencyHeadcount + inpostHeadcount,
      "agency headcount + in-post headcount",
    ),
    agency_cover_fte: coverFte,
    agency_cover_rate_fte: vacancies
      ? rate(vacancies.agencyCoverFte, agencyFte, "agency FTE")
      : noVacancies,
    vacancy_fte: vacancyFte,
    vacancy_rate_fte: vacancies
      ? rate(vacancies.vacancyFte, vacancies.vacancyFte + inpostFte, "vacancy FTE + in-post FTE")
      : noVacancies,
    vacancy_agency_cover_rate_fte: vacancies
      ? rate(vacancies.agencyCoverFte, vacancies.vacancyFte, "vacancy FTE")
      : noVacancies,
    case_holders_fte: caseHoldersFte,
    cases,
    caseload_fte: rate(cases, caseHoldersFte, "case-holding FTE"),
    working_days_lost_fte: daysLost,
    absence_rate_fte: rate(daysLost, inpostFte * workingDays, "in-post FTE"),
  };
  return { indicators, groups };
}
