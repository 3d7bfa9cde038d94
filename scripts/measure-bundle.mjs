#!/usr/bin/env node
/**
 * Measures the production task pane bundle against a plain Fluent UI v9 "hello" pane, raw and
 * gzipped (zlib, level 9), and writes the figures into the "## Task pane bundle" section of
 * docs/performance.md (replacing only that section).
 *
 *   node scripts/measure-bundle.mjs            build both, then measure
 *   node scripts/measure-bundle.mjs --no-build measure the existing dist/ and bench/hello-pane/dist/
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import npmRunModule from "./npmRun.cjs";

const { npmRun } = npmRunModule;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const build = !process.argv.includes("--no-build");
const doc = path.join(root, "docs", "performance.md");
const HEADING = "## Task pane bundle";

/** Runs a package.json build script quietly, showing its output only when it fails. */
function run(script) {
  const result = npmRun(script, [], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stderr.write(`${String(result.stdout)}${String(result.stderr)}`);
    throw new Error(`npm run ${script} failed with exit code ${result.status}`);
  }
}

function sizes(file) {
  if (!existsSync(file))
    throw new Error(`${path.relative(root, file)} is missing; run without --no-build.`);
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

if (build) {
  console.log("Building the add-in (npm run build)…");
  run("build");
  console.log("Building the hello baseline (npm run build:hello-pane)…");
  run("build:hello-pane");
}

const taskpane = sizes(path.join(root, "dist", "taskpane.js"));
const functions = sizes(path.join(root, "dist", "functions.js"));
const hello = sizes(path.join(root, "bench", "hello-pane", "dist", "hello.js"));
const csvFile = path.join(root, "data", "dfe-csww", "csww_indicators_2017_to_2025.csv");
const csv = existsSync(csvFile) ? sizes(csvFile) : null;
const page = { raw: taskpane.raw + functions.raw, gzip: taskpane.gzip + functions.gzip };
// Chunks split off by dynamic import() (the Benchmarks view), loaded only when first opened.
const entryFiles = new Set(["taskpane.js", "functions.js", "commands.js"]);
const lazyFiles = readdirSync(path.join(root, "dist")).filter(
  (f) => f.endsWith(".js") && !entryFiles.has(f),
);
const lazy = lazyFiles
  .map((f) => sizes(path.join(root, "dist", f)))
  .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

const rows = [
  ["dist/taskpane.js (the pane)", taskpane],
  ["bench/hello-pane hello.js (baseline)", hello],
  ["dist/functions.js (custom functions, same page)", functions],
  ["taskpane.html total (functions + taskpane)", page],
  [`lazy chunks, loaded on first use (${lazyFiles.join(", ") || "none"})`, lazy],
];
/** A Markdown table padded the way Prettier formats it, so `prettier --check` stays clean. */
function markdownTable(header, body, rightAligned) {
  const widths = header.map((h, i) => Math.max(3, h.length, ...body.map((r) => r[i].length)));
  const pad = (text, i) => (rightAligned[i] ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (cells) => `| ${cells.map(pad).join(" | ")} |`;
  const rule = widths.map((w, i) => (rightAligned[i] ? `${"-".repeat(w - 1)}:` : "-".repeat(w)));
  return [line(header), `| ${rule.join(" | ")} |`, ...body.map(line)];
}

const table = markdownTable(
  ["Bundle", "Raw", "Gzipped", "Raw vs hello", "Gzipped vs hello"],
  rows.map(([name, s]) => [
    name,
    kib(s.raw),
    kib(s.gzip),
    ratio(s.raw, hello.raw),
    ratio(s.gzip, hello.gzip),
  ]),
  [false, true, true, true, true],
);

const when = new Date().toISOString().slice(0, 16).replace("T", " ");
const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
const section = [
  HEADING,
  "",
  `Written by \`npm run bench:bundle\` (scripts/measure-bundle.mjs) on ${when} UTC; ${cpu}, Node ${process.version}. ` +
    "Production webpack builds (`npm run build`; the baseline `npm run build:hello-pane`, bench/hello-pane/webpack.config.js, same loader and mode). " +
    "Gzipped = Node zlib at level 9, as a web server would send it. The baseline is a plain Fluent UI v9 pane: FluentProvider, a heading and a button.",
  "",
  ...table,
  "",
  `- The task pane is ${ratio(taskpane.gzip, hello.gzip)} the baseline gzipped (${kib(taskpane.gzip - hello.gzip)} more): ` +
    "the rest of Fluent (Table, TabList, Dropdown, Combobox, MessageBar, ProgressBar, Field), the icons, and the core and planning engine. " +
    "The Benchmarks view and the DfE data it carries are split into a lazy chunk (React.lazy + dynamic import) fetched the first time that tab opens.",
  csv
    ? `- The DfE CSV alone is ${kib(csv.raw)} raw, ${kib(csv.gzip)} gzipped. functions.js carries it (the BENCHMARK function) and so does the pane's lazy Benchmarks chunk; ` +
      "a shared chunk (webpack `optimization.splitChunks` across the two entries of taskpane.html) would download it once."
    : "- The DfE CSV was not found, so its share is not shown.",
  "- The pane loads once per session and is cached by the browser; these sizes affect first open only.",
  "",
].join("\n");

let text = existsSync(doc) ? readFileSync(doc, "utf8") : "# Performance\n";
const start = text.indexOf(`${HEADING}\n`);
if (start >= 0) {
  // Replace up to the next second-level heading (or the end), leaving other sections alone.
  const next = text.indexOf("\n## ", start + HEADING.length);
  text = text.slice(0, start) + section + (next >= 0 ? `\n${text.slice(next + 1)}` : "");
} else {
  text = `${text.trimEnd()}\n\n${section}`;
}
writeFileSync(doc, text);

console.log(table.join("\n"));
console.log(`\nWrote the "${HEADING}" section of docs/performance.md.`);
