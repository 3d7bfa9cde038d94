/**
 * What the .xlsx importer and exporter share: the settings sheet's name, Excel's date serials
 * and the way formulas are spelled inside a file. Excel writes functions newer than 2007 with a
 * prefix (`_xlfn.SEQUENCE`, `_xlfn._xlws.FILTER`) and shows #NAME? for them without it, so the
 * exporter adds the prefix and the importer removes it.
 */

/** Hidden sheet holding the add-in's settings (key, value rows). */
export const SETTINGS_SHEET = "_WorkforceSettings";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

/** Functions a file spells `_xlfn.NAME` (Microsoft, "Issue: An _xlfn. prefix is displayed"). */
const FUTURE_FUNCTIONS = [
  "SEQUENCE",
  "UNIQUE",
  "SORTBY",
  "XLOOKUP",
  "XMATCH",
  "RANDARRAY",
  "LET",
  "IFS",
  "MAXIFS",
  "MINIFS",
  "SWITCH",
  "TEXTJOIN",
  "CONCAT",
  "IFNA",
  "XOR",
  "DAYS",
  "ISOWEEKNUM",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "QUARTILE.INC",
  "NORM.DIST",
  "NORM.INV",
  "CEILING.MATH",
  "FLOOR.MATH",
];
/** Functions a file spells `_xlfn._xlws.NAME`. */
const WORKSHEET_FUNCTIONS = ["FILTER", "SORT"];

const namePattern = (names: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\w.])(${names.map((n) => n.replace(/\./g, "\\.")).join("|")})(?=\\s*\\()`,
    "gi",
  );
const FUTURE = namePattern(FUTURE_FUNCTIONS);
const WORKSHEET = namePattern(WORKSHEET_FUNCTIONS);

/** Applies `change` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, change: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join("");
}

/** A formula (without "=") as a file spells it. */
export function formulaForFile(formula: string): string {
  return outsideStrings(formula, (code) =>
    code.replace(FUTURE, "_xlfn.$1").replace(WORKSHEET, "_xlfn._xlws.$1"),
  );
}

/** A formula from a file (without "=") as the workbench spells it. */
export function formulaFromFile(formula: string): string {
  return outsideStrings(formula, (code) => code.replace(/_xlfn\.(_xlws\.)?|_xlpm\./gi, ""));
}
