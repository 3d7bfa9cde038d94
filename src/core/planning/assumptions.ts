/**
 * Planning assumptions: the two-column name/value table a user keeps in a sheet, its defaults
 * and its validation. Parsing never throws; a bad entry becomes a WorkforceError naming it.
 */
import { isBlank, toNumberArg } from "../args";
import { widestRow } from "../ranges";
import { WorkforceError, invalidValue, isWorkforceError } from "../errors";
import { describeValue, formatMonth, parseMonth } from "./months";

export type AgencyPolicy = "flat" | "release" | "backfill";
export const AGENCY_POLICIES: readonly AgencyPolicy[] = ["flat", "release", "backfill"];

export interface Assumptions {
  /** Funded social worker posts, FTE. Required. */
  establishmentFte: number;
  /** Permanent (employed) social workers in post at the start of `startMonth`, FTE. Required. */
  inPostFte: number;
  /** Agency social workers at the start of `startMonth`, FTE. */
  agencyFte: number;
  /** Open cases at the start of `startMonth`. Required. */
  cases: number;
  /** DfE turnover: permanent leavers in a year ÷ permanent FTE in post (0.12 = 12 %). */
  annualTurnover: number;
  /** Growth in open cases each month (0.01 = 1 % a month; negative for falling demand). */
  monthlyDemandGrowth: number;
  /** Share of working days lost to sickness absence (DfE absence rate). */
  absenceRate: number;
  /** Share of social worker FTE who hold cases (DfE case holders ÷ FTE in post). */
  caseHoldingShare: number;
  /** Annual cost of one permanent FTE including on-costs (employer NI and pension), £. */
  permanentCostPerFte: number;
  /** Annual cost of one agency FTE including the agency's margin, £. */
  agencyCostPerFte: number;
  /** First projected month, "YYYY-MM". Required. */
  startMonth: string;
  /** What agency staffing does as permanent staff come and go. */
  agencyPolicy: AgencyPolicy;
  /** Caseload per worker that counts as "on target" (informational; functions take a target argument). */
  targetCaseload?: number;
  /** Vacancy rate that counts as "on target" (informational). */
  targetVacancyRate?: number;
  /** Share of a full caseload an ASYE (newly qualified) worker carries during protection. */
  asyeCaseloadShare: number;
  /** Months of ASYE protected caseload. */
  asyeProtectedMonths: number;
  /** Months before an ASYE reaches the protected caseload (linear ramp-up). */
  asyeRampUpMonths: number;
  /** Months an international recruit spends on registration and induction holding no cases. */
  internationalLeadMonths: number;
  /** Months over which an international recruit then ramps up to a full caseload. */
  internationalRampUpMonths: number;
  /** Months over which an experienced permanent starter ramps up to a full caseload. */
  permanentRampUpMonths: number;
  /** Monte Carlo: standard deviation of the annual turnover rate (absolute, 0.03 = 3 points). */
  turnoverSd: number;
  /** Monte Carlo: standard deviation of the monthly demand growth (absolute). */
  demandGrowthSd: number;
  /** Optional series of open cases by month (index 0 = start month) overriding growth while it lasts. */
  casesSeries?: readonly number[];
}

/** Names that must be present in an assumptions table. */
export const REQUIRED_ASSUMPTIONS = [
  "establishment_fte",
  "in_post_fte",
  "cases",
  "start_month",
] as const;

/**
 * Defaults for everything else. National figures are England 2025 from DfE "Children's social
 * work workforce" (turnover 11.8 %, absence 3.5 %, 21,105 case-holding FTE of 36,186 in post);
 * costs are typical of 2024–25 council budgets and should be replaced with local figures.
 */
export const DEFAULT_ASSUMPTIONS: Readonly<
  Omit<Assumptions, "establishmentFte" | "inPostFte" | "cases" | "startMonth">
> = {
  agencyFte: 0,
  annualTurnover: 0.12,
  monthlyDemandGrowth: 0,
  absenceRate: 0.035,
  caseHoldingShare: 0.58,
  permanentCostPerFte: 55_000,
  agencyCostPerFte: 90_000,
  agencyPolicy: "flat",
  asyeCaseloadShare: 0.8,
  asyeProtectedMonths: 12,
  asyeRampUpMonths: 0,
  internationalLeadMonths: 2,
  internationalRampUpMonths: 3,
  permanentRampUpMonths: 1,
  turnoverSd: 0.03,
  demandGrowthSd: 0.005,
};

type Field = Exclude<keyof Assumptions, "casesSeries">;

interface FieldSpec {
  name: string;
  field: Field;
  kind: "number" | "integer" | "month" | "policy";
  min?: number;
  max?: number;
  /** Whether min is excluded (value must be greater than min). */
  exclusiveMin?: boolean;
  unit: string;
}

const MAX_FTE = 1_000_000;
const MAX_CASES = 100_000_000;
const MAX_COST = 10_000_000;
const MAX_MONTHS = 120;

const FIELD_SPECS: readonly FieldSpec[] = [
  {
    name: "establishment_fte",
    field: "establishmentFte",
    kind: "number",
    min: 0,
    exclusiveMin: true,
    max: MAX_FTE,
    unit: "FTE",
  },
  { name: "in_post_fte", field: "inPostFte", kind: "number", min: 0, max: MAX_FTE, unit: "FTE" },
  { name: "agency_fte", field: "agencyFte", kind: "number", min: 0, max: MAX_FTE, unit: "FTE" },
  { name: "cases", field: "cases", kind: "number", min: 0, max: MAX_CASES, unit: "open cases" },
  {
    name: "annual_turnover",
    field: "annualTurnover",
    kind: "number",
    min: 0,
    max: 1,
    unit: "a fraction, e.g. 0.12 for 12%",
  },
  {
    name: "monthly_demand_growth",
    field: "monthlyDemandGrowth",
    kind: "number",
    min: -0.5,
    max: 0.5,
    unit: "a fraction per month, e.g. 0.01 for 1%",
  },
  {
    name: "absence_rate",
    field: "absenceRate",
    kind: "number",
    min: 0,
    max: 1,
    unit: "a fraction, e.g. 0.035 for 3.5%",
  },
  {
    name: "case_holding_share",
    field: "caseHoldingShare",
    kind: "number",
    min: 0,
    max: 1,
    unit: "a fraction, e.g. 0.58",
  },
  {
    name: "permanent_cost_per_fte",
    field: "permanentCostPerFte",
    kind: "number",
    min: 0,
    max: MAX_COST,
    unit: "£ a year",
  },
  {
    name: "agency_cost_per_fte",
    field: "agencyCostPerFte",
    kind: "number",
    min: 0,
    max: MAX_COST,
    unit: "£ a year",
  },
  { name: "start_month", field: "startMonth", kind: "month", unit: "a month" },
  {
    name: "agency_policy",
    field: "agencyPolicy",
    kind: "policy",
    unit: "flat, release or backfill",
  },
  {
    name: "target_caseload",
    field: "targetCaseload",
    kind: "number",
    min: 0,
    exclusiveMin: true,
    max: 10_000,
    unit: "cases per worker",
  },
  {
    name: "target_vacancy_rate",
    field: "targetVacancyRate",
    kind: "number",
    min: 0,
    max: 1,
    unit: "a fraction",
  },
  {
    name: "asye_caseload_share",
    field: "asyeCaseloadShare",
    kind: "number",
    min: 0,
    max: 1,
    unit: "a fraction of a full caseload",
  },
  {
    name: "asye_protected_months",
    field: "asyeProtectedMonths",
    kind: "integer",
    min: 0,
    max: MAX_MONTHS,
    unit: "whole months",
  },
  {
    name: "asye_ramp_up_months",
    field: "asyeRampUpMonths",
    kind: "integer",
    min: 0,
    max: MAX_MONTHS,
    unit: "whole months",
  },
  {
    name: "international_lead_months",
    field: "internationalLeadMonths",
    kind: "integer",
    min: 0,
    max: MAX_MONTHS,
    unit: "whole months",
  },
  {
    name: "international_ramp_up_months",
    field: "internationalRampUpMonths",
    kind: "integer",
    min: 0,
    max: MAX_MONTHS,
    unit: "whole months",
  },
  {
    name: "permanent_ramp_up_months",
    field: "permanentRampUpMonths",
    kind: "integer",
    min: 0,
    max: MAX_MONTHS,
    unit: "whole months",
  },
  {
    name: "turnover_sd",
    field: "turnoverSd",
    kind: "number",
    min: 0,
    max: 0.5,
    unit: "a fraction",
  },
  {
    name: "demand_growth_sd",
    field: "demandGrowthSd",
    kind: "number",
    min: 0,
    max: 0.1,
    unit: "a fraction per month",
  },
];

/** Every name an assumptions table may use, in snake_case, in display order. */
export const ASSUMPTION_NAMES: readonly string[] = FIELD_SPECS.map((spec) => spec.name);

/** Names are matched ignoring case, spaces, underscores, hyphens and trailing units such as "(£)" or "%". */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

const SPEC_BY_KEY = new Map(FIELD_SPECS.map((spec) => [normaliseName(spec.name), spec]));
// A few spellings users write that the loose matching does not already cover.
const ALIASES: Readonly<Record<string, string>> = {
  establishment: "establishment_fte",
  inpost: "in_post_fte",
  agency: "agency_fte",
  opencases: "cases",
  turnover: "annual_turnover",
  demandgrowth: "monthly_demand_growth",
  absence: "absence_rate",
  caseholdingshare: "case_holding_share",
  permanentcost: "permanent_cost_per_fte",
  agencycost: "agency_cost_per_fte",
  start: "start_month",
  policy: "agency_policy",
};
for (const [alias, name] of Object.entries(ALIASES)) {
  const spec = FIELD_SPECS.find((candidate) => candidate.name === name);
  if (spec && !SPEC_BY_KEY.has(alias)) SPEC_BY_KEY.set(alias, spec);
}

function specForName(name: string): FieldSpec | undefined {
  return SPEC_BY_KEY.get(normaliseName(name));
}

export function parseAgencyPolicy(value: unknown): AgencyPolicy | null {
  if (typeof value !== "string") return null;
  const key = normaliseName(value);
  if (key === "flat" || key === "hold" || key === "held" || key === "heldflat") return "flat";
  if (key === "release" || key === "released") return "release";
  if (key === "backfill" || key === "backfilled") return "backfill";
  return null;
}

function rangeText(spec: FieldSpec): string {
  const low =
    spec.min === undefined ? "" : `${spec.exclusiveMin ? "greater than" : "at least"} ${spec.min}`;
  const high = spec.max === undefined ? "" : `at most ${spec.max.toLocaleString("en-GB")}`;
  return [low, high].filter((part) => part !== "").join(" and ");
}

function checkNumber(spec: FieldSpec, value: number): WorkforceError | null {
  if (!Number.isFinite(value))
    return invalidValue(`${spec.name} must be a finite number (${spec.unit}).`);
  const tooLow =
    spec.min !== undefined && (spec.exclusiveMin ? value <= spec.min : value < spec.min);
  const tooHigh = spec.max !== undefined && value > spec.max;
  if (tooLow || tooHigh) {
    return invalidValue(`${spec.name} must be ${rangeText(spec)} (${spec.unit}); got ${value}.`);
  }
  if (spec.kind === "integer" && !Number.isInteger(value)) {
    return invalidValue(`${spec.name} must be a whole number of months; got ${value}.`);
  }
  return null;
}

function convertValue(
  spec: FieldSpec,
  value: unknown,
  where: string,
): number | string | WorkforceError {
  switch (spec.kind) {
    case "month": {
      const index = parseMonth(value);
      if (index === null) {
        return invalidValue(
          `${spec.name}${where} must be a month: an Excel date or text such as "2021-12" (got ${describeValue(value)}).`,
        );
      }
      return formatMonth(index);
    }
    case "policy": {
      const policy = parseAgencyPolicy(value);
      if (policy === null) {
        return invalidValue(
          `${spec.name}${where} must be flat, release or backfill (got ${describeValue(value)}).`,
        );
      }
      return policy;
    }
    default: {
      const number = toNumberArg(value, `${spec.name}${where}`, { allowNegative: true });
      if (isWorkforceError(number)) {
        return invalidValue(`${number.message} (${spec.unit}).`);
      }
      return checkNumber(spec, number) ?? number;
    }
  }
}

/**
 * Checks an `Assumptions` object built in code (e.g. by the task pane) against the same rules
 * as a parsed table. Returns null when it is valid.
 */
export function validateAssumptions(assumptions: Assumptions): WorkforceError | null {
  for (const spec of FIELD_SPECS) {
    const value = assumptions[spec.field];
    if (
      value === undefined &&
      (spec.field === "targetCaseload" || spec.field === "targetVacancyRate")
    )
      continue;
    if (spec.kind === "month") {
      if (typeof value !== "string" || parseMonth(value) === null) {
        return invalidValue(`${spec.name} must be a month such as "2021-12".`);
      }
    } else if (spec.kind === "policy") {
      if (typeof value !== "string" || !AGENCY_POLICIES.includes(value as AgencyPolicy)) {
        return invalidValue(`${spec.name} must be flat, release or backfill.`);
      }
    } else {
      if (typeof value !== "number")
        return invalidValue(`${spec.name} must be a number (${spec.unit}).`);
      const problem = checkNumber(spec, value);
      if (problem) return problem;
    }
  }
  const series = assumptions.casesSeries;
  if (series !== undefined) {
    for (let i = 0; i < series.length; i++) {
      const cases = series[i];
      if (typeof cases !== "number" || !Number.isFinite(cases) || cases < 0 || cases > MAX_CASES) {
        return invalidValue(
          `casesSeries[${i}] must be a number of open cases between 0 and ${MAX_CASES}.`,
        );
      }
    }
  }
  return null;
}

function knownNamesText(): string {
  return ASSUMPTION_NAMES.join(", ");
}

/**
 * Reads a two-column name/value range (extra columns, e.g. notes, are ignored; fully blank rows
 * are skipped; a two-row range with the names across the top is read the same way). Names are matched leniently; unknown names are rejected with the list of known
 * ones; a blank value or a missing name takes its default, except the required names
 * (establishment_fte, in_post_fte, cases, start_month).
 */
export function parseAssumptions(range: unknown[][]): Assumptions | WorkforceError {
  if (!Array.isArray(range) || range.length === 0) {
    return invalidValue("assumptions must be a two-column range of names and values.");
  }
  const pairs = isNamesAcross(range) ? transpose(range) : range;
  const values = new Map<Field, number | string>();
  const seenAt = new Map<Field, number>();
  for (let r = 0; r < pairs.length; r++) {
    const row = pairs[r];
    const rowNumber = r + 1;
    if (!Array.isArray(row))
      return invalidValue(`assumptions row ${rowNumber} is not a row of cells.`);
    if (row.every((cell) => isBlank(cell))) continue;
    if (row.length < 2) {
      return invalidValue("assumptions must have two columns: a name and a value on each row.");
    }
    const [rawName, rawValue] = row;
    if (typeof rawName !== "string" || rawName.trim() === "") {
      return invalidValue(
        `assumptions row ${rowNumber}: the first column must be a name (got ${describeValue(rawName)}).`,
      );
    }
    const spec = specForName(rawName);
    if (!spec) {
      return invalidValue(
        `assumptions row ${rowNumber}: unknown name "${rawName.trim()}". Known names: ${knownNamesText()}.`,
      );
    }
    const earlier = seenAt.get(spec.field);
    if (earlier !== undefined) {
      return invalidValue(`assumptions rows ${earlier} and ${rowNumber} both set ${spec.name}.`);
    }
    seenAt.set(spec.field, rowNumber);
    if (isBlank(rawValue)) continue;
    const converted = convertValue(spec, rawValue, ` (assumptions row ${rowNumber})`);
    if (isWorkforceError(converted)) return converted;
    values.set(spec.field, converted);
  }

  const missing = REQUIRED_ASSUMPTIONS.filter((name) => {
    const spec = specForName(name);
    return spec !== undefined && !values.has(spec.field);
  });
  if (missing.length > 0) {
    return invalidValue(
      `assumptions must give ${missing.join(", ")} (no sensible default exists).`,
    );
  }

  const assumptions: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    establishmentFte: 0,
    inPostFte: 0,
    cases: 0,
    startMonth: "",
  };
  const target = assumptions as unknown as Record<string, unknown>;
  for (const [field, value] of values) target[field] = value;
  return validateAssumptions(assumptions) ?? assumptions;
}

/** A two-row range with names across the top (a transposed table), recognised by its known names. */
function isNamesAcross(range: unknown[][]): boolean {
  if (range.length !== 2 || !Array.isArray(range[0]) || !Array.isArray(range[1])) return false;
  const names = range[0].filter((cell) => !isBlank(cell));
  return (
    names.length > 2 &&
    names.every((cell) => typeof cell === "string" && specForName(cell) !== undefined)
  );
}

function transpose(range: unknown[][]): unknown[][] {
  const width = widestRow(range);
  return Array.from({ length: width }, (_, c) => range.map((row) => row[c]));
}

/** The assumptions as a two-column name/value table (the inverse of parseAssumptions). */
export function assumptionsToPairs(assumptions: Assumptions): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const spec of FIELD_SPECS) {
    const value = assumptions[spec.field];
    if (value !== undefined) rows.push([spec.name, value]);
  }
  return rows;
}
