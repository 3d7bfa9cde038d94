/** Turns a MeasureSet and the targets into the rows the dashboard shows. Pure, so it is easy to test. */
import { isWorkforceError, type WorkforceError } from "../core/errors";
import type { StaffingRead } from "../core/staffing";
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

/** How far the figures can be trusted: a status is only shown for figures built on all the data. */
export interface DataQuality {
  /** Rows counted in the figures. */
  rowsRead: number;
  /** Rows not counted because they hold a value nobody has said the meaning of. */
  unrecognisedRows: number;
}

export function dataQuality(read: StaffingRead): DataQuality {
  return {
    rowsRead: read.records.length,
    unrecognisedRows: read.unrecognised.reduce((sum, v) => sum + v.count, 0),
  };
}

const NO_DATA = "No data";

function status(result: Rag | WorkforceError): { rag: Rag | null; reason?: string } {
  return isWorkforceError(result) ? { rag: null, reason: result.message } : { rag: result };
}

function rated(
  value: number | WorkforceError,
  compute: (v: number) => Rag | WorkforceError,
): { rag: Rag | null; reason?: string } {
  return isWorkforceError(value) ? { rag: null, reason: value.message } : status(compute(value));
}

export function measureRows(
  set: MeasureSet,
  targets: Targets,
  quality: DataQuality = { rowsRead: 1, unrecognisedRows: 0 },
): MeasureRow[] {
  const rate = (
    key: "vacancyRate" | "agencyRate" | "turnoverRate" | "absenceRate",
  ): MeasureRow => ({
    key,
    label: MEASURE_LABELS[key],
    value: formatPercent(set[key]),
    target: `at most ${formatPercent(targets[key])}`,
    ...rated(set[key], (v) => ragStatus(v, targets[key])),
  });
  const rows: MeasureRow[] = [
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
        ragStatus(v, targets.caseloadLow, {
          upper: targets.caseloadHigh,
          belowBand: targets.caseloadBelowBand,
        }),
      ),
    },
    {
      // FTE needed at the top of the caseload band, against the case-holding FTE the service has.
      key: "fteNeeded",
      label: MEASURE_LABELS.fteNeeded,
      value: formatNumber(set.fteNeeded),
      target: isWorkforceError(set.fteNeeded)
        ? "—"
        : `at most ${formatNumber(set.caseHoldersFte)} (case-holding FTE)`,
      ...rated(set.fteNeeded, (needed) =>
        ragStatus(set.caseHoldersFte, needed, { direction: "higher" }),
      ),
    },
  ];
  return rows.map((row) => withQuality(row, set[row.key], quality));
}

/**
 * A figure with no data says so, and none is shown as on target when rows it depends on were
 * not counted: every measure's denominator depends on every post's status.
 */
function withQuality(
  row: MeasureRow,
  value: number | WorkforceError,
  quality: DataQuality,
): MeasureRow {
  if (quality.rowsRead === 0)
    return { ...row, value: NO_DATA, rag: null, reason: "no row of the list could be read" };
  if (isWorkforceError(value)) return { ...row, value: NO_DATA };
  if (quality.unrecognisedRows > 0) {
    const n = quality.unrecognisedRows;
    return {
      ...row,
      rag: null,
      reason: `${n} row${n === 1 ? "" : "s"} with values the add-in does not recognise ${n === 1 ? "is" : "are"} not counted`,
    };
  }
  return row;
}

export interface PostRow {
  key: keyof MeasureSet;
  label: string;
  value: string;
  /** Indented under the row before it ("of which …"). */
  part?: boolean;
}

/** The posts behind the rates, by DfE's definitions (see src/core/summary.ts). */
export function postRows(set: MeasureSet): PostRow[] {
  const fte = (v: number | WorkforceError) => (isWorkforceError(v) ? NO_DATA : formatNumber(v));
  return [
    {
      key: "establishmentFte",
      label: "Establishment (in post + vacancies)",
      value: fte(set.establishmentFte),
    },
    { key: "inPostFte", label: "In post (employed)", value: fte(set.inPostFte) },
    { key: "vacancyFte", label: "Vacancies", value: fte(set.vacancyFte) },
    {
      key: "agencyCoverFte",
      label: "covered by agency workers",
      value: fte(set.agencyCoverFte),
      part: true,
    },
    {
      key: "uncoveredVacancyFte",
      label: "uncovered (empty posts)",
      value: fte(set.uncoveredVacancyFte),
      part: true,
    },
    { key: "agencyFte", label: "Agency workers", value: fte(set.agencyFte) },
    {
      key: "agencyAdditionalFte",
      label: "additional (no funded post)",
      value: fte(set.agencyAdditionalFte),
      part: true,
    },
    {
      key: "vacancyAgencyCoverRate",
      label: "Vacancy agency cover rate",
      value: isWorkforceError(set.vacancyAgencyCoverRate)
        ? NO_DATA
        : formatPercent(set.vacancyAgencyCoverRate),
    },
    { key: "startersFte", label: "Starters in the year", value: fte(set.startersFte) },
    { key: "leaversFte", label: "Leavers in the year", value: fte(set.leaversFte) },
  ];
}
