/**
 * Reading a post-level staffing list: one row per post (filled by a permanent worker, filled
 * by an agency worker, or vacant), with lenient header matching because every council's HR
 * export names its columns differently. Nothing is dropped silently: every data row ends up
 * either as a record or as a rejected row with a reason naming the column and value.
 */
import { DFE_MARKERS, dfeMarker } from "./args";

export type PostStatus = "permanent" | "agency" | "vacant";

export type StaffingColumn =
  | "team"
  | "fte"
  | "status"
  | "cases"
  | "sicknessDays"
  | "leaver"
  | "caseHolder"
  | "postId"
  | "role";

/** Columns without which a row cannot be counted. The others have safe defaults. */
export const REQUIRED_COLUMNS: readonly StaffingColumn[] = ["team", "fte", "status"];

/** Human names of the columns, for messages. */
export const COLUMN_LABELS: Readonly<Record<StaffingColumn, string>> = {
  team: "Team",
  fte: "FTE",
  status: "Status",
  cases: "Cases",
  sicknessDays: "Sickness days",
  leaver: "Leaver",
  caseHolder: "Case holder",
  postId: "Post ID",
  role: "Role",
};

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
  /** Left (or is leaving) during the year. */
  leaver: boolean;
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

export type ColumnMapping = Partial<Record<StaffingColumn, number>>;

export interface ColumnDetection {
  mapping: ColumnMapping;
  /** Columns that more than one header matched equally well; the mapping uses the first (leftmost). */
  ambiguous: { column: StaffingColumn; candidates: number[] }[];
  /** Required columns (team, FTE, status) that no header matched. */
  missing: StaffingColumn[];
}

/** Exact (normalised) header names score 3, prefix/contained phrases 1–2. */
const HEADER_RULES: Readonly<
  Record<StaffingColumn, { exact: string[]; contains: string[]; exclude?: string[] }>
> = {
  team: {
    exact: ["team", "team name", "teams", "service team", "team service", "unit", "service area"],
    contains: ["team"],
  },
  fte: {
    exact: [
      "fte",
      "hours fte",
      "fte hours",
      "wte",
      "contracted fte",
      "full time equivalent",
      "fte in post",
      "post fte",
    ],
    contains: ["fte", "wte", "full time equivalent"],
    exclude: ["cover"],
  },
  status: {
    exact: [
      "status",
      "contract type",
      "employment type",
      "post status",
      "contract",
      "employment status",
      "worker type",
      "staff type",
    ],
    contains: ["status", "contract", "employment type", "worker type"],
  },
  cases: {
    exact: [
      "cases",
      "open cases",
      "caseload",
      "case load",
      "number of cases",
      "allocated cases",
      "cases held",
      "no of cases",
    ],
    contains: ["cases", "caseload", "case load"],
    exclude: ["holder", "holding", "hold "],
  },
  sicknessDays: {
    exact: [
      "sickness days",
      "days lost",
      "sickness",
      "absence days",
      "days sick",
      "sickness absence days",
      "working days lost",
    ],
    contains: ["sick", "days lost", "absence"],
  },
  leaver: {
    exact: [
      "leaver",
      "leavers",
      "leaving date",
      "left",
      "leaver flag",
      "date left",
      "leaving",
      "end date",
      "left in year",
    ],
    contains: ["leaver", "leaving", "left"],
  },
  caseHolder: {
    exact: ["case holder", "caseholder", "case holding", "holds cases", "case holding post"],
    contains: ["case holder", "caseholder", "case holding", "holds cases"],
  },
  postId: {
    exact: [
      "post id",
      "post",
      "post number",
      "post ref",
      "post reference",
      "position id",
      "post no",
      "position number",
    ],
    contains: ["post id", "post number", "post ref", "post no", "position id"],
  },
  role: {
    exact: ["role", "job title", "post title", "job role", "position", "title", "grade"],
    contains: ["role", "job title", "post title"],
  },
};

const COLUMN_ORDER = Object.keys(HEADER_RULES) as StaffingColumn[];

function normaliseHeader(header: unknown): string {
  return typeof header === "string" || typeof header === "number"
    ? String(header)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim()
    : "";
}

function scoreHeader(header: string, column: StaffingColumn): number {
  if (header === "") return 0;
  const rule = HEADER_RULES[column];
  if (rule.exclude?.some((word) => `${header} `.includes(word))) return 0;
  if (rule.exact.includes(header)) return 3;
  if (rule.contains.some((phrase) => new RegExp(`(^| )${phrase}`).test(header))) return 2;
  if (rule.contains.some((phrase) => header.includes(phrase))) return 1;
  return 0;
}

/**
 * Matches headers to staffing columns leniently ("FTE", "Hours FTE", "Team name",
 * "Contract type", "Open cases", "Days lost", "Leaving date"…). Each header serves at most one
 * column: the one it matches best (ties go to the column listed first in `StaffingColumn`).
 */
export function detectColumns(headers: readonly unknown[]): ColumnDetection {
  const best = new Map<number, { column: StaffingColumn; score: number }>();
  headers.forEach((header, index) => {
    const text = normaliseHeader(header);
    for (const column of COLUMN_ORDER) {
      const score = scoreHeader(text, column);
      const current = best.get(index);
      if (score > 0 && (!current || score > current.score)) best.set(index, { column, score });
    }
  });
  const mapping: ColumnMapping = {};
  const ambiguous: ColumnDetection["ambiguous"] = [];
  for (const column of COLUMN_ORDER) {
    const matches = [...best.entries()].filter(([, m]) => m.column === column);
    if (matches.length === 0) continue;
    const top = Math.max(...matches.map(([, m]) => m.score));
    const candidates = matches.filter(([, m]) => m.score === top).map(([index]) => index);
    mapping[column] = candidates[0];
    if (candidates.length > 1) ambiguous.push({ column, candidates });
  }
  const missing = REQUIRED_COLUMNS.filter((column) => mapping[column] === undefined);
  return { mapping, ambiguous, missing };
}

const STATUS_WORDS: Readonly<Record<string, PostStatus>> = {
  permanent: "permanent",
  perm: "permanent",
  employed: "permanent",
  employee: "permanent",
  staff: "permanent",
  substantive: "permanent",
  "fixed term": "permanent",
  "in post": "permanent",
  filled: "permanent",
  agency: "agency",
  "agency worker": "agency",
  locum: "agency",
  interim: "agency",
  contractor: "agency",
  vacant: "vacant",
  vacancy: "vacant",
  unfilled: "vacant",
  empty: "vacant",
};

/** Normalises a status cell ("Perm", "Agency worker", "VACANT") or returns undefined. */
export function parseStatus(value: unknown): PostStatus | undefined {
  if (typeof value !== "string") return undefined;
  return STATUS_WORDS[
    value
      .toLowerCase()
      .replace(/[^a-z]+/g, " ")
      .trim()
  ];
}

const TRUE_WORDS = new Set(["yes", "y", "true", "1", "leaver", "left", "leaving", "x"]);
const FALSE_WORDS = new Set(["no", "n", "false", "0", "-", "none", "n a", "na"]);

function describe(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 30 ? `${value.slice(0, 29)}…` : value}"`;
  if (typeof value === "object" && value !== null) {
    const code = (value as { code?: unknown }).code;
    return typeof code === "string" ? `an error value (${code})` : "an object";
  }
  return String(value);
}

function isBlankCell(value: unknown): boolean {
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

function cellFlag(value: unknown, label: string, allowDates: boolean): boolean | string {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (value === 0) return false;
    if (value === 1) return true;
    // An Excel date serial (a leaving date) in a date-typed cell.
    if (allowDates && Number.isFinite(value) && value > 1) return true;
    return `${label} ${value} is not yes/no`;
  }
  if (typeof value === "string") {
    const word = value
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, " ")
      .trim();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    if (allowDates && looksLikeDate(value)) return true;
  }
  return `${label} ${describe(value)} is not ${allowDates ? "yes/no or a date" : "yes/no"}`;
}

function looksLikeDate(text: string): boolean {
  const t = text.trim();
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(t)) return true;
  return /[a-z]{3}/i.test(t) && /\d/.test(t) && !Number.isNaN(Date.parse(t));
}

function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/** Reads one data row, or returns the reason it cannot be counted. */
function readRow(
  row: readonly unknown[],
  rowIndex: number,
  mapping: ColumnMapping,
): StaffingRecord | string {
  const cell = (column: StaffingColumn): unknown => {
    const index = mapping[column];
    return index === undefined ? undefined : row[index];
  };
  const rawTeam = cell("team");
  const team = cellText(rawTeam);
  if (team === "")
    return isBlankCell(rawTeam) ? "Team is blank" : `Team ${describe(rawTeam)} is not text`;

  const rawStatus = cell("status");
  const status = parseStatus(rawStatus);
  if (!status) {
    return isBlankCell(rawStatus)
      ? "Status is blank (expected permanent, agency or vacant)"
      : `Status ${describe(rawStatus)} is not permanent, agency or vacant`;
  }

  const rawFte = cell("fte");
  if (isBlankCell(rawFte)) return "FTE is blank";
  const fte = cellNumber(rawFte, "FTE");
  if (typeof fte === "string") return fte;
  if (fte === 0) return "FTE is 0 (a post needs a positive FTE)";

  let cases: number | null = null;
  const rawCases = cell("cases");
  if (!isBlankCell(rawCases)) {
    const parsed = cellNumber(rawCases, "Cases");
    if (typeof parsed === "string") return parsed;
    cases = parsed;
  }

  let sicknessDays = 0;
  const rawSickness = cell("sicknessDays");
  if (!isBlankCell(rawSickness)) {
    const parsed = cellNumber(rawSickness, "Sickness days");
    if (typeof parsed === "string") return parsed;
    sicknessDays = parsed;
  }

  let leaver = false;
  const rawLeaver = cell("leaver");
  if (!isBlankCell(rawLeaver)) {
    const parsed = cellFlag(rawLeaver, "Leaver", true);
    if (typeof parsed === "string") return parsed;
    leaver = parsed;
  }

  let caseHolder = (cases ?? 0) > 0;
  const rawHolder = cell("caseHolder");
  if (!isBlankCell(rawHolder)) {
    const parsed = cellFlag(rawHolder, "Case holder", false);
    if (typeof parsed === "string") return parsed;
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
    caseHolder,
  };
  const postId = cellText(cell("postId"));
  const role = cellText(cell("role"));
  if (postId !== "") record.postId = postId;
  if (role !== "") record.role = role;
  return record;
}

/**
 * Reads a staffing list. `rows` are the data rows under `headers`. Every row becomes either a
 * record or a rejected row (a fully blank row is rejected with reason "blank row", so callers
 * can skip those quietly), so `records.length + rejected.length === rows.length`.
 * Missing required columns reject every row with a reason naming them.
 */
export function readStaffing(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  mapping?: ColumnMapping,
): { records: StaffingRecord[]; rejected: RejectedRow[] } {
  const used = mapping ?? detectColumns(headers).mapping;
  const missing = REQUIRED_COLUMNS.filter((column) => used[column] === undefined);
  const records: StaffingRecord[] = [];
  const rejected: RejectedRow[] = [];
  rows.forEach((row, rowIndex) => {
    const cells = Array.isArray(row) ? row : [];
    if (cells.every(isBlankCell)) {
      rejected.push({ rowIndex, reason: BLANK_ROW });
      return;
    }
    if (missing.length > 0) {
      rejected.push({
        rowIndex,
        reason: `no ${missing.map((c) => COLUMN_LABELS[c]).join(", ")} column found`,
      });
      return;
    }
    const result = readRow(cells, rowIndex, used);
    if (typeof result === "string") rejected.push({ rowIndex, reason: result });
    else records.push(result);
  });
  return { records, rejected };
}

/** The reason given for a fully blank row. */
export const BLANK_ROW = "blank row";

/** Header names matched exactly for each column (others match by containing a key word). For docs and hints. */
export function recognisedHeaders(): Record<StaffingColumn, readonly string[]> {
  const result = {} as Record<StaffingColumn, readonly string[]>;
  for (const column of COLUMN_ORDER) result[column] = [...HEADER_RULES[column].exact];
  return result;
}

/** The words accepted for each post status (case and punctuation ignored). */
export function recognisedStatusWords(): Record<PostStatus, string[]> {
  const result: Record<PostStatus, string[]> = { permanent: [], agency: [], vacant: [] };
  for (const [word, status] of Object.entries(STATUS_WORDS)) result[status].push(word);
  return result;
}
