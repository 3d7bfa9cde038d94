/**
 * Per-team and total workforce measures from a post-level staffing list, with the DfE
 * definitions applied to the posts:
 * - in post = FTE of permanent (employed) posts; agency workers are NOT in post (DfE);
 * - leavers = FTE of permanent posts flagged as leavers (DfE counts employed leavers);
 * - days lost = sickness days of permanent posts (DfE's absence covers employed staff);
 * - case-holding FTE = FTE of permanent and agency posts that hold cases (the case-holder
 *   column when present, otherwise posts with cases > 0); vacant posts never hold cases;
 * - cases = all cases recorded against the team's posts (including any parked on a vacant post);
 * - FTE needed = cases / target caseload / (1 − the group's own absence rate), absence taken as 0
 *   when it cannot be computed.
 */
import { isWorkforceError, notAvailable, WorkforceError } from "./errors";
import {
  absenceRate,
  agencyRate,
  caseload,
  DEFAULT_TARGET_CASELOAD,
  DEFAULT_WORKING_DAYS,
  fteNeeded,
  sicknessDaysPerFte,
  turnoverRate,
  vacancyRate,
} from "./metrics";
import type { StaffingRecord } from "./staffing";

export interface MeasureSet {
  inPostFte: number;
  agencyFte: number;
  vacancyFte: number;
  leaversFte: number;
  caseHoldersFte: number;
  cases: number;
  daysLost: number;
  vacancyRate: number | WorkforceError;
  agencyRate: number | WorkforceError;
  turnoverRate: number | WorkforceError;
  absenceRate: number | WorkforceError;
  sicknessDaysPerFte: number | WorkforceError;
  caseload: number | WorkforceError;
  fteNeeded: number | WorkforceError;
}

export interface SummaryOptions {
  /** Working days in the year for the absence rate (default 253). */
  workingDays?: number;
  /** Target caseload for FTE needed (default 16). */
  targetCaseload?: number;
}

export interface StaffingSummary {
  teams: ({ team: string } & MeasureSet)[];
  total: MeasureSet;
}

/** Rounds away float noise from summing FTEs such as 0.1 + 0.2. */
const tidy = (value: number): number => Math.round(value * 1e9) / 1e9;

function measure(records: readonly StaffingRecord[], options: SummaryOptions): MeasureSet {
  let inPostFte = 0;
  let agencyFte = 0;
  let vacancyFte = 0;
  let leaversFte = 0;
  let caseHoldersFte = 0;
  let cases = 0;
  let daysLost = 0;
  let anyCases = false;
  for (const r of records) {
    if (r.status === "permanent") {
      inPostFte += r.fte;
      daysLost += r.sicknessDays;
      if (r.leaver) leaversFte += r.fte;
    } else if (r.status === "agency") {
      agencyFte += r.fte;
    } else {
      vacancyFte += r.fte;
    }
    if (r.caseHolder && r.status !== "vacant") caseHoldersFte += r.fte;
    if (r.cases !== null) {
      anyCases = true;
      cases += r.cases;
    }
  }
  [inPostFte, agencyFte, vacancyFte, leaversFte, caseHoldersFte, cases, daysLost] = [
    inPostFte,
    agencyFte,
    vacancyFte,
    leaversFte,
    caseHoldersFte,
    cases,
    daysLost,
  ].map(tidy);
  const absence = absenceRate(daysLost, inPostFte, options.workingDays ?? DEFAULT_WORKING_DAYS);
  const noCases = notAvailable("no cases recorded (add a Cases column)");
  return {
    inPostFte,
    agencyFte,
    vacancyFte,
    leaversFte,
    caseHoldersFte,
    cases,
    daysLost,
    vacancyRate: vacancyRate(vacancyFte, inPostFte),
    agencyRate: agencyRate(agencyFte, inPostFte),
    turnoverRate: turnoverRate(leaversFte, inPostFte),
    absenceRate: absence,
    sicknessDaysPerFte: sicknessDaysPerFte(daysLost, inPostFte),
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
  { key: "inPostFte", label: "In post FTE", kind: "fte" },
  { key: "agencyFte", label: "Agency FTE", kind: "fte" },
  { key: "vacancyFte", label: "Vacancy FTE", kind: "fte" },
  { key: "leaversFte", label: "Leavers FTE", kind: "fte" },
  { key: "caseHoldersFte", label: "Case-holding FTE", kind: "fte" },
  { key: "cases", label: "Cases", kind: "count" },
  { key: "daysLost", label: "Days lost", kind: "days" },
  { key: "vacancyRate", label: "Vacancy rate", kind: "rate" },
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
