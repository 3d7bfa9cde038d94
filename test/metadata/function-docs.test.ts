/**
 * docs/functions.md and docs/functions.html (the helpUrl pages) must match what
 * scripts/gen-function-docs.mjs generates from the current JSDoc and examples.
 */
import { spawnSync } from "child_process";
import path from "path";

const root = path.resolve(__dirname, "../..");

it("the generated function reference is up to date (run npm run docs:functions)", () => {
  const tsx = path.join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "tsx.cmd" : "tsx",
  );
  const result = spawnSync(tsx, ["scripts/gen-function-docs.mjs", "--check"], {
    cwd: root,
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}, 60_000);
