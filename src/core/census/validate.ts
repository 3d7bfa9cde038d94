/**
 * Checks every worker of a census return against the census's item types and code lists, and
 * turns the text into typed values. An item that fails its check is reported and then treated
 * as missing; the worker itself is never dropped, so every figure can be traced to a record.
 *
 * Rules and their sources are listed in docs/census.md. Errors are what DfE's COLLECT service
 * would reject; warnings are records that are valid but counted in a way the user should know.
 */
import { agesOn, censusYear, isoDate, parseDate, ukDate } from "./dates";
import { WORKER_ITEMS, type WorkerItem } from "./items";
import type { CensusHeader, CensusReturn, ItemValues, RawWorker } from "./model";
import {
  ProblemList,
  type CensusProblem,
  type ProblemCounts,
  type ProblemSink,
  type Severity,
} from "./problems";
import { itemReader, KIND_RULE, type ItemReading } from "./readings";

// Module-level copies: read millions of times, and a bundler may turn each import into a getter.
const ITEMS: readonly WorkerItem[] = WORKER_ITEMS;

/** A worker's items as typed values; an item that was missing or failed its check is undefined. */
export interface CensusWorker {
  index: number;
  source: string;
  agency?: boolean;
  swe?: string;
  fte?: number;
  fte30?: number;
  birth?: number;
  gender?: string;
  ethnicity?: string;
  qualLevel?: string;
  orgRole?: string;
  start?: number;
  startOrigin?: string;
  end?: number;
  leaverDestination?: string;
  reasonLeave?: string;
  cases30?: number;
  daysLost?: number;
  contractWeeks?: number;
  absentAtReference?: boolean;
  reasonAbsence: readonly string[];
  cfkss: readonly string[];
  stepUpGrad?: boolean;
  frontlineGrad?: boolean;
}

export interface ValidationOptions {
  /** Tables may hold labels, serials and UK dates; XML must hold codes and ISO dates. */
  lenient: boolean;
  /**
   * Keep only the first `keep` errors and the first `keep` warnings, and count the rest (a
   * formula's notes list three of 500,000); every problem is kept when it is left out.
   */
  keep?: number;
}

/** Where one worker's problems go: one object for the whole return, pointed at each worker in turn. */
class WorkerProblems {
  index = -1;
  raw: RawWorker | undefined;
  constructor(private readonly problems: ProblemList) {}

  at(index: number, raw: RawWorker): this {
    this.index = index;
    this.raw = raw;
    return this;
  }

  add(item: WorkerItem | undefined, reason: string, severity: Severity = "error"): void {
    if (!this.problems.count(this.index, severity)) return;
    const raw = this.raw as RawWorker;
    const value = item ? raw.get(item)?.join("; ") : undefined;
    this.problems.kept.push({
      worker: this.index,
      source: raw.source,
      item,
      value,
      reason,
      severity,
    });
  }
}

const itemIndex = (item: WorkerItem): number => ITEMS.indexOf(item);
/** One worker's items as read: the first typed value of each, the lists, and which were given. */
interface WorkerReading {
  /** Indexed like WORKER_ITEMS: the first valid value, or undefined. */
  first: (string | number | undefined)[];
  /** Indexed like WORKER_ITEMS: every valid value of a listed item (ReasonAbsence, CFKSSstatus). */
  lists: (readonly string[] | undefined)[];
  /** Indexed like WORKER_ITEMS: whether the item has a value that is not empty text. */
  given: boolean[];
}

/** Reads each item in the census's order, reporting each invalid value; reuses `into`. */
function readItems(
  raw: RawWorker,
  read: (i: number, texts: ItemValues) => ItemReading,
  problems: WorkerProblems,
  into: WorkerReading,
): WorkerReading {
  for (let i = 0; i < ITEMS.length; i++) {
    const texts = raw.values[i];
    if (!texts || texts.length === 0) {
      into.first[i] = undefined;
      into.lists[i] = undefined;
      into.given[i] = false;
      continue;
    }
    const reading = read(i, texts);
    into.first[i] = reading.first;
    into.lists[i] = reading.list;
    into.given[i] = reading.given;
    for (let r = 0; r < reading.reasons.length; r++) problems.add(ITEMS[i], reading.reasons[r]);
  }
  return into;
}

const AT = {
  agency: itemIndex("AgencyWorker"),
  swe: itemIndex("SWENo"),
  fte: itemIndex("FTE"),
  fte30: itemIndex("FTE30"),
  birth: itemIndex("PersonBirthDate"),
  gender: itemIndex("GenderCurrent"),
  ethnicity: itemIndex("Ethnicity"),
  qualLevel: itemIndex("QualLevel"),
  orgRole: itemIndex("OrgRole"),
  start: itemIndex("RoleStartDate"),
  startOrigin: itemIndex("StartOrigin"),
  end: itemIndex("RoleEndDate"),
  leaverDestination: itemIndex("LeaverDestination"),
  reasonLeave: itemIndex("ReasonLeave"),
  cases30: itemIndex("Cases30"),
  daysLost: itemIndex("WorkingDaysLost"),
  contractWeeks: itemIndex("ContractWeeks"),
  absentAtReference: itemIndex("Absat30Sept"),
  reasonAbsence: itemIndex("ReasonAbsence"),
  cfkss: itemIndex("CFKSSstatus"),
  stepUpGrad: itemIndex("StepUpGrad"),
  frontlineGrad: itemIndex("FrontlineGrad"),
} as const;

/** The list of a worker without the item, shared. */
const NONE: readonly string[] = Object.freeze([]);

const flagAt = (first: WorkerReading["first"], at: number): boolean | undefined => {
  const code = first[at];
  return code === undefined ? undefined : code === "1";
};

function toWorker(index: number, raw: RawWorker, { first, lists }: WorkerReading): CensusWorker {
  // Each item's reading has the type its kind gives (readText): codes and SWE numbers are text.
  const text = first as (string | undefined)[];
  const number = first as (number | undefined)[];
  return {
    index,
    source: raw.source,
    agency: flagAt(first, AT.agency),
    swe: text[AT.swe],
    fte: number[AT.fte],
    fte30: number[AT.fte30],
    birth: number[AT.birth],
    gender: text[AT.gender],
    ethnicity: text[AT.ethnicity],
    qualLevel: text[AT.qualLevel],
    orgRole: text[AT.orgRole],
    start: number[AT.start],
    startOrigin: text[AT.startOrigin],
    end: number[AT.end],
    leaverDestination: text[AT.leaverDestination],
    reasonLeave: text[AT.reasonLeave],
    cases30: number[AT.cases30],
    daysLost: number[AT.daysLost],
    contractWeeks: number[AT.contractWeeks],
    absentAtReference: flagAt(first, AT.absentAtReference),
    reasonAbsence: lists[AT.reasonAbsence] ?? NONE,
    cfkss: lists[AT.cfkss] ?? NONE,
    stepUpGrad: flagAt(first, AT.stepUpGrad),
    frontlineGrad: flagAt(first, AT.frontlineGrad),
  };
}

/** What the cross-item checks need about the reference date, worked out once per return. */
interface ReferenceContext {
  reference: number;
  year: { first: number; last: number };
  ageOf: (birth: number) => number;
  startsAfter: string;
  endsAfter: string;
  endsBefore: string;
  bornAfter: string;
  on: string;
}

function referenceContext(reference: number): ReferenceContext {
  const year = censusYear(reference);
  const on = ukDate(reference);
  return {
    reference,
    year,
    ageOf: agesOn(reference),
    on,
    startsAfter: `is after the reference date ${on}: the worker had not started`,
    endsAfter: `is after the reference date ${on}, so the worker is counted as in post on it`,
    endsBefore: `is before the census year (${ukDate(year.first)} to ${on}): not counted as in post or as a leaver`,
    bornAfter: `is after the reference date ${on}`,
  };
}

/** Cross-item rules: what goes together, and dates against the census year. */
function checkWorker(
  w: CensusWorker,
  raw: RawWorker,
  given: readonly boolean[],
  at: ReferenceContext,
  problems: WorkerProblems,
) {
  if (!given[AT.agency]) {
    problems.add(
      "AgencyWorker",
      "is missing, so the worker cannot be counted as in post or as agency",
    );
  }
  if (!given[AT.swe]) problems.add("SWENo", "is missing; the census identifies every worker by it");
  if (given[AT.end]) {
    if (!given[AT.reasonLeave])
      problems.add("ReasonLeave", "is missing: a worker with a RoleEndDate needs one");
    if (!given[AT.leaverDestination])
      problems.add("LeaverDestination", "is missing: a worker with a RoleEndDate needs one");
  } else {
    if (given[AT.reasonLeave]) problems.add("ReasonLeave", "is given without a RoleEndDate");
    if (given[AT.leaverDestination])
      problems.add("LeaverDestination", "is given without a RoleEndDate");
  }
  if (given[AT.start] !== given[AT.startOrigin]) {
    if (given[AT.start])
      problems.add("StartOrigin", "is missing: a worker with a RoleStartDate needs one");
    else problems.add("RoleStartDate", "is missing: a worker with a StartOrigin needs one");
  }
  const { reference, year } = at;
  if (w.start !== undefined && w.start > reference) problems.add("RoleStartDate", at.startsAfter);
  if (w.start !== undefined && w.end !== undefined && w.end < w.start) {
    problems.add("RoleEndDate", "is before the RoleStartDate");
  }
  if (w.end !== undefined && w.end > reference)
    problems.add("RoleEndDate", at.endsAfter, "warning");
  if (w.end !== undefined && w.end < year.first)
    problems.add("RoleEndDate", at.endsBefore, "warning");
  if (w.birth !== undefined) {
    if (w.birth > reference) problems.add("PersonBirthDate", at.bornAfter);
    else {
      const age = at.ageOf(w.birth);
      if (age < 18 || age > 80)
        problems.add("PersonBirthDate", `gives an age of ${age} on ${at.on}`, "warning");
    }
  }
  const leftByReference = w.end !== undefined && w.end <= reference;
  if (!leftByReference && w.agency !== undefined && w.fte30 === undefined && w.fte === undefined) {
    problems.add(
      "FTE30",
      "and FTE are both missing: the worker counts in headcounts but adds nothing to FTE",
      "warning",
    );
  }
  if (!leftByReference && (w.cases30 ?? 0) > 0 && (w.fte30 ?? w.fte) === 0) {
    problems.add(
      "FTE30",
      `is 0 for a worker holding ${w.cases30} cases: the cases count, the FTE adds none`,
      "warning",
    );
  }
  if (w.contractWeeks !== undefined && w.contractWeeks > 53) {
    problems.add("ContractWeeks", "must be at most 53 (the weeks in a year)");
  }
  if (w.absentAtReference === true && w.reasonAbsence.length === 0) {
    problems.add(
      "ReasonAbsence",
      "is missing for a worker absent on the reference date",
      "warning",
    );
  }
  for (const name of raw.unknown) {
    problems.add(
      undefined,
      `has an element ${name}, which is not a census item; it was not read`,
      "warning",
    );
  }
}

/** Checks the header: collection, year and reference date agree, and the LA code. */
export function checkHeader(header: CensusHeader, problems: ProblemSink): void {
  const add = (
    item: string,
    value: string | undefined,
    reason: string,
    severity: Severity = "error",
  ) => problems.push({ worker: -1, source: "Header", item, value, reason, severity });
  if (header.collection !== undefined && header.collection !== "CSWW") {
    add("Collection", header.collection, 'is not "CSWW", the workforce census');
  }
  const year = header.year;
  if (year !== undefined && !/^\d{4}$/.test(year)) add("Year", year, "must be a year such as 2025");
  if (header.referenceDate !== undefined) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(header.referenceDate)
      ? parseDate(header.referenceDate)
      : undefined;
    if (day === undefined) {
      add("ReferenceDate", header.referenceDate, KIND_RULE.date);
    } else {
      const iso = isoDate(day);
      if (!iso.endsWith("-09-30")) {
        add(
          "ReferenceDate",
          header.referenceDate,
          "is not 30 September, the census date",
          "warning",
        );
      }
      if (year !== undefined && /^\d{4}$/.test(year) && iso.slice(0, 4) !== year) {
        add("Year", year, `does not match the ReferenceDate ${header.referenceDate}`);
      }
    }
  }
  if (header.lea !== undefined && !/^\d{3}$/.test(header.lea)) {
    add("LEA", header.lea, "must be the three-digit DfE local-authority code");
  }
}

export interface ValidatedReturn {
  workers: CensusWorker[];
  /** Every problem, or the first `keep` of each severity. */
  problems: CensusProblem[];
  counts: ProblemCounts;
}

/**
 * Types and checks every worker; problems come in worker order, the file's own first. They go
 * into `problems`, which a caller may go on adding to (analyseCensus adds the vacancies').
 */
export function validateReturn(
  census: CensusReturn,
  reference: number,
  options: ValidationOptions,
  problems = new ProblemList(options.keep),
): ValidatedReturn {
  const fileProblem = (reason: string, severity: Severity) =>
    problems.push({ worker: -1, source: "File", reason, severity });
  for (const reason of census.fileProblems) fileProblem(reason, "error");
  for (const reason of census.fileWarnings ?? []) fileProblem(reason, "warning");
  checkHeader(census.header, problems);
  const read = itemReader(options.lenient);
  const at = referenceContext(reference);
  const reading: WorkerReading = { first: [], lists: [], given: [] };
  const workerProblems = new WorkerProblems(problems);
  const workers = census.workers.map((raw, index) => {
    const report = workerProblems.at(index, raw);
    readItems(raw, read, report, reading);
    const worker = toWorker(index, raw, reading);
    checkWorker(worker, raw, reading.given, at, report);
    return worker;
  });
  return { workers, problems: problems.kept, counts: problems.counts };
}
