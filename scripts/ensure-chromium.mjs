// Finds a Chromium for the browser tests and prints its path; on Linux with none installed it
// installs Debian's `chromium` package with apt-get (as root, or through passwordless sudo).
// Exits non-zero with a clear message when there is no way to get one.
// Also importable: `findChromium()` returns the path or null (used by the e2e tests).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

function playwrightCacheCandidates() {
  const roots = [
    process.env.PLAYWRIGHT_BROWSERS_PATH,
    path.join(os.homedir(), ".cache", "ms-playwright"),
    path.join(os.homedir(), "Library", "Caches", "ms-playwright"),
    process.env.LOCALAPPDATA && path.join(process.env.LOCALAPPDATA, "ms-playwright"),
  ].filter(Boolean);
  const found = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const dir of readdirSync(root)
      .filter((d) => /^chromium(_headless_shell)?-\d+/.test(d))
      .sort()
      .reverse()) {
      for (const rel of [
        "chrome-linux/chrome",
        "chrome-linux64/chrome",
        "chrome-headless-shell-linux64/chrome-headless-shell",
        "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
        "chrome-win/chrome.exe",
      ]) {
        found.push(path.join(root, dir, rel));
      }
    }
  }
  return found;
}

export function chromiumCandidates() {
  return [
    process.env.CHROMIUM_PATH,
    ...playwrightCacheCandidates(),
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  ].filter(Boolean);
}

export function findChromium() {
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
  }
  return chromiumCandidates().find((candidate) => existsSync(candidate)) ?? null;
}

function run(command, args) {
  console.log(`ensure-chromium: running ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

function installWithApt() {
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) return false;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  let prefix = [];
  if (!isRoot) {
    const sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore" });
    if (sudo.status !== 0) {
      console.error(
        "ensure-chromium: not root and no passwordless sudo, so apt-get cannot install chromium.",
      );
      return false;
    }
    prefix = ["sudo", "-n"];
  }
  const apt = (args) =>
    prefix.length ? run(prefix[0], [...prefix.slice(1), "apt-get", ...args]) : run("apt-get", args);
  console.log(
    "ensure-chromium: no Chromium found; installing Debian's chromium package with apt-get.",
  );
  return apt(["update"]) && apt(["install", "-y", "--no-install-recommends", "chromium"]);
}

function main() {
  let found = findChromium();
  if (!found && installWithApt()) found = findChromium();
  if (!found) {
    console.error(
      "ensure-chromium: no Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; " +
        "or `npx playwright install chromium`), or set CHROMIUM_PATH to its executable.",
    );
    process.exit(1);
  }
  console.log(`ensure-chromium: using ${found}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`ensure-chromium: ${error.message}`);
    process.exit(1);
  }
}
