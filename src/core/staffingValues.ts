/**
 * What the values in a staffing list's Status, Leaver and Case holder columns mean: the
 * spellings recognised out of the box, and the user's own choices for the rest (a value
 * mapping, saved with the workbook).
 *
 * Statuses follow DfE's census (Children's social work workforce methodology,
 * https://explore-education-statistics.service.gov.uk/methodology/children-s-social-work-workforce-methodology):
 * - children and family social workers "employed and paid directly by the local authority"
 *   are in post, whatever their contract: permanent, fixed-term, temporary or seconded;
 * - agency workers are "not directly paid by the local authority" (paid by an agency, or
 *   self-employed); one holding a funded post covers a vacancy;
 * - an agency worker who holds no funded post (over establishment, project capacity) is
 *   agency FTE but not a vacancy: "agency (additional)".
 */

export type PostStatus = "permanent" | "agency" | "agencyAdditional" | "vacant";

/** What a user may say a Status value means: a status, or "leave these rows out". */
export type StatusChoice = PostStatus | "ignore";

/** Columns whose values can be mapped by the user. */
export type ValueColumn = "status" | "leaver" | "caseHolder";

export const STATUS_LABELS: Readonly<Record<StatusChoice, string>> = {
  permanent: "Employed, in post (permanent, fixed-term, temporary)",
  agency: "Agency, in a funded post (covers a vacancy)",
  agencyAdditional: "Agency, additional (no funded post)",
  vacant: "Vacant (empty post)",
  ignore: "Ignore these rows",
};

/** The user's meanings for values the reader does not recognise, keyed by `valueKey`. */
export interface ValueMapping {
  status: Record<string, StatusChoice>;
  leaver: Record<string, boolean>;
  caseHolder: Record<string, boolean>;
}

export function emptyValueMapping(): ValueMapping {
  return { status: {}, leaver: {}, caseHolder: {} };
}

/**
 * The key a value is recognised and mapped by: lower case, runs of anything but letters and
 * digits as one space. "Temp/Agency", "TEMP - AGENCY" and "temp agency" are one value.
 */
export function valueKey(value: unknown): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value !== "string" && typeof value !== "number") return "";
  return String(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const STATUS_WORDS: Readonly<Record<string, PostStatus>> = {
  // Employed by the council: DfE counts all of these in post.
  permanent: "permanent",
  perm: "permanent",
  employed: "permanent",
  employee: "permanent",
  staff: "permanent",
  substantive: "permanent",
  "fixed term": "permanent",
  "fixed term contract": "permanent",
  ftc: "permanent",
  temporary: "permanent",
  "temporary contract": "permanent",
  "temporary employee": "permanent",
  secondment: "permanent",
  seconded: "permanent",
  "seconded in": "permanent",
  secondee: "permanent",
  "in post": "permanent",
  filled: "permanent",
  // Agency workers in funded posts.
  agency: "agency",
  "agency worker": "agency",
  "agency staff": "agency",
  "temp agency": "agency",
  "agency temp": "agency",
  locum: "agency",
  "agency locum": "agency",
  "locum agency": "agency",
  interim: "agency",
  "interim agency": "agency",
  contractor: "agency",
  "self employed": "agency",
  "agency in post": "agency",
  "agency cover": "agency",
  // Agency workers over establishment.
  "agency additional": "agencyAdditional",
  "additional agency": "agencyAdditional",
  "agency over establishment": "agencyAdditional",
  "over establishment": "agencyAdditional",
  "agency supernumerary": "agencyAdditional",
  "supernumerary agency": "agencyAdditional",
  "agency project": "agencyAdditional",
  "project agency": "agencyAdditional",
  "additional locum": "agencyAdditional",
  // Funded posts nobody holds.
  vacant: "vacant",
  vacancy: "vacant",
  "vacant post": "vacant",
  unfilled: "vacant",
  empty: "vacant",
  unoccupied: "vacant",
};

/** Working-pattern words an HR system appends to a status ("Permanent - Part time"). */
const PATTERN_SUFFIX = / (full time|part time|ft|pt)$/;

/** The status a cell names out of the box, or undefined. */
export function parseStatus(value: unknown): PostStatus | undefined {
  const key = valueKey(value);
  return STATUS_WORDS[key] ?? STATUS_WORDS[key.replace(PATTERN_SUFFIX, "")];
}

/** The status a cell names, with the user's mapping first; undefined when nobody says. */
export function statusOf(
  value: unknown,
  mapping: Readonly<Record<string, StatusChoice>> = {},
): StatusChoice | undefined {
  const key = valueKey(value);
  return Object.prototype.hasOwnProperty.call(mapping, key) ? mapping[key] : parseStatus(value);
}

const TRUE_WORDS = new Set(["yes", "y", "true", "1", "x"]);
const FALSE_WORDS = new Set(["no", "n", "false", "0", "none", "n a", "na", ""]);
/** Leaver column words that say the holder left (a reason for leaving counts as "yes"). */
const LEAVER_WORDS = new Set([
  "leaver",
  "left",
  "leaving",
  "has left",
  "resigned",
  "resignation",
  "retired",
  "retirement",
  "dismissed",
  "dismissal",
  "redundancy",
  "redundant",
]);
const LEAVER_NO_WORDS = new Set(["not leaving", "staying", "not a leaver", "current"]);

/** A yes/no cell of the Leaver or Case holder column, out of the box; undefined when unknown. */
export function parseFlag(value: unknown, column: "leaver" | "caseHolder"): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  if (value.trim() === "-") return false;
  const key = valueKey(value);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  if (column === "leaver") {
    if (LEAVER_WORDS.has(key)) return true;
    if (LEAVER_NO_WORDS.has(key)) return false;
  }
  return undefined;
}

/** The words accepted for each post status (case and punctuation ignored). */
export function recognisedStatusWords(): Record<PostStatus, string[]> {
  const result: Record<PostStatus, string[]> = {
    permanent: [],
    agency: [],
    agencyAdditional: [],
    vacant: [],
  };
  for (const [word, status] of Object.entries(STATUS_WORDS)) result[status].push(word);
  return result;
}

/** The words the Leaver column accepts as "left in the year", besides yes/true/1 and dates. */
export function recognisedLeaverWords(): string[] {
  return [...LEAVER_WORDS];
}

/** A value nobody has said the meaning of, with how often it occurs. */
export interface UnrecognisedValue {
  column: ValueColumn;
  /** The mapping key (see `valueKey`). */
  key: string;
  /** The value as first seen, for showing. */
  text: string;
  count: number;
  /** 0-based data rows holding it (the first few). */
  rows: number[];
}

const ROWS_KEPT = 20;

/** Collects unrecognised values per column and key, in order of first appearance. */
export class UnrecognisedValues {
  private readonly seen = new Map<string, UnrecognisedValue>();

  add(column: ValueColumn, value: unknown, rowIndex: number): void {
    const key = valueKey(value);
    const id = `${column}\u0001${key}`;
    const found = this.seen.get(id);
    if (found) {
      found.count += 1;
      if (found.rows.length < ROWS_KEPT) found.rows.push(rowIndex);
      return;
    }
    const text = typeof value === "string" ? value.trim() : String(value);
    this.seen.set(id, {
      column,
      key,
      text: text.length > 60 ? `${text.slice(0, 59)}…` : text,
      count: 1,
      rows: [rowIndex],
    });
  }

  list(): UnrecognisedValue[] {
    return [...this.seen.values()];
  }
}
