/** The scenario form's fields, drafts and validation (pure, so tests can reach it directly). */
import type { WorkforceError } from "../core/errors";
import { agencyRate, vacancyRate } from "../core/metrics";
import {
  AGENCY_POLICIES,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_PROJECTION_MONTHS,
  MAX_PROJECTION_MONTHS,
  NUMBER_FIELDS,
  assumptionField,
  assumptionProblems,
  cohortOutsideHorizon,
  formatMonth,
  isOptionalField,
  type AgencyPolicy,
  type Assumptions,
  type Cohort,
  type CohortKind,
  type NumberFieldSpec,
  type NumericAssumptionKey,
} from "../core/planning";
import { validateCohort } from "../core/planning/cohorts";
import type { StaffingSummary } from "../core/summary";
import { formatPercent } from "./format";
import { MAX_SCENARIO_NAME } from "./scenarios";
import type { Targets } from "./targets";

/** The number fields the form shows, in display order (the targets come from the Targets editor). */
export const FORM_FIELDS: readonly NumberFieldSpec[] = NUMBER_FIELDS.filter(
  (spec) => spec.inForm !== false,
);

export const POLICY_LABELS: Readonly<Record<AgencyPolicy, string>> = {
  flat: "Flat (agency stays as it is)",
  release: "Release agency as permanent staff settle",
  backfill: "Backfill every vacancy with agency",
};

export interface CohortDraft {
  month: string;
  fte: string;
  kind: CohortKind;
  rampUpMonths: string;
  /** The cohort's own annual turnover, a percentage; blank takes its kind's default. */
  annualTurnover: string;
  /** Months of a first contract; blank when there is none. */
  retentionMonths: string;
  /** Percentage of the cohort leaving when that contract ends; blank takes the default. */
  leaveAtContractEnd: string;
  label: string;
}

/** A new cohort's fields: optional ones blank. */
export const newCohortDraft = (month: string): CohortDraft => ({
  month,
  fte: "1",
  kind: "international",
  rampUpMonths: "",
  annualTurnover: "",
  retentionMonths: "",
  leaveAtContractEnd: "",
  label: "",
});

export interface ScenarioDraft {
  id: string | null;
  name: string;
  months: string;
  startMonth: string;
  agencyPolicy: AgencyPolicy;
  /** The text typed in each of FORM_FIELDS, percentages as percentages. */
  values: Partial<Record<NumericAssumptionKey, string>>;
  cohorts: CohortDraft[];
}

export const COHORT_KIND_LABELS: Readonly<Record<CohortKind, string>> = {
  international: "International recruits",
  asye: "ASYE (newly qualified)",
  permanent: "Permanent (experienced)",
  agency: "Agency",
};

const round = (v: number, dp: number) => Math.round(v * 10 ** dp) / 10 ** dp;

function show(field: NumberFieldSpec, value: number | undefined): string {
  if (value === undefined) return "";
  return String(field.percent ? round(value * 100, 2) : round(value, 2));
}

export function nextMonth(today = new Date()): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/**
 * Assumptions taken from the dashboard's current figures, by DfE's definitions (see
 * src/core/summary.ts): establishment = in post + vacancies (empty posts and posts held by
 * agency workers), agency = every agency worker. The planning engine's vacancies are
 * establishment − in post, so the projection opens at the dashboard's vacancy and agency rates.
 */
export function assumptionsFromSummary(
  summary: StaffingSummary | null,
  targets: Targets,
  today = new Date(),
): Assumptions {
  const base: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    establishmentFte: 100,
    inPostFte: 80,
    cases: 1300,
    startMonth: nextMonth(today),
    targetCaseload: targets.caseloadHigh,
    targetVacancyRate: targets.vacancyRate,
  };
  if (!summary) return base;
  const t = summary.total;
  const num = (v: unknown, fallback: number) =>
    typeof v === "number" && Number.isFinite(v) ? v : fallback;
  const workers = t.inPostFte + t.agencyFte;
  const establishment = t.establishmentFte;
  return {
    ...base,
    establishmentFte: establishment > 0 ? round(establishment, 2) : base.establishmentFte,
    inPostFte: round(t.inPostFte, 2),
    agencyFte: round(t.agencyFte, 2),
    cases: t.cases > 0 ? t.cases : base.cases,
    annualTurnover: Math.min(1, num(t.turnoverRate, base.annualTurnover)),
    absenceRate: Math.min(1, num(t.absenceRate, base.absenceRate)),
    caseHoldingShare:
      workers > 0 ? Math.min(1, round(t.caseHoldersFte / workers, 4)) : base.caseHoldingShare,
  };
}

/** The vacancy and agency rates a projection opens at, as the planning engine counts them. */
export function openingRates(
  assumptions: Pick<Assumptions, "establishmentFte" | "inPostFte" | "agencyFte">,
): {
  vacancyRate: number | WorkforceError;
  agencyRate: number | WorkforceError;
} {
  const vacancies = Math.max(0, assumptions.establishmentFte - assumptions.inPostFte);
  return {
    vacancyRate: vacancyRate(vacancies, assumptions.inPostFte),
    agencyRate: agencyRate(assumptions.agencyFte, assumptions.inPostFte),
  };
}

/** "Opens at a vacancy rate of 23.9% and an agency rate of 13.4%", from the form as typed. */
export function openingLine(draft: ScenarioDraft): string {
  const [establishmentFte, inPostFte, agencyFte] = [
    draft.values.establishmentFte,
    draft.values.inPostFte,
    draft.values.agencyFte,
  ].map(Number);
  if (![establishmentFte, inPostFte, agencyFte].every(Number.isFinite))
    return "Pre-filled from the dashboard's current figures.";
  const rates = openingRates({ establishmentFte, inPostFte, agencyFte });
  return `Pre-filled from the dashboard's current figures: the projection opens at a vacancy rate of ${formatPercent(rates.vacancyRate)} and an agency rate of ${formatPercent(rates.agencyRate)} (DfE definitions).`;
}

const percentText = (fraction: number | undefined): string =>
  fraction === undefined ? "" : String(round(fraction * 100, 2));

export function draftFrom(
  name: string,
  assumptions: Assumptions,
  cohorts: readonly Cohort[],
  months: number = DEFAULT_PROJECTION_MONTHS,
  id: string | null = null,
): ScenarioDraft {
  const values: ScenarioDraft["values"] = {};
  for (const field of FORM_FIELDS) values[field.key] = show(field, assumptions[field.key]);
  return {
    id,
    name,
    months: String(months),
    startMonth: assumptions.startMonth,
    agencyPolicy: assumptions.agencyPolicy,
    values,
    cohorts: cohorts.map((c) => ({
      month: c.month,
      fte: String(c.fte),
      kind: c.kind,
      rampUpMonths: c.rampUpMonths === undefined ? "" : String(c.rampUpMonths),
      annualTurnover: percentText(c.annualTurnover),
      retentionMonths: c.retentionMonths === undefined ? "" : String(c.retentionMonths),
      leaveAtContractEnd: percentText(c.leaveAtContractEnd),
      label: c.label ?? "",
    })),
  };
}

/**
 * Why the cohort core finds outside the projection would never show in it (it would be
 * dropped), in the form's words, naming its row; null when every cohort falls inside.
 */
function horizonProblem(
  cohorts: readonly Cohort[],
  startMonth: string,
  months: number,
): string | null {
  const breach = cohortOutsideHorizon(startMonth, cohorts, months);
  if (breach === null) return null;
  const { month } = cohorts[breach.index];
  const where = `Cohort ${breach.index + 1}: month ${month}`;
  return breach.side === "before"
    ? `${where} is before the start month ${startMonth}, so the projection would leave it out. Move it to ${startMonth} or later.`
    : `${where} is after the projection's last month, ${formatMonth(breach.last)}, so the projection would leave it out. Project more months or move the cohort.`;
}

export type DraftResult =
  | { ok: true; name: string; months: number; assumptions: Assumptions; cohorts: Cohort[] }
  | { ok: false; message: string };

/** Validates a draft; every message names the field (and the cohort row) at fault. */
export function readDraft(draft: ScenarioDraft, base: Assumptions): DraftResult {
  const name = draft.name.trim();
  if (name === "") return { ok: false, message: "Scenario name: enter a name." };
  if (name.length > MAX_SCENARIO_NAME)
    return {
      ok: false,
      message: `Scenario name: use at most ${MAX_SCENARIO_NAME} characters.`,
    };
  const months = Number(draft.months);
  if (!Number.isInteger(months) || months < 1 || months > MAX_PROJECTION_MONTHS) {
    return {
      ok: false,
      message: `Months to project: enter a whole number from 1 to ${MAX_PROJECTION_MONTHS}.`,
    };
  }
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(draft.startMonth.trim())) {
    return { ok: false, message: 'Start month: enter a month as YYYY-MM, e.g. "2026-04".' };
  }
  if (!AGENCY_POLICIES.includes(draft.agencyPolicy))
    return { ok: false, message: "Agency policy: choose flat, release or backfill." };
  const assumptions: Assumptions = {
    ...base,
    startMonth: draft.startMonth.trim(),
    agencyPolicy: draft.agencyPolicy,
  };
  const typed = assumptions as unknown as Record<string, number | undefined>;
  for (const field of FORM_FIELDS) {
    const text = (draft.values[field.key] ?? "").trim();
    if (text === "" && isOptionalField(field)) {
      typed[field.key] = undefined;
      continue;
    }
    const value = Number(text);
    if (text === "" || !Number.isFinite(value))
      return { ok: false, message: `${field.label}: enter a number.` };
    typed[field.key] = field.percent ? value / 100 : value;
  }
  const [problem] = assumptionProblems(assumptions);
  if (problem) {
    const label = problem.field === "casesSeries" ? "Cases" : assumptionField(problem.field).label;
    return { ok: false, message: `${label}: ${problem.message}` };
  }
  const cohorts: Cohort[] = [];
  for (let i = 0; i < draft.cohorts.length; i++) {
    const cohort = readCohortDraft(draft.cohorts[i], `Cohort ${i + 1}`);
    if (typeof cohort === "string") return { ok: false, message: cohort };
    cohorts.push(cohort);
  }
  const outside = horizonProblem(cohorts, assumptions.startMonth, months);
  if (outside) return { ok: false, message: outside };
  return { ok: true, name, months, assumptions, cohorts };
}

/**
 * One cohort of the form as core reads it, or a message naming the cohort and the field. The
 * form's own checks come first (percentages as typed); core's validateCohort then has the last
 * word, so the form accepts exactly what WORKFORCE.PROJECT accepts.
 */
export function readCohortDraft(row: CohortDraft, where: string): Cohort | string {
  const fte = Number(row.fte);
  if (row.fte.trim() === "" || !Number.isFinite(fte)) return `${where} FTE: enter a number.`;
  const cohort: Cohort = { month: row.month.trim(), fte, kind: row.kind };
  const optional = (text: string) => (text.trim() === "" ? undefined : Number(text));
  const ramp = optional(row.rampUpMonths);
  if (ramp !== undefined && !Number.isFinite(ramp))
    return `${where} ramp-up months: enter a whole number.`;
  if (ramp !== undefined) cohort.rampUpMonths = ramp;
  const percents = [
    ["annualTurnover", "annual turnover", row.annualTurnover],
    ["leaveAtContractEnd", "leaving at contract end", row.leaveAtContractEnd],
  ] as const;
  for (const [key, name, text] of percents) {
    const value = optional(text);
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0 || value > 100)
      return `${where} ${name}: enter a percentage from 0 to 100, or leave it blank.`;
    cohort[key] = value / 100;
  }
  // Its range (whole months, 1 to core's limit) is core's to check, below.
  const retention = optional(row.retentionMonths);
  if (retention !== undefined && !Number.isFinite(retention))
    return `${where} first contract months: enter a whole number, or leave it blank.`;
  if (retention !== undefined) cohort.retentionMonths = retention;
  if (cohort.leaveAtContractEnd !== undefined && cohort.retentionMonths === undefined)
    return `${where} leaving at contract end: give the first contract months too, or leave it blank.`;
  if (row.label.trim() !== "") cohort.label = row.label.trim();
  const problem = validateCohort(cohort, where);
  return problem ? problem.message : cohort;
}
