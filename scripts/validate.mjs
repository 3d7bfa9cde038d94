#!/usr/bin/env node
// npm run validate [folder]: offline checks of the built add-in (dist/ by default): the
// manifest well-formed, every resource id resolved, icons of the right size, HTTPS URLs served
// by the build, the add-in Id and the function ids unchanged, functions.json as Excel needs
// it. See scripts/build/validateManifest.cjs for each rule. Exits 1 when any fails.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { validateBuild } = require("./build/validateManifest.cjs");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.resolve(process.argv[2] ?? path.join(root, "dist"));
const { ids } = JSON.parse(
  readFileSync(path.join(root, "test/fixtures/functions-ids.json"), "utf8"),
);

const problems = validateBuild(dist, { functionIds: ids });
if (problems.length > 0) {
  console.error(`${path.relative(root, dist) || dist}: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const manifest = readFileSync(path.join(dist, "manifest.xml"), "utf8");
const page = /id="Taskpane\.Url" DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
console.log(
  `${path.relative(root, dist) || dist}/manifest.xml is valid (offline checks), for ${new URL(".", page).href}`,
);
if (page.includes("//localhost")) {
  console.log("It points at the dev server; build with ADDIN_URL=https://your-host/ to deploy it.");
}
