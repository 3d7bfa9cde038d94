/** The dashboard's targets: editable, validated, saved in the workbook as versioned JSON. */
import { DEFAULT_TARGETS, type Rag } from "../core/status";
import {
  isRecord,
  parseSaved,
  salvaged,
  serialise,
  type LoadResult,
  type Salvaged,
} from "./persisted";

export const TARGETS_SETTING = "workforce.targets";
export const TARGETS_VERSION = 1;

export type TargetKey = keyof typeof DEFAULT_TARGETS;
export type Targets = Record<TargetKey, number> & {
  /** The status of a caseload below the band: a question (amber) by default, not a failure. */
  caseloadBelowBand: Rag;
};

export const RAG_CHOICES: readonly Rag[] = ["green", "amber", "red"];

export const DEFAULT_TARGET_VALUES: Targets = { ...DEFAULT_TARGETS, caseloadBelowBand: "amber" };

/** How each target is shown and edited. Rates are stored as fractions, edited as percentages. */
export interface TargetField {
  key: TargetKey;
  label: string;
  unit: "percent" | "number";
  max: number;
  step: number;
}

export const TARGET_FIELDS: readonly TargetField[] = [
  { key: "vacancyRate", label: "Vacancy rate target", unit: "percent", max: 100, step: 1 },
  { key: "agencyRate", label: "Agency rate target", unit: "percent", max: 100, step: 1 },
  { key: "turnoverRate", label: "Turnover rate target", unit: "percent", max: 100, step: 1 },
  {
    key: "absenceRate",
    label: "Sickness absence rate target",
    unit: "percent",
    max: 100,
    step: 0.5,
  },
  {
    key: "sicknessDaysPerFte",
    label: "Sickness days per FTE target",
    unit: "number",
    max: 253,
    step: 0.5,
  },
  { key: "caseloadLow", label: "Caseload band, lower", unit: "number", max: 100, step: 1 },
  { key: "caseloadHigh", label: "Caseload band, upper", unit: "number", max: 100, step: 1 },
];

export function toDisplay(field: TargetField, value: number): number {
  return field.unit === "percent" ? Math.round(value * 1000) / 10 : value;
}

export function fromDisplay(field: TargetField, value: number): number {
  return field.unit === "percent" ? value / 100 : value;
}

/**
 * Checks a draft of displayed values (percent for rates). Returns the targets, or messages keyed
 * by field, each naming the field so a screen-reader user hears which one is wrong.
 */
export function validateTargets(
  draft: Record<TargetKey, string>,
  caseloadBelowBand: Rag = DEFAULT_TARGET_VALUES.caseloadBelowBand,
):
  | { targets: Targets; errors: null }
  | { targets: null; errors: Partial<Record<TargetKey, string>> } {
  const errors: Partial<Record<TargetKey, string>> = {};
  const targets: Targets = { ...DEFAULT_TARGET_VALUES, caseloadBelowBand };
  for (const field of TARGET_FIELDS) {
    const text = draft[field.key].trim();
    const value = Number(text);
    if (text === "" || !Number.isFinite(value)) {
      errors[field.key] = `${field.label}: enter a number.`;
    } else if (value < 0 || value > field.max) {
      errors[field.key] =
        `${field.label}: must be between 0 and ${field.max}${field.unit === "percent" ? "%" : ""}.`;
    } else {
      targets[field.key] = fromDisplay(field, value);
    }
  }
  if (!errors.caseloadLow && !errors.caseloadHigh && targets.caseloadLow > targets.caseloadHigh) {
    errors.caseloadHigh = "Caseload band, upper: must not be below the lower bound.";
  }
  return Object.keys(errors).length > 0 ? { targets: null, errors } : { targets, errors: null };
}

/** The largest value a target may hold as saved (fractions for rates), from its field. */
const savedMax = (field: TargetField): number => fromDisplay(field, field.max);

/**
 * Saved targets, each range-checked on its own: a target that is missing, not a number or out
 * of its field's range (1e308, −5) keeps its default and is reported, the others are used.
 */
function validateSavedTargets(data: unknown): Targets | string | Salvaged<Targets> {
  if (!isRecord(data)) return "expected an object of targets.";
  const targets = { ...DEFAULT_TARGET_VALUES };
  const lost: string[] = [];
  for (const field of TARGET_FIELDS) {
    const value = data[field.key];
    if (value === undefined) continue; // a target added in a later release keeps its default
    if (typeof value !== "number" || !Number.isFinite(value)) {
      lost.push(`"${field.label}" is not a number`);
    } else if (value < 0 || value > savedMax(field)) {
      const unit = field.unit === "percent" ? "%" : "";
      const shown = toDisplay(field, value);
      lost.push(
        `"${field.label}" is ${Number.isFinite(shown) ? `${shown}${unit}` : String(value)}, outside 0 to ${field.max}${unit}`,
      );
    } else {
      targets[field.key] = value;
    }
  }
  const below = data.caseloadBelowBand;
  if (below !== undefined) {
    if (typeof below === "string" && (RAG_CHOICES as readonly string[]).includes(below)) {
      targets.caseloadBelowBand = below as Rag;
    } else {
      lost.push(`the status of a caseload below the band is not green, amber or red`);
    }
  }
  if (targets.caseloadLow > targets.caseloadHigh) {
    lost.push("the caseload band is upside down");
    targets.caseloadLow = DEFAULT_TARGET_VALUES.caseloadLow;
    targets.caseloadHigh = DEFAULT_TARGET_VALUES.caseloadHigh;
  }
  return salvaged(targets, lost);
}

export function loadTargets(text: string | null): LoadResult<Targets> {
  return parseSaved(text, "targets", TARGETS_VERSION, DEFAULT_TARGET_VALUES, validateSavedTargets);
}

export function saveTargetsText(targets: Targets): string {
  return serialise(TARGETS_VERSION, targets);
}
