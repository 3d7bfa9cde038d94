/**
 * Reads the census return's XML (what a council submits to DfE's COLLECT service):
 * Message/Header/CollectionDetails, Header/Source, one LALevelVacancies and any number of
 * CSWWWorker elements, in any order. Plain XML is read by ./xmlScan, anything else by
 * fast-xml-parser, into the same tree; both are pure JavaScript, so this runs the same in
 * Excel's pane, the workbench and Node.
 *
 * Never throws: a file that cannot be read comes back with `fileProblems` saying why.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { VACANCY_ITEMS, WORKER_ITEMS, type VacancyItem, type WorkerItem } from "./items";
import { RawWorker, type CensusHeader, type CensusReturn } from "./model";
import { scanPlainXml } from "./xmlScan";

/** The largest file read: real returns are a few MB (about 800 bytes a worker). */
export const MAX_CENSUS_BYTES = 20 * 1024 * 1024;

/** The refusal for a file over MAX_CENSUS_BYTES, worded for the pane. */
export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return `The file is ${mb(bytes)} MB; census returns up to ${mb(MAX_CENSUS_BYTES)} MB can be read. Check it is the census return, or split it.`;
}

const WORKER_ITEM_SET = new Set<string>(WORKER_ITEMS);
const VACANCY_ITEM_SET = new Set<string>(VACANCY_ITEMS);

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: true,
  // Codes such as "01" and SWE numbers must stay exactly as written.
  parseTagValue: false,
  trimValues: true,
  // No isArray option: it is asked about every element and doubles the parse time of a
  // 5,000-worker return. An element given once comes as its value, given again as an array;
  // `asList` reads both alike.
});

/** fast-xml-parser's tree of `body` with the settings above (tests compare ./xmlScan with it). */
export function parsedTree(body: string): unknown {
  return parser.parse(body) as unknown;
}

/** An element's occurrences: none, the one, or all of them. */
function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function emptyReturn(problem: string): CensusReturn {
  return { header: {}, workers: [], fileProblems: [problem] };
}

/** Text of a parsed element: a string, or "" for an empty one; undefined for nested content. */
function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "";
  // An element with child elements (or only attributes) has no text of its own.
  if (typeof value === "object" && Object.keys(value).every((k) => k === "#text"))
    return textOf((value as Record<string, unknown>)["#text"]);
  return undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function readHeader(message: Record<string, unknown>, problems: string[]): CensusHeader {
  const header: CensusHeader = {};
  const headerElement = record(message.Header);
  if (!headerElement) {
    problems.push("The return has no Header (CollectionDetails and Source).");
    return header;
  }
  const details = record(headerElement.CollectionDetails);
  if (details) {
    header.collection = textOf(details.Collection);
    header.year = textOf(details.Year);
    header.referenceDate = textOf(details.ReferenceDate);
  } else {
    problems.push("The Header has no CollectionDetails (Collection, Year, ReferenceDate).");
  }
  const sources = asList(headerElement.Source);
  const source = record(sources[0]);
  if (source) {
    header.lea = textOf(source.LEA);
    header.sourceLevel = textOf(source.SourceLevel);
    header.softwareCode = textOf(source.SoftwareCode);
    header.dateTime = textOf(source.DateTime);
  }
  return header;
}

function readVacancies(
  message: Record<string, unknown>,
  problems: string[],
  warnings: string[],
): CensusReturn["vacancies"] {
  const list = asList(message.LALevelVacancies);
  if (list.length === 0) {
    problems.push(
      "The return has no LALevelVacancies, so vacancy and agency cover figures cannot be worked out.",
    );
    return undefined;
  }
  if (list.length > 1) {
    warnings.push(
      `The return has ${list.length} LALevelVacancies elements; the census has one. The first is used.`,
    );
  }
  const element = record(list[0]) ?? {};
  const vacancies: Partial<Record<VacancyItem, string>> = {};
  for (const [name, value] of Object.entries(element)) {
    if (!VACANCY_ITEM_SET.has(name)) {
      warnings.push(`LALevelVacancies has an element ${name}, which is not a census item.`);
      continue;
    }
    const text = textOf(value);
    if (text !== undefined) vacancies[name as VacancyItem] = text;
  }
  return vacancies;
}

function readWorker(element: unknown, index: number): RawWorker {
  const unknown: string[] = [];
  const worker = new RawWorker(`worker ${index + 1}`, unknown);
  const fields = record(element);
  if (!fields) return worker;
  for (const [name, values] of Object.entries(fields)) {
    if (!WORKER_ITEM_SET.has(name)) {
      unknown.push(name);
      continue;
    }
    const texts: string[] = [];
    for (const value of asList(values)) {
      const text = textOf(value);
      // Nested markup where a value belongs is kept as a marker, so validation reports it.
      texts.push(text ?? "<nested elements>");
    }
    worker.set(name as WorkerItem, texts);
  }
  return worker;
}

/** Reads a census return from XML text. */
export function readCensusXml(text: string): CensusReturn {
  if (text.length > MAX_CENSUS_BYTES) return emptyReturn(tooLargeMessage(text.length));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return emptyReturn("The file is empty.");
  // Census returns never carry a DTD; refusing one rules out entity-expansion attacks.
  if (/<!DOCTYPE/i.test(body)) {
    return emptyReturn("The file has a DOCTYPE declaration, which census returns never have.");
  }
  // Plain XML (every census return seen so far) is read in one fast pass; anything else by
  // fast-xml-parser, which checks it first and says where it is not well-formed.
  let tree: unknown = scanPlainXml(body);
  if (tree === undefined) {
    const valid = XMLValidator.validate(body);
    if (valid !== true) {
      const { line, col, msg } = valid.err;
      return emptyReturn(`The file is not well-formed XML (line ${line}, column ${col}): ${msg}`);
    }
    tree = parsedTree(body);
  }
  const parsed = record(tree) ?? {};
  const rootNames = Object.keys(parsed);
  const message = record(parsed.Message);
  if (!message) {
    return emptyReturn(
      `This is not a census return: its root element is ${rootNames[0] ?? "missing"}, not Message.`,
    );
  }
  const fileProblems: string[] = [];
  const fileWarnings: string[] = [];
  const header = readHeader(message, fileProblems);
  const vacancies = readVacancies(message, fileProblems, fileWarnings);
  const elements = asList(message.CSWWWorker);
  const workers = elements.map((element, i) => readWorker(element, i));
  if (workers.length === 0) fileProblems.push("The return has no CSWWWorker elements.");
  for (const name of Object.keys(message)) {
    if (!["Header", "LALevelVacancies", "CSWWWorker"].includes(name)) {
      fileWarnings.push(`The return has an element ${name}, which is not part of the census.`);
    }
  }
  return { header, vacancies, workers, fileProblems, fileWarnings };
}
