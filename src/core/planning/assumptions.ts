/**
 * Planning assumptions: the two-column name/value table a user keeps in a sheet, read and
 * checked by the field specs in assumptionFields.ts (their types in assumptionTypes.ts). Parsing never throws; a bad entry becomes
 * a WorkforceError naming it, and validation gives each problem as { field, message }.
 */
import { nameKey } from "../names";
import { isBlank, toNumberArg } from "../args";
import { widestRow } from "../ranges";
import { WorkforceError, invalidValue, isWorkforceError } from "../errors";
import {
  ASSUMPTION_FIELDS,
  ASSUMPTION_NAMES,
  DEFAULT_ASSUMPTIONS,
  assumptionField,
} from "./assumptionFields";
import {
  AGENCY_POLICIES,
  MAX_BUDGET,
  MAX_CASES,
  type AgencyPolicy,
  type AssumptionFieldSpec,
  type AssumptionKey,
  type Assumptions,
  type NumberFieldSpec,
} from "./assumptionTypes";
import {
  describeValue,
  financialYearLabel,
  formatMonth,
  notAMonth,
  parseFinancialYear,
  parseMonth,
} from "./months";

export {
  ASSUMPTION_FIELDS,
  ASSUMPTION_NAMES,
  DEFAULT_ASSUMPTIONS,
  REQUIRED_ASSUMPTIONS,
  assumptionField,
  NUMBER_FIELDS,
} from "./assumptionFields";
export { AGENCY_POLICIES } from "./assumptionTypes";
export type {
  AgencyPolicy,
  AssumptionFieldSpec,
  AssumptionKey,
  Assumptions,
  NumberFieldSpec,
  NumericAssumptionKey,
} from "./assumptionTypes";

type FieldSpec = AssumptionFieldSpec;

/**
 * Names are matched ignoring case, spaces, underscores, hyphens and trailing units such as
 * "(£)" or "%": the core's one name key (core/names).
 */
export const normaliseName = nameKey;

const SPEC_BY_KEY = new Map<string, FieldSpec>(
  ASSUMPTION_FIELDS.map((spec) => [normaliseName(spec.name), spec]),
);
for (const spec of ASSUMPTION_FIELDS) {
  for (const alias of spec.aliases ?? []) {
    if (!SPEC_BY_KEY.has(alias)) SPEC_BY_KEY.set(alias, spec);
  }
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

/** A field that may be left out altogether: it has no default and is not required. */
export function isOptionalField(spec: FieldSpec): boolean {
  return spec.required !== true && !("default" in spec && spec.default !== undefined);
}

function rangeText(spec: NumberFieldSpec): string {
  const low =
    spec.min === undefined ? "" : `${spec.exclusiveMin ? "greater than" : "at least"} ${spec.min}`;
  const high = spec.max === undefined ? "" : `at most ${spec.max.toLocaleString("en-GB")}`;
  return [low, high].filter((part) => part !== "").join(" and ");
}

/** What is wrong with a number for this field, without the field's name; null when it is fine. */
function numberProblem(spec: NumberFieldSpec, value: number): string | null {
  if (!Number.isFinite(value)) return `must be a finite number (${spec.unit}).`;
  const tooLow =
    spec.min !== undefined && (spec.exclusiveMin ? value <= spec.min : value < spec.min);
  const tooHigh = spec.max !== undefined && value > spec.max;
  if (tooLow || tooHigh) return `must be ${rangeText(spec)} (${spec.unit}); got ${value}.`;
  if (spec.kind === "integer" && !Number.isInteger(value)) {
    return `must be a whole number of months; got ${value}.`;
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
        return invalidValue(`${spec.name}${where} ${notAMonth(value)}`);
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
      const problem = numberProblem(spec, number);
      return problem === null ? number : invalidValue(`${spec.name} ${problem}`);
    }
  }
}

/** One thing wrong with an assumption: the field, and what is wrong without its name. */
export interface AssumptionProblem {
  field: AssumptionKey | "casesSeries";
  message: string;
}

function fieldProblem(spec: FieldSpec, value: unknown): string | null {
  if (value === undefined && isOptionalField(spec)) return null;
  switch (spec.kind) {
    case "month":
      return typeof value === "string" && parseMonth(value) !== null
        ? null
        : 'must be a month such as "2021-12".';
    case "policy":
      return typeof value === "string" && AGENCY_POLICIES.includes(value as AgencyPolicy)
        ? null
        : "must be flat, release or backfill.";
    default:
      return typeof value === "number"
        ? numberProblem(spec, value)
        : `must be a number (${spec.unit}).`;
  }
}

/**
 * Checks an `Assumptions` object built in code (e.g. by the task pane) against the same rules
 * as a parsed table: every problem, in display order, each naming its field.
 */
export function assumptionProblems(assumptions: Assumptions): AssumptionProblem[] {
  const problems: AssumptionProblem[] = [];
  for (const spec of ASSUMPTION_FIELDS) {
    const message = fieldProblem(spec, assumptions[spec.key]);
    if (message !== null) problems.push({ field: spec.key, message });
  }
  for (const [year, budget] of Object.entries(assumptions.annualBudgetByYear ?? {})) {
    if (parseFinancialYear(year) === null) {
      problems.push({
        field: "annualBudget",
        message: `by year: "${year}" is not a financial year such as "2026/27".`,
      });
    } else if (
      typeof budget !== "number" ||
      !Number.isFinite(budget) ||
      budget < 0 ||
      budget > MAX_BUDGET
    ) {
      problems.push({
        field: "annualBudget",
        message: `for ${year} must be £0 to £${MAX_BUDGET.toLocaleString("en-GB")}.`,
      });
    }
  }
  const series = assumptions.casesSeries;
  if (series !== undefined) {
    for (let i = 0; i < series.length; i++) {
      const cases = series[i];
      if (typeof cases !== "number" || !Number.isFinite(cases) || cases < 0 || cases > MAX_CASES) {
        problems.push({
          field: "casesSeries",
          message: `[${i}] must be a number of open cases between 0 and ${MAX_CASES}.`,
        });
        break;
      }
    }
  }
  return problems;
}

/** The first problem as the engine reports it ("annual_turnover must be …"); null when valid. */
export function validateAssumptions(assumptions: Assumptions): WorkforceError | null {
  const [first] = assumptionProblems(assumptions);
  if (first === undefined) return null;
  if (first.field === "casesSeries") return invalidValue(`casesSeries${first.message}`);
  return invalidValue(`${assumptionField(first.field).name} ${first.message}`);
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
  const values = new Map<AssumptionKey, number | string>();
  const seenAt = new Map<AssumptionKey, number>();
  let headerAllowed = true;
  const budgetByYear: Record<string, number> = {};
  for (let r = 0; r < pairs.length; r++) {
    const row = pairs[r];
    const rowNumber = r + 1;
    if (!Array.isArray(row))
      return invalidValue(`assumptions row ${rowNumber} is not a row of cells.`);
    if (row.every((cell) => isBlank(cell))) continue;
    // The first filled row may be the table's header ("Name", "Value"), as a range that takes
    // in the whole table (Assumptions!A1:B14) includes it.
    const isHeader = headerAllowed && isHeaderRow(row);
    headerAllowed = false;
    if (isHeader) continue;
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
    const budgetYear = spec ? null : budgetYearOfName(rawName);
    if (budgetYear !== null) {
      const problem = readYearBudget(
        budgetByYear,
        financialYearLabel(budgetYear),
        rawValue,
        rowNumber,
      );
      if (problem) return problem;
      continue;
    }
    if (!spec) {
      return invalidValue(
        `assumptions row ${rowNumber}: unknown name "${rawName.trim()}". Known names: ${knownNamesText()}.`,
      );
    }
    const earlier = seenAt.get(spec.key);
    if (earlier !== undefined) {
      return invalidValue(`assumptions rows ${earlier} and ${rowNumber} both set ${spec.name}.`);
    }
    seenAt.set(spec.key, rowNumber);
    if (isBlank(rawValue)) continue;
    const converted = convertValue(spec, rawValue, ` (assumptions row ${rowNumber})`);
    if (isWorkforceError(converted)) return converted;
    values.set(spec.key, converted);
  }

  const missing = ASSUMPTION_FIELDS.filter(
    (spec) => spec.required === true && !values.has(spec.key),
  ).map((spec) => spec.name);
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
  if (Object.keys(budgetByYear).length > 0) assumptions.annualBudgetByYear = budgetByYear;
  const clash = costClash(values);
  if (clash) return clash;
  return validateAssumptions(assumptions) ?? assumptions;
}

const NAME_HEADERS = new Set([
  "name",
  "names",
  "assumption",
  "assumptions",
  "parameter",
  "item",
  "key",
  "field",
  "setting",
]);
const VALUE_HEADERS = new Set(["value", "values", "amount", "figure", "setting", "input"]);

/** A header row of a name/value table: a word such as "Name" over the names, "Value" (or nothing) over the values. */
function isHeaderRow(row: readonly unknown[]): boolean {
  const [name, value] = row;
  if (typeof name !== "string" || !NAME_HEADERS.has(normaliseName(name))) return false;
  return isBlank(value) || (typeof value === "string" && VALUE_HEADERS.has(normaliseName(value)));
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
  // A salary or an hourly agency rate replaces the all-in cost (giving both is refused).
  const replaced = new Set<AssumptionKey>();
  if (assumptions.permanentSalaryPerFte !== undefined) replaced.add("permanentCostPerFte");
  if (assumptions.agencyHourlyRate !== undefined) replaced.add("agencyCostPerFte");
  for (const spec of ASSUMPTION_FIELDS) {
    const value = assumptions[spec.key];
    if (value !== undefined && !replaced.has(spec.key)) rows.push([spec.name, value]);
  }
  for (const [year, budget] of Object.entries(assumptions.annualBudgetByYear ?? {}))
    rows.push([`annual_budget ${year}`, budget]);
  return rows;
}

/** The financial year of a per-year budget row's name ("annual_budget 2026/27", "Budget 2026-27"), or null. */
export function budgetYearOfName(name: string): number | null {
  const match = /^\s*(?:annual[\s_-]*)?budget[\s_:-]*(.+)$/i.exec(name);
  return match ? parseFinancialYear(match[1].replace(/[()]/g, "")) : null;
}

function readYearBudget(
  budgets: Record<string, number>,
  label: string,
  value: unknown,
  rowNumber: number,
): WorkforceError | null {
  const where = `annual_budget ${label} (assumptions row ${rowNumber})`;
  if (label in budgets)
    return invalidValue(`assumptions give ${label}'s budget twice (row ${rowNumber}).`);
  if (isBlank(value)) return null;
  const number = toNumberArg(value, where);
  if (isWorkforceError(number))
    return invalidValue(`${number.message} (£ for the financial year).`);
  if (number > MAX_BUDGET)
    return invalidValue(
      `${where} must be at most ${MAX_BUDGET.toLocaleString("en-GB")}; got ${number}.`,
    );
  budgets[label] = number;
  return null;
}

/** Two ways of stating one cost: the table must choose one. */
function costClash(values: ReadonlyMap<AssumptionKey, number | string>): WorkforceError | null {
  if (values.has("permanentSalaryPerFte") && values.has("permanentCostPerFte")) {
    return invalidValue(
      "give permanent_salary_per_fte (cost = salary × (1 + on_cost_rate)) or permanent_cost_per_fte (the all-in cost), not both.",
    );
  }
  if (values.has("agencyHourlyRate") && values.has("agencyCostPerFte")) {
    return invalidValue(
      "give agency_hourly_rate (cost = rate × agency_hours_per_week × 52) or agency_cost_per_fte (a year's cost), not both.",
    );
  }
  return null;
}
