/**
 * One path from a census file to its figures, used by the pane's import, the workbench, the
 * benchmarks and the oracle alike: read (XML or a CSV table), validate, and work out the
 * indicators and characteristics on the reference date.
 */
import { parseCsv } from "../csv";
import { censusCharacteristics, type CharacteristicRow } from "./characteristics";
import { latestThirtySeptember, parseDate, todayDay } from "./dates";
import {
  censusGroups,
  censusIndicators,
  type CensusGroups,
  type CensusIndicators,
  type LaVacancies,
} from "./indicators";
import type { CensusReturn } from "./model";
import { readCensusTable } from "./table";
import { ProblemList, type CensusProblem, type ProblemCounts, type ProblemSink } from "./problems";
import { validateReturn, type CensusWorker } from "./validate";
import { MAX_CENSUS_BYTES, readCensusXml, tooLargeMessage } from "./xml";

export interface CensusAnalysis {
  census: CensusReturn;
  /** The reference date used (a day number) and where it came from. */
  reference: number;
  referenceSource: "given" | "header" | "default";
  workers: CensusWorker[];
  /** Every problem, or the first `keep` of each severity (AnalyseOptions.keep). */
  problems: CensusProblem[];
  /** How many problems there are, kept or not. */
  problemCounts: ProblemCounts;
  vacancies?: LaVacancies;
  indicators: CensusIndicators;
  groups: CensusGroups;
  characteristics: CharacteristicRow[];
  /** Table input only: blank rows skipped. */
  blankRows: number;
}

const VACANCY_NUMBER = /^\d*\.?\d+$/;

/** LALevelVacancies as numbers; a bad value is reported and the vacancy figures left out. */
export function readVacancies(
  raw: CensusReturn["vacancies"],
  problems: ProblemSink,
): LaVacancies | undefined {
  if (!raw) return undefined;
  const number = (item: "NumberOfVacancies" | "NoAgencyFTE" | "NoAgencyHeadcount") => {
    const text = raw[item];
    if (text !== undefined && VACANCY_NUMBER.test(text)) return Number(text);
    problems.push({
      worker: -1,
      source: "LALevelVacancies",
      item,
      value: text,
      reason: text === undefined ? "is missing" : "must be a number of at least 0",
      severity: "error",
    });
    return undefined;
  };
  const vacancyFte = number("NumberOfVacancies");
  const agencyCoverFte = number("NoAgencyFTE");
  const headcountText = raw.NoAgencyHeadcount;
  const agencyCoverHeadcount =
    headcountText === undefined || /^\d+$/.test(headcountText)
      ? headcountText === undefined
        ? undefined
        : Number(headcountText)
      : number("NoAgencyHeadcount");
  if (vacancyFte === undefined || agencyCoverFte === undefined) return undefined;
  if (agencyCoverFte > vacancyFte) {
    problems.push({
      worker: -1,
      source: "LALevelVacancies",
      item: "NoAgencyFTE",
      value: raw.NoAgencyFTE,
      reason: `is more than NumberOfVacancies (${vacancyFte}): agency workers cover vacancies, so cannot outnumber them`,
      severity: "warning",
    });
  }
  return { vacancyFte, agencyCoverFte, agencyCoverHeadcount };
}

export interface AnalyseOptions {
  /** A reference date to use instead of the header's (a day number). */
  reference?: number;
  /** Today, for the default reference date; tests pin it. */
  today?: number;
  lenient?: boolean;
  /** Keep only the first `keep` errors and warnings (ValidationOptions.keep); counts cover all. */
  keep?: number;
  blankRows?: number;
  /** LA-level vacancies from elsewhere (a table of workers carries none). */
  vacancies?: LaVacancies;
}

/** Validates a return and works out its figures. */
export function analyseCensus(census: CensusReturn, options: AnalyseOptions = {}): CensusAnalysis {
  const fromHeader =
    census.header.referenceDate !== undefined ? parseDate(census.header.referenceDate) : undefined;
  const reference =
    options.reference ?? fromHeader ?? latestThirtySeptember(options.today ?? todayDay());
  const referenceSource =
    options.reference !== undefined ? "given" : fromHeader !== undefined ? "header" : "default";
  const list = new ProblemList(options.keep);
  const { workers, problems, counts } = validateReturn(
    census,
    reference,
    { lenient: options.lenient ?? false },
    list,
  );
  const vacancies = options.vacancies ?? readVacancies(census.vacancies, list);
  // Each worked out when first read: CENSUS needs only the indicators, CENSUSPROFILE only the
  // characteristics, and 200,000 workers make either a noticeable part of a formula's time.
  let groups: CensusGroups | undefined;
  let indicators: CensusIndicators | undefined;
  let characteristics: CharacteristicRow[] | undefined;
  const grouped = () => (groups ??= censusGroups(workers, reference));
  return {
    census,
    reference,
    referenceSource,
    workers,
    problems,
    problemCounts: counts,
    vacancies,
    get indicators() {
      return (indicators ??= censusIndicators(workers, vacancies, reference, {
        groups: grouped(),
      }).indicators);
    },
    get groups() {
      return grouped();
    },
    get characteristics() {
      return (characteristics ??= censusCharacteristics(workers, reference, grouped()));
    },
    blankRows: options.blankRows ?? 0,
  };
}

/** True when the text looks like XML rather than a CSV table. */
function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

/**
 * Reads a census file's text as a user's import does: XML, or a CSV table whose headers are
 * the item names. `bytes` is the file's size, refused above MAX_CENSUS_BYTES.
 */
export function readCensusFile(
  text: string,
  bytes = text.length,
): CensusReturn & { blankRows: number; lenient: boolean } {
  if (bytes > MAX_CENSUS_BYTES) {
    return {
      header: {},
      workers: [],
      fileProblems: [tooLargeMessage(bytes)],
      blankRows: 0,
      lenient: false,
    };
  }
  if (looksLikeXml(text)) return { ...readCensusXml(text), blankRows: 0, lenient: false };
  return { ...readCensusTable(parseCsv(text), { what: "the file" }), lenient: true };
}

/** `readCensusFile` then `analyseCensus`: the whole import. */
export function analyseCensusFile(
  text: string,
  options: AnalyseOptions & { bytes?: number } = {},
): CensusAnalysis {
  const census = readCensusFile(text, options.bytes);
  return analyseCensus(census, {
    ...options,
    lenient: census.lenient,
    blankRows: census.blankRows,
  });
}
