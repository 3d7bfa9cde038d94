/**
 * Formulas as Excel writes them, and as the workbench's engine (HyperFormula) holds them.
 * HyperFormula has no TRUE/FALSE literals (only the functions TRUE() and FALSE()) and no
 * tables, so a formula is translated on entry and back whenever it is shown, saved or
 * exported:
 * - `TRUE` ↔ `TRUE()`, `FALSE` ↔ `FALSE()`;
 * - a table name and structured references (`Staff`, `Staff[FTE]`, `Staff[[#Headers],[FTE]]`,
 *   `Staff[[#All],[Team]:[FTE]]`, `Staff[#Data]`) ↔ a named expression per table part, which
 *   ./tableNames keeps on the table's current range (so formulas follow a table that grows,
 *   and rows inserted inside it);
 * - `Staff[@FTE]` (this row) ↔ `INDEX(<FTE column>,ROW(<cell in this row>)-ROW(<header>))`,
 *   which the engine moves with the row, as it moves any reference.
 * Strings ("…") and quoted sheet names ('…') are never touched.
 */
import type { TableInfo } from "./snapshot";
import { columnLetters } from "../workbook/a1";

export type TablePart = "data" | "headers" | "all";

/** A part of a table a named expression stands for: some columns (or all) and some rows. */
export interface TableNameRef {
  table: TableInfo;
  /** First and last column, by header; null: every column. */
  columns: [string, string] | null;
  part: TablePart;
}

const PREFIX = "_xlT.";
const PART_CODE: Record<TablePart, string> = { data: "d", headers: "h", all: "a" };
const PART_BY_CODE: Record<string, TablePart> = { d: "data", h: "headers", a: "all" };

/** A table's name in the characters engine names allow ("." separates the name's parts). */
const safeTableName = (name: string): string => name.replace(/[^A-Za-z\u00C0-\u02AF0-9_]/g, "_");

/**
 * A header as name characters: its UTF-16 units in hex. Names carry the header, not the
 * column's position, so a column inserted into the table leaves each name on its column.
 */
const encodeHeader = (header: string): string =>
  Array.from(header, (ch) => ch.charCodeAt(0).toString(16).padStart(4, "0")).join("");

function decodeHeader(code: string): string | null {
  if (!/^([0-9a-f]{4})*$/i.test(code)) return null;
  let text = "";
  for (let i = 0; i < code.length; i += 4)
    text += String.fromCharCode(parseInt(code.slice(i, i + 4), 16));
  return text;
}

/** The engine's name for a part of a table, e.g. "_xlT.Staff.c004600540045_004600540045.d". */
export function engineName(ref: TableNameRef): string {
  const cols = ref.columns ? `c${ref.columns.map(encodeHeader).join("_")}` : "all";
  return `${PREFIX}${safeTableName(ref.table.name)}.${cols}.${PART_CODE[ref.part]}`;
}

/** The index of a table's column by its header (as Excel, ignoring case), or -1. */
export function columnIndex(table: TableInfo, header: string): number {
  const wanted = header.trim().toLowerCase();
  return table.headers.findIndex((h) => h.trim().toLowerCase() === wanted);
}

/** The table part an engine name stands for, or null when it is not one of ours. */
export function parseEngineName(name: string, tables: readonly TableInfo[]): TableNameRef | null {
  if (name.slice(0, PREFIX.length).toLowerCase() !== PREFIX.toLowerCase()) return null;
  const [safe, cols, code] = name.slice(PREFIX.length).split(".");
  const table = tables.find((t) => safeTableName(t.name).toLowerCase() === safe?.toLowerCase());
  const part = PART_BY_CODE[code?.toLowerCase() ?? ""];
  if (!table || !part || cols === undefined) return null;
  if (cols.toLowerCase() === "all") return { table, columns: null, part };
  const [first, last] = cols.slice(1).split("_").map(decodeHeader);
  if (first === null || last === null || first === undefined || last === undefined) return null;
  return { table, columns: [first, last], part };
}

const isIdentifierStart = (ch: string) => /[\p{L}_\\]/u.test(ch);
const isIdentifierChar = (ch: string) => /[\p{L}\p{N}_.\\]/u.test(ch);

/** The index just past a quoted run ("…" or '…', the quote doubled inside) from `start`. */
function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

/** The index just past the bracket that closes the one at `start` (' escapes a character). */
function skipBrackets(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return -1;
}

/** Walks a formula's tokens, calling `identifier` for each name outside strings and sheets. */
function rewrite(
  formula: string,
  identifier: (name: string, end: number) => { text: string; end: number } | null,
): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const previous = i === 0 ? "" : formula[i - 1];
    if (isIdentifierStart(ch) && !isIdentifierChar(previous) && previous !== "$") {
      let end = i + 1;
      while (end < formula.length && isIdentifierChar(formula[end])) end++;
      const replaced = formula[end] === "!" ? null : identifier(formula.slice(i, end), end);
      if (replaced) {
        out += replaced.text;
        i = replaced.end;
      } else {
        out += formula.slice(i, end);
        i = end;
      }
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Where a formula is entered: its sheet's tables and its row (for `Table[@Column]`). */
export interface EntryContext {
  tables: readonly TableInfo[];
  sheet: string;
  row: number;
}

interface Specifier {
  parts: Set<string>;
  columns: string[];
  thisRow: boolean;
}

const unescape = (text: string) => text.replace(/'(.)/g, "$1");

/** The contents of a structured reference's brackets: `FTE`, `@FTE`, `[#Headers],[FTE]`… */
function readSpecifier(inner: string): Specifier {
  const spec: Specifier = { parts: new Set(), columns: [], thisRow: false };
  const item = (raw: string) => {
    let text = raw.trim();
    if (text.startsWith("@")) {
      spec.thisRow = true;
      text = text.slice(1).trim();
      if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
      if (text === "") return;
    }
    if (text.startsWith("#")) spec.parts.add(text.toLowerCase());
    else spec.columns.push(unescape(text));
  };
  if (!inner.trim().startsWith("[")) {
    item(inner);
    return spec;
  }
  let i = 0;
  while (i < inner.length) {
    if (inner[i] === "[") {
      const end = skipBrackets(inner, i);
      if (end < 0) break;
      item(inner.slice(i + 1, end - 1));
      i = end;
    } else if (inner[i] === "@") {
      spec.thisRow = true;
      i++;
    } else i++;
  }
  return spec;
}

/**
 * A formula as the engine takes it, and the table parts it names (to be defined before it is
 * entered). Unknown columns and parts the workbench has no rows for (#Totals) become #REF!.
 */
export function toEngineFormula(
  formula: string,
  context: EntryContext,
): { text: string; names: TableNameRef[] } {
  const names: TableNameRef[] = [];
  const nameFor = (ref: TableNameRef) => {
    names.push(ref);
    return engineName(ref);
  };
  const text = rewrite(formula, (name, end) => {
    const upper = name.toUpperCase();
    if ((upper === "TRUE" || upper === "FALSE") && formula[end] !== "(") {
      return { text: `${upper}()`, end };
    }
    const table = context.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table || formula[end] === "(") return null;
    if (formula[end] !== "[") return { text: nameFor({ table, columns: null, part: "data" }), end };
    const close = skipBrackets(formula, end);
    if (close < 0) return null;
    const spec = readSpecifier(formula.slice(end + 1, close - 1));
    return { text: structuredReference(table, spec, context, nameFor), end: close };
  });
  return { text, names };
}

function structuredReference(
  table: TableInfo,
  spec: Specifier,
  context: EntryContext,
  nameFor: (ref: TableNameRef) => string,
): string {
  let columns: [string, string] | null = null;
  let first = -1;
  let last = -1;
  if (spec.columns.length > 0) {
    first = columnIndex(table, spec.columns[0]);
    last = columnIndex(table, spec.columns[spec.columns.length - 1]);
    if (first < 0 || last < 0) return "#REF!";
    if (first > last) [first, last] = [last, first];
    columns = [table.headers[first], table.headers[last]];
  }
  const parts = spec.parts;
  if (parts.has("#totals")) return "#REF!";
  if (spec.thisRow || parts.has("#this row")) {
    if (!columns || first !== last) return "#REF!";
    const letters = columnLetters(table.range.start.col + first);
    const column = nameFor({ table, columns, part: "data" });
    // The row is read from a reference in this formula's row, which the engine moves with it.
    return `INDEX(${column},ROW(${letters}${context.row + 1})-ROW($${letters}$${table.range.start.row + 1}))`;
  }
  const part: TablePart =
    parts.has("#all") || (parts.has("#headers") && parts.has("#data"))
      ? "all"
      : parts.has("#headers")
        ? "headers"
        : "data";
  return nameFor({ table, columns, part });
}

const THIS_ROW =
  /^INDEX\((_xlT\.[A-Za-z\u00C0-\u02AF0-9_.]+),ROW\(\$?[A-Za-z]+\$?\d+\)-ROW\(\$?[A-Za-z]+\$?\d+\)\)/i;

/** A column name inside a structured reference, its special characters escaped. */
const escapeColumn = (header: string) => header.replace(/['[\]#@]/g, "'$&");

function excelReference(ref: TableNameRef, thisRow: boolean): string {
  const { table, columns, part } = ref;
  const canonical = (header: string) => {
    const index = columnIndex(table, header);
    return escapeColumn(index < 0 ? header : table.headers[index]);
  };
  const headers = columns ? columns.map(canonical) : [];
  const single = columns !== null && headers[0] === headers[1];
  const columnText = columns
    ? single
      ? `[${headers[0]}]`
      : `[${headers[0]}]:[${headers[1]}]`
    : "";
  if (thisRow) {
    const plain = /^[\p{L}\p{N}_]+$/u.test(headers[0] ?? "");
    return `${table.name}[@${plain ? headers[0] : columnText}]`;
  }
  const partText = part === "headers" ? "[#Headers]" : part === "all" ? "[#All]" : "";
  if (!columns) return part === "data" ? table.name : `${table.name}${partText}`;
  if (part === "data")
    return single ? `${table.name}${columnText}` : `${table.name}[${columnText}]`;
  return `${table.name}[${partText},${columnText}]`;
}

/** A formula as Excel writes it, from the engine's text (the reverse of toEngineFormula). */
export function toExcelFormula(formula: string, tables: readonly TableInfo[]): string {
  if (!/TRUE\(\)|FALSE\(\)|_xlT\./i.test(formula)) return formula;
  return rewrite(formula, (name, end) => {
    const upper = name.toUpperCase();
    if ((upper === "TRUE" || upper === "FALSE") && formula.startsWith("()", end)) {
      return { text: upper, end: end + 2 };
    }
    if (upper === "INDEX") {
      const match = THIS_ROW.exec(formula.slice(end - name.length));
      const ref = match ? parseEngineName(match[1], tables) : null;
      if (match && ref)
        return { text: excelReference(ref, true), end: end - name.length + match[0].length };
      return null;
    }
    const ref = parseEngineName(name, tables);
    return ref ? { text: excelReference(ref, false), end } : null;
  });
}
