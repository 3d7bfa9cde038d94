/**
 * Issue 10's per-formula budget: every custom function over 200,000 filled rows, called by its
 * id as Excel calls it, with the inputs test/hostile/twoHundredThousandRows.test.ts checks the
 * results of (a column pattern per row for the element-wise functions; the sample staffing table
 * and census return repeated to 200,000 rows; 200,000-row assumption, cohort and plan ranges
 * over a short table). Each must answer within 2 s. The comparison is the least any function
 * must do with the same arguments: a loop that reads each of their cells once.
 */
import { WORKER_ITEMS } from "../../src/core/census";
import type { CustomFunctionImplementation } from "../../src/preview/functionBridge";
import {
  ACTUALS,
  ASSUMPTIONS,
  censusTable,
  COHORTS,
  PLAN,
  repeated,
  STAFFING,
} from "../../test/support/bigRanges";
import { plain, timePair, type Repeats } from "../timing";
import { underBudget, type CaseResult } from "./types";

export const BIG_ROWS = 200_000;
const BUDGET_MS = 2000;

const column = (cell: (r: number) => unknown): unknown[][] =>
  Array.from({ length: BIG_ROWS }, (_, r) => [cell(r)]);

/** `used` rows, then blank rows to BIG_ROWS: a range such as A1:B200000 over a short table. */
function tall(used: unknown[][]): unknown[][] {
  const blank = used[0].map(() => null);
  const rows = used.slice();
  while (rows.length < BIG_ROWS) rows.push(blank);
  return rows;
}

interface BigCall {
  id: string;
  args: unknown[];
  /** What the 200,000 rows hold, for the table. */
  what: string;
}

/** One call per registered function, each over 200,000 rows. */
function bigCalls(): BigCall[] {
  const first = column((r) => (r % 101 === 100 ? "x" : r % 7));
  const second = column((r) => 10 + (r % 13));
  const pairs = ["VACANCYRATE", "AGENCYRATE", "TURNOVERRATE", "ABSENCERATE", "CASELOAD"];
  const more = ["AGENCYCOVERRATE", "VACANCYCOVERRATE", "SICKNESSDAYS"];
  const twoColumns = "two 200,000-row columns";
  const measures = ["vacancy rate", "agency rate", "turnover rate", "caseload"];
  const sample = censusTable();
  const copies = Math.ceil(BIG_ROWS / (sample.length - 1));
  const swe = WORKER_ITEMS.indexOf("SWENo");
  const census = repeated(sample, copies, (row, copy) =>
    row.map((cell, c) =>
      c === swe && cell !== null ? `${cell as string}${String(copy).padStart(5, "0")}` : cell,
    ),
  );
  const workers = `${(census.length - 1).toLocaleString("en-GB")} census workers`;
  const staffing = repeated(STAFFING, BIG_ROWS / (STAFFING.length - 1), (row, copy) => [
    row[0],
    `${row[1] as string}-${copy}`,
    ...row.slice(2),
  ]);
  const planRanges = "200,000-row assumption and cohort ranges";
  return [
    ...[...pairs, ...more].map((id) => ({ id, args: [first, second], what: twoColumns })),
    {
      id: "FTENEEDED",
      args: [column((r) => 100 + (r % 17) * 20), [[16]], null],
      what: "a 200,000-row cases column",
    },
    { id: "RAG", args: [column((r) => (r % 50) / 100), [["vacancy rate"]]], what: "200,000 rates" },
    {
      id: "BENCHMARK",
      args: [column((r) => measures[r % measures.length]), [["England"]]],
      what: "200,000 measure names",
    },
    { id: "SUMMARY", args: [staffing, null, null], what: "200,000 posts" },
    {
      id: "CENSUS",
      args: [census, [[99.68 * copies], [75.82 * copies]], [["2022-09-30"]]],
      what: workers,
    },
    { id: "CENSUSPROFILE", args: [census, null, [["2022-09-30"]]], what: workers },
    { id: "PROJECT", args: [tall(ASSUMPTIONS), tall(COHORTS), [[36]], null], what: planRanges },
    {
      id: "RECRUITSNEEDED",
      args: [tall(ASSUMPTIONS), [[16]], [["2023-06"]], tall(COHORTS), null, null],
      what: planRanges,
    },
    {
      id: "MONTHSTOTARGET",
      args: [tall(ASSUMPTIONS), [[18]], tall(COHORTS), null, [[60]]],
      what: planRanges,
    },
    {
      id: "PROJECTBANDS",
      args: [tall(ASSUMPTIONS), tall(COHORTS), [[24]], [[200]], [[7]]],
      what: planRanges,
    },
    { id: "BUDGET", args: [tall(ASSUMPTIONS), tall(COHORTS), [[3]]], what: planRanges },
    {
      id: "PLANVSACTUAL",
      args: [tall(PLAN), tall(ACTUALS)],
      what: "200,000-row plan and actuals ranges",
    },
  ];
}

/** Reads every cell of `args` once: the floor under any function given them. */
function readEveryCell(args: readonly unknown[]): number {
  let filled = 0;
  for (const arg of args) {
    if (!Array.isArray(arg)) continue;
    for (const row of arg as unknown[][]) {
      for (let c = 0; c < row.length; c++) if (row[c] !== null) filled++;
    }
  }
  return filled;
}

export function benchTwoHundredThousandRows(
  byId: ReadonlyMap<string, CustomFunctionImplementation>,
  repeats: Repeats,
): CaseResult {
  const calls = bigCalls();
  const missing = [...byId.keys()].filter((id) => !calls.some((call) => call.id === id));
  if (missing.length > 0) {
    throw new Error(
      `No 200,000-row benchmark for ${missing.join(", ")}: add one to ${__filename}.`,
    );
  }
  const rows = calls.map(({ id, args, what }) => {
    const fn = byId.get(id);
    if (!fn) throw new Error(`${id} is not registered.`);
    const [ours, floor] = timePair(
      plain(() => fn(...args)),
      plain(() => readEveryCell(args)),
      repeats,
    );
    return underBudget(BUDGET_MS, {
      case: `${id} over ${what}, as Excel calls it`,
      ours,
      comparison: floor,
      comparisonLabel: "a loop reading each argument cell once",
    });
  });
  return { rows, floors: {} };
}
