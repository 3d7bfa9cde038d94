// Offline checks of a built add-in (dist/): what Office would refuse, or what would break for
// users, found without Microsoft's web service (which `office-addin-manifest validate` needs).
// `npm run validate` runs it on dist/; test/build/validateManifest.test.ts checks that each
// rule catches what it should. Returns a list of problems; an empty list means it passes.
const fs = require("fs");
const path = require("path");
const { JSDOM } = require("jsdom");

/** The add-in's identity: Office tracks installs and updates by this Id, so it never changes. */
const ADDIN_ID = "54786a7d-4c2c-4284-abfe-e9f1cda958de";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Width and height of a PNG, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  if (bytes.length < 24 || bytes.subarray(1, 4).toString("ascii") !== "PNG") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Problems with the add-in built into `dist` (a folder holding manifest.xml and the rest). */
function validateBuild(dist, { functionIds } = {}) {
  const problems = [];
  const manifestPath = path.join(dist, "manifest.xml");
  if (!fs.existsSync(manifestPath)) {
    return [`${manifestPath} does not exist: run npm run build first.`];
  }
  const xml = fs.readFileSync(manifestPath, "utf8");
  const { window } = new JSDOM("");
  const doc = new window.DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) {
    return [
      `manifest.xml is not well-formed XML: ${doc.getElementsByTagName("parsererror")[0].textContent.trim()}`,
    ];
  }
  const all = [...doc.getElementsByTagName("*")];
  const byName = (name) => all.filter((e) => e.localName === name);
  const text = (name) => byName(name)[0]?.textContent.trim();
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp" || root.getAttribute("xsi:type") !== "TaskPaneApp") {
    problems.push('The root element must be <OfficeApp xsi:type="TaskPaneApp">.');
  }

  // Identity and version.
  const id = text("Id");
  if (!id || !GUID.test(id)) problems.push(`<Id> must be a GUID (got "${id ?? ""}").`);
  else if (id.toLowerCase() !== ADDIN_ID) {
    problems.push(
      `<Id> changed to ${id}: Office would treat it as another add-in (it must stay ${ADDIN_ID}).`,
    );
  }
  const version = text("Version");
  if (!version || !/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) {
    problems.push(
      `<Version> must have four numeric parts such as 1.2.0.0 (got "${version ?? ""}").`,
    );
  }
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ]) {
    const value = byName(name)[0]?.getAttribute("DefaultValue") ?? "";
    if (value === "") problems.push(`<${name}> must have a DefaultValue.`);
    if (value.length > max) problems.push(`<${name}> is longer than ${max} characters.`);
  }
  const sets = byName("Set").map(
    (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`,
  );
  for (const needed of ["SharedRuntime", "ExcelApi"]) {
    if (!sets.some((s) => s.startsWith(`${needed} `))) {
      problems.push(`<Requirements> must declare the ${needed} requirement set.`);
    }
  }

  // Resources: every resid defined once, every definition used, strings within Office's limits.
  const resources = new Map();
  for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    const container = byName(group)[0];
    if (!container) continue;
    for (const element of [...container.children]) {
      const resourceId = element.getAttribute("id");
      if (resources.has(resourceId)) problems.push(`Resource id "${resourceId}" is defined twice.`);
      resources.set(resourceId, { group, value: element.getAttribute("DefaultValue") ?? "" });
      if (resourceId.length > 32)
        problems.push(`Resource id "${resourceId}" is longer than 32 characters.`);
    }
  }
  const used = all.map((e) => e.getAttribute("resid")).filter((r) => r !== null);
  for (const resid of new Set(used)) {
    if (!resources.has(resid))
      problems.push(`resid "${resid}" is used but not defined in <Resources>.`);
  }
  for (const [resid] of resources) {
    if (!used.includes(resid)) problems.push(`Resource "${resid}" is defined but never used.`);
  }
  for (const [resid, { group, value }] of resources) {
    if (group === "ShortStrings" && value.length > 125)
      problems.push(`"${resid}" is over 125 characters.`);
    if (group === "LongStrings" && value.length > 250)
      problems.push(`"${resid}" is over 250 characters.`);
  }
  const controlIds = all
    .filter((e) => ["Group", "Control", "OfficeTab"].includes(e.localName))
    .map((e) => e.getAttribute("id"));
  if (new Set(controlIds).size !== controlIds.length) problems.push("Ribbon ids must be unique.");

  // URLs: HTTPS, and those under the add-in's address served by a file in dist/.
  const taskpane = resources.get("Taskpane.Url")?.value;
  const base = taskpane ? new URL(".", taskpane).href : undefined;
  const urls = [
    ...all
      .filter(
        (e) =>
          e.hasAttribute("DefaultValue") && /^[a-z]+:\/\//i.test(e.getAttribute("DefaultValue")),
      )
      .map((e) => e.getAttribute("DefaultValue")),
    ...byName("AppDomain").map((e) => e.textContent.trim()),
  ];
  for (const url of urls) {
    if (!url.startsWith("https://"))
      problems.push(`${url} must use https: Office loads add-ins over HTTPS only.`);
  }
  const fileFor = (url) => {
    if (!base || !url.startsWith(base)) return null;
    return path.join(
      dist,
      decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length)),
    );
  };
  for (const url of urls) {
    const file = fileFor(url);
    if (file !== null && !fs.existsSync(file))
      problems.push(`${url} is not in the build (${path.relative(dist, file)} is missing).`);
  }
  const origins = byName("AppDomain").map((e) => e.textContent.trim());
  if (base && !origins.includes(new URL(base).origin)) {
    problems.push(
      `<AppDomains> must list ${new URL(base).origin}, where the add-in is served from.`,
    );
  }

  // Icons: PNGs of the size their use says.
  const wantSize = [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ];
  const checkIcon = (url, size, where) => {
    const file = fileFor(url);
    if (file === null || !fs.existsSync(file)) return;
    const actual = pngSize(fs.readFileSync(file));
    if (!actual) problems.push(`${where}: ${url} is not a PNG.`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`${where}: ${url} is ${actual.width}×${actual.height}, not ${size}×${size}.`);
    }
  };
  for (const [name, size] of wantSize) {
    const url = byName(name)[0]?.getAttribute("DefaultValue");
    if (url) checkIcon(url, size, `<${name}>`);
  }
  for (const image of byName("Image").filter((e) => e.hasAttribute("size"))) {
    const resource = resources.get(image.getAttribute("resid"));
    if (resource)
      checkIcon(
        resource.value,
        Number(image.getAttribute("size")),
        `icon ${image.getAttribute("resid")}`,
      );
  }

  // The shared runtime: one page for the runtime, the functions and the ribbon's pane.
  const runtime = byName("Runtime")[0];
  if (!runtime || runtime.getAttribute("lifetime") !== "long")
    problems.push('<Runtime lifetime="long"> is missing.');
  const runtimeResid = runtime?.getAttribute("resid");
  for (const action of byName("Action").filter(
    (a) => a.getAttribute("xsi:type") === "ShowTaskpane",
  )) {
    if ([...action.children].some((c) => c.localName === "TaskpaneId")) {
      problems.push(
        "The ShowTaskpane action must not have a TaskpaneId (shared runtime: one pane).",
      );
    }
    const source = [...action.children].find((c) => c.localName === "SourceLocation");
    if (source?.getAttribute("resid") !== runtimeResid)
      problems.push("The ShowTaskpane action must open the shared runtime's page.");
  }
  for (const name of ["FunctionFile", "Page"]) {
    const element = byName(name)[0];
    const resid =
      name === "Page"
        ? element?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid")
        : element?.getAttribute("resid");
    if (element && resid !== runtimeResid)
      problems.push(`<${name}> must use the shared runtime's page (${runtimeResid}).`);
  }

  // functions.json: the settings Excel reads, help pages that exist, ids that never change.
  const metadataUrl = resources.get("Functions.Metadata.Url")?.value;
  const metadataFile = metadataUrl && fileFor(metadataUrl);
  if (metadataFile && fs.existsSync(metadataFile)) {
    const metadata = JSON.parse(fs.readFileSync(metadataFile, "utf8"));
    if (metadata.allowErrorForDataTypeAny !== true)
      problems.push("functions.json must set allowErrorForDataTypeAny: true.");
    if (typeof metadata.allowCustomDataForDataTypeAny !== "boolean") {
      problems.push("functions.json must set allowCustomDataForDataTypeAny deliberately.");
    }
    const ids = metadata.functions.map((f) => f.id);
    if (functionIds && ids.slice(0, functionIds.length).join() !== functionIds.join()) {
      problems.push(
        "functions.json ids differ from the released list (test/fixtures/functions-ids.json); released ids never change.",
      );
    }
    for (const fn of metadata.functions) {
      if (!fn.helpUrl) continue;
      if (!fn.helpUrl.startsWith("https://"))
        problems.push(`${fn.id}: helpUrl ${fn.helpUrl} must use https.`);
      const [page, anchor] = fn.helpUrl.split("#");
      const file = fileFor(page);
      if (base && file === null)
        problems.push(`${fn.id}: helpUrl ${fn.helpUrl} is not under ${base}.`);
      else if (file && !fs.existsSync(file))
        problems.push(`${fn.id}: ${page} is not in the build.`);
      else if (
        file &&
        fs.existsSync(file) &&
        anchor &&
        !new RegExp(`\\sid=["']?${anchor}["'\\s>]`).test(fs.readFileSync(file, "utf8"))
      ) {
        problems.push(`${fn.id}: ${page} has no #${anchor}.`);
      }
    }
  }
  return problems;
}

module.exports = { ADDIN_ID, validateBuild };
