/**
 * What is wrong with a census return, and where: the problems validation finds, and a list that
 * keeps them, or keeps the first few and counts the rest.
 */

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

/** Where problems are put: an array, or a ProblemList that counts them. */
export interface ProblemSink {
  push(problem: CensusProblem): void;
}

/** How many problems a return has, however many were kept. */
export interface ProblemCounts {
  errors: number;
  warnings: number;
  /** Workers with at least one problem. */
  workers: number;
}

/** Problems in the order found, the first `keep` of each severity kept, all of them counted. */
export class ProblemList implements ProblemSink {
  readonly kept: CensusProblem[] = [];
  readonly counts: ProblemCounts = { errors: 0, warnings: 0, workers: 0 };
  private lastWorker = -1;

  constructor(private readonly keep = Infinity) {}

  /** Counts a problem; true when it is to be kept, so worth building. */
  count(worker: number, severity: Severity): boolean {
    // Workers' problems come in worker order, so a new worker is a change of index.
    if (worker >= 0 && worker !== this.lastWorker) {
      this.counts.workers++;
      this.lastWorker = worker;
    }
    const before = severity === "error" ? this.counts.errors++ : this.counts.warnings++;
    return before < this.keep;
  }

  push(problem: CensusProblem): void {
    if (this.count(problem.worker, problem.severity)) this.kept.push(problem);
  }
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
