// Serves dist-preview/ on a free local port for the e2e tests and finds a Chromium.
// `npm test` builds dist-preview/ first; when it is missing (e.g. `npm run test:e2e` on a
// fresh clone) it is built here.
const { existsSync } = require("fs");
const path = require("path");
const { npmRun } = require("../../../scripts/npmRun.cjs");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "../../..");
  const dist = path.join(root, "dist-preview");
  if (!existsSync(path.join(dist, "index.html")) || process.env.E2E_REBUILD === "1") {
    console.log("\ne2e: building the preview workbench (dist-preview/)…");
    const build = npmRun("build:preview", [], { cwd: root });
    if (build.status !== 0) throw new Error("e2e: the preview build failed");
  }
  const { findChromium } = await import(path.join(root, "scripts/ensure-chromium.mjs"));
  const chromium = findChromium();
  if (!chromium)
    throw new Error(
      "e2e: no Chromium found; run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.",
    );
  const { serveDirectory } = await import(path.join(root, "scripts/static-server.cjs"));
  const { server, url } = await serveDirectory(dist, 0);
  globalThis.__E2E_SERVER__ = server;
  process.env.E2E_BASE_URL = url;
  process.env.E2E_CHROMIUM = chromium;
};
