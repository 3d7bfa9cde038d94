/** What every benchmark case returns: its rows (ours against a comparison) and its floors. */
import type { Timing } from "../timing";

export interface Row {
  case: string;
  ours: Timing;
  comparison: Timing;
  comparisonLabel: string;
  /** comparison ÷ ours: above 1 means we are faster. */
  speedup: number;
  target: string;
  met: boolean;
  note?: string;
}

export interface CaseResult<Floors extends string = never> {
  rows: Row[];
  /** Reference timings (work the engine does for any function), by name. */
  floors: Record<Floors, Timing>;
}

/** A row whose target is "ours at least `factor`× faster than the comparison". */
export function fasterBy(factor: number, fields: Omit<Row, "speedup" | "target" | "met">): Row {
  const speedup = fields.comparison.median / fields.ours.median;
  return { ...fields, speedup, target: `≥ ${factor}× faster`, met: speedup >= factor };
}

/** A row whose target is "ours within `factor`× of the comparison". */
export function within(
  factor: number,
  what: string,
  fields: Omit<Row, "speedup" | "target" | "met">,
): Row {
  const ratio = fields.ours.median / fields.comparison.median;
  return {
    ...fields,
    speedup: 1 / ratio,
    target: `within ${factor}× of ${what}`,
    met: ratio <= factor,
  };
}

/** A row whose target is an answer within `budgetMs` (the comparison shows the floor). */
export function underBudget(
  budgetMs: number,
  fields: Omit<Row, "speedup" | "target" | "met">,
): Row {
  return {
    ...fields,
    speedup: fields.comparison.median / fields.ours.median,
    target: `answers within ${budgetMs.toLocaleString("en-GB")} ms`,
    met: fields.ours.median <= budgetMs,
  };
}
