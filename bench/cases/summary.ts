/**
 * Issue 10's SUMMARY figure: WORKFORCE.SUMMARY over a 100,000-post staffing list, called as
 * Excel calls it (the whole table as one 2-D array, by the function's id), against a minimal loop
 * summing the same columns by team: no header search, no vocabulary, no validation, no rates.
 * Both read the same array; the benchmark first checks that their totals agree.
 */
import type { CustomFunctionImplementation } from "../../src/preview/functionBridge";
import { plain, timePair, type Repeats } from "../timing";
import { underBudget, type CaseResult } from "./types";

const POSTS = 100_000;
const TEAMS = 12;
const HEADERS = ["Team", "Post", "FTE", "Status", "Cases", "Sickness days"];
const STATUSES = ["Permanent", "Permanent", "Permanent", "Vacant", "Agency", "Agency additional"];

function staffingList(): unknown[][] {
  const rows: unknown[][] = [HEADERS];
  for (let i = 0; i < POSTS; i++) {
    const status = STATUSES[(i * 7) % STATUSES.length];
    rows.push([
      `Team ${(i % TEAMS) + 1}`,
      `P${i + 1}`,
      i % 5 === 0 ? 0.5 : 1,
      status,
      status === "Vacant" ? null : (i * 11) % 19,
      status === "Permanent" ? (i * 3) % 7 : null,
    ]);
  }
  return rows;
}

interface Totals {
  inPost: number;
  vacancy: number;
  agency: number;
  cases: number;
  daysLost: number;
}

/** The least code that sums the same columns by team: what SUMMARY's own work is measured against. */
function minimalSummary(rows: readonly unknown[][]): Map<string, Totals> {
  const teams = new Map<string, Totals>();
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    const team = row[0] as string;
    let totals = teams.get(team);
    if (!totals) {
      totals = { inPost: 0, vacancy: 0, agency: 0, cases: 0, daysLost: 0 };
      teams.set(team, totals);
    }
    const fte = row[2] as number;
    const status = row[3] as string;
    if (status === "Permanent") {
      totals.inPost += fte;
      totals.daysLost += (row[5] as number | null) ?? 0;
    } else if (status === "Vacant") totals.vacancy += fte;
    else if (status === "Agency") {
      totals.vacancy += fte;
      totals.agency += fte;
    } else totals.agency += fte;
    totals.cases += (row[4] as number | null) ?? 0;
  }
  return teams;
}

/** SUMMARY's Total row must carry the loop's sums before the times mean anything. */
function checkTotals(summary: unknown[][], loop: Map<string, Totals>): void {
  const header = summary[0] as string[];
  const total = summary.find((row) => row[0] === "Total");
  if (!total) throw new Error("SUMMARY gave no Total row.");
  const sum = (key: keyof Totals) => [...loop.values()].reduce((s, t) => s + t[key], 0);
  const expected: [string, number][] = [
    ["In post FTE", sum("inPost")],
    ["Vacancy FTE", sum("vacancy")],
    ["Agency FTE", sum("agency")],
    ["Cases", sum("cases")],
    ["Days lost", sum("daysLost")],
  ];
  for (const [label, value] of expected) {
    const got = total[header.indexOf(label)];
    if (typeof got !== "number" || Math.abs(got - value) > 1e-6 * Math.max(1, value))
      throw new Error(`SUMMARY's total ${label} is ${String(got)}; the loop sums ${value}.`);
  }
  if (summary.length < TEAMS + 2) throw new Error(`SUMMARY listed ${summary.length - 2} teams.`);
}

export function benchSummary(summary: CustomFunctionImplementation, repeats: Repeats): CaseResult {
  const table = staffingList();
  checkTotals(summary(table, null, null, null) as unknown[][], minimalSummary(table));
  const [oursTime, loopTime] = timePair(
    plain(() => summary(table, null, null, null)),
    plain(() => minimalSummary(table)),
    repeats,
  );
  return {
    rows: [
      underBudget(2000, {
        case: `SUMMARY over ${POSTS.toLocaleString("en-GB")} posts (${TEAMS} teams), as Excel calls it`,
        ours: oursTime,
        comparison: loopTime,
        comparisonLabel: "minimal loop summing the same columns by team",
        note: "same totals",
      }),
    ],
    floors: {},
  };
}
