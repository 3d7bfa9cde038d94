/**
 * Per-team and total workforce measures from a post-level staffing list: the one place DfE's
 * definitions are applied to posts. SUMMARY, the dashboard, the benchmarks' "your data" and the
 * scenario pre-fill all read these figures. DfE, Children's social work workforce
 * (methodology: https://explore-education-statistics.service.gov.uk/methodology/children-s-social-work-workforce-methodology):
 * - in post = FTE of social workers employed by the council (permanent, fixed-term, temporary,
 *   seconded); agency workers are NOT in post;
 * - vacancies = funded posts not held by an employed worker: empty posts AND posts held by
 *   agency workers ("one in five positions were vacant, of which 69% were covered by agency
 *   workers", DfE 2022; the published vacancy_agency_cover_rate_fte is agency cover ÷ vacancies,
 *   e.g. England 2025: 4,390.8 ÷ 5,965.4 = 73.6%);
 * - agency cover = agency workers in funded posts; agency = those plus agency workers over
 *   establishment ("agency (additional)"), who are not vacancies;
 * - uncovered vacancies = empty posts; establishment = in post + vacancies;
 * - leavers = posts whose employed holder left in the year to the reference date (agency
 *   workers' leaving is not counted, as DfE counts employed leavers); starters = employed
 *   workers who started in that year;
 * - days lost = sickness days of employed staff (DfE's absence covers employed staff);
 * - case-holding FTE = employed and agency workers who hold cases (the case-holder column when
 *   present, otherwise posts with cases > 0); empty posts never hold cases;
 * - cases = all cases recorded against the team's posts (including any parked on an empty post);
 * - FTE needed = cases / target caseload / (1 − the group's own absence rate), absence taken as 0
 *   when it cannot be computed.
 * A measure whose input column the list does not have is #N/A with a reason, never 0.
 */
import { isWorkforceError, notAvailable, type WorkforceError } from "./errors";
import {
  absenceRate,
  agencyRate,
  caseload,
  DEFAULT_TARGET_CASELOAD,
  DEFAULT_WORKING_DAYS,
  fteNeeded,
  sicknessDaysPerFte,
  turnoverRate,
  vacancyCoverRate,
  vacancyRate,
} from "./metrics";
import { COLUMN_LABELS, type StaffingColumn, type StaffingRecord } from "./staffing";

type Value = number | WorkforceError;

export interface MeasureSet {
  /** In post + vacancies: the funded posts. */
  establishmentFte: number;
  inPostFte: number;
  /** Empty posts + posts held by agency workers. */
  vacancyFte: number;
  /** Agency workers in funded posts. */
  agencyCoverFte: number;
  /** Empty posts: vacancies nobody covers. */
  uncoveredVacancyFte: number;
  /** All agency workers: in funded posts and additional. */
  agencyFte: number;
  /** Agency workers holding no funded post. */
  agencyAdditionalFte: number;
  startersFte: Value;
  leaversFte: Value;
  caseHoldersFte: number;
  cases: number;
  daysLost: Value;
  vacancyRate: Value;
  /** Agency cover ÷ vacancies (DfE's vacancy_agency_cover_rate_fte). */
  vacancyAgencyCoverRate: Value;
  agencyRate: Value;
  turnoverRate: Value;
  absenceRate: Value;
  sicknessDaysPerFte: Value;
  caseload: Value;
  fteNeeded: Value;
}

export interface SummaryOptions {
  /** Working days in the year for the absence rate (default 253). */
  workingDays?: number;
  /** Target caseload for FTE needed (default 16). */
  targetCaseload?: number;
  /**
   * The columns the list has (from `readStaffing`). Measures whose column is not among them are
   * #N/A. When omitted every column is taken as present.
   */
  columns?: readonly StaffingColumn[];
}

export interface StaffingSummary {
  teams: ({ team: string } & MeasureSet)[];
  total: MeasureSet;
}

/** Rounds away float noise from summing FTEs such as 0.1 + 0.2. */
const tidy = (value: number): number => Math.round(value * 1e9) / 1e9;

function noColumn(column: StaffingColumn): WorkforceError {
  return notAvailable(`no data: the list has no ${COLUMN_LABELS[column]} column`);
}

function measure(records: readonly StaffingRecord[], options: SummaryOptions): MeasureSet {
  const has = (column: StaffingColumn) => !options.columns || options.columns.includes(column);
  let inPost = 0;
  let agencyCover = 0;
  let agencyAdditional = 0;
  let empty = 0;
  let starters = 0;
  let leavers = 0;
  let holders = 0;
  let casesSum = 0;
  let days = 0;
  let anyCases = false;
  for (const r of records) {
    if (r.status === "permanent") {
      inPost += r.fte;
      days += r.sicknessDays;
      if (r.starter) starters += r.fte;
    } else if (r.status === "agency") agencyCover += r.fte;
    else if (r.status === "agencyAdditional") agencyAdditional += r.fte;
    else empty += r.fte;
    if (r.leaver && (r.status === "permanent" || r.status === "vacant")) leavers += r.fte;
    if (r.caseHolder && r.status !== "vacant") holders += r.fte;
    if (r.cases !== null && has("cases")) {
      anyCases = true;
      casesSum += r.cases;
    }
  }
  const inPostFte = tidy(inPost);
  const agencyCoverFte = tidy(agencyCover);
  const uncoveredVacancyFte = tidy(empty);
  const vacancyFte = tidy(empty + agencyCover);
  const agencyFte = tidy(agencyCover + agencyAdditional);
  const caseHoldersFte = tidy(holders);
  const cases = tidy(casesSum);
  const daysLost: Value = has("sicknessDays") ? tidy(days) : noColumn("sicknessDays");
  const leaversFte: Value = has("leaver") ? tidy(leavers) : noColumn("leaver");
  const workingDays = options.workingDays ?? DEFAULT_WORKING_DAYS;
  const absence = isWorkforceError(daysLost)
    ? daysLost
    : absenceRate(daysLost, inPostFte, workingDays);
  const noCases = has("cases")
    ? notAvailable("no cases recorded (the Cases column is empty)")
    : noColumn("cases");
  return {
    establishmentFte: tidy(inPostFte + vacancyFte),
    inPostFte,
    vacancyFte,
    agencyCoverFte,
    uncoveredVacancyFte,
    agencyFte,
    agencyAdditionalFte: tidy(agencyAdditional),
    startersFte: has("startDate") ? tidy(starters) : noColumn("startDate"),
    leaversFte,
    caseHoldersFte,
    cases,
    daysLost,
    vacancyRate: vacancyRate(vacancyFte, inPostFte),
    vacancyAgencyCoverRate: vacancyCoverRate(agencyCoverFte, vacancyFte),
    agencyRate: agencyRate(agencyFte, inPostFte),
    turnoverRate: isWorkforceError(leaversFte) ? leaversFte : turnoverRate(leaversFte, inPostFte),
    absenceRate: absence,
    sicknessDaysPerFte: isWorkforceError(daysLost)
      ? daysLost
      : sicknessDaysPerFte(daysLost, inPostFte),
    caseload: anyCases ? caseload(cases, caseHoldersFte) : noCases,
    fteNeeded: anyCases
      ? fteNeeded(
          cases,
          options.targetCaseload ?? DEFAULT_TARGET_CASELOAD,
          !isWorkforceError(absence) && absence < 1 ? absence : 0,
        )
      : noCases,
  };
}

/** Measures per team (in order of first appearance) and for all posts together. */
export function summarise(
  records: readonly StaffingRecord[],
  options: SummaryOptions = {},
): StaffingSummary {
  const byTeam = new Map<string, StaffingRecord[]>();
  for (const record of records) {
    const group = byTeam.get(record.team);
    if (group) group.push(record);
    else byTeam.set(record.team, [record]);
  }
  return {
    teams: [...byTeam.entries()].map(([team, group]) => ({ team, ...measure(group, options) })),
    total: measure(records, options),
  };
}

/** Column order and headings of the summary table (SUMMARY's spill, the dashboard's table). */
export const SUMMARY_COLUMNS: readonly {
  key: keyof MeasureSet;
  label: string;
  kind: "fte" | "count" | "rate" | "days" | "caseload";
}[] = [
  { key: "establishmentFte", label: "Establishment FTE", kind: "fte" },
  { key: "inPostFte", label: "In post FTE", kind: "fte" },
  { key: "vacancyFte", label: "Vacancy FTE", kind: "fte" },
  { key: "agencyCoverFte", label: "Agency cover FTE", kind: "fte" },
  { key: "uncoveredVacancyFte", label: "Uncovered vacancy FTE", kind: "fte" },
  { key: "agencyFte", label: "Agency FTE", kind: "fte" },
  { key: "startersFte", label: "Starters FTE", kind: "fte" },
  { key: "leaversFte", label: "Leavers FTE", kind: "fte" },
  { key: "caseHoldersFte", label: "Case-holding FTE", kind: "fte" },
  { key: "cases", label: "Cases", kind: "count" },
  { key: "daysLost", label: "Days lost", kind: "days" },
  { key: "vacancyRate", label: "Vacancy rate", kind: "rate" },
  { key: "vacancyAgencyCoverRate", label: "Vacancy agency cover rate", kind: "rate" },
  { key: "agencyRate", label: "Agency rate", kind: "rate" },
  { key: "turnoverRate", label: "Turnover rate", kind: "rate" },
  { key: "absenceRate", label: "Absence rate", kind: "rate" },
  { key: "sicknessDaysPerFte", label: "Sickness days per FTE", kind: "days" },
  { key: "caseload", label: "Caseload", kind: "caseload" },
  { key: "fteNeeded", label: "FTE needed", kind: "fte" },
];

/** The summary as a table: a header row, one row per team, then a "Total" row. */
export function summaryTable(summary: StaffingSummary): (string | number | WorkforceError)[][] {
  const header = ["Team", ...SUMMARY_COLUMNS.map((c) => c.label)];
  const row = (name: string, set: MeasureSet) => [name, ...SUMMARY_COLUMNS.map((c) => set[c.key])];
  return [header, ...summary.teams.map((t) => row(t.team, t)), row("Total", summary.total)];
}
