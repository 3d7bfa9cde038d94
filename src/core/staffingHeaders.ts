/**
 * Which column of a staffing list is which, from its headers, and where the header row is.
 * Matching is lenient because every council's HR system names its columns differently
 * ("Hours FTE", "Employment Type", "Days Absent (12m)"…), and reports often carry title rows
 * and blank rows above the header.
 */

export type StaffingColumn =
  | "team"
  | "fte"
  | "status"
  | "cases"
  | "sicknessDays"
  | "leaver"
  | "startDate"
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
  startDate: "Start date",
  caseHolder: "Case holder",
  postId: "Post ID",
  role: "Role",
};

export type ColumnMapping = Partial<Record<StaffingColumn, number>>;

export interface ColumnDetection {
  mapping: ColumnMapping;
  /** Columns that more than one header matched equally well; the mapping uses the first (leftmost). */
  ambiguous: { column: StaffingColumn; candidates: number[] }[];
  /** Required columns (team, FTE, status) that no header matched. */
  missing: StaffingColumn[];
}

interface HeaderRule {
  exact: string[];
  contains: string[];
  exclude?: string[];
}

/** Exact (normalised) header names score 3, phrases at a word start 2, anywhere 1. */
const HEADER_RULES: Readonly<Record<StaffingColumn, HeaderRule>> = {
  team: {
    exact: [
      "team",
      "team name",
      "teams",
      "service team",
      "team service",
      "team unit",
      "unit",
      "service area",
      "team or unit",
    ],
    contains: ["team"],
  },
  fte: {
    exact: [
      "fte",
      "hours fte",
      "fte hours",
      "wte",
      "contracted fte",
      "fte contracted",
      "full time equivalent",
      "fte in post",
      "post fte",
      "budgeted fte",
      "funded fte",
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
      "employment basis",
      "employment category",
      "worker type",
      "staff type",
      "employee type",
      "assignment type",
      "engagement type",
      "position status",
      "contract status",
    ],
    contains: [
      "status",
      "contract",
      "employment type",
      "employment basis",
      "worker type",
      "engagement",
    ],
    // "Contract end date", "Contract hours" and "Employment start date" are other columns.
    exclude: ["date", "hours", "end ", "start"],
  },
  cases: {
    exact: [
      "cases",
      "open cases",
      "caseload",
      "case load",
      "number of cases",
      "allocated cases",
      "cases allocated",
      "cases held",
      "no of cases",
      "case count",
      "allocations",
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
      "days absent",
      "days sick",
      "sickness absence",
      "sickness absence days",
      "working days lost",
      "days off sick",
    ],
    contains: ["sick", "days lost", "absence", "absent"],
  },
  leaver: {
    exact: [
      "leaver",
      "leavers",
      "leaving date",
      "date of leaving",
      "left",
      "leaver flag",
      "date left",
      "leaving",
      "end date",
      "left in year",
      "termination date",
      "leave date",
    ],
    contains: ["leaver", "leaving", "left", "termination"],
  },
  startDate: {
    exact: [
      "start date",
      "date started",
      "started",
      "starter",
      "starters",
      "start",
      "date joined",
      "joined",
      "joining date",
      "date of joining",
      "appointment date",
      "date appointed",
      "hire date",
      "role start date",
    ],
    contains: ["start", "joined", "joining", "appointed", "appointment date"],
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

/** Headers longer than this are prose (a title or a note), not a column name. */
const MAX_HEADER_LENGTH = 80;

function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * A header as words: lower case, punctuation gone, and a trailing qualifier in brackets
 * dropped ("Days Absent (12m)" → "days absent", "FTE [contracted]" → "fte").
 */
export function normaliseHeader(header: unknown): string {
  if (typeof header !== "string" && typeof header !== "number") return "";
  const text = String(header);
  if (text.length > MAX_HEADER_LENGTH) return "";
  const bare = normaliseWords(text.replace(/\s*[([{][^)\]}]*[)\]}]\s*$/, ""));
  return bare === "" ? normaliseWords(text) : bare;
}

const wordStart = new Map<string, RegExp>();
function startsWord(header: string, phrase: string): boolean {
  let pattern = wordStart.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(^| )${phrase}`);
    wordStart.set(phrase, pattern);
  }
  return pattern.test(header);
}

function scoreHeader(header: string, column: StaffingColumn): number {
  if (header === "") return 0;
  const rule = HEADER_RULES[column];
  if (rule.exact.includes(header)) return 3;
  if (rule.exclude?.some((word) => `${header} `.includes(word))) return 0;
  if (rule.contains.some((phrase) => startsWord(header, phrase))) return 2;
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
    if (text === "") return;
    for (const column of COLUMN_ORDER) {
      const score = scoreHeader(text, column);
      const current = best.get(index);
      if (score > 0 && (!current || score > current.score)) best.set(index, { column, score });
    }
  });
  const mapping: ColumnMapping = {};
  const ambiguous: ColumnDetection["ambiguous"] = [];
  for (const column of COLUMN_ORDER) {
    let top = 0;
    let candidates: number[] = [];
    for (const [index, match] of best) {
      if (match.column !== column) continue;
      if (match.score > top) {
        top = match.score;
        candidates = [index];
      } else if (match.score === top) candidates.push(index);
    }
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => a - b);
    mapping[column] = candidates[0];
    if (candidates.length > 1) ambiguous.push({ column, candidates });
  }
  const missing = REQUIRED_COLUMNS.filter((column) => mapping[column] === undefined);
  return { mapping, ambiguous, missing };
}

/** Outranks any count of columns: a header naming Team, FTE and Status beats one that does not. */
const ALL_REQUIRED_BONUS = 100;

/**
 * How much a row looks like a staffing list's header: 0 when it names fewer than two staffing
 * columns or none of the required ones; otherwise the number of columns it names, and more
 * when it names all the required ones (so a staffing list outranks, say, a projection table
 * whose "In-post FTE" and "Leavers" headers also name two columns).
 */
export function staffingHeaderScore(cells: readonly unknown[]): number {
  const { mapping } = detectColumns(cells);
  const found = Object.keys(mapping).length;
  const required = REQUIRED_COLUMNS.filter((column) => mapping[column] !== undefined).length;
  if (found < 2 || required === 0) return 0;
  return found + (required === REQUIRED_COLUMNS.length ? ALL_REQUIRED_BONUS : 0);
}

/** Whether a header row names a staffing list (the one rule every host and SUMMARY use). */
export function looksLikeStaffing(headers: readonly unknown[]): boolean {
  return staffingHeaderScore(headers) > 0;
}

/** Rows searched for the header below title rows and blank rows. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Index of the header row among `rows`: the row within the first `HEADER_SEARCH_ROWS` that
 * names the most staffing columns (the first of equals), so title lines and blank rows above
 * the header are skipped. When no row looks like a header, the first non-blank row (the user
 * then chooses the columns); -1 when every row searched is blank.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): number {
  let best = -1;
  let bestScore = 0;
  let firstFilled = -1;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [];
    if (!row.some((cell) => normaliseHeader(cell) !== "")) continue;
    if (firstFilled < 0) firstFilled = r;
    const score = staffingHeaderScore(row);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best >= 0 ? best : firstFilled;
}

/** Header names matched exactly for each column (others match by containing a key word). For docs and hints. */
export function recognisedHeaders(): Record<StaffingColumn, readonly string[]> {
  const result = {} as Record<StaffingColumn, readonly string[]>;
  for (const column of COLUMN_ORDER) result[column] = [...HEADER_RULES[column].exact];
  return result;
}
