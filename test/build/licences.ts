/**
 * Licence checks for what the production add-in (webpack.config.js → dist/) bundles. Excel
 * loads that bundle, so every npm package in it must carry a permissive licence; HyperFormula
 * (GPL-3.0) belongs only to the preview workbench build.
 */
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helper
const { packagesOf } = require(path.resolve(__dirname, "../../scripts/build/licences.cjs")) as {
  packagesOf: (files: readonly string[]) => BundledPackage[];
};

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

/**
 * The npm package owning each bundled module file, found the way the build's licence notices
 * find them (scripts/build/licences.cjs), so what the notices list and what is checked here
 * cannot disagree on what a package is.
 */
export function packagesForModules(modulePaths: readonly string[]): BundledPackage[] {
  return packagesOf(modulePaths).map(({ name, version, license }) => ({ name, version, license }));
}
