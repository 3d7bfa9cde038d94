// Generates the custom function reference, docs/functions.md and docs/functions.html, from
// the same metadata Excel reads (functions.json, generated from the JSDoc in
// src/functions/functions.ts) plus the checked worked examples in src/functions/examples.ts.
// Run: npm run docs:functions   (add --check to fail when the committed files are stale).
// Runs under tsx so it can import the TypeScript examples module.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import prettier from "prettier";
import { FUNCTION_EXAMPLES } from "../src/functions/examples.ts";
import { COLUMN_LABELS, REQUIRED_COLUMNS, recognisedHeaders } from "../src/core/staffingHeaders.ts";
import { recognisedLeaverWords, recognisedStatusWords } from "../src/core/staffingValues.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

const generated = await generateCustomFunctionsMetadata(
  path.join(root, "src/functions/functions.ts"),
  false,
);
if (generated.errors.length > 0) {
  console.error(generated.errors.join("\n"));
  process.exit(1);
}
const { functions } = JSON.parse(generated.metadataJson);

const INTRO = [
  "All functions live in the `WORKFORCE` namespace, e.g. `=WORKFORCE.VACANCYRATE(B2, C2)`.",
  "",
  "- **Rates are fractions** (0.142, which you format as 14.2%), never percentages.",
  "- **Every argument takes a single value or a range.** Ranges give a spilled result, element by element, with Excel's own broadcasting: a single value or a single row/column is repeated to meet a larger range; where two ranges' shapes do not match, elements beyond the smaller one are `#N/A`.",
  '- **Errors explain themselves** (hover the cell): `#DIV/0!` when a denominator is 0; `#VALUE!` for text, TRUE/FALSE or negative numbers, naming the argument (numbers stored as text, such as `"12"`, are `#VALUE!` too: re-enter them as numbers or wrap them in `VALUE()`); `#N/A` for blanks and the DfE markers `x`, `c`, `z`, `low`, `u`, which mean "missing", never zero. A bad element in a range spoils only its own result. Excel shows custom messages only on `#VALUE!` and `#N/A`.',
  "- **Optional arguments** (in [brackets]) can be left out or left blank.",
  "",
  "Definitions follow the Department for Education's \"Children's social work workforce\" statistics (England, as at 30 September). `BENCHMARK` uses the DfE data bundled with the add-in: contains public sector information licensed under the Open Government Licence v3.0 (Source: Department for Education, Children's social work workforce).",
];

const anchor = (id) => id.toLowerCase();
const syntax = (f) => {
  const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=WORKFORCE.${f.name}(${params.join(", ")})`;
};
const showValue = (v) =>
  typeof v === "number" ? String(Number(v.toPrecision(10))) : v === null ? "" : String(v);

/** Column letter of a 1-based column number (1 → A, 27 → AA). */
function columnLetter(n) {
  let letters = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) {
    letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  }
  return letters;
}
const inlineResult = (result) =>
  result.length === 1 && result[0].length === 1
    ? showValue(result[0][0])
    : `{${result.map((row) => row.map(showValue).join(", ")).join("; ")}}`;
const isTable = (result) => result.length > 1 && result[0].length > 1;

/** How SUMMARY (and the task pane) read a staffing list, from the reader's own rules. */
function staffingSection() {
  const headers = recognisedHeaders();
  const statuses = recognisedStatusWords();
  const lines = [
    "## Staffing lists (for SUMMARY)",
    "",
    'One row per post, with a header row. Headers are matched leniently (case, spaces and punctuation are ignored, as is a qualifier in brackets at the end such as "Days Absent (12m)"; a header containing the key word also matches). Team, FTE and Status are required; the rest are optional.',
    "",
    "| Column | Required | Headers recognised |",
    "| --- | --- | --- |",
  ];
  for (const [column, names] of Object.entries(headers)) {
    lines.push(
      `| ${COLUMN_LABELS[column]} | ${REQUIRED_COLUMNS.includes(column) ? "yes" : "no"} | ${names.map((n) => `"${n}"`).join(", ")} |`,
    );
  }
  lines.push(
    "",
    "The header row may sit below title rows and blank rows (the first 30 rows are searched for the row naming the most columns). Blank rows are ignored and never counted as rejected: rows read + rows rejected + blank rows = rows in the range.",
    "",
    `Status words: employed, in post (${statuses.permanent.join(", ")}); agency worker in a funded post (${statuses.agency.join(", ")}); agency worker over establishment (${statuses.agencyAdditional.join(", ")}); vacant (${statuses.vacant.join(", ")}). A working-pattern suffix ("Permanent - Part time") is ignored. In the task pane, any other value is listed with its count on the Data tab, where you say what it means; your answer is saved in the workbook. SUMMARY lists such rows in its "Not counted" note.`,
    "",
    `Leaver: yes/no, TRUE/FALSE, 1/0, a reason for leaving (${recognisedLeaverWords().join(", ")}) or a leaving date. Start date: a date. Dates may be Excel dates, ISO text ("2025-06-30") or UK day-first text ("30/06/2025", "30 Jun 2025"). Leavers and starters count in the year to the reference date (\`reference_date\`, default the latest 30 September): a leaving date after it means the worker was still in post on it; dates before the year are not counted. Case holder: yes/no; when the column is missing or blank, a post with cases holds cases. Numbers stored as text are accepted in a staffing list (HR exports often store them so).`,
    "",
    'Definitions (DfE, Children\'s social work workforce methodology): in post counts workers employed by the council, whatever their contract (permanent, fixed-term, temporary, seconded); agency workers are not in post. Vacancies are funded posts not held by an employed worker: empty posts and posts held by agency workers (agency cover). Agency FTE counts agency workers in funded posts and those over establishment ("agency (additional)"), who are not vacancies. Establishment = in post + vacancies; uncovered vacancies = empty posts; vacancy agency cover rate = agency cover ÷ vacancies. Leavers count employed holders who left (a post now empty included), starters employed workers who started; days lost count employed staff; case-holding FTE counts employed and agency workers holding cases; empty posts never hold cases. A measure whose column the list does not have (e.g. no Sickness days column) is #N/A, never 0. A row that cannot be counted (e.g. FTE "abc") is listed in a "Not counted" row under the table, never dropped silently.',
  );
  return lines;
}

function markdown() {
  const lines = [
    "# WORKFORCE custom functions",
    "",
    "<!-- Generated by scripts/gen-function-docs.mjs from functions.json; do not edit by hand. -->",
    "",
    ...INTRO,
    "",
    "## Functions",
    "",
  ];
  for (const f of functions)
    lines.push(
      `- [WORKFORCE.${f.name}](#${anchor(f.id)}): ${f.description.split(". ")[0].replace(/\.$/, "")}.`,
    );
  for (const f of functions) {
    lines.push(
      "",
      `<a id="${anchor(f.id)}"></a>`,
      "",
      `## WORKFORCE.${f.name}`,
      "",
      f.description,
      "",
      "```",
      syntax(f),
      "```",
      "",
    );
    lines.push("| Argument | Required | Description |", "| --- | --- | --- |");
    for (const p of f.parameters)
      lines.push(
        `| \`${p.name}\` | ${p.optional ? "optional" : "required"} | ${p.description.replace(/\|/g, "\\|")} |`,
      );
    const examples = FUNCTION_EXAMPLES.filter((e) => e.id === f.id);
    if (examples.length > 0) {
      lines.push("", "**Examples**", "");
      for (const e of examples) {
        if (isTable(e.result)) {
          lines.push(
            `\`${e.formula}\` with the table below in A1:${columnLetter(e.args[0][0].length)}${e.args[0].length} spills:`,
            "",
          );
          const input = e.args[0];
          lines.push(`| ${input[0].join(" | ")} |`, `| ${input[0].map(() => "---").join(" | ")} |`);
          for (const row of input.slice(1)) lines.push(`| ${row.map(showValue).join(" | ")} |`);
          lines.push("");
          lines.push(
            `| ${e.result[0].join(" | ")} |`,
            `| ${e.result[0].map(() => "---").join(" | ")} |`,
          );
          for (const row of e.result.slice(1)) lines.push(`| ${row.map(showValue).join(" | ")} |`);
          lines.push("");
        } else {
          lines.push(
            `- \`${e.formula}\` → \`${inlineResult(e.result)}\`${e.note ? `. ${e.note}` : ""}`,
          );
        }
      }
    }
  }
  lines.push("", ...staffingSection(), "");
  return lines.join("\n");
}

const esc = (text) =>
  String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
const inlineHtml = (text) =>
  esc(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");

function html() {
  const out = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><title>WORKFORCE custom functions</title>',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<style>body{font-family:Segoe UI,system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}code,pre{background:#f4f4f4}pre{padding:.5rem}</style>",
    "</head><body>",
    "<!-- Generated by scripts/gen-function-docs.mjs from functions.json; do not edit by hand. -->",
    "<h1>WORKFORCE custom functions</h1>",
  ];
  const intro = INTRO.filter((l) => l !== "");
  out.push(`<p>${inlineHtml(intro[0])}</p><ul>`);
  for (const l of intro.filter((x) => x.startsWith("- ")))
    out.push(`<li>${inlineHtml(l.slice(2))}</li>`);
  out.push(`</ul><p>${inlineHtml(intro[intro.length - 1])}</p><h2>Functions</h2><ul>`);
  for (const f of functions)
    out.push(`<li><a href="#${anchor(f.id)}">WORKFORCE.${esc(f.name)}</a></li>`);
  out.push("</ul>");
  for (const f of functions) {
    out.push(
      `<section id="${anchor(f.id)}"><h2>WORKFORCE.${esc(f.name)}</h2><p>${esc(f.description)}</p><pre>${esc(syntax(f))}</pre>`,
    );
    out.push("<table><tr><th>Argument</th><th>Required</th><th>Description</th></tr>");
    for (const p of f.parameters)
      out.push(
        `<tr><td><code>${esc(p.name)}</code></td><td>${p.optional ? "optional" : "required"}</td><td>${esc(p.description)}</td></tr>`,
      );
    out.push("</table>");
    const examples = FUNCTION_EXAMPLES.filter((e) => e.id === f.id);
    if (examples.length > 0) {
      out.push("<h3>Examples</h3><ul>");
      for (const e of examples) {
        const shown = isTable(e.result)
          ? `spills a ${e.result.length}-row table (header, ${e.result.length - 2} team row${e.result.length === 3 ? "" : "s"}, Total)`
          : `<code>${esc(inlineResult(e.result))}</code>`;
        out.push(
          `<li><code>${esc(e.formula)}</code> → ${shown}${e.note ? `. ${esc(e.note)}` : ""}</li>`,
        );
      }
      out.push("</ul>");
    }
    out.push("</section>");
  }
  // The staffing-list section, rendered from the same lines as the Markdown (headings, one table, paragraphs).
  out.push('<section id="staffing">');
  let inTable = false;
  for (const line of staffingSection()) {
    if (line.startsWith("| ---")) continue;
    if (line.startsWith("|")) {
      const cells = line
        .slice(1, -1)
        .split(" | ")
        .map((c) => inlineHtml(c.trim()));
      const tag = inTable ? "td" : "th";
      if (!inTable) out.push("<table>");
      inTable = true;
      out.push(`<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`);
      continue;
    }
    if (inTable) out.push("</table>");
    inTable = false;
    if (line.startsWith("## ")) out.push(`<h2>${inlineHtml(line.slice(3))}</h2>`);
    else if (line !== "") out.push(`<p>${inlineHtml(line.replace(/\\"/g, '"'))}</p>`);
  }
  if (inTable) out.push("</table>");
  out.push("</section>");
  out.push("</body></html>", "");
  return out.join("\n");
}

const outputs = [
  [path.join(root, "docs/functions.md"), markdown()],
  [path.join(root, "docs/functions.html"), html()],
];
let stale = false;
for (const [file, raw] of outputs) {
  // Written already formatted, so `prettier --check .` and --check here agree.
  const options = (await prettier.resolveConfig(file)) ?? {};
  const content = await prettier.format(raw, { ...options, filepath: file });
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (check) {
    if (current !== content) {
      console.error(`${path.relative(root, file)} is out of date: run npm run docs:functions`);
      stale = true;
    }
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
if (stale) process.exit(1);
