/**
 * The Actuals sheet: the dashboard's totals recorded once a month (DfE post-level definitions),
 * title and note at A1, header at A4, one row a month from A5, appended; a recorded month is
 * replaced only when the user says so, in the pane's own cells. A deleted sheet is made again
 * with every month saved.
 */
import { isWorkforceError } from "../core/errors";
import { ACTUALS_HEADERS } from "../core/planning";
import type { StaffingSummary } from "../core/summary";
import { cellAddress } from "../workbook/a1";
import type { CellValue, WorkbookHost } from "../workbook/types";
import { serialise } from "./persisted";
import {
  ACTUALS_SETTING,
  TRACKING_VERSION,
  dateText,
  isNumber,
  type ActualsRecord,
  type ActualsStore,
} from "./planTrackingStore";

/** 0-based rows: the tables' header row on every tracking sheet, and the first body row. */
export const HEADER_ROW = 3;
export const FIRST_ROW = HEADER_ROW + 1;
const valueOf = (value: unknown): number | null => (isNumber(value) ? value : null);

/** This month's actuals from the dashboard's totals (DfE post-level definitions). */
export function actualsFromSummary(
  summary: StaffingSummary,
  month: string,
  today: Date,
): Omit<ActualsRecord, "row"> {
  const total = summary.total;
  return {
    month,
    recordedOn: dateText(today),
    inPostFte: total.inPostFte,
    agencyFte: total.agencyFte,
    vacancyFte: total.vacancyFte,
    cases: total.cases,
    caseload: isWorkforceError(total.caseload) ? null : valueOf(total.caseload),
    vacancyRate: isWorkforceError(total.vacancyRate) ? null : valueOf(total.vacancyRate),
    agencyRate: isWorkforceError(total.agencyRate) ? null : valueOf(total.agencyRate),
  };
}

function actualsCells(record: Omit<ActualsRecord, "row">): CellValue[] {
  return [
    record.month,
    record.inPostFte,
    record.agencyFte,
    record.vacancyFte,
    record.cases,
    record.caseload,
    record.vacancyRate,
    record.agencyRate,
    record.recordedOn,
  ];
}

/** The Actuals sheet, made (with every record already saved) when it is missing. */
export async function ensureActualsSheet(
  host: WorkbookHost,
  store: ActualsStore,
): Promise<ActualsStore> {
  const sheets = await host.listSheets();
  if (store.sheet !== null && sheets.includes(store.sheet)) return store;
  const sheet = await host.addSheet("Actuals");
  await host.writeCells(sheet, "A1", [
    ["Actuals recorded from the staffing list"],
    [
      "One row a month, appended by the add-in's \"Record this month's actuals\" (DfE post-level definitions: vacancies include posts covered by agency staff; caseload is cases ÷ case holders' FTE, agency included).",
    ],
  ]);
  await host.writeCells(sheet, cellAddress({ row: HEADER_ROW, col: 0 }), [[...ACTUALS_HEADERS]]);
  const records = store.records.map((record, i) => ({ ...record, row: FIRST_ROW + i }));
  if (records.length > 0) {
    await host.writeCells(
      sheet,
      cellAddress({ row: FIRST_ROW, col: 0 }),
      records.map(actualsCells),
    );
  }
  const ensured = { sheet, records };
  await host.setSetting(ACTUALS_SETTING, serialise(TRACKING_VERSION, ensured));
  return ensured;
}

export type RecordOutcome =
  | { kind: "recorded"; store: ActualsStore; replaced: boolean }
  | { kind: "exists"; existing: ActualsRecord };

/**
 * Appends a month's actuals to the Actuals sheet and saves them. A month already recorded is
 * replaced only with `replace` (the pane asks first); otherwise the answer is "exists".
 */
export async function recordActuals(
  host: WorkbookHost,
  store: ActualsStore,
  record: Omit<ActualsRecord, "row">,
  replace: boolean,
): Promise<RecordOutcome> {
  const existing = store.records.find((r) => r.month === record.month);
  if (existing && !replace) return { kind: "exists", existing };
  const ensured = await ensureActualsSheet(host, store);
  const sheet = ensured.sheet ?? "Actuals";
  const current = ensured.records.find((r) => r.month === record.month);
  const row = current?.row ?? FIRST_ROW + ensured.records.length;
  await host.writeCells(sheet, cellAddress({ row, col: 0 }), [actualsCells(record)], {
    replace: current !== undefined,
  });
  const records = current
    ? ensured.records.map((r) => (r.month === record.month ? { ...record, row } : r))
    : [...ensured.records, { ...record, row }];
  const next = { sheet, records };
  await host.setSetting(ACTUALS_SETTING, serialise(TRACKING_VERSION, next));
  return { kind: "recorded", store: next, replaced: current !== undefined };
}
