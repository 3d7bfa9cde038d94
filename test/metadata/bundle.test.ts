/**
 * Builds the production functions bundle (the webpack config's own functions entry and
 * metadata plugin, into a temporary folder) and loads it in a bare VM context that has only
 * the CustomFunctions shim: no window, no document. Every id in the emitted functions.json
 * must have been associated at load, and calling through the association must work.
 */
import fs from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import webpack from "webpack";
import type { Configuration } from "webpack";
import { createCustomFunctionsShim } from "../../src/functions/customFunctionsShim";

const root = path.resolve(__dirname, "../..");

function build(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(root, "webpack.config.js")) as (
    env: unknown,
    argv: { mode: string },
  ) => Configuration;
  const config = makeConfig(undefined, { mode: "production" });
  const entry = config.entry as Record<string, string>;
  const compiler = webpack({
    ...config,
    context: root,
    devtool: false,
    entry: { functions: entry.functions },
    output: { path: outDir, filename: "[name].js" },
    plugins: (config.plugins ?? []).filter(
      (p) => p?.constructor.name === "CustomFunctionsMetadataPlugin",
    ),
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    });
  });
}

describe("production functions bundle", () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "workforce-functions-"));
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it("registers every function in functions.json at load, without a DOM", async () => {
    await build(outDir);
    const metadata = JSON.parse(fs.readFileSync(path.join(outDir, "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    const code = fs.readFileSync(path.join(outDir, "functions.js"), "utf8");
    const shim = createCustomFunctionsShim();
    vm.runInNewContext(code, { CustomFunctions: shim });

    const ids = metadata.functions.map((f) => f.id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect([...shim.associations.keys()].sort()).toEqual([...ids].sort());

    const vacancy = shim.associations.get("VACANCYRATE") as (...args: unknown[]) => unknown[][];
    expect(vacancy([[12]], [[88]])).toEqual([[0.12]]);
    const benchmark = shim.associations.get("BENCHMARK") as (...args: unknown[]) => unknown[][];
    expect(benchmark([["vacancy rate"]], [["England"]], [[2025]])).toEqual([[0.142]]);
  }, 120_000);
});
