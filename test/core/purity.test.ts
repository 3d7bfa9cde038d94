/**
 * Core stays pure (docs/architecture.md): no file under src/core/ imports a data file, Office,
 * React, a spreadsheet engine or a bundler's loader. Data reaches core as text through
 * factories (createBenchmarks(csvText), sampleWorkbook(texts)).
 */
import fs from "fs";
import path from "path";

const CORE = path.resolve(__dirname, "../../src/core");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specifiers: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) specifiers.push(m[1]);
  return specifiers;
}

const files = sourceFiles(CORE);

describe("src/core", () => {
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each([
    ["a data file (.csv, .txt, .json)", /\.(csv|txt|json)$/],
    ["Office", /^(office-|@microsoft\/office)/],
    ["React or Fluent UI", /^(react|react-dom|@fluentui\/)/],
    ["a spreadsheet engine", /^(hyperformula|exceljs)/],
    [
      "another layer of the add-in",
      /^\.\.\/(\.\.\/)?(functions|taskpane|office|preview|workbook|commands)\b/,
    ],
  ])("imports no %s", (_what, forbidden) => {
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => forbidden.test(specifier))
        .map((specifier) => `${path.relative(CORE, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
