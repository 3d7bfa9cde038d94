/**
 * Builds the production add-in (webpack.config.js, minified as deployed) for a public address
 * (ADDIN_URL) into a temporary folder, as a council would, and checks what would be deployed:
 * the licence of every bundled npm package and a notice listing each one, no localhost left in
 * any file, the offline manifest checks (npm run validate), and source maps kept out of dist/.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import {
  isPermissive,
  licenceOffenders,
  packagesForModules,
  type BundledPackage,
} from "./licences";

const root = path.resolve(__dirname, "../..");
const PUBLIC_URL = "https://planner.example.gov.uk/council/";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helper
const { validateBuild } = require(path.join(root, "scripts/build/validateManifest.cjs")) as {
  validateBuild: (dist: string, options?: { functionIds?: string[] }) => string[];
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe("licence checker", () => {
  it("accepts permissive licences and SPDX choices", () => {
    expect(isPermissive("MIT")).toBe(true);
    expect(isPermissive("(MIT OR GPL-3.0)")).toBe(true);
    expect(isPermissive("Apache-2.0 AND MIT")).toBe(true);
  });

  it("rejects copyleft, combined copyleft and missing licences, naming each offender", () => {
    const fake: BundledPackage[] = [
      { name: "react", version: "18.3.1", license: "MIT" },
      { name: "hyperformula", version: "3.5.0", license: "GPL-3.0-only" },
      { name: "mixed", version: "1.0.0", license: "MIT AND LGPL-2.1" },
      { name: "anonymous", version: "0.0.1", license: null },
    ];
    expect(licenceOffenders(fake)).toEqual([
      "hyperformula@3.5.0 (GPL-3.0-only)",
      "mixed@1.0.0 (MIT AND LGPL-2.1)",
      "anonymous@0.0.1 (no licence declared)",
    ]);
  });

  it("finds the owning package of module files", () => {
    const packages = packagesForModules([
      path.join(root, "node_modules/hyperformula/commonjs/index.js"),
      path.join(root, "node_modules/react/index.js"),
      path.join(root, "src/core/metrics.ts"),
    ]);
    expect(packages.map((p) => `${p.name}:${p.license}`)).toEqual([
      "hyperformula:GPL-3.0-only",
      "react:MIT",
    ]);
  });
});

describe("production add-in bundle (webpack.config.js) for a public address", () => {
  let modulePaths: string[] = [];
  const work = mkdtempSync(path.join(os.tmpdir(), "workforce-build-"));
  const output = path.join(work, "dist");

  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
    const configFactory = require(path.join(root, "webpack.config.js")) as (
      env: unknown,
      argv: { mode: string },
    ) => webpack.Configuration;
    const previous = process.env.ADDIN_URL;
    process.env.ADDIN_URL = PUBLIC_URL;
    let config: webpack.Configuration;
    try {
      config = configFactory({}, { mode: "production" });
    } finally {
      if (previous === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = previous;
    }
    const compiler = webpack({
      ...config,
      context: root,
      mode: "production",
      output: { ...config.output, path: output },
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((error, result) =>
        error || !result ? reject(error ?? new Error("no stats")) : resolve(result),
      ),
    );
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    const json = stats.toJson({
      all: false,
      modules: true,
      nestedModules: true,
      orphanModules: false,
    });
    const collect = (modules: webpack.StatsModule[] | undefined): void => {
      for (const module of modules ?? []) {
        if (module.nameForCondition) modulePaths.push(module.nameForCondition);
        collect(module.modules);
      }
    };
    collect(json.modules);
    modulePaths = [...new Set(modulePaths)];
  }, 600_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("bundles npm packages (the check is looking at a real bundle)", () => {
    const names = packagesForModules(modulePaths).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["react", "react-dom"]));
  });

  it("has a permissive licence for every bundled npm package", () => {
    expect(licenceOffenders(packagesForModules(modulePaths))).toEqual([]);
  });

  it("does not contain HyperFormula", () => {
    expect(modulePaths.filter((p) => p.includes(`${path.sep}hyperformula${path.sep}`))).toEqual([]);
  });

  it("ships licences.txt listing every bundled package with its licence text", () => {
    const notices = readFileSync(path.join(output, "licences.txt"), "utf8");
    const sections = notices.split(/\n-{78}\n/);
    const bundled = packagesForModules(modulePaths);
    expect(bundled.length).toBeGreaterThan(10);
    for (const pkg of bundled) {
      const section = sections.find((s) => s.split("\n").includes(`${pkg.name}@${pkg.version}`));
      expect([pkg.name, section !== undefined]).toEqual([pkg.name, true]);
      expect(section).toContain(`Licence: ${pkg.license ?? ""}`);
      // The text itself, not only the name: MIT, ISC, BSD and Apache texts all grant permission.
      expect([pkg.name, /permission|licensed under|granted/i.test(section ?? "")]).toEqual([
        pkg.name,
        true,
      ]);
    }
    for (const named of ["@emotion/hash", "@griffel/core", "tabster", "keyborg", "rtl-css-js"]) {
      expect(notices).toContain(`\n${named}@`);
    }
  });

  it("leaves no localhost in any file, and points every URL at the public address", () => {
    const withLocalhost = filesUnder(output).filter((file) =>
      readFileSync(file, "utf8").includes("localhost"),
    );
    expect(withLocalhost.map((f) => path.relative(output, f))).toEqual([]);
    const manifest = readFileSync(path.join(output, "manifest.xml"), "utf8");
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => !url.startsWith(PUBLIC_URL))).toEqual([]);
    expect(manifest).toContain("<AppDomain>https://planner.example.gov.uk</AppDomain>");
    const metadata = JSON.parse(readFileSync(path.join(output, "functions.json"), "utf8")) as {
      allowErrorForDataTypeAny: boolean;
      functions: { helpUrl: string }[];
    };
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(
      metadata.functions.every((f) => f.helpUrl.startsWith(`${PUBLIC_URL}docs/functions.html#`)),
    ).toBe(true);
  });

  it("passes the offline manifest checks (npm run validate)", () => {
    const { ids } = JSON.parse(
      readFileSync(path.join(root, "test/fixtures/functions-ids.json"), "utf8"),
    ) as {
      ids: string[];
    };
    expect(validateBuild(output, { functionIds: ids })).toEqual([]);
  });

  it("keeps source maps, with their sources, out of dist/ in a folder beside it", () => {
    const files = filesUnder(output);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const js of files.filter((f) => f.endsWith(".js"))) {
      expect(readFileSync(js, "utf8")).not.toMatch(/sourceMappingURL/);
    }
    const maps = path.join(work, "dist-sourcemaps");
    expect(existsSync(path.join(maps, "taskpane.js.map"))).toBe(true);
    const map = JSON.parse(readFileSync(path.join(maps, "functions.js.map"), "utf8")) as {
      sourcesContent?: string[];
    };
    expect(map.sourcesContent?.length).toBeGreaterThan(0);
  });
});
