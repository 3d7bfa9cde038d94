/**
 * Checks every worker of a census return against the census's item types and code lists, and
 * turns the text into typed values. An item that fails its check is reported and then treated
 * as missing; the worker itself is never dropped, so every figure can be traced to a record.
 *
 * Rules and their sources are listed in docs/census.md. Errors are what DfE's COLLECT service
 * would reject; warnings are records that are valid but counted in a way the user should know.
 */
import { ageOn, censusYear, isoDate, parseDate, ukDate } from "./dates";
import {
  CODE_LISTS,
  codeFor,
  ITEM_KINDS,
  REPEATABLE_ITEMS,
  WORKER_ITEMS,
  type WorkerItem,
} from "./items";
import type { CensusHeader, CensusReturn, RawWorker } from "./model";

export type Severity = "error" | "warning";

export interface CensusProblem {
  /** 0-based index into the return's workers; -1 for the header, vacancies or the file. */
  worker: number;
  /** "worker 12", "row 14", "Header", "LALevelVacancies" or "File". */
  source: string;
  /** The item at fault, when there is one. */
  item?: string;
  /** The value as the file held it. */
  value?: string;
  reason: string;
  severity: Severity;
}

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
  reasonAbsence: string[];
  cfkss: string[];
  stepUpGrad?: boolean;
  frontlineGrad?: boolean;
}

export interface ValidationOptions {
  /** Tables may hold labels, serials and UK dates; XML must hold codes and ISO dates. */
  lenient: boolean;
}

/**
 * Social Work England numbers are "SW" and digits; Social Finance's schema for the synthetic
 * samples allows any two letters and ten digits. Both pass; anything else does not.
 */
export const SWE_PATTERN = /^[A-Za-z]{2}\d{1,10}$/;

const SCALAR_KINDS: Readonly<Record<string, (text: string) => number | undefined>> = {
  fraction: (t) => (/^\d*\.?\d+$/.test(t) && Number(t) <= 1 ? Number(t) : undefined),
  count: (t) => (/^\d+$/.test(t) ? Number(t) : undefined),
  amount: (t) => (/^\d*\.?\d+$/.test(t) ? Number(t) : undefined),
};

const KIND_RULE: Readonly<Record<string, string>> = {
  fraction: "must be a number from 0 to 1",
  count: "must be a whole number of at least 0",
  amount: "must be a number of at least 0",
  swe: "must be a Social Work England number: two letters and then digits, such as SW123456",
  date: "must be a date (yyyy-mm-dd)",
};

type Reporter = (item: WorkerItem | undefined, reason: string, severity?: Severity) => void;

function typedValue(
  item: WorkerItem,
  text: string,
  options: ValidationOptions,
  report: (reason: string) => void,
): string | number | undefined {
  const kind = ITEM_KINDS[item];
  if (kind === "text") return text;
  if (kind === "code") {
    const code = options.lenient ? codeFor(item, text) : text;
    if (code !== undefined && CODE_LISTS[item]?.[code] !== undefined) return code;
    const codes = Object.keys(CODE_LISTS[item] ?? {}).join(", ");
    report(`is not one of the census codes (${codes})`);
    return undefined;
  }
  if (kind === "date") {
    const iso = /^\d{4}-\d{2}-\d{2}/.test(text);
    const day = options.lenient || iso ? parseDate(text) : undefined;
    if (day !== undefined) return day;
    report(KIND_RULE.date);
    return undefined;
  }
  if (kind === "swe") {
    if (SWE_PATTERN.test(text)) return text.toUpperCase();
    report(KIND_RULE.swe);
    return undefined;
  }
  const value = SCALAR_KINDS[kind](text);
  if (value === undefined) report(KIND_RULE[kind]);
  return value;
}

function readItems(
  raw: RawWorker,
  options: ValidationOptions,
  report: Reporter,
): Map<WorkerItem, (string | number)[]> {
  const typed = new Map<WorkerItem, (string | number)[]>();
  for (const item of WORKER_ITEMS) {
    const texts = raw.items[item];
    if (!texts || texts.length === 0) continue;
    const usable = REPEATABLE_ITEMS.includes(item) ? texts : texts.slice(0, 1);
    if (usable.length < texts.length) {
      report(item, `is given ${texts.length} times; the census has it once, so the first is used`);
    }
    const values: (string | number)[] = [];
    for (const text of usable) {
      if (text === "") continue;
      const value = typedValue(item, text, options, (reason) => report(item, reason));
      if (value !== undefined) values.push(value);
    }
    if (values.length > 0) typed.set(item, values);
  }
  return typed;
}

function toWorker(index: number, raw: RawWorker, typed: Map<WorkerItem, (string | number)[]>) {
  const one = <T extends string | number>(item: WorkerItem) =>
    typed.get(item)?.[0] as T | undefined;
  const flag = (item: WorkerItem) => {
    const code = one<string>(item);
    return code === undefined ? undefined : code === "1";
  };
  const worker: CensusWorker = {
    index,
    source: raw.source,
    agency: flag("AgencyWorker"),
    swe: one("SWENo"),
    fte: one("FTE"),
    fte30: one("FTE30"),
    birth: one("PersonBirthDate"),
    gender: one("GenderCurrent"),
    ethnicity: one("Ethnicity"),
    qualLevel: one("QualLevel"),
    orgRole: one("OrgRole"),
    start: one("RoleStartDate"),
    startOrigin: one("StartOrigin"),
    end: one("RoleEndDate"),
    leaverDestination: one("LeaverDestination"),
    reasonLeave: one("ReasonLeave"),
    cases30: one("Cases30"),
    daysLost: one("WorkingDaysLost"),
    contractWeeks: one("ContractWeeks"),
    absentAtReference: flag("Absat30Sept"),
    reasonAbsence: (typed.get("ReasonAbsence") ?? []) as string[],
    cfkss: (typed.get("CFKSSstatus") ?? []) as string[],
    stepUpGrad: flag("StepUpGrad"),
    frontlineGrad: flag("FrontlineGrad"),
  };
  return worker;
}

/** Cross-item rules: what goes together, and dates against the census year. */
function checkWorker(w: CensusWorker, raw: RawWorker, reference: number, report: Reporter) {
  const has = (item: WorkerItem) => (raw.items[item] ?? []).some((t) => t !== "");
  for (const item of ["AgencyWorker", "SWENo"] as const) {
    if (!has(item)) {
      report(
        item,
        item === "AgencyWorker"
          ? "is missing, so the worker cannot be counted as in post or as agency"
          : "is missing; the census identifies every worker by it",
      );
    }
  }
  if (has("RoleEndDate")) {
    for (const item of ["ReasonLeave", "LeaverDestination"] as const) {
      if (!has(item)) report(item, "is missing: a worker with a RoleEndDate needs one");
    }
  } else {
    for (const item of ["ReasonLeave", "LeaverDestination"] as const) {
      if (has(item)) report(item, "is given without a RoleEndDate");
    }
  }
  if (has("RoleStartDate") !== has("StartOrigin")) {
    report(
      has("RoleStartDate") ? "StartOrigin" : "RoleStartDate",
      has("RoleStartDate")
        ? "is missing: a worker with a RoleStartDate needs one"
        : "is missing: a worker with a StartOrigin needs one",
    );
  }
  const year = censusYear(reference);
  const on = ukDate(reference);
  if (w.start !== undefined && w.start > reference) {
    report("RoleStartDate", `is after the reference date ${on}: the worker had not started`);
  }
  if (w.start !== undefined && w.end !== undefined && w.end < w.start) {
    report("RoleEndDate", "is before the RoleStartDate");
  }
  if (w.end !== undefined && w.end > reference) {
    report(
      "RoleEndDate",
      `is after the reference date ${on}, so the worker is counted as in post on it`,
      "warning",
    );
  }
  if (w.end !== undefined && w.end < year.first) {
    report(
      "RoleEndDate",
      `is before the census year (${ukDate(year.first)} to ${on}): not counted as in post or as a leaver`,
      "warning",
    );
  }
  if (w.birth !== undefined) {
    const age = ageOn(w.birth, reference);
    if (w.birth > reference) report("PersonBirthDate", `is after the reference date ${on}`);
    else if (age < 18 || age > 80)
      report("PersonBirthDate", `gives an age of ${age} on ${on}`, "warning");
  }
  const leftByReference = w.end !== undefined && w.end <= reference;
  if (!leftByReference && w.agency !== undefined && w.fte30 === undefined && w.fte === undefined) {
    report(
      "FTE30",
      "and FTE are both missing: the worker counts in headcounts but adds nothing to FTE",
      "warning",
    );
  }
  if (!leftByReference && (w.cases30 ?? 0) > 0 && (w.fte30 ?? w.fte) === 0) {
    report(
      "FTE30",
      `is 0 for a worker holding ${w.cases30} cases: the cases count, the FTE adds none`,
      "warning",
    );
  }
  if (w.contractWeeks !== undefined && w.contractWeeks > 53) {
    report("ContractWeeks", "must be at most 53 (the weeks in a year)");
  }
  if (w.absentAtReference === true && w.reasonAbsence.length === 0) {
    report("ReasonAbsence", "is missing for a worker absent on the reference date", "warning");
  }
  for (const name of raw.unknown) {
    report(
      undefined,
      `has an element ${name}, which is not a census item; it was not read`,
      "warning",
    );
  }
}

/** Checks the header: collection, year and reference date agree, and the LA code. */
export function checkHeader(header: CensusHeader, problems: CensusProblem[]): void {
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
  problems: CensusProblem[];
}

/** Types and checks every worker; problems come in worker order, the file's own first. */
export function validateReturn(
  census: CensusReturn,
  reference: number,
  options: ValidationOptions,
): ValidatedReturn {
  const fileProblem = (severity: Severity) => (reason: string) => ({
    worker: -1,
    source: "File",
    reason,
    severity,
  });
  const problems: CensusProblem[] = [
    ...census.fileProblems.map(fileProblem("error")),
    ...(census.fileWarnings ?? []).map(fileProblem("warning")),
  ];
  checkHeader(census.header, problems);
  const workers = census.workers.map((raw, index) => {
    const report: Reporter = (item, reason, severity = "error") => {
      const value = item ? raw.items[item]?.join("; ") : undefined;
      problems.push({ worker: index, source: raw.source, item, value, reason, severity });
    };
    const typed = readItems(raw, options, report);
    const worker = toWorker(index, raw, typed);
    checkWorker(worker, raw, reference, report);
    return worker;
  });
  return { workers, problems };
}

/** One line for a problem: "worker 3, FTE "1.5": must be a number from 0 to 1". */
export function describeProblem(problem: CensusProblem): string {
  const value =
    problem.value !== undefined && problem.value !== "" ? ` "${shorten(problem.value)}"` : "";
  const item = problem.item ? ` ${problem.item}${value}` : "";
  return `${problem.source}:${item} ${problem.reason}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
