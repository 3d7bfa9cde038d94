// dist/manifest.xml: the source manifest.xml with every URL rebased from the dev server onto
// the add-in's public address (ADDIN_URL) and <Version> taken from package.json, so that a
// release is one version number. See docs/deploy.md.
const fs = require("fs");
const path = require("path");
const { sources } = require("webpack");
const { DEV_BASE_URL } = require("./addinUrl.cjs");

const escapeXml = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Office wants four numeric parts (n.n.n.n); npm versions have three and maybe a suffix. */
function manifestVersion(packageVersion) {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion);
  if (!match) throw new Error(`package.json version "${packageVersion}" is not n.n.n.`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/** The manifest for `baseUrl` (ending in "/") and the package `version`. */
function buildManifest(xml, { baseUrl = DEV_BASE_URL, version } = {}) {
  const devOrigin = new URL(DEV_BASE_URL).origin;
  const origin = new URL(baseUrl).origin;
  // Comments are notes for developers; the shipped file carries none.
  let out = xml.replace(/<!--[\s\S]*?-->\s*/g, "");
  out = out.split(DEV_BASE_URL).join(escapeXml(baseUrl));
  // AppDomain holds an origin, without the trailing slash.
  out = out.split(`<AppDomain>${devOrigin}</AppDomain>`).join(`<AppDomain>${origin}</AppDomain>`);
  if (version !== undefined) {
    out = out.replace(
      /<Version>[^<]*<\/Version>/,
      `<Version>${manifestVersion(version)}</Version>`,
    );
  }
  return out;
}

/** Emits manifest.xml from `source` (a path) into the build output. */
class ManifestPlugin {
  constructor({ source, baseUrl = DEV_BASE_URL, version }) {
    this.source = source;
    this.baseUrl = baseUrl;
    this.version = version;
  }

  apply(compiler) {
    const name = "ManifestPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(path.resolve(this.source));
      compilation.hooks.processAssets.tap(
        { name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const xml = fs.readFileSync(this.source, "utf8");
          const built = buildManifest(xml, { baseUrl: this.baseUrl, version: this.version });
          compilation.emitAsset("manifest.xml", new sources.RawSource(built));
        },
      );
    });
  }
}

module.exports = { buildManifest, manifestVersion, ManifestPlugin };
