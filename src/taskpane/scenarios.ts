/** Saved scenarios: versioned JSON in workbook settings, plus the sheets the add-in made for them. */
import {
  DEFAULT_ASSUMPTIONS,
  validateAssumptions,
  type Assumptions,
} from "../core/planning/assumptions";
import { MAX_PROJECTION_MONTHS } from "../core/planning/compiledPlan";
import { validateCohorts, type Cohort } from "../core/planning/cohorts";
import {
  isRecord,
  parseSaved,
  salvaged,
  serialise,
  type LoadResult,
  type Salvaged,
} from "./persisted";

export const SCENARIOS_SETTING = "workforce.scenarios";
export const SCENARIOS_VERSION = 1;
/** Longest scenario name (it becomes part of sheet and table names). */
export const MAX_SCENARIO_NAME = 60;

export interface SavedScenario {
  id: string;
  name: string;
  assumptions: Assumptions;
  cohorts: Cohort[];
  months: number;
  /** Sheets this add-in created for the scenario; only these are ever deleted. */
  sheets: string[];
  /**
   * Each sheet's fingerprint (./sheetPrint) as the pane wrote it, so a delete can tell the
   * sheets the user has changed since; a sheet without one counts as changed.
   */
  sheetPrints?: Record<string, string>;
  updatedAt: string;
}

export interface ScenarioStore {
  scenarios: SavedScenario[];
  /** Comparison sheets the add-in created. */
  comparisonSheets: string[];
}

export const EMPTY_STORE: ScenarioStore = { scenarios: [], comparisonSheets: [] };

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function validateScenario(value: unknown, index: number): SavedScenario | string {
  const where = `scenario ${index + 1}`;
  if (!isRecord(value)) return `${where} is not an object.`;
  const { id, name, assumptions, cohorts, months, sheets, sheetPrints, updatedAt } = value;
  if (typeof id !== "string" || typeof name !== "string" || name.trim() === "")
    return `${where} has no name.`;
  if (!isRecord(assumptions)) return `"${name}" has no assumptions.`;
  // An assumption added since the scenario was saved takes its default.
  const filled = { ...DEFAULT_ASSUMPTIONS, ...assumptions } as unknown as Assumptions;
  const assumptionsProblem = validateAssumptions(filled);
  if (assumptionsProblem) return `"${name}": ${assumptionsProblem.message}`;
  if (!Array.isArray(cohorts)) return `"${name}" has no cohort list.`;
  const cohortProblem = validateCohorts(cohorts as Cohort[]);
  if (cohortProblem) return `"${name}": ${cohortProblem.message}`;
  if (
    typeof months !== "number" ||
    !Number.isInteger(months) ||
    months < 1 ||
    months > MAX_PROJECTION_MONTHS
  ) {
    return `"${name}" has an invalid number of months.`;
  }
  if (!isStringArray(sheets)) return `"${name}" has an invalid sheet list.`;
  return {
    id,
    name,
    assumptions: filled,
    cohorts: cohorts as Cohort[],
    months,
    sheets,
    // A damaged fingerprint only makes its sheet count as changed (kept unless asked).
    sheetPrints: isRecord(sheetPrints)
      ? Object.fromEntries(
          Object.entries(sheetPrints).filter(
            (entry): entry is [string, string] =>
              sheets.includes(entry[0]) && typeof entry[1] === "string",
          ),
        )
      : {},
    updatedAt: typeof updatedAt === "string" ? updatedAt : "",
  };
}

/**
 * Saved scenarios, each checked on its own: a damaged one is dropped and reported and the
 * others are kept, so one bad scenario never hides the rest.
 */
function validateStore(data: unknown): ScenarioStore | string | Salvaged<ScenarioStore> {
  if (!isRecord(data) || !Array.isArray(data.scenarios)) return "expected a list of scenarios.";
  const scenarios: SavedScenario[] = [];
  const lost: string[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < data.scenarios.length; i++) {
    const s = validateScenario(data.scenarios[i], i);
    if (typeof s === "string") lost.push(s);
    else if (ids.has(s.id)) lost.push(`"${s.name}" repeats another scenario's id`);
    else {
      ids.add(s.id);
      scenarios.push(s);
    }
  }
  const saved: unknown = data.comparisonSheets ?? [];
  const comparisonSheets = Array.isArray(saved)
    ? saved.filter((name): name is string => typeof name === "string")
    : [];
  if (!Array.isArray(saved) || comparisonSheets.length !== saved.length) {
    lost.push("part of the list of comparison sheets");
  }
  return salvaged({ scenarios, comparisonSheets }, lost);
}

export function loadScenarios(text: string | null): LoadResult<ScenarioStore> {
  return parseSaved(text, "scenarios", SCENARIOS_VERSION, EMPTY_STORE, validateStore);
}

export function saveScenariosText(store: ScenarioStore): string {
  return serialise(SCENARIOS_VERSION, store);
}

export function newId(): string {
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** The store with `scenario` in place of the one with its id, or added at the end. */
export function putScenario(store: ScenarioStore, scenario: SavedScenario): ScenarioStore {
  const exists = store.scenarios.some((s) => s.id === scenario.id);
  return {
    ...store,
    scenarios: exists
      ? store.scenarios.map((s) => (s.id === scenario.id ? scenario : s))
      : [...store.scenarios, scenario],
  };
}

export function dropScenario(store: ScenarioStore, id: string): ScenarioStore {
  return { ...store, scenarios: store.scenarios.filter((s) => s.id !== id) };
}

export function addComparisonSheet(store: ScenarioStore, sheet: string): ScenarioStore {
  return { ...store, comparisonSheets: [...store.comparisonSheets, sheet] };
}

/**
 * The scenario with one more sheet of its own, and the sheet's fingerprint as written when
 * known (a new object: saved scenarios are never changed).
 */
export function withSheet(scenario: SavedScenario, sheet: string, print?: string): SavedScenario {
  const sheets = scenario.sheets.includes(sheet) ? scenario.sheets : [...scenario.sheets, sheet];
  const prints = { ...scenario.sheetPrints };
  if (print === undefined) delete prints[sheet];
  else prints[sheet] = print;
  return { ...scenario, sheets, sheetPrints: prints };
}

const nameKey = (name: string) => name.trim().toLowerCase();

/** The saved scenario other than `id` already called `name` (names are unique, ignoring case). */
export function scenarioNamed(
  store: ScenarioStore,
  name: string,
  id: string | null,
): SavedScenario | undefined {
  return store.scenarios.find((s) => s.id !== id && nameKey(s.name) === nameKey(name));
}

/** `name`, or "name 2", "name 3" … : the first no saved scenario has. */
export function uniqueScenarioName(store: ScenarioStore, name: string): string {
  const base = name.slice(0, MAX_SCENARIO_NAME);
  if (!scenarioNamed(store, base, null)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${base.slice(0, MAX_SCENARIO_NAME - suffix.length)}${suffix}`;
    if (!scenarioNamed(store, candidate, null)) return candidate;
  }
}

type Plan = Pick<SavedScenario, "assumptions" | "cohorts" | "months">;

/** JSON with every object's keys in order, so equal values give equal text whatever their build order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => value[key] !== undefined)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  }
  return value;
}

/** A plan as one string: two plans with the same key project the same. */
export function planKey({ assumptions, cohorts, months }: Plan): string {
  return JSON.stringify(canonical([assumptions, cohorts, months]));
}

/** Whether two versions of a scenario would project the same (their sheets show the same plan). */
export function samePlan(a: Plan, b: Plan): boolean {
  return planKey(a) === planKey(b);
}
