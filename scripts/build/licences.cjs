// The licence notices shipped beside each build (licences.txt): every npm package bundled, with
// its licence and the licence text it ships. The plugin lists the packages of the modules
// webpack actually bundled, including the modules folded into others by scope hoisting and
// those in lazily loaded chunks, so a new dependency is listed without anyone remembering to.
// A package that ships no licence file gets the standard text of its declared licence from
// ./licence-templates. test/build/productionBuild.test.ts checks every bundled package is
// listed with a text, against the packages in webpack's own stats.
const fs = require("fs");
const path = require("path");
const { sources } = require("webpack");

const COPYLEFT = /\b(A?GPL|LGPL|MPL|EPL|CDDL|EUPL|SSPL)/i;
const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.|-|$)/i;
const TEMPLATES = path.join(__dirname, "licence-templates");

function licenceOf(json) {
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
 * The npm package owning a module file: the nearest package.json with a name above it inside
 * node_modules (nameless package.json files mark ES module folders and are skipped).
 */
function owningPackage(file) {
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return null;
  for (let dir = path.dirname(file); dir.length > at + marker.length - 1; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (!fs.existsSync(manifest)) continue;
    const json = JSON.parse(fs.readFileSync(manifest, "utf8"));
    if (json.name) return { dir, json };
  }
  return null;
}

/** Every package of `files`, by name@version, sorted by name. */
function packagesOf(files) {
  const found = new Map();
  for (const file of files) {
    const owner = owningPackage(file);
    if (!owner) continue;
    const key = `${owner.json.name}@${owner.json.version ?? "?"}`;
    if (!found.has(key))
      found.set(key, {
        ...owner,
        name: owner.json.name,
        version: owner.json.version ?? "?",
        license: licenceOf(owner.json),
      });
  }
  return [...found.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}

function licenceText(pkg) {
  const files = fs
    .readdirSync(pkg.dir)
    .filter((name) => LICENCE_FILE.test(name))
    .sort();
  if (files.length > 0)
    return files
      .map((name) => fs.readFileSync(path.join(pkg.dir, name), "utf8").trim())
      .join("\n\n");
  const template = pkg.license && path.join(TEMPLATES, `${pkg.license}.txt`);
  if (template && fs.existsSync(template)) return fs.readFileSync(template, "utf8").trim();
  return `${pkg.name} declares the licence ${pkg.license ?? "(none)"} but ships no licence text; see its source repository.`;
}

function render(packages) {
  const sections = packages.map((pkg) => {
    const repository = pkg.json.repository;
    const source =
      typeof repository === "string" ? repository : (repository?.url ?? pkg.json.homepage ?? "");
    return [
      `${pkg.name}@${pkg.version}`,
      `Licence: ${pkg.license ?? "not declared"}`,
      ...(source ? [`Source: ${source}`] : []),
      "",
      licenceText(pkg),
    ].join("\n");
  });
  return [
    "Third-party software bundled in this build, with the licence each is used under.",
    `${packages.length} packages.`,
    "",
    sections.join(`\n\n${"-".repeat(78)}\n\n`),
    "",
  ].join("\n");
}

/** Module files bundled, with the modules scope hoisting folded into others. */
function bundledFiles(compilation) {
  const files = new Set();
  const visit = (module) => {
    const file =
      module.resource ??
      (typeof module.nameForCondition === "function" ? module.nameForCondition() : null);
    if (typeof file === "string") files.add(file.split("?")[0]);
    if (Array.isArray(module.modules)) module.modules.forEach(visit);
    else if (module.modules instanceof Set) module.modules.forEach(visit);
  };
  for (const chunk of compilation.chunks) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(module);
  }
  return [...files];
}

/** The plugin; `allowCopyleft` only for the local workbench, which bundles HyperFormula (GPL-3.0). */
class LicenceNoticesPlugin {
  constructor({ allowCopyleft = false, output = "licences.txt" } = {}) {
    this.allowCopyleft = allowCopyleft;
    this.output = output;
  }

  apply(compiler) {
    const name = "LicenceNoticesPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const packages = packagesOf(bundledFiles(compilation));
          if (!this.allowCopyleft) {
            for (const pkg of packages.filter((p) => COPYLEFT.test(p.license ?? ""))) {
              compilation.errors.push(
                new compiler.webpack.WebpackError(
                  `${pkg.name}@${pkg.version} is licensed ${pkg.license}, which the add-in Excel loads must not bundle.`,
                ),
              );
            }
          }
          compilation.emitAsset(this.output, new sources.RawSource(render(packages)));
        },
      );
    });
  }
}

const licencePlugin = (options) => new LicenceNoticesPlugin(options);

module.exports = { licencePlugin, LicenceNoticesPlugin, packagesOf };
