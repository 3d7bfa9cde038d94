/**
 * Hostile inputs: no range is spread into a call. `Math.max(...rows)` throws "Maximum call stack
 * size exceeded" from about 125,000 elements, and Excel passes whole columns of 1,048,576 rows,
 * so the source must use loops (src/core/ranges.ts `maxOf`, `minOf`, `widestRow`) instead.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "../../src");
/** Calls whose arguments must never be spread from data. */
const CALLS =
  /(Math\.max|Math\.min|\.push|\.unshift|String\.fromCharCode|String\.fromCodePoint)\(/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [full] : [];
  });
}

/** Whether the call whose "(" is at `open` spreads something into its own argument list. */
function spreadsIntoCall(text: string, open: number): boolean {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === "(" || char === "[" || char === "{") depth++;
    else if (char === ")" || char === "]" || char === "}") {
      if (--depth === 0) return false;
    } else if (depth === 1 && text.startsWith("...", i)) return true;
  }
  return false;
}

/** The code without its comments (kept line for line, so line numbers still match). */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "))
    .replace(/(^|\s)\/\/.*$/gm, "$1");
}

/** Every `call(...spread)` in `source`, as "line: code". */
function spreadCalls(source: string): string[] {
  const text = withoutComments(source);
  const found: string[] = [];
  for (const match of text.matchAll(CALLS)) {
    const open = (match.index ?? 0) + match[0].length - 1;
    if (spreadsIntoCall(text, open)) {
      const line = text.slice(0, match.index).split("\n").length;
      const lineStart = text.lastIndexOf("\n", match.index) + 1;
      found.push(`${line}: ${text.slice(lineStart, open + 1).trim()}`);
    }
  }
  return found;
}

describe("no spread of a range into a call", () => {
  it("finds the pattern it looks for (so a clean result means something)", () => {
    expect(spreadCalls("const w = Math.max(\n  1,\n  ...rows.map((r) => r.length),\n);")).toEqual([
      "1: const w = Math.max(",
    ]);
    expect(spreadCalls("out.push(...items);")).toHaveLength(1);
    expect(spreadCalls("Math.max(a, b); out.push(x); f(...args);")).toEqual([]);
    // An array literal built with spreads is one argument, not a spread of the data.
    expect(spreadCalls("body.push([first, ...rest.map((r) => r.x)]);")).toEqual([]);
  });

  it("src/ has none", () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      spreadCalls(readFileSync(file, "utf8")).map((hit) => `${path.relative(SRC, file)}:${hit}`),
    );
    expect(offenders).toEqual([]);
  });
});
