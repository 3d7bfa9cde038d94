/**
 * The one name sanitiser: sheet and table names made valid by Excel's rules and unique, with
 * the same result on every host (Excel, the workbench, the test hosts; test/workbook/
 * hostContract.ts checks all three). Hosts never show Excel's own "name not valid" error and
 * never replace an existing sheet or table: they pick a valid, unused variant.
 *
 * Excel's rules (Microsoft support, "Rename a worksheet" and "Rename an Excel table"):
 * - a sheet name has 1–31 characters, none of : \ / ? * [ ], does not begin or end with an
 *   apostrophe, is not "History", and is unique ignoring case;
 * - a table name has at most 255 characters, begins with a letter, underscore or backslash,
 *   then letters, digits, periods and underscores; it is not a cell reference ("A1", "R1C1"),
 *   not "C", "c", "R" or "r", and is unique in the workbook ignoring case.
 */

export const MAX_SHEET_NAME_LENGTH = 31;
export const MAX_TABLE_NAME_LENGTH = 255;

/** Sheet names Excel keeps for itself (compared ignoring case). */
const RESERVED_SHEET_NAMES = ["history"];

const sameName = (name: string): string => name.toLowerCase();

/** Cuts `text` to `max` UTF-16 units without splitting a surrogate pair (an emoji). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, end);
}

/** Trims spaces and the apostrophes Excel refuses at either end. */
const trimSheetEdges = (name: string): string => name.replace(/^[\s']+|[\s']+$/g, "");

/**
 * A valid sheet name close to `preferred`: "Q1/Q2 plan" → "Q1-Q2 plan", "[Draft] A?" →
 * "Draft A", control characters dropped, cut to 31 characters; "Sheet" when nothing is left.
 */
export function validSheetName(preferred: string): string {
  let name = preferred
    .replace(/[\\/:]/g, "-")
    .replace(/[?*[\]]/g, "")
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ");
  name = trimSheetEdges(cut(trimSheetEdges(name), MAX_SHEET_NAME_LENGTH));
  return name === "" ? "Sheet" : name;
}

/**
 * A valid sheet name not in `existing` (ignoring case, as Excel does): "Scenario", then
 * "Scenario (2)", "Scenario (3)"… cut so the suffix still fits in 31 characters.
 */
export function uniqueSheetName(preferred: string, existing: readonly string[]): string {
  const taken = new Set([...existing.map(sameName), ...RESERVED_SHEET_NAMES]);
  const base = validSheetName(preferred);
  if (!taken.has(sameName(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${trimSheetEdges(cut(base, MAX_SHEET_NAME_LENGTH - suffix.length))}${suffix}`;
    if (!taken.has(sameName(candidate))) return candidate;
  }
}

/** Text Excel would read as a cell reference, or the row/column letters R and C. */
function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
}

/**
 * A valid table name close to `preferred`: spaces and punctuation become "_" ("Projection A"
 * → "Projection_A"), a name that starts with a digit or period or could be read as a cell
 * reference gets "T_" in front ("2026 plan" → "T_2026_plan", "R1C1" → "T_R1C1").
 */
export function validTableName(preferred: string): string {
  let name = preferred.trim().replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (name === "") name = "Table";
  if (!/^[\p{L}_]/u.test(name) || looksLikeReference(name)) name = `T_${name}`;
  return cut(name, MAX_TABLE_NAME_LENGTH);
}

/** A valid table name not in `existing` (ignoring case): "Cohorts", "Cohorts_2", "Cohorts_3"… */
export function uniqueTableName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map(sameName));
  const base = validTableName(preferred);
  if (!taken.has(sameName(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const candidate = `${cut(base, MAX_TABLE_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(sameName(candidate))) return candidate;
  }
}
