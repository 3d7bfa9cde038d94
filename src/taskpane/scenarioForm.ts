/** The scenario form's fields, drafts and validation (pure, so tests can reach it directly). */
import { isWorkforceError, type WorkforceError } from "../core/errors";
import { agencyRate, vacancyRate } from "../core/metrics";
import {
  AGENCY_POLICIES,
  DEFAULT_ASSUMPTIONS,
  validateAssumptions,
  type AgencyPolicy,
  type Assumptions,
  type Cohort,
  type CohortKind,
} from "../core/planning";
import { validateCohort } from "../core/planning/cohorts";
import type { StaffingSummary } from "../core/summary";
import { formatPercent } from "./format";
import type { Targets } from "./targets";

type NumericKey = {
  [K in keyof Assumptions]-?: Assumptions[K] extends number | undefined ? K : never;
}[keyof Assumptions];

export interface AssumptionField {
  key: NumericKey;
  /** The planning engine's snake_case name, used in its messages. */
  engineName: string;
  label: string;
  percent: boolean;
  advanced?: boolean;
}

export const ASSUMPTION_FIELDS: readonly AssumptionField[] = [
  {
    key: "establishmentFte",
    engineName: "establishment_fte",
    label: "Establishment (funded posts, FTE)",
    percent: false,
  },
  { key: "inPostFte", engineName: "in_post_fte", label: "Permanent in post (FTE)", percent: false },
  { key: "agencyFte", engineName: "agency_fte", label: "Agency workers (FTE)", percent: false },
  { key: "cases", engineName: "cases", label: "Open cases", percent: false },
  {
    key: "annualTurnover",
    engineName: "annual_turnover",
    label: "Annual turnover (%)",
    percent: true,
  },
  {
    key: "monthlyDemandGrowth",
    engineName: "monthly_demand_growth",
    label: "Demand growth per month (%)",
    percent: true,
  },
  {
    key: "absenceRate",
    engineName: "absence_rate",
    label: "Sickness absence rate (%)",
    percent: true,
  },
  {
    key: "caseHoldingShare",
    engineName: "case_holding_share",
    label: "Share holding cases (%)",
    percent: true,
  },
  {
    key: "permanentCostPerFte",
    engineName: "permanent_cost_per_fte",
    label: "Permanent cost per FTE (£ a year)",
    percent: false,
  },
  {
    key: "agencyCostPerFte",
    engineName: "agency_cost_per_fte",
    label: "Agency cost per FTE (£ a year)",
    percent: false,
  },
  {
    key: "asyeCaseloadShare",
    engineName: "asye_caseload_share",
    label: "ASYE caseload share (%)",
    percent: true,
    advanced: true,
  },
  {
    key: "asyeProtectedMonths",
    engineName: "asye_protected_months",
    label: "ASYE protected months",
    percent: false,
    advanced: true,
  },
  {
    key: "asyeRampUpMonths",
    engineName: "asye_ramp_up_months",
    label: "ASYE ramp-up months",
    percent: false,
    advanced: true,
  },
  {
    key: "internationalLeadMonths",
    engineName: "international_lead_months",
    label: "International lead-in months",
    percent: false,
    advanced: true,
  },
  {
    key: "internationalRampUpMonths",
    engineName: "international_ramp_up_months",
    label: "International ramp-up months",
    percent: false,
    advanced: true,
  },
  {
    key: "permanentRampUpMonths",
    engineName: "permanent_ramp_up_months",
    label: "Permanent ramp-up months",
    percent: false,
    advanced: true,
  },
  {
    key: "turnoverSd",
    engineName: "turnover_sd",
    label: "Turnover uncertainty (SD, %)",
    percent: true,
    advanced: true,
  },
  {
    key: "demandGrowthSd",
    engineName: "demand_growth_sd",
    label: "Demand growth uncertainty (SD, %)",
    percent: true,
    advanced: true,
  },
];

export interface CohortDraft {
  month: string;
  fte: string;
  kind: CohortKind;
  rampUpMonths: string;
  label: string;
}

export interface ScenarioDraft {
  id: string | null;
  name: string;
  months: string;
  startMonth: string;
  agencyPolicy: AgencyPolicy;
  values: Record<NumericKey, string>;
  cohorts: CohortDraft[];
}

export const COHORT_KIND_LABELS: Readonly<Record<CohortKind, string>> = {
  international: "International recruits",
  asye: "ASYE (newly qualified)",
  permanent: "Permanent (experienced)",
  agency: "Agency",
};

const round = (v: number, dp: number) => Math.round(v * 10 ** dp) / 10 ** dp;

function show(field: AssumptionField, value: number | undefined): string {
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

export function draftFrom(
  name: string,
  assumptions: Assumptions,
  cohorts: readonly Cohort[],
  months: number,
  id: string | null,
): ScenarioDraft {
  const values = {} as Record<NumericKey, string>;
  for (const field of ASSUMPTION_FIELDS) values[field.key] = show(field, assumptions[field.key]);
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
      label: c.label ?? "",
    })),
  };
}

export type DraftResult =
  | { ok: true; name: string; months: number; assumptions: Assumptions; cohorts: Cohort[] }
  | { ok: false; message: string };

/** Validates a draft; every message names the field (and the cohort row) at fault. */
export function readDraft(draft: ScenarioDraft, base: Assumptions): DraftResult {
  const name = draft.name.trim();
  if (name === "") return { ok: false, message: "Scenario name: enter a name." };
  if (name.length > 60) return { ok: false, message: "Scenario name: use at most 60 characters." };
  const months = Number(draft.months);
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    return { ok: false, message: "Months to project: enter a whole number from 1 to 120." };
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
  for (const field of ASSUMPTION_FIELDS) {
    const text = draft.values[field.key].trim();
    const value = Number(text);
    if (text === "" || !Number.isFinite(value))
      return { ok: false, message: `${field.label}: enter a number.` };
    (assumptions as unknown as Record<string, number>)[field.key] = field.percent
      ? value / 100
      : value;
  }
  const problem = validateAssumptions(assumptions);
  if (problem) {
    const field = ASSUMPTION_FIELDS.find((f) => problem.message.startsWith(f.engineName));
    const message = field
      ? `${field.label}: ${problem.message.slice(field.engineName.length).trim()}`
      : problem.message;
    return { ok: false, message };
  }
  const cohorts: Cohort[] = [];
  for (let i = 0; i < draft.cohorts.length; i++) {
    const row = draft.cohorts[i];
    const where = `Cohort ${i + 1}`;
    const fte = Number(row.fte);
    if (row.fte.trim() === "" || !Number.isFinite(fte))
      return { ok: false, message: `${where} FTE: enter a number.` };
    const ramp = row.rampUpMonths.trim() === "" ? undefined : Number(row.rampUpMonths);
    if (ramp !== undefined && !Number.isFinite(ramp))
      return { ok: false, message: `${where} ramp-up months: enter a whole number.` };
    const cohort: Cohort = { month: row.month.trim(), fte, kind: row.kind };
    if (ramp !== undefined) cohort.rampUpMonths = ramp;
    if (row.label.trim() !== "") cohort.label = row.label.trim();
    const cohortProblem = validateCohort(cohort, where);
    if (cohortProblem && isWorkforceError(cohortProblem))
      return { ok: false, message: cohortProblem.message };
    cohorts.push(cohort);
  }
  return { ok: true, name, months, assumptions, cohorts };
}
