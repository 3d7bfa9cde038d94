/**
 * Licence checks for what the production add-in (webpack.config.js → dist/) bundles. Excel
 * loads that bundle, so every npm package in it must carry a permissive licence; HyperFormula
 * (GPL-3.0) belongs only to the preview workbench build.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";

export const PERMISSIVE_LICENCES: ReadonlySet<string> = new Set([
  "MIT",
  "MIT-0",
  "ISC",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "Apache-2.0",
  "Unlicense",
  "CC0-1.0",
  "Zlib",
  "BlueOak-1.0.0",
  "Python-2.0",
]);

export interface BundledPackage {
  name: string;
  version: string;
  /** SPDX expression from package.json, or null when the package declares none. */
  license: string | null;
}

/** True when an SPDX expression allows use under a permissive licence. */
export function isPermissive(expression: string | null): boolean {
  if (!expression) return false;
  const cleaned = expression.replace(/[()]/g, " ").trim();
  // "A OR B": any permissive choice will do; "A AND B": all must be permissive.
  return cleaned
    .split(/\s+OR\s+/i)
    .some((choice) =>
      choice
        .split(/\s+AND\s+/i)
        .every((id) => PERMISSIVE_LICENCES.has(id.trim().replace(/\+$/, ""))),
    );
}

/** Packages whose licence is not permissive, as "name@version (licence)". */
export function licenceOffenders(packages: readonly BundledPackage[]): string[] {
  return packages
    .filter((pkg) => !isPermissive(pkg.license))
    .map((pkg) => `${pkg.name}@${pkg.version} (${pkg.license ?? "no licence declared"})`);
}

interface PackageJson {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
}

function licenceOf(json: PackageJson): string | null {
  if (typeof json.license === "string") return json.license;
  if (json.license && typeof json.license.type === "string") return json.license.type;
  if (Array.isArray(json.licenses) && json.licenses.length > 0) {
    return (
      json.licenses
        .map((l) => l.type ?? "")
        .filter(Boolean)
        .join(" OR ") || null
    );
  }
  return null;
}

/**
 * The npm package owning each bundled module file: the nearest package.json with a name
 * above the file inside node_modules (nested package.json files without a name, which some
 * packages use to mark ES module folders, are skipped).
 */
export function packagesForModules(modulePaths: readonly string[]): BundledPackage[] {
  const found = new Map<string, BundledPackage>();
  for (const modulePath of modulePaths) {
    const marker = `${path.sep}node_modules${path.sep}`;
    const at = modulePath.lastIndexOf(marker);
    if (at < 0) continue;
    let dir = path.dirname(modulePath);
    while (dir.length > at + marker.length - 1) {
      const manifest = path.join(dir, "package.json");
      if (existsSync(manifest)) {
        const json = JSON.parse(readFileSync(manifest, "utf8")) as PackageJson;
        if (json.name) {
          const key = `${json.name}@${json.version ?? "?"}`;
          if (!found.has(key))
            found.set(key, {
              name: json.name,
              version: json.version ?? "?",
              license: licenceOf(json),
            });
          break;
        }
      }
      dir = path.dirname(dir);
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
