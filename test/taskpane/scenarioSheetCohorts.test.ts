/**
 * The scenario sheet's cohorts table holds every field a cohort carries, so the live
 * WORKFORCE.PROJECT over it projects the cohorts the snapshot was run from (a cohort's own
 * turnover, first contract and share leaving at its end included), read back by core's parser.
 */
import {
  DEFAULT_ASSUMPTIONS,
  parseCohorts,
  project,
  type Assumptions,
  type Cohort,
} from "../../src/core/planning";
import { writeScenarioSheet } from "../../src/taskpane/scenarioWriter";
import { DEFAULT_TARGET_VALUES } from "../../src/taskpane/targets";
import { cellAddress } from "../../src/workbook/a1";
import { FakeHost } from "./fakeHost";

const assumptions: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  cases: 800,
  startMonth: "2026-04",
};
const cohorts: Cohort[] = [
  {
    month: "2026-09",
    fte: 12,
    kind: "international",
    annualTurnover: 0.2,
    retentionMonths: 24,
    leaveAtContractEnd: 0.4,
    label: "Overseas, two-year contracts",
  },
  { month: "2027-03", fte: 8, kind: "asye", rampUpMonths: 2 },
];

it("writes every cohort field under headers the live formula reads, and points the formula at all of them", async () => {
  const host = new FakeHost();
  const sheet = await writeScenarioSheet(
    host,
    { name: "Pipeline", assumptions, cohorts, months: 36 },
    project(assumptions, cohorts, 36),
    DEFAULT_TARGET_VALUES,
  );
  const cells = host.sheet(sheet).cells;
  const formula = [...cells.values()].find(
    (v) => typeof v === "string" && v.startsWith("=WORKFORCE.PROJECT("),
  );
  const range = /,\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+),36\)$/.exec(String(formula));
  expect(range?.slice(1)).toEqual(["D", "4", "K", "6"]);
  // The block the formula reads, as its cells hold it, parsed as the function parses it.
  const block = [3, 4, 5].map((row) =>
    [3, 4, 5, 6, 7, 8, 9, 10].map((col) => cells.get(cellAddress({ row, col })) ?? null),
  );
  const read = parseCohorts(block);
  expect(read).toEqual(cohorts.map((c, i) => ({ ...c, sourceRow: i + 2 })));
});
