/**
 * Reading a post-level staffing list: one row per post (held by an employed worker, held by an
 * agency worker, an agency worker over establishment, or empty). Nothing is dropped silently:
 * every row of the range is read, rejected with a reason naming the column and value, left
 * out because the user said to ignore its status, or blank (and then ignored).
 *
 * Leavers and starters count within the year to a reference date (DfE: the year to
 * 30 September). A leaving date after the reference date means the worker was still in post
 * on it; a date before the year is not counted.
 */
import { DFE_MARKERS, dfeMarker } from "./args";
import {
  latestThirtySeptember,
  MIN_PLAUSIBLE_DATE_SERIAL,
  parseDateCell,
  positionInYear,
} from "./dates";
import {
  COLUMN_LABELS,
  detectColumns,
  REQUIRED_COLUMNS,
  type ColumnMapping,
  type StaffingColumn,
} from "./staffingHeaders";
import {
  emptyValueMapping,
  parseFlag,
  statusOf,
  UnrecognisedValues,
  valueKey,
  type PostStatus,
  type UnrecognisedValue,
  type ValueMapping,
} from "./staffingValues";

export * from "./staffingHeaders";
export * from "./staffingValues";

export interface StaffingRecord {
  /** 0-based index of the data row (the row after the header is 0). */
  rowIndex: number;
  team: string;
  fte: number;
  status: PostStatus;
  /** Cases held; null when the list has no cases column or the cell is blank. */
  cases: number | null;
  /** Working days lost to sickness in the year; 0 when blank. */
  sicknessDays: number;
  /** The post's holder left within the year to the reference date. */
  leaver: boolean;
  /** The post's holder started within the year to the reference date. */
  starter: boolean;
  /**
   * Holds cases. From the case-holder column when present and filled; otherwise true when the
   * post holds at least one case. Always false for a vacant post.
   */
  caseHolder: boolean;
  postId?: string;
  role?: string;
}

export interface RejectedRow {
  rowIndex: number;
  reason: string;
}

/** Dates that were read but deliberately not counted, so the pane can say so. */
export interface DateNotes {
  /** Leaving dates after the reference date: still in post on it, not leavers. */
  leavingAfter: number;
  /** Leaving dates before the year to the reference date: not counted. */
  leavingBefore: number;
  /** Start dates after the reference date: not starters in the year. */
  startAfter: number;
}

export interface StaffingRead {
  records: StaffingRecord[];
  rejected: RejectedRow[];
  /** Rows with nothing in them: ignored, never rejected. */
  blankRows: number[];
  /** Rows whose status the user chose to ignore. */
  ignoredRows: number[];
  /** Status, Leaver and Case holder values nobody has said the meaning of. */
  unrecognised: UnrecognisedValue[];
  dates: DateNotes;
  /** The reference date used (an Excel date serial). */
  referenceDate: number;
  /** The columns that were read. */
  columns: StaffingColumn[];
}

export interface ReadOptions {
  /** The user's meanings for unrecognised values. */
  values?: ValueMapping;
  /** Reference date as an Excel serial; the latest 30 September when omitted. */
  referenceDate?: number;
}

function describe(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 30 ? `${value.slice(0, 29)}…` : value}"`;
  if (typeof value === "object" && value !== null) {
    const code = (value as { code?: unknown }).code;
    return typeof code === "string" ? `an error value (${code})` : "an object";
  }
  return String(value);
}

export function isBlankCell(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * Number in a data cell. Unlike formula arguments, numeric text ("0.5") is accepted here,
 * because lists pasted from HR systems and CSV files often store numbers as text.
 */
function cellNumber(value: unknown, label: string): number | string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return `${label} ${value} is not a finite number`;
    return value < 0 ? `${label} ${value} is negative` : value;
  }
  if (typeof value === "string") {
    const marker = dfeMarker(value);
    if (marker) return `${label} is missing (marker "${marker}": ${DFE_MARKERS[marker]})`;
    const text = value.trim().replace(/,/g, "");
    const parsed = Number(text);
    if (text !== "" && Number.isFinite(parsed))
      return parsed < 0 ? `${label} ${describe(value)} is negative` : parsed;
  }
  return `${label} ${describe(value)} is not a number`;
}

function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/** A date in a date column: a serial in the plausible range, or date text. */
function cellDate(value: unknown): number | null {
  if (typeof value === "number" && value < MIN_PLAUSIBLE_DATE_SERIAL) return null;
  return parseDateCell(value);
}

const MAP_HINT = "say what it means on the Data tab";

interface RowContext {
  mapping: ColumnMapping;
  values: ValueMapping;
  referenceDate: number;
  unrecognised: UnrecognisedValues;
  dates: DateNotes;
}

type RowResult = StaffingRecord | { rejected: string } | "ignore";

/** Leaver column: yes/no words, the user's meanings, or a leaving date against the year. */
function readLeaver(raw: unknown, rowIndex: number, ctx: RowContext): boolean | string {
  const date = cellDate(raw);
  if (date !== null) {
    const where = positionInYear(date, ctx.referenceDate);
    if (where === "after") ctx.dates.leavingAfter += 1;
    if (where === "before") ctx.dates.leavingBefore += 1;
    return where === "within";
  }
  const known = parseFlag(raw, "leaver") ?? mapped(ctx.values.leaver, raw);
  if (known !== undefined) return known;
  ctx.unrecognised.add("leaver", raw, rowIndex);
  return `Leaver ${describe(raw)} is not yes/no or a date: ${MAP_HINT}`;
}

function mapped(table: Readonly<Record<string, boolean>>, raw: unknown): boolean | undefined {
  const key = valueKey(raw);
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Reads one data row, or returns the reason it cannot be counted. */
function readRow(row: readonly unknown[], rowIndex: number, ctx: RowContext): RowResult {
  const cell = (column: StaffingColumn): unknown => {
    const index = ctx.mapping[column];
    return index === undefined ? undefined : row[index];
  };
  const reject = (reason: string) => ({ rejected: reason });

  const rawStatus = cell("status");
  const choice = isBlankCell(rawStatus) ? undefined : statusOf(rawStatus, ctx.values.status);
  if (choice === "ignore") return "ignore";
  if (choice === undefined && !isBlankCell(rawStatus))
    ctx.unrecognised.add("status", rawStatus, rowIndex);

  const rawTeam = cell("team");
  const team = cellText(rawTeam);
  if (team === "")
    return reject(isBlankCell(rawTeam) ? "Team is blank" : `Team ${describe(rawTeam)} is not text`);
  if (choice === undefined) {
    return reject(
      isBlankCell(rawStatus)
        ? "Status is blank (expected permanent, agency or vacant)"
        : `Status ${describe(rawStatus)} is not recognised: ${MAP_HINT}`,
    );
  }
  const status = choice;

  const rawFte = cell("fte");
  if (isBlankCell(rawFte)) return reject("FTE is blank");
  const fte = cellNumber(rawFte, "FTE");
  if (typeof fte === "string") return reject(fte);
  if (fte === 0) return reject("FTE is 0 (a post needs a positive FTE)");

  let cases: number | null = null;
  const rawCases = cell("cases");
  if (!isBlankCell(rawCases)) {
    const parsed = cellNumber(rawCases, "Cases");
    if (typeof parsed === "string") return reject(parsed);
    cases = parsed;
  }

  let sicknessDays = 0;
  const rawSickness = cell("sicknessDays");
  if (!isBlankCell(rawSickness)) {
    const parsed = cellNumber(rawSickness, "Sickness days");
    if (typeof parsed === "string") return reject(parsed);
    sicknessDays = parsed;
  }

  let leaver = false;
  const rawLeaver = cell("leaver");
  if (!isBlankCell(rawLeaver)) {
    const parsed = readLeaver(rawLeaver, rowIndex, ctx);
    if (typeof parsed === "string") return reject(parsed);
    leaver = parsed;
  }

  let starter = false;
  const rawStart = cell("startDate");
  if (!isBlankCell(rawStart)) {
    const date = cellDate(rawStart);
    if (date === null) return reject(`Start date ${describe(rawStart)} is not a date`);
    const where = positionInYear(date, ctx.referenceDate);
    if (where === "after") ctx.dates.startAfter += 1;
    starter = where === "within";
  }

  let caseHolder = (cases ?? 0) > 0;
  const rawHolder = cell("caseHolder");
  if (!isBlankCell(rawHolder)) {
    const parsed = parseFlag(rawHolder, "caseHolder") ?? mapped(ctx.values.caseHolder, rawHolder);
    if (parsed === undefined) {
      ctx.unrecognised.add("caseHolder", rawHolder, rowIndex);
      return reject(`Case holder ${describe(rawHolder)} is not yes/no: ${MAP_HINT}`);
    }
    caseHolder = parsed;
  }
  if (status === "vacant") caseHolder = false;

  const record: StaffingRecord = {
    rowIndex,
    team,
    fte,
    status,
    cases,
    sicknessDays,
    leaver,
    starter,
    caseHolder,
  };
  const postId = cellText(cell("postId"));
  const role = cellText(cell("role"));
  if (postId !== "") record.postId = postId;
  if (role !== "") record.role = role;
  return record;
}

/**
 * Reads a staffing list. `rows` are the data rows under `headers`. Every row is read, rejected
 * with a reason, ignored by the user's choice or blank:
 * `records + rejected + ignoredRows + blankRows === rows.length`.
 * Missing required columns reject every non-blank row with a reason naming them.
 */
export function readStaffing(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  mapping?: ColumnMapping,
  options: ReadOptions = {},
): StaffingRead {
  const used = mapping ?? detectColumns(headers).mapping;
  const missing = REQUIRED_COLUMNS.filter((column) => used[column] === undefined);
  const ctx: RowContext = {
    mapping: used,
    values: options.values ?? emptyValueMapping(),
    referenceDate: options.referenceDate ?? latestThirtySeptember(),
    unrecognised: new UnrecognisedValues(),
    dates: { leavingAfter: 0, leavingBefore: 0, startAfter: 0 },
  };
  const result: StaffingRead = {
    records: [],
    rejected: [],
    blankRows: [],
    ignoredRows: [],
    unrecognised: [],
    dates: ctx.dates,
    referenceDate: ctx.referenceDate,
    columns: (Object.keys(used) as StaffingColumn[]).filter((c) => used[c] !== undefined),
  };
  const missingReason =
    missing.length > 0
      ? `no ${missing.map((c) => COLUMN_LABELS[c]).join(", ")} column found`
      : undefined;
  // A plain loop, not forEach over a spread: the list may be a whole column of a million rows.
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const cells: readonly unknown[] = Array.isArray(rows[rowIndex]) ? rows[rowIndex] : [];
    if (cells.every(isBlankCell)) {
      result.blankRows.push(rowIndex);
      continue;
    }
    if (missingReason) {
      result.rejected.push({ rowIndex, reason: missingReason });
      continue;
    }
    const read = readRow(cells, rowIndex, ctx);
    if (read === "ignore") result.ignoredRows.push(rowIndex);
    else if ("rejected" in read) result.rejected.push({ rowIndex, reason: read.rejected });
    else result.records.push(read);
  }
  result.unrecognised = ctx.unrecognised.list();
  return result;
}
