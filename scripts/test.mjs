#!/usr/bin/env node
// `npm test`: every check CI runs, in the order a failure is cheapest to find.
// Type-check, lint and format first; then LibreOffice (installed if missing, for the export
// check) and the unit, property, oracle and component tests; then the production and preview
// builds; then a Chromium (installed if the machine has none) and the end-to-end browser tests
// against the built workbench.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureLibreOffice } from "./ensure-libreoffice.mjs";
import npmRunModule from "./npmRun.cjs";

// Every check is a package.json script, run as `npm run` runs it: one definition of each.
const { npmRun } = npmRunModule;
const totals = { passed: 0, failed: 0 };

function failed(title, result) {
  console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
  finish(1);
}

/** Runs `npm run <script>`; stops the run when it fails. */
function step(title, script) {
  console.log(`\n=== ${title}: npm run ${script}`);
  const result = npmRun(script);
  if (result.status !== 0) failed(title, result);
}

/** Runs a jest script with a JSON report, adding its counts to the totals. */
function jestStep(title, script, args = []) {
  const dir = mkdtempSync(join(tmpdir(), "workforce-jest-"));
  const report = join(dir, "report.json");
  console.log(`\n=== ${title}: npm run ${script}`);
  const result = npmRun(script, ["--ci", ...args, "--json", `--outputFile=${report}`]);
  try {
    const summary = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  } catch {
    totals.failed += 1; // no report means jest itself could not run
  }
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) failed(title, result);
}

function finish(code) {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

step("Type-check", "typecheck");
step("Lint", "lint");
step("Format", "format:check");
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
jestStep("Unit, property, oracle and component tests", "test:unit");
step("Production add-in build", "build");
step("Preview workbench build", "build:preview");

// The e2e tests find the same Chromium themselves (findChromium in scripts/ensure-chromium.mjs).
console.log("\n=== Chromium for the browser tests: node scripts/ensure-chromium.mjs");
const chromium = spawnSync(process.execPath, ["scripts/ensure-chromium.mjs"], { stdio: "inherit" });
if (chromium.status !== 0) failed("Chromium for the browser tests", chromium);
jestStep("End-to-end browser tests", "test:e2e", ["--runInBand"]);
finish(totals.failed === 0 ? 0 : 1);
