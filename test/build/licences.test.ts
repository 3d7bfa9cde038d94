/**
 * Builds the production add-in (webpack.config.js) in memory-light mode to a temporary folder
 * and checks the licence of every npm package bundled into it.
 */
import { mkdtempSync, rmSync } from "fs";
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

describe("production add-in bundle (webpack.config.js)", () => {
  let modulePaths: string[] = [];
  const output = mkdtempSync(path.join(os.tmpdir(), "workforce-licences-"));

  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
    const configFactory = require(path.join(root, "webpack.config.js")) as (
      env: unknown,
      argv: { mode: string },
    ) => webpack.Configuration;
    const config = configFactory({}, { mode: "production" });
    const compiler = webpack({
      ...config,
      context: root,
      mode: "production",
      devtool: false,
      output: { ...config.output, path: output },
      optimization: { ...config.optimization, minimize: false },
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

  afterAll(() => rmSync(output, { recursive: true, force: true }));

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
});
