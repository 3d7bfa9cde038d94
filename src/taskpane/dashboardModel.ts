/** Turns a MeasureSet and the targets into the rows the dashboard shows. Pure, so it is easy to test. */
import { isWorkforceError, type WorkforceError } from "../core/errors";
import { ragStatus, type Rag } from "../core/status";
import type { MeasureSet } from "../core/summary";
import { formatNumber, formatPercent } from "./format";
import type { Targets } from "./targets";

export type DashboardMeasure =
  | "vacancyRate"
  | "agencyRate"
  | "turnoverRate"
  | "absenceRate"
  | "sicknessDaysPerFte"
  | "caseload"
  | "fteNeeded";

export interface MeasureRow {
  key: DashboardMeasure;
  label: string;
  value: string;
  target: string;
  rag: Rag | null;
  /** Why there is no value or no status. */
  reason?: string;
}

export const MEASURE_LABELS: Readonly<Record<DashboardMeasure, string>> = {
  vacancyRate: "Vacancy rate",
  agencyRate: "Agency rate",
  turnoverRate: "Turnover rate",
  absenceRate: "Sickness absence rate",
  sicknessDaysPerFte: "Sickness days per FTE",
  caseload: "Caseload per worker",
  fteNeeded: "FTE needed",
};

function status(result: Rag | WorkforceError): { rag: Rag | null; reason?: string } {
  return isWorkforceError(result) ? { rag: null, reason: result.message } : { rag: result };
}

function rated(
  value: number | WorkforceError,
  compute: (v: number) => Rag | WorkforceError,
): { rag: Rag | null; reason?: string } {
  return isWorkforceError(value) ? { rag: null, reason: value.message } : status(compute(value));
}

export function measureRows(set: MeasureSet, targets: Targets): MeasureRow[] {
  const rate = (
    key: "vacancyRate" | "agencyRate" | "turnoverRate" | "absenceRate",
  ): MeasureRow => ({
    key,
    label: MEASURE_LABELS[key],
    value: formatPercent(set[key]),
    target: `at most ${formatPercent(targets[key])}`,
    ...rated(set[key], (v) => ragStatus(v, targets[key])),
  });
  return [
    rate("vacancyRate"),
    rate("agencyRate"),
    rate("turnoverRate"),
    rate("absenceRate"),
    {
      key: "sicknessDaysPerFte",
      label: MEASURE_LABELS.sicknessDaysPerFte,
      value: formatNumber(set.sicknessDaysPerFte),
      target: `at most ${formatNumber(targets.sicknessDaysPerFte)}`,
      ...rated(set.sicknessDaysPerFte, (v) => ragStatus(v, targets.sicknessDaysPerFte)),
    },
    {
      key: "caseload",
      label: MEASURE_LABELS.caseload,
      value: formatNumber(set.caseload),
      target: `${formatNumber(targets.caseloadLow, 0)}–${formatNumber(targets.caseloadHigh, 0)}`,
      ...rated(set.caseload, (v) =>
        ragStatus(v, targets.caseloadLow, { upper: targets.caseloadHigh }),
      ),
    },
    {
      // FTE needed at the top of the caseload band, against the case-holding FTE the service has.
      key: "fteNeeded",
      label: MEASURE_LABELS.fteNeeded,
      value: formatNumber(set.fteNeeded),
      target: `at most ${formatNumber(set.caseHoldersFte)} (case-holding FTE)`,
      ...rated(set.fteNeeded, (needed) =>
        ragStatus(set.caseHoldersFte, needed, { direction: "higher" }),
      ),
    },
  ];
}
