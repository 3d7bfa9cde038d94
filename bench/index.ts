/**
 * `npm run bench`: the planning engine and the custom functions against what a user would
 * otherwise do, measured in one run on this machine. Prints each case's figure, its comparison and
 * their ratio, and rewrites the sections of docs/performance.md that bench/performance.template.md
 * holds.
 *
 * The cases (bench/cases/) each return their rows and their floors; bench/timing.ts times them,
 * bench/report.ts prints and writes them. Every workbook case runs in the workbench's own workbook
 * with the functions registered from the generated metadata through the one bridge
 * (bench/functions.ts).
 */
import { HyperFormula } from "hyperformula";
import { project } from "../src/core/planning";
import { benchMonteCarlo } from "./cases/monteCarlo";
import { benchProject, spillFloor } from "./cases/project";
import { benchRates, rateFloor } from "./cases/rates";
import { benchSummary } from "./cases/summary";
import { benchTwoHundredThousandRows } from "./cases/twoHundredThousandRows";
import { benchWholeColumn } from "./cases/wholeColumn";
import { registerBenchFunctions } from "./functions";
import { MONTHS, scenario, scenarioCohorts } from "./handSheet";
import { fmt, machine, markdownTable, printTable, verdicts, writeDocs } from "./report";
import { plain, time, type Repeats } from "./timing";

const REPEATS = Number(process.env.BENCH_REPEATS ?? 15);
const ENTER: Repeats = { repeats: REPEATS, warmUp: 5 };
const RECALCULATE: Repeats = { repeats: Math.max(REPEATS, 31), warmUp: 20 };
const MONTE_CARLO: Repeats = { repeats: Math.max(5, Math.round(REPEATS / 2)), warmUp: 2 };
const RATES: Repeats = { repeats: REPEATS, warmUp: 2 };
const BIG: Repeats = { repeats: Math.max(5, Math.round(REPEATS / 2)), warmUp: 2 };
const EVERY: Repeats = { repeats: Math.max(3, Math.round(REPEATS / 3)), warmUp: 1 };

const describe = (what: string, r: Repeats): string => `${what}: ${r.repeats} after ${r.warmUp}`;
const TIMING_METHOD = `median wall time of ${ENTER.repeats} repeats after ${ENTER.warmUp} warm-up runs (${[
  describe("recalculation", RECALCULATE),
  describe("Monte Carlo", MONTE_CARLO),
  describe("rates", RATES),
].join(
  "; ",
)}), each case's samples interleaved with its comparison's, alternating which runs first, so that background load and warm caches fall on both alike.`;

const getId = (byId: ReadonlyMap<string, unknown>, id: string) => {
  const fn = byId.get(id);
  if (typeof fn !== "function") throw new Error(`${id} is not registered.`);
  return fn as (...args: unknown[]) => unknown;
};

async function main(): Promise<void> {
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  console.log(`Machine: ${machine()}`);
  console.log(`Timing: ${TIMING_METHOD}`);
  const { byId } = await registerBenchFunctions([spillFloor, rateFloor]);

  const planning = benchProject({ enter: ENTER, recalculate: RECALCULATE });
  printTable(
    "1. WORKFORCE.PROJECT vs the hand-built sheet (the workbench's engine)",
    planning.rows,
  );
  const monteCarlo = benchMonteCarlo(MONTE_CARLO);
  printTable("2. Monte Carlo vs a minimal typed-array loop", monteCarlo.rows);
  const rates = benchRates(RATES);
  printTable("3. Rate functions vs native formulas (the workbench's engine)", rates.rows);
  const big = [
    ...benchWholeColumn(getId(byId, "VACANCYRATE"), BIG).rows,
    ...benchSummary(getId(byId, "SUMMARY"), BIG).rows,
  ];
  printTable("4. Whole columns and big tables", big);
  const every = benchTwoHundredThousandRows(byId, EVERY).rows;
  printTable("5. Every function over 200,000 rows, as Excel calls it", every);

  const coreProject = time(
    plain(() => project(scenario, scenarioCohorts, MONTHS)),
    {
      repeats: 200,
      warmUp: 200,
    },
  );
  const { spillFloor: floor, spillFloorOurs, startup } = planning.floors;
  console.log(
    `\nFor reference: project() alone ${fmt(coreProject.median)} ms; opening a workbook with the inputs alone ${fmt(startup.median)} ms.`,
  );
  console.log(
    `Recalculating a no-work function with PROJECT's inputs and a ${MONTHS + 1} × 13 spill of constants: ${fmt(floor.median)} ms (PROJECT alongside it: ${fmt(spillFloorOurs.median)} ms).`,
  );

  await writeDocs({
    when,
    machine: machine(),
    timing: TIMING_METHOD,
    hyperformula: HyperFormula.version,
    months: String(MONTHS),
    handFormulas: String(MONTHS * 21),
    projectTable: markdownTable(planning.rows),
    projectVerdicts: verdicts(planning.rows),
    coreProject: fmt(coreProject.median),
    spillFloor: fmt(floor.median),
    spillFloorOurs: fmt(spillFloorOurs.median),
    projectionRecalcSpeedup: (planning.rows[1].comparison.median / coreProject.median).toFixed(0),
    startup: fmt(startup.median),
    monteCarloTable: markdownTable(monteCarlo.rows),
    monteCarloVerdicts: verdicts(monteCarlo.rows),
    ratesTable: markdownTable(rates.rows),
    ratesVerdicts: verdicts(rates.rows),
    rateFloor: fmt(rates.floors.rateFloor.median),
    rateFloorNative: fmt(rates.floors.rateFloorNative.median),
    rateFloorRatio: (rates.floors.rateFloor.median / rates.floors.rateFloorNative.median).toFixed(
      2,
    ),
    bigTiming: `median wall time of ${BIG.repeats} repeats after ${BIG.warmUp} warm-up runs, interleaved with the comparison as above.`,
    bigTable: markdownTable(big),
    bigVerdicts: verdicts(big),
    everyTiming: `median wall time of ${EVERY.repeats} repeats after ${EVERY.warmUp} warm-up run, interleaved with the comparison as above.`,
    everyTable: markdownTable(every),
    everyVerdicts: verdicts(every),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
