/**
 * Recruitment cohorts: groups of starters arriving in a month. Read from a range with a header
 * row; parsing never throws and errors name the row.
 */
import { isBlank, toNumberArg } from "../args";
import { WorkforceError, invalidValue, isWorkforceError } from "../errors";
import { normaliseName } from "./assumptions";
import { MAX_FTE, MAX_PERIOD_MONTHS as MAX_RAMP_MONTHS } from "./assumptionTypes";
import { describeValue, formatMonth, notAMonth, parseMonth } from "./months";

export type CohortKind = "permanent" | "international" | "asye" | "agency";
export const COHORT_KINDS: readonly CohortKind[] = ["permanent", "international", "asye", "agency"];

export interface Cohort {
  /** Month the cohort starts work, "YYYY-MM". */
  month: string;
  /** FTE starting. */
  fte: number;
  /**
   * permanent: experienced permanent social workers; international: permanent recruits from
   * overseas (registration and induction first); asye: newly qualified workers in their
   * Assessed and Supported Year in Employment; agency: agency social workers.
   */
  kind: CohortKind;
  /** Months to reach a full caseload after any lead time; default depends on the kind. */
  rampUpMonths?: number;
  /** This cohort's own annual turnover; default asye_turnover, international_turnover or annual_turnover by kind. */
  annualTurnover?: number;
  /** Months of a first (fixed-term) contract: `leaveAtContractEnd` of the cohort leaves when it ends. */
  retentionMonths?: number;
  /** Share of the cohort still in post that leaves when the first contract ends; default contract_end_leaving_share. */
  leaveAtContractEnd?: number;
  label?: string;
  /**
   * The row of the range the cohort was read from (1 = the range's first row), so messages about
   * it name that row; absent for cohorts built in code or in the task pane.
   */
  sourceRow?: number;
}

/** How messages name a cohort: by its row in the range it came from, else by its place in the list. */
export function cohortPlace(cohort: Cohort, index: number): string {
  return cohort.sourceRow === undefined ? `cohort ${index + 1}` : `cohorts row ${cohort.sourceRow}`;
}

type Column =
  | "month"
  | "fte"
  | "kind"
  | "rampUpMonths"
  | "annualTurnover"
  | "retentionMonths"
  | "leaveAtContractEnd"
  | "label";

const HEADER_ALIASES: Readonly<Record<string, Column>> = {
  month: "month",
  startmonth: "month",
  start: "month",
  arrival: "month",
  arrivalmonth: "month",
  date: "month",
  startdate: "month",
  fte: "fte",
  ftes: "fte",
  recruits: "fte",
  starters: "fte",
  number: "fte",
  count: "fte",
  kind: "kind",
  type: "kind",
  route: "kind",
  source: "kind",
  rampup: "rampUpMonths",
  rampupmonths: "rampUpMonths",
  ramp: "rampUpMonths",
  rampmonths: "rampUpMonths",
  annualturnover: "annualTurnover",
  turnover: "annualTurnover",
  retentionmonths: "retentionMonths",
  retention: "retentionMonths",
  contractmonths: "retentionMonths",
  firstcontractmonths: "retentionMonths",
  leaveatcontractend: "leaveAtContractEnd",
  contractendleavers: "leaveAtContractEnd",
  contractendleavingshare: "leaveAtContractEnd",
  leavingshare: "leaveAtContractEnd",
  label: "label",
  name: "label",
  description: "label",
  notes: "label",
  note: "label",
};

const KIND_ALIASES: Readonly<Record<string, CohortKind>> = {
  permanent: "permanent",
  perm: "permanent",
  experienced: "permanent",
  international: "international",
  overseas: "international",
  intl: "international",
  asye: "asye",
  nqsw: "asye",
  newlyqualified: "asye",
  agency: "agency",
  locum: "agency",
};

/**
 * Most cohorts one formula or scenario may hold. A plan has one cohort per intake (a few dozen
 * over five years); the cap keeps every planning formula within about 2 seconds, since the
 * target solver projects the plan some 50 times.
 */
export const MAX_COHORTS = 10_000;

function tooManyCohorts(count: number): WorkforceError {
  return invalidValue(
    `${count.toLocaleString("en-GB")} cohorts is more than the ${MAX_COHORTS.toLocaleString("en-GB")} one plan may hold (the limit keeps every planning formula within about 2 seconds). Combine cohorts that start in the same month.`,
  );
}

export function parseCohortKind(value: unknown): CohortKind | null {
  if (isBlank(value)) return "permanent";
  if (typeof value !== "string") return null;
  return KIND_ALIASES[normaliseName(value)] ?? null;
}

/** Checks one cohort built in code; null when valid. */
export function validateCohort(cohort: Cohort, where: string): WorkforceError | null {
  if (typeof cohort.month !== "string" || parseMonth(cohort.month) === null) {
    return invalidValue(`${where}: month ${notAMonth(cohort.month)}`);
  }
  if (
    typeof cohort.fte !== "number" ||
    !Number.isFinite(cohort.fte) ||
    cohort.fte < 0 ||
    cohort.fte > MAX_FTE
  ) {
    return invalidValue(`${where}: fte must be between 0 and ${MAX_FTE.toLocaleString("en-GB")}.`);
  }
  if (!COHORT_KINDS.includes(cohort.kind)) {
    return invalidValue(`${where}: kind must be one of ${COHORT_KINDS.join(", ")}.`);
  }
  if (cohort.label !== undefined && typeof cohort.label !== "string") {
    return invalidValue(`${where}: label must be text.`);
  }
  const fractionProblem = (value: number | undefined, name: string): WorkforceError | null =>
    value !== undefined && !(typeof value === "number" && value >= 0 && value <= 1)
      ? invalidValue(`${where}: ${name} must be a fraction from 0 to 1.`)
      : null;
  const problem =
    fractionProblem(cohort.annualTurnover, "annual turnover") ??
    fractionProblem(cohort.leaveAtContractEnd, "leave at contract end");
  if (problem) return problem;
  const retention = cohort.retentionMonths;
  if (
    retention !== undefined &&
    (!Number.isInteger(retention) || retention < 1 || retention > MAX_RAMP_MONTHS)
  ) {
    return invalidValue(
      `${where}: retention months must be a whole number from 1 to ${MAX_RAMP_MONTHS}.`,
    );
  }
  const ramp = cohort.rampUpMonths;
  if (ramp !== undefined && (!Number.isInteger(ramp) || ramp < 0 || ramp > MAX_RAMP_MONTHS)) {
    return invalidValue(
      `${where}: ramp-up months must be a whole number from 0 to ${MAX_RAMP_MONTHS}.`,
    );
  }
  return null;
}

export function validateCohorts(cohorts: readonly Cohort[]): WorkforceError | null {
  if (cohorts.length > MAX_COHORTS) return tooManyCohorts(cohorts.length);
  for (let i = 0; i < cohorts.length; i++) {
    const problem = validateCohort(cohorts[i], cohortPlace(cohorts[i], i));
    if (problem) return problem;
  }
  return null;
}

/**
 * Reads cohorts from a range whose first row holds headers: month and fte are required; kind
 * (permanent, international, asye, agency; default permanent), ramp_up_months and label are
 * optional. Header names are matched leniently ("Start month", "FTE", "Type", "Ramp up").
 * Fully blank rows are skipped. A blank or omitted range gives no cohorts.
 */
export function parseCohorts(range: unknown[][] | null | undefined): Cohort[] | WorkforceError {
  if (range === null || range === undefined) return [];
  if (!Array.isArray(range)) return invalidValue("cohorts must be a range with a header row.");
  // Indices of the rows holding anything, so messages can give each row's place in the range.
  const filled: number[] = [];
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    if (!(Array.isArray(row) && row.every((cell) => isBlank(cell)))) filled.push(r);
  }
  if (filled.length === 0) return [];
  const header = range[filled[0]];
  if (!Array.isArray(header)) return invalidValue("cohorts must be a range with a header row.");
  if (filled.length - 1 > MAX_COHORTS) return tooManyCohorts(filled.length - 1);

  const columns = new Map<Column, number>();
  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    if (isBlank(cell)) continue;
    const column = typeof cell === "string" ? HEADER_ALIASES[normaliseName(cell)] : undefined;
    if (column === undefined) {
      return invalidValue(
        `cohorts header ${describeValue(cell)} is not recognised. Use month, fte, kind, ramp_up_months, annual_turnover, retention_months, leave_at_contract_end and label.`,
      );
    }
    if (columns.has(column)) return invalidValue(`cohorts header has two ${column} columns.`);
    columns.set(column, c);
  }
  const monthColumn = columns.get("month");
  const fteColumn = columns.get("fte");
  if (monthColumn === undefined || fteColumn === undefined) {
    return invalidValue("cohorts must have a header row with at least month and fte columns.");
  }

  const cohorts: Cohort[] = [];
  for (let i = 1; i < filled.length; i++) {
    const cells: unknown = range[filled[i]];
    if (!Array.isArray(cells)) return invalidValue("cohorts must be a range of rows.");
    const row = cells as unknown[];
    // Row numbers count from the range's first row (row 1), as the user sees the range.
    const where = `cohorts row ${filled[i] + 1}`;
    const month = parseMonth(row[monthColumn]);
    if (month === null) {
      return invalidValue(`${where}: month ${notAMonth(row[monthColumn])}`);
    }
    const fte = toNumberArg(row[fteColumn], `${where}: fte`);
    if (isWorkforceError(fte)) return invalidValue(fte.message);
    if (fte > MAX_FTE)
      return invalidValue(
        `${where}: fte must be at most ${MAX_FTE.toLocaleString("en-GB")} (got ${fte}).`,
      );

    const kindColumn = columns.get("kind");
    const kind = kindColumn === undefined ? "permanent" : parseCohortKind(row[kindColumn]);
    if (kind === null) {
      return invalidValue(
        `${where}: kind must be permanent, international, asye or agency (got ${describeValue(row[kindColumn ?? 0])}).`,
      );
    }
    const cohort: Cohort = { month: formatMonth(month), fte, kind, sourceRow: filled[i] + 1 };

    const rampColumn = columns.get("rampUpMonths");
    if (rampColumn !== undefined && !isBlank(row[rampColumn])) {
      const ramp = toNumberArg(row[rampColumn], `${where}: ramp-up months`);
      if (isWorkforceError(ramp)) return invalidValue(ramp.message);
      if (!Number.isInteger(ramp) || ramp > MAX_RAMP_MONTHS) {
        return invalidValue(
          `${where}: ramp-up months must be a whole number from 0 to ${MAX_RAMP_MONTHS} (got ${ramp}).`,
        );
      }
      cohort.rampUpMonths = ramp;
    }
    const extras = readCohortExtras(row, columns, where);
    if (isWorkforceError(extras)) return extras;
    Object.assign(cohort, extras);
    const labelColumn = columns.get("label");
    if (labelColumn !== undefined && !isBlank(row[labelColumn])) {
      const label = row[labelColumn];
      cohort.label = typeof label === "string" ? label.trim() : String(label);
    }
    cohorts.push(cohort);
  }
  return cohorts;
}

/** The pipeline columns of one cohort row: its own turnover and first-contract retention. */
function readCohortExtras(
  row: readonly unknown[],
  columns: ReadonlyMap<Column, number>,
  where: string,
): Pick<Cohort, "annualTurnover" | "retentionMonths" | "leaveAtContractEnd"> | WorkforceError {
  const extras: Pick<Cohort, "annualTurnover" | "retentionMonths" | "leaveAtContractEnd"> = {};
  const fractions = [
    ["annualTurnover", "annual turnover"],
    ["leaveAtContractEnd", "leave at contract end"],
  ] as const;
  for (const [column, name] of fractions) {
    const index = columns.get(column);
    if (index === undefined || isBlank(row[index])) continue;
    const value = toNumberArg(row[index], `${where}: ${name}`);
    if (isWorkforceError(value)) return invalidValue(value.message);
    if (value > 1) {
      return invalidValue(
        `${where}: ${name} must be a fraction from 0 to 1, e.g. 0.2 for 20% (got ${value}).`,
      );
    }
    extras[column] = value;
  }
  const retentionIndex = columns.get("retentionMonths");
  if (retentionIndex !== undefined && !isBlank(row[retentionIndex])) {
    const months = toNumberArg(row[retentionIndex], `${where}: retention months`);
    if (isWorkforceError(months)) return invalidValue(months.message);
    if (!Number.isInteger(months) || months < 1 || months > MAX_RAMP_MONTHS) {
      return invalidValue(
        `${where}: retention months must be a whole number from 1 to ${MAX_RAMP_MONTHS} (got ${months}).`,
      );
    }
    extras.retentionMonths = months;
  }
  return extras;
}
