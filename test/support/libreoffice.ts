/**
 * LibreOffice in the tests: converts a workbook headless, as a program nobody here wrote reads
 * it. `npm test` installs it first (scripts/ensure-libreoffice.mjs) and sets SOFFICE_PATH, or
 * LIBREOFFICE_UNAVAILABLE with the reason it cannot be installed on this machine.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";

const SCRIPT = path.resolve(__dirname, "../../scripts/ensure-libreoffice.mjs");

export type LibreOffice = { soffice: string } | { unavailable: string };

/** soffice's path, or why the export check cannot run here. */
export function libreOffice(): LibreOffice {
  if (process.env.LIBREOFFICE_UNAVAILABLE)
    return { unavailable: process.env.LIBREOFFICE_UNAVAILABLE };
  // The script's own search, so the tests and the installer look in the same places.
  const found = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { findSoffice } from ${JSON.stringify(pathToFileURL(SCRIPT).href)}; console.log(findSoffice() ?? "");`,
    ],
    { encoding: "utf8" },
  ).stdout.trim();
  if (found) return { soffice: found };
  throw new Error(
    "LibreOffice is not installed. `npm test` installs it (apt-get install libreoffice-calc-nogui); " +
      "or install it yourself, or set SOFFICE_PATH to its soffice.",
  );
}

/**
 * Converts `file` with LibreOffice to `filter` (e.g. "xlsx", or a CSV filter string) and returns
 * the files it wrote, by name. Each conversion has a profile of its own (removed after), so
 * conversions in parallel test workers do not wait on one another's lock.
 */
export function convert(soffice: string, file: string, filter: string): Map<string, Buffer> {
  const work = mkdtempSync(path.join(os.tmpdir(), "workforce-soffice-"));
  const out = path.join(work, "out");
  try {
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        filter,
        "--outdir",
        out,
        file,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    const written = result.status === 0 && existsSync(out) ? readdirSync(out) : [];
    if (written.length === 0) {
      throw new Error(
        `LibreOffice could not convert ${path.basename(file)} to ${filter} ` +
          `(exit ${result.status ?? result.signal}): ${result.stderr || result.stdout}`,
      );
    }
    return new Map(written.map((name) => [name, readFileSync(path.join(out, name))]));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** LibreOffice's CSV filter: comma-separated, UTF-8, every sheet to a file of its own. */
export const CSV_EVERY_SHEET =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
