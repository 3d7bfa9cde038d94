/**
 * The layers of docs/architecture.md, checked on the source: which folders of src/ each layer
 * may import, and where the spreadsheet engine, the xlsx libraries and React may appear.
 */
import fs from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "../../src");
const LAYERS = ["core", "workbook", "functions", "office", "taskpane", "preview", "commands"];

/** What each layer may import from the other layers of src/ (it may always import itself). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  workbook: ["core"],
  functions: ["core", "workbook"],
  office: ["core", "workbook"],
  taskpane: ["core", "workbook"],
  preview: ["core", "workbook", "functions", "taskpane"],
  commands: [],
};
/** Packages only some layers may use: the GPL engine and the file libraries stay in the workbench. */
const PACKAGE_LAYERS: Record<string, readonly string[]> = {
  hyperformula: ["preview"],
  exceljs: ["preview"],
  jszip: ["preview"],
  react: ["taskpane", "preview"],
  "react-dom": ["taskpane", "preview"],
  "@fluentui/react-components": ["taskpane", "preview"],
};
/** The pane's composition root: the one place the pane is handed the Excel host. */
const COMPOSITION_ROOTS = new Map([["taskpane/index.tsx", ["office"]]]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g;

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2]);
}

/** The src/ layer an import lands in, or the package it names. */
function target(file: string, specifier: string): { layer?: string; pkg?: string } {
  if (!specifier.startsWith(".")) {
    const parts = specifier.split("/");
    return { pkg: specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] };
  }
  const relative = path.relative(SRC, path.resolve(path.dirname(file), specifier));
  return relative.startsWith("..") ? {} : { layer: relative.split(path.sep)[0] };
}

function violations(): string[] {
  const found: string[] = [];
  for (const layer of LAYERS) {
    for (const file of sourceFiles(path.join(SRC, layer))) {
      const where = path.relative(SRC, file).split(path.sep).join("/");
      const allowed = [layer, ...MAY_IMPORT[layer], ...(COMPOSITION_ROOTS.get(where) ?? [])];
      for (const specifier of importsOf(file)) {
        const { layer: into, pkg } = target(file, specifier);
        if (into !== undefined && !allowed.includes(into))
          found.push(`${where} imports ${specifier} (${layer} may not import ${into})`);
        const only = pkg === undefined ? undefined : PACKAGE_LAYERS[pkg];
        if (only && !only.includes(layer)) found.push(`${where} imports ${pkg}`);
      }
    }
  }
  return found;
}

it("every src/ folder is a layer this test knows", () => {
  const folders = fs
    .readdirSync(SRC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "types")
    .map((entry) => entry.name);
  expect(folders.sort()).toEqual([...LAYERS].sort());
});

it("reads the imports it checks (so a clean result means something)", () => {
  const root = importsOf(path.join(SRC, "taskpane/index.tsx"));
  expect(root.some((specifier) => specifier.includes("../office/"))).toBe(true);
  expect(target(path.join(SRC, "preview/index.tsx"), "../taskpane/sampleInsert")).toEqual({
    layer: "taskpane",
  });
  expect(target(path.join(SRC, "preview/x.ts"), "@fluentui/react-components/x")).toEqual({
    pkg: "@fluentui/react-components",
  });
});

it("each layer imports only the layers and packages docs/architecture.md allows it", () => {
  expect(violations()).toEqual([]);
});
