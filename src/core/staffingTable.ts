/**
 * WORKFORCE.SUMMARY's table from a staffing range as a sheet holds it: the header row found
 * below any title rows, the posts read, the per-team and total measures, and a note of every
 * row that could not be counted, so no post is left out silently.
 */
import { invalidValue, WorkforceError } from "./errors";
import { COLUMN_LABELS, detectColumns, findHeaderRow, readStaffing } from "./staffing";
import type { RejectedRow } from "./staffing";
import { summarise, summaryTable } from "./summary";

export interface StaffingTableOptions {
  workingDays: number;
  targetCaseload: number;
  /** Leavers and starters count in the year to this date (an Excel date serial). */
  referenceDate: number;
}

/** How many reasons the not-counted note lists before it counts the rest. */
const REASONS_LISTED = 3;

/**
 * The summary of a staffing range (plain cell values, rows first): a header row, one row per
 * team, a Total row and, when rows were rejected, a note row. Rows may differ in length.
 * Row numbers in messages are rows of the range the user gave.
 */
export function summariseStaffingTable(
  matrix: readonly (readonly unknown[])[],
  options: StaffingTableOptions,
): unknown[][] | WorkforceError {
  const headerIndex = Math.max(0, findHeaderRow(matrix));
  const headers = (matrix[headerIndex] ?? []).map((h) =>
    typeof h === "string" || typeof h === "number" ? String(h).trim() : "",
  );
  const rows = matrix.slice(headerIndex + 1);
  const detection = detectColumns(headers);
  if (detection.missing.length > 0) {
    const wanted = detection.missing.map((c) => COLUMN_LABELS[c]).join(", ");
    const seen = headers.filter((h) => h !== "").join(", ") || "none";
    return invalidValue(
      `staffing_table needs a header row with ${wanted} (headers found: ${seen})`,
    );
  }
  const read = readStaffing(headers, rows, detection.mapping, {
    referenceDate: options.referenceDate,
  });
  // Row numbers within the range the user gave: the header is row headerIndex + 1.
  const rangeRow = (rowIndex: number) => headerIndex + 2 + rowIndex;
  if (read.records.length === 0) {
    const first = read.rejected[0];
    return invalidValue(
      first
        ? `no row could be counted; table row ${rangeRow(first.rowIndex)}: ${first.reason}`
        : "staffing_table has no data rows",
    );
  }
  const table: unknown[][] = summaryTable(
    summarise(read.records, {
      workingDays: options.workingDays,
      targetCaseload: options.targetCaseload,
      columns: read.columns,
    }),
  );
  if (read.rejected.length > 0) table.push([notCountedNote(read.rejected, rangeRow)]);
  return table;
}

/**
 * "Not counted: 52 rows (Status "Temp/Agency" is not recognised…: 50 rows from table row 5; …)":
 * the rejected rows grouped by reason, the first few reasons listed with where they start.
 */
export function notCountedNote(
  rejected: readonly RejectedRow[],
  rangeRow: (rowIndex: number) => number,
): string {
  const byReason = new Map<string, { count: number; first: number }>();
  for (const r of rejected) {
    const seen = byReason.get(r.reason);
    if (seen) seen.count += 1;
    else byReason.set(r.reason, { count: 1, first: r.rowIndex });
  }
  const groups = [...byReason.entries()];
  const listed = groups
    .slice(0, REASONS_LISTED)
    .map(([reason, { count, first }]) =>
      count === 1
        ? `table row ${rangeRow(first)}: ${reason}`
        : `${reason}: ${count} rows from table row ${rangeRow(first)}`,
    )
    .join("; ");
  const more =
    groups.length > REASONS_LISTED ? `; and ${groups.length - REASONS_LISTED} more reasons` : "";
  const n = rejected.length;
  return `Not counted: ${n} row${n === 1 ? "" : "s"} (${listed}${more})`;
}
