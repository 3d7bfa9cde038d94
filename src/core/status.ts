/**
 * Red / amber / green status of a measure against a target or a band.
 */
import { toNumberArg } from "./args";
import { nameKey } from "./names";
import {
  invalidNumber,
  invalidValue,
  isWorkforceError,
  notAvailable,
  WorkforceError,
} from "./errors";

export type Rag = "green" | "amber" | "red";
export type Direction = "lower" | "higher";

export interface RagOptions {
  /** "lower" (default): lower values are better (vacancy, agency, turnover, absence). "higher": higher is better. */
  direction?: Direction;
  /**
   * How far beyond the target (or outside the band) still counts as amber, in the measure's own
   * units (0.02 = two percentage points for a rate; 1 = one case for caseload). Default: 10% of
   * the target (of the upper bound for a band). 0 means no amber zone.
   */
  amberMargin?: number;
  /** Upper bound of a band: green when target ≤ value ≤ upper (direction is then ignored). */
  upper?: number;
  /**
   * With a band: the status of any value below it. Many councils treat a low caseload as a
   * question rather than a failure. Default: amber within the margin, red beyond it.
   */
  belowBand?: Rag;
}

/**
 * Default targets. Where a council report gives a figure we use it; otherwise the England
 * average from DfE's 2025 "Children's social work workforce" release (as at 30 September 2025),
 * a neutral benchmark a council can override.
 */
export const DEFAULT_TARGETS = {
  /** Seed report (004): "the SW vacancies target was set at 24%" (once 33%). */
  vacancyRate: 0.24,
  /** England 2025 agency rate 13.0%. */
  agencyRate: 0.13,
  /** England 2025 turnover rate 11.8%. */
  turnoverRate: 0.118,
  /** England 2025 absence rate 3.5%. */
  absenceRate: 0.035,
  /** England 2025: 322,786 days lost / 36,186 FTE in post ≈ 8.9 days per FTE. */
  sicknessDaysPerFte: 8.9,
  /** Seed report (002): "between 13 and 16 cases at one time". */
  caseloadLow: 13,
  caseloadHigh: 16,
} as const;

const DEFAULT_MARGIN_SHARE = 0.1;

/**
 * RAG status.
 * - Single target, direction "lower": green when value ≤ target; amber when value ≤ target + margin; else red.
 * - Single target, direction "higher": green when value ≥ target; amber when value ≥ target − margin; else red.
 * - Band (`upper` given): green when target ≤ value ≤ upper; amber within the margin outside either
 *   end (a caseload well below the band also needs a look); else red.
 * @example ragStatus(0.25, 0.24) === "amber" (margin 0.024, so up to 26.4% is amber)
 * @example ragStatus(17, 13, { upper: 16 }) === "amber" (margin 1.6, so 16–17.6 is amber)
 * @example ragStatus(18, 13, { upper: 16 }) === "red"
 */
export function ragStatus(
  value: number,
  target: number,
  options: RagOptions = {},
): Rag | WorkforceError {
  const { direction = "lower", upper } = options;
  if (!Number.isFinite(value)) return invalidNumber("value is not a finite number");
  if (!Number.isFinite(target)) return invalidNumber("target is not a finite number");
  if (upper !== undefined && !Number.isFinite(upper))
    return invalidNumber("upper is not a finite number");
  if (upper !== undefined && upper < target)
    return invalidValue(`upper (${upper}) must not be below the target (${target})`);
  if (direction !== "lower" && direction !== "higher")
    return invalidValue(`direction must be "lower" or "higher"`);
  const margin = options.amberMargin ?? Math.abs(upper ?? target) * DEFAULT_MARGIN_SHARE;
  if (!Number.isFinite(margin)) return invalidNumber("amber margin is not a finite number");
  if (margin < 0) return invalidValue("amber margin must not be negative");

  if (upper !== undefined) {
    if (value >= target && value <= upper) return "green";
    if (value < target && options.belowBand !== undefined) return options.belowBand;
    return value >= target - margin && value <= upper + margin ? "amber" : "red";
  }
  if (direction === "lower") {
    if (value <= target) return "green";
    return value <= target + margin ? "amber" : "red";
  }
  if (value >= target) return "green";
  return value >= target - margin ? "amber" : "red";
}

/** A measure's default target, direction and band, for RAG by name. */
export interface TargetDefinition {
  measure: keyof typeof MEASURE_TARGET_KEYS | "caseload";
  target: number;
  direction: Direction;
  upper?: number;
}

const MEASURE_TARGET_KEYS = {
  vacancyRate: ["vacancy", "vacancyrate", "vacancies"],
  agencyRate: ["agency", "agencyrate"],
  turnoverRate: ["turnover", "turnoverrate"],
  absenceRate: ["absence", "absencerate", "sicknessrate"],
  sicknessDaysPerFte: ["sickness", "sicknessdays", "sicknessdaysperfte", "daysperfte"],
} as const;

/**
 * The default target for a measure named in words ("vacancy rate", "VACANCYRATE", "caseload"…).
 * Caseload gives the 13–16 band.
 */
export function defaultTargetFor(measure: string): TargetDefinition | WorkforceError {
  const key = nameKey(measure);
  if (key === "caseload" || key === "caseloads" || key === "cases") {
    return {
      measure: "caseload",
      target: DEFAULT_TARGETS.caseloadLow,
      upper: DEFAULT_TARGETS.caseloadHigh,
      direction: "lower",
    };
  }
  for (const [name, aliases] of Object.entries(MEASURE_TARGET_KEYS) as [
    keyof typeof MEASURE_TARGET_KEYS,
    readonly string[],
  ][]) {
    if (aliases.includes(key))
      return { measure: name, target: DEFAULT_TARGETS[name], direction: "lower" };
  }
  return notAvailable(
    `no default target for "${measure}"; give a number, or one of: vacancy rate, agency rate, turnover rate, absence rate, sickness days, caseload`,
  );
}

/** "Green" / "Amber" / "Red", as shown in a sheet. */
export function ragLabel(rag: Rag): string {
  return rag.charAt(0).toUpperCase() + rag.slice(1);
}

/** A RAG target as a cell gives it: the target, and the band's upper end for a band. */
export interface RagTarget {
  target: number;
  upper?: number;
}

/**
 * A RAG target cell: a number, or a measure named in words for its default target (caseload
 * gives the 13–16 band). Number-like text is not a name: it is read, and refused, as a number.
 * @example ragTargetOf("caseload") gives { target: 13, upper: 16 }
 * @example ragTargetOf(0.2) gives { target: 0.2 }
 */
export function ragTargetOf(value: unknown): RagTarget | WorkforceError {
  if (typeof value === "string" && value.trim() !== "" && !Number.isFinite(Number(value))) {
    const definition = defaultTargetFor(value);
    if (isWorkforceError(definition)) return definition;
    return { target: definition.target, upper: definition.upper };
  }
  const target = toNumberArg(value, "target", { allowNegative: true });
  return isWorkforceError(target) ? target : { target };
}

/**
 * A direction in words: anything starting "low" is "lower", "high" is "higher".
 * @example directionOf("Lower is better") === "lower"
 */
export function directionOf(text: string): Direction | WorkforceError {
  const word = text.toLowerCase();
  if (word.startsWith("low")) return "lower";
  if (word.startsWith("high")) return "higher";
  return invalidValue(
    `direction must be "lower" (lower is better) or "higher" (higher is better), not "${text}"`,
  );
}

/**
 * The RAG label ("Green", "Amber", "Red") of a value against a target from `ragTargetOf`; an
 * `upper` given here replaces the band of a named target.
 * @example ragOf(17, { target: 13, upper: 16 }, {}) === "Amber"
 */
export function ragOf(
  value: number,
  target: RagTarget,
  options: RagOptions,
): string | WorkforceError {
  const rag = ragStatus(value, target.target, { ...options, upper: options.upper ?? target.upper });
  return isWorkforceError(rag) ? rag : ragLabel(rag);
}
