// Finds LibreOffice's `soffice` for the export check (the tests convert an exported .xlsx with a
// spreadsheet program nobody here wrote); on Debian or Ubuntu with none installed it installs
// `libreoffice-calc-nogui` with apt-get (as root, or through passwordless sudo).
// `ensureLibreOffice()` returns { soffice } or { unavailable: reason }; only a machine that
// truly cannot install it (not Linux with apt-get, no root and no sudo, the install failing)
// gets a reason, which the test command passes on so the check is skipped saying why.
// Run directly, it prints the path or the reason (exit 1).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = "libreoffice-calc-nogui";

export function sofficeCandidates() {
  return [
    process.env.SOFFICE_PATH,
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  ].filter(Boolean);
}

/** soffice's path, or null. A SOFFICE_PATH that does not exist is not looked past. */
export function findSoffice() {
  if (process.env.SOFFICE_PATH) {
    return existsSync(process.env.SOFFICE_PATH) ? process.env.SOFFICE_PATH : null;
  }
  return sofficeCandidates().find((candidate) => existsSync(candidate)) ?? null;
}

/** How to run apt-get here (directly as root, or through sudo -n), or why it cannot run. */
function aptCommand() {
  if (process.platform !== "linux") return { why: `this is ${process.platform}, not Linux` };
  if (!existsSync("/usr/bin/apt-get")) return { why: "this Linux has no apt-get" };
  if (typeof process.getuid === "function" && process.getuid() === 0) return { prefix: [] };
  const sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore" });
  if (sudo.status === 0) return { prefix: ["sudo", "-n"] };
  return { why: "the tests do not run as root and sudo needs a password" };
}

function apt(prefix, args) {
  const [command, ...rest] = [...prefix, "apt-get", ...args];
  console.log(`ensure-libreoffice: running ${[command, ...rest].join(" ")}`);
  // stdout to our stderr: a caller may read this script's stdout for the path alone.
  const result = spawnSync(command, rest, {
    stdio: ["ignore", process.stderr, "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

/** Installs the package with apt-get: null when it did, otherwise why not. */
export function installLibreOffice() {
  const how = aptCommand();
  if (how.why) return `LibreOffice is not installed and ${how.why}`;
  console.log(`ensure-libreoffice: installing Debian's ${PACKAGE}.`);
  const installed =
    apt(how.prefix, ["update"]) &&
    apt(how.prefix, ["install", "-y", "--no-install-recommends", PACKAGE]);
  return installed ? null : `apt-get could not install ${PACKAGE}`;
}

export function ensureLibreOffice() {
  const found = findSoffice();
  if (found) return { soffice: found };
  if (process.env.SOFFICE_PATH) {
    return {
      unavailable: `SOFFICE_PATH is set to ${process.env.SOFFICE_PATH}, which does not exist`,
    };
  }
  const failed = installLibreOffice();
  if (failed) return { unavailable: failed };
  const after = findSoffice();
  if (after) return { soffice: after };
  return { unavailable: `apt-get installed ${PACKAGE} but no soffice was found afterwards` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = ensureLibreOffice();
  if (result.soffice) {
    console.log(result.soffice);
  } else {
    console.error(
      `ensure-libreoffice: ${result.unavailable}. Install LibreOffice (Debian/Ubuntu: ` +
        `\`sudo apt-get install ${PACKAGE}\`) or set SOFFICE_PATH to its soffice.`,
    );
    process.exit(1);
  }
}
