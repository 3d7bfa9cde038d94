/**
 * WORKFORCE.CENSUS and WORKFORCE.CENSUSPROFILE declared for ./runner: read a worker table
 * (census item names as headers), the LA-level vacancies and a reference date from Excel's
 * arguments, and spill DfE's indicators or characteristics from src/core/census. The JSDoc'd
 * functions that generate functions.json are at the end of functions.ts.
 */
import { isBlank, toMatrix, unwrapSingle } from "../core/args";
import { blankArgument, plainCell } from "./cellValue";
import { nameKey } from "../core/names";
import {
  analyseCensus,
  CENSUS_COLUMNS,
  CHARACTERISTIC_HEADERS,
  calendarOf,
  censusYear,
  describeProblem,
  isMissing,
  parseDate,
  readCensusTable,
  ukDate,
  type CensusAnalysis,
  type Figure,
  type LaVacancies,
} from "../core/census";
import {
  divByZero,
  invalidValue,
  isWorkforceError,
  notAvailable,
  WorkforceError,
} from "../core/errors";
import type { CensusReturn } from "../core/census";
import { wholeReader } from "./readers";
import { perCall } from "./runner";
import type { Declaration, Reader } from "./runner";

/** Notes listed in full under a spill; the rest are counted. */
const NOTES_SHOWN = 3;

/** The census date; blank (undefined) lets the analysis take the latest 30 September. */
const censusDate = (name: string): Reader<number | undefined> =>
  wholeReader(name, true, (value) => {
    const single = unwrapSingle(value);
    if (blankArgument(single)) return undefined;
    if (Array.isArray(single)) return invalidValue(`${name} must be a single cell`);
    const day = parseDate(typeof single === "string" ? single.trim() : single);
    return day ?? invalidValue(`${name} must be a date, such as 30/09/2025 or 2025-09-30`);
  });

const VACANCY_NAMES: Record<string, keyof LaVacancies> = {
  numberofvacancies: "vacancyFte",
  vacancies: "vacancyFte",
  vacancyfte: "vacancyFte",
  noagencyfte: "agencyCoverFte",
  agencycoverfte: "agencyCoverFte",
  noagencyheadcount: "agencyCoverHeadcount",
  agencycoverheadcount: "agencyCoverHeadcount",
};

const key = (v: unknown) => (typeof v === "string" ? nameKey(v) : undefined);

/**
 * LALevelVacancies from a range: a header row over a value row, two columns of names and
 * values, or just the numbers in census order (NumberOfVacancies, NoAgencyFTE[, headcount]).
 */
function readVacancies(value: unknown): LaVacancies | undefined | WorkforceError {
  if (blankArgument(value)) return undefined;
  const matrix = toMatrix(value);
  const named = new Map<keyof LaVacancies, unknown>();
  const byName = (names: unknown[], values: unknown[]) =>
    names.forEach((n, i) => {
      const field = VACANCY_NAMES[key(n) ?? ""];
      if (field) named.set(field, values[i]);
    });
  if (matrix.length === 2) byName(matrix[0], matrix[1]);
  if (named.size === 0 && matrix[0].length === 2) {
    byName(
      matrix.map((row) => row[0]),
      matrix.map((row) => row[1]),
    );
  }
  if (named.size === 0) {
    const numbers = matrix.flat().filter((v) => !isBlank(plainCell(v)));
    if (numbers.length === 2 || numbers.length === 3) {
      named.set("vacancyFte", numbers[0]);
      named.set("agencyCoverFte", numbers[1]);
      if (numbers.length === 3) named.set("agencyCoverHeadcount", numbers[2]);
    }
  }
  const number = (field: keyof LaVacancies, label: string): number | WorkforceError => {
    const v = named.get(field);
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
    return invalidValue(
      v === undefined
        ? `la_vacancies needs ${label}: a header row (NumberOfVacancies, NoAgencyFTE) over the values, or the numbers in that order`
        : `la_vacancies ${label} must be a number of at least 0`,
    );
  };
  const vacancyFte = number("vacancyFte", "NumberOfVacancies");
  if (isWorkforceError(vacancyFte)) return vacancyFte;
  const agencyCoverFte = number("agencyCoverFte", "NoAgencyFTE");
  if (isWorkforceError(agencyCoverFte)) return agencyCoverFte;
  const headcount = named.get("agencyCoverHeadcount");
  return {
    vacancyFte,
    agencyCoverFte,
    agencyCoverHeadcount: typeof headcount === "number" ? headcount : undefined,
  };
}

function figureCell(figure: Figure): unknown {
  if (!isMissing(figure)) return figure;
  return figure.missing === "divisionByZero"
    ? divByZero(figure.reason)
    : notAvailable(figure.reason);
}

/** The notes under a spill: what was not counted or is doubtful, never left out silently. */
function notes(analysis: CensusAnalysis): string[] {
  const out: string[] = [];
  const { problems, problemCounts } = analysis;
  const { errors, warnings, workers } = problemCounts;
  const total = errors + warnings;
  if (total > 0) {
    // The analysis kept the first NOTES_SHOWN of each severity (analyse below).
    const listed = (errors > 0 ? problems.filter((p) => p.severity === "error") : problems)
      .slice(0, NOTES_SHOWN)
      .map((p) => describeProblem(p).replace(/^row (\d+)/, "workers row $1"));
    const more = total > NOTES_SHOWN ? `; and ${total - NOTES_SHOWN} more` : "";
    out.push(
      `Checks: ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} on ${workers} of ${analysis.workers.length} workers (${listed.join("; ")}${more}). Invalid items count as missing.`,
    );
  }
  if (analysis.referenceSource === "default") {
    const year = censusYear(analysis.reference);
    const dated = analysis.workers.some(
      (w) =>
        (w.start !== undefined && w.start >= year.first && w.start <= year.last) ||
        (w.end !== undefined && w.end >= year.first && w.end <= year.last),
    );
    out.push(
      `Reference date ${ukDate(analysis.reference)} assumed (the latest 30 September)${
        dated ? "" : "; no role starts or ends in the year to it: give the return's reference_date"
      }.`,
    );
  }
  return out;
}

/** The workers argument; an error when it holds no census table at all. */
const workers = (name: string): Reader<CensusReturn & { blankRows: number }> =>
  wholeReader(name, false, (value) => {
    if (blankArgument(value))
      return invalidValue(`${name} is required: a table with census item headers`);
    const table = readCensusTable(toMatrix(value), { what: name });
    if (table.fileProblems.length > 0) return invalidValue(table.fileProblems.join(" "));
    if (table.workers.length === 0) return notAvailable(`${name} has no data rows`);
    return table;
  });

const analyse = (
  table: CensusReturn & { blankRows: number },
  vacancies: LaVacancies | undefined,
  reference: number | undefined,
): CensusAnalysis =>
  analyseCensus(table, {
    reference,
    vacancies,
    lenient: true,
    blankRows: table.blankRows,
    keep: NOTES_SHOWN,
  });

/** DfE's indicators under their published column names, then the notes. */
function censusIndicators(analysis: CensusAnalysis): unknown[][] {
  const values = CENSUS_COLUMNS.map((c) => figureCell(analysis.indicators[c]));
  return [
    ["time_period", ...CENSUS_COLUMNS],
    [calendarOf(analysis.reference).year, ...values],
    ...notes(analysis).map((note) => [note]),
  ];
}

/** The characteristic asked for, as a lenient key ("age", "leavers reason"); blank gives undefined. */
const characteristic = (name: string): Reader<string | undefined> =>
  wholeReader(name, true, (value) => {
    const single = unwrapSingle(value);
    if (blankArgument(single)) return undefined;
    return key(single) ?? invalidValue(`${name} must be text, such as "age"`);
  });

/** The characteristics DfE publishes (one type, or all when `wanted` is undefined), then the notes. */
function censusProfile(
  analysis: CensusAnalysis,
  wanted: string | undefined,
): unknown[][] | WorkforceError {
  const types = [...new Set(analysis.characteristics.map((r) => r.type))];
  const type =
    wanted === undefined
      ? undefined
      : (types.find((t) => key(t) === wanted) ?? types.find((t) => key(t)?.startsWith(wanted)));
  if (wanted !== undefined && type === undefined) {
    return invalidValue(`characteristic must be one of ${types.map((t) => `"${t}"`).join(", ")}`);
  }
  const share = (v: number | undefined) =>
    v === undefined ? notAvailable("no one in this group") : v;
  return [
    [...CHARACTERISTIC_HEADERS],
    ...analysis.characteristics
      .filter((r) => type === undefined || r.type === type)
      .map((r) => [
        r.type,
        r.characteristic,
        r.headcount,
        share(r.headcountShare),
        r.fte,
        share(r.fteShare),
      ]),
    ...notes(analysis).map((note) => [note]),
  ];
}

export const CENSUS_FUNCTIONS = {
  CENSUS: perCall(
    [
      workers("workers"),
      wholeReader("la_vacancies", true, readVacancies),
      censusDate("reference_date"),
    ],
    (table, vacancies, reference) => censusIndicators(analyse(table, vacancies, reference)),
  ),
  CENSUSPROFILE: perCall(
    [workers("workers"), characteristic("characteristic"), censusDate("reference_date")],
    (table, wanted, reference) => censusProfile(analyse(table, undefined, reference), wanted),
  ),
} satisfies Record<string, Declaration>;
