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

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const totals = { passed: 0, failed: 0 };

function step(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
    finish(1);
  }
}

function jestStep(title, configArgs, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), "workforce-jest-"));
  const report = join(dir, "report.json");
  console.log(`\n=== ${title}`);
  const result = spawnSync(
    npx,
    ["jest", "--ci", ...configArgs, "--json", `--outputFile=${report}`],
    {
      stdio: "inherit",
      env: { ...process.env, ...env },
    },
  );
  try {
    const summary = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  } catch {
    totals.failed += 1; // no report means jest itself could not run
  }
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) {
    console.error(`\n${title} failed.`);
    finish(1);
  }
}

function finish(code) {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

step("Type-check", npx, ["tsc", "--noEmit", "-p", "tsconfig.json"]);
step("Lint", npx, ["eslint", "."]);
step("Format", npx, ["prettier", "--check", "."]);
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
jestStep("Unit, property, oracle and component tests", []);
step("Production add-in build", npx, ["webpack", "--mode", "production"]);
step("Preview workbench build", npx, [
  "webpack",
  "--config",
  "webpack.preview.config.js",
  "--mode",
  "production",
]);

// The e2e tests find the same Chromium themselves (findChromium in scripts/ensure-chromium.mjs).
step("Chromium for the browser tests", process.execPath, ["scripts/ensure-chromium.mjs"]);
jestStep("End-to-end browser tests", ["-c", "jest.e2e.config.js", "--runInBand"]);
finish(totals.failed === 0 ? 0 : 1);
