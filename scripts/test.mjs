#!/usr/bin/env node
// `npm test`: every check CI runs, in the order a failure is cheapest to find.
// Type-check, lint, format, the production and preview builds and a Chromium (installed if the
// machine has none) first; then LibreOffice (installed if missing, for the export check) and
// the unit, property, oracle and component tests; then the end-to-end browser tests against
// the built workbench.
//
// CI runs this on two cores. The first steps do not depend on each other and none is timed, so
// they run at once (most are single-threaded); the unit suite has one jest worker per core.
// The e2e tests stay in one process: they drive a real browser each, and two at once gained
// nothing measurable on two cores. Every step's time is printed at the end.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureLibreOffice } from "./ensure-libreoffice.mjs";
import npmRunModule from "./npmRun.cjs";

// Every check is a package.json script, run as `npm run` runs it: one definition of each.
const { npmRunCommand } = npmRunModule;
const totals = { passed: 0, failed: 0 };
const timings = [];
const started = Date.now();

// Jest's default is one worker fewer than the cores, which on CI's two cores is one: the
// other core idled while the parent process waited. The parent only collects results.
const jestWorkers = `--maxWorkers=${Math.max(1, availableParallelism())}`;

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/**
 * Runs a command to completion. Its output streams through, or, when `quiet` (it runs beside
 * other steps), is held and printed in one piece when it ends so steps do not interleave.
 * Resolves to { title, status, output }.
 */
function run(title, command, args, { quiet = false } = {}) {
  const begun = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    const chunks = [];
    if (quiet) {
      child.stdout.on("data", (chunk) => chunks.push(chunk));
      child.stderr.on("data", (chunk) => chunks.push(chunk));
    }
    const done = (status) => {
      const took = seconds(begun);
      timings.push({ title, took });
      resolve({ title, status, took, output: Buffer.concat(chunks).toString() });
    };
    child.on("error", (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(null);
    });
    child.on("close", (code, signal) => done(code ?? signal));
  });
}

function npmStep(title, script, args = [], options = {}) {
  const { command, args: argv } = npmRunCommand(script, args);
  return run(title, command, argv, options);
}

function failed(result) {
  console.error(`\n${result.title} failed (exit ${result.status}).`);
  finish(1);
}

/** Runs steps at once (output held per step); stops the run if any fails, after all end. */
async function together(steps) {
  console.log(`\n=== At once: ${steps.map((s) => s.title).join("; ")}`);
  const results = await Promise.all(steps.map((s) => s.start()));
  for (const result of results) {
    console.log(`\n=== ${result.title} (${result.took}, exit ${result.status})`);
    process.stdout.write(result.output);
  }
  const failure = results.find((result) => result.status !== 0);
  if (failure) failed(failure);
}

function quietNpm(title, script) {
  return { title, start: () => npmStep(title, script, [], { quiet: true }) };
}

/** Runs a jest script with a JSON report, adding its counts to the totals. */
async function jestStep(title, script, args = []) {
  const dir = mkdtempSync(join(tmpdir(), "workforce-jest-"));
  const report = join(dir, "report.json");
  console.log(`\n=== ${title}: npm run ${script}`);
  const result = await npmStep(title, script, [
    "--ci",
    ...args,
    "--json",
    `--outputFile=${report}`,
  ]);
  console.log(`=== ${title}: ${result.took}`);
  try {
    const summary = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  } catch {
    totals.failed += 1; // no report means jest itself could not run
  }
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) failed(result);
}

function finish(code) {
  console.log("\nstep times:");
  for (const { title, took } of timings) console.log(`  ${title}: ${took}`);
  console.log(`  whole npm test: ${seconds(started)}`);
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

// The e2e tests find the same Chromium themselves (findChromium in scripts/ensure-chromium.mjs).
const chromiumTitle = "Chromium for the browser tests (node scripts/ensure-chromium.mjs)";
await together([
  quietNpm("Type-check", "typecheck"),
  quietNpm("Lint", "lint"),
  quietNpm("Format", "format:check"),
  quietNpm("Production add-in build", "build"),
  quietNpm("Preview workbench build", "build:preview"),
  {
    title: chromiumTitle,
    start: () =>
      run(chromiumTitle, process.execPath, ["scripts/ensure-chromium.mjs"], { quiet: true }),
  },
]);

// LibreOffice converts an exported workbook in the unit tests (test/preview/xlsxLibreOffice).
// Installed here when missing; where it cannot be, that test is skipped and says why.
console.log("\n=== LibreOffice for the export check");
const libreOffice = ensureLibreOffice();
if (libreOffice.soffice) {
  console.log(`using ${libreOffice.soffice}`);
  process.env.SOFFICE_PATH = libreOffice.soffice;
} else {
  console.warn(`LibreOffice unavailable: ${libreOffice.unavailable}. The export check is skipped.`);
  process.env.LIBREOFFICE_UNAVAILABLE = libreOffice.unavailable;
}
await jestStep("Unit, property, oracle and component tests", "test:unit", [jestWorkers]);

await jestStep("End-to-end browser tests", "test:e2e", ["--runInBand"]);
finish(totals.failed === 0 ? 0 : 1);
