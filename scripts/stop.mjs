// npm stop: unregisters the add-in from desktop Excel (office-addin-debugging stop, pinned in
// package-lock.json, run without a shell: scripts/office-commands.cjs) and stops the dev
// server `npm start` left running. On a machine without desktop Excel there is nothing to do.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { spawnOptions, stopSteps, toolFailed, toolPaths } = require("./office-commands.cjs");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const pidFile = path.join(root, ".cache", "dev-server.pid");
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  rmSync(pidFile);
  try {
    process.kill(pid);
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch {
    console.log("The dev server had already stopped.");
  }
}

if (process.platform !== "win32" && process.platform !== "darwin") {
  console.log("No desktop Excel here: no add-in to unregister.");
  process.exit(0);
}
if (!existsSync(toolPaths(root).debugging)) {
  console.error("office-addin-debugging is not installed; run npm install first.");
  process.exit(1);
}
let failed = false;
for (const step of stopSteps({ root, node: process.execPath, platform: process.platform })) {
  console.log(`== ${step.title}`);
  const result = spawnSync(step.command, step.args, {
    ...spawnOptions(root),
    encoding: "utf8",
    stdio: ["inherit", "pipe", "pipe"],
  });
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  if (toolFailed(result.status ?? 1, `${result.stdout ?? ""}${result.stderr ?? ""}`)) failed = true;
}
if (failed) {
  console.error("\nCould not unregister the add-in (see above).");
  process.exit(1);
}
console.log("The add-in is unregistered from Excel.");
