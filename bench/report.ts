/**
 * The benchmark's report: the console table, and the sections of docs/performance.md it owns,
 * rendered from bench/performance.template.md (the prose lives there, figures come from here).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { HyperFormula } from "hyperformula";
import prettier from "prettier";
import type { Row } from "./cases/types";

const DOC = path.resolve(__dirname, "../docs/performance.md");
const TEMPLATE = path.resolve(__dirname, "performance.template.md");

/** Milliseconds with as many digits as mean something. */
export function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${cpu.trim()} (${os.cpus().length} logical CPUs), ${os.platform()} ${os.release()}, Node ${process.version}, HyperFormula ${HyperFormula.version}`;
}

function ratio(r: Row): string {
  return r.speedup >= 1
    ? `${r.speedup.toFixed(1)}× faster`
    : `${(1 / r.speedup).toFixed(2)}× slower`;
}

export function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  for (const r of rows) {
    console.log(
      `  ${r.case}\n    ours ${fmt(r.ours.median)} ms | ${r.comparisonLabel} ${fmt(r.comparison.median)} ms | ${ratio(r)} | target ${r.target}: ${r.met ? "met" : "MISSED"}${r.note ? ` | ${r.note}` : ""}`,
    );
  }
}

export function markdownTable(rows: readonly Row[]): string {
  const lines = [
    "| Case | Ours (median ms) | Comparison | Comparison (median ms) | Ratio | Target | Met |",
    "| --- | ---: | --- | ---: | ---: | --- | --- |",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.case} | ${fmt(r.ours.median)} | ${r.comparisonLabel} | ${fmt(r.comparison.median)} | ${ratio(r)} | ${r.target} | ${r.met ? "yes" : "**no**"} |`,
    );
  }
  return lines.join("\n");
}

export function verdicts(rows: readonly Row[]): string {
  return rows
    .map(
      (r) =>
        `- ${r.case}: ${r.met ? "target met" : "**target missed**"} (${r.target}; min ${fmt(r.ours.min)} ms vs ${fmt(r.comparison.min)} ms).${r.note ? ` ${r.note[0].toUpperCase()}${r.note.slice(1)}.` : ""}`,
    )
    .join("\n");
}

/** The template with each `{{name}}` replaced; a name with no value is an error, not a blank. */
export function render(template: string, values: Readonly<Record<string, string>>): string {
  const unused = new Set(Object.keys(values));
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${TEMPLATE}: no value for {{${name}}}.`);
    unused.delete(name);
    return value;
  });
  if (unused.size > 0) throw new Error(`${TEMPLATE} does not use ${[...unused].join(", ")}.`);
  return text;
}

/** "## " sections of a markdown text by heading ("### " subsections stay in their section). */
function sections(text: string): { preamble: string; sections: [string, string][] } {
  const parts = text.split(/^(?=## )/m);
  const preamble = parts[0].startsWith("## ") ? "" : (parts.shift() ?? "");
  return {
    preamble,
    sections: parts.map((part) => [part.split("\n", 1)[0].trim(), part]),
  };
}

/**
 * Renders the template and replaces its sections in docs/performance.md (appending any that are
 * new), leaving the other sections (bench:preview's, bench:bundle's) as they are.
 */
export async function writeDocs(values: Readonly<Record<string, string>>): Promise<void> {
  const ours = sections(render(fs.readFileSync(TEMPLATE, "utf8"), values)).sections;
  const existing = fs.existsSync(DOC)
    ? fs.readFileSync(DOC, "utf8")
    : "# Performance\n\nFigures are measured by `npm run bench` on the machine named in each section; rerun it to refresh them.\n";
  const doc = sections(existing);
  const replacements = new Map(ours);
  const output = [doc.preamble];
  for (const [heading, part] of doc.sections) {
    output.push(replacements.get(heading) ?? part);
    replacements.delete(heading);
  }
  output.push(...replacements.values());
  const text =
    output
      .map((part) => `${part.trimEnd()}\n\n`)
      .join("")
      .trimEnd() + "\n";
  // Formatted as `npm run format` would, so the generated file passes format:check.
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  fs.writeFileSync(DOC, await prettier.format(text, { ...options, filepath: DOC }));
  console.log(
    `\nUpdated ${path.relative(process.cwd(), DOC)} (${ours.map(([h]) => h.slice(3)).join(", ")}).`,
  );
}
