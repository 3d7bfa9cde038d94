/**
 * @jest-environment jsdom
 */
// Checks manifest.xml without Office: well-formed XML, the WORKFORCE namespace, a shared
// runtime, a Home-tab button opening the task pane, every resid defined, ids unique, and every
// URL served by the build (webpack.config.js) or present in the repository.
import fs from "fs";
import path from "path";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (tag: string) =>
  Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === tag);
const resource = (id: string) =>
  Array.from(doc.getElementsByTagName("*")).find(
    (e) => e.getAttribute("id") === id && e.hasAttribute("DefaultValue"),
  );

// What `npm run build` serves, read from webpack.config.js itself (CommonJS, loaded as jest does).
type WebpackConfigFactory = (
  env: unknown,
  argv: { mode: string },
) => {
  entry: Record<string, string>;
  plugins: {
    options?: { output?: string };
    userOptions?: { filename?: string };
    patterns?: { from: string; to: string }[];
  }[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeWebpackConfig = require(path.join(root, "webpack.config.js")) as WebpackConfigFactory;
const webpackConfig = makeWebpackConfig(undefined, { mode: "production" });
const builtFiles = new Set<string>([
  ...Object.keys(webpackConfig.entry).map((name) => `${name}.js`),
  ...webpackConfig.plugins.flatMap((p) =>
    [p.options?.output, p.userOptions?.filename].filter((f): f is string => typeof f === "string"),
  ),
]);
const copied = webpackConfig.plugins.flatMap((p) => p.patterns ?? []);

/** Where a manifest URL's file comes from: a build output, or a copied file that exists in the repo. */
function servedBy(url: string): string | undefined {
  const file = url.replace("https://localhost:3000/", "");
  if (builtFiles.has(file)) return `built ${file}`;
  for (const pattern of copied) {
    if (file === pattern.to || file.startsWith(`${pattern.to}/`)) {
      const source = path.join(root, pattern.from, file.slice(pattern.to.length));
      if (fs.existsSync(source)) return `copied ${path.relative(root, source)}`;
    }
  }
  return undefined;
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
  });

  it("declares the WORKFORCE custom functions namespace with script, metadata and page", () => {
    const point = all("ExtensionPoint").find(
      (e) => e.getAttribute("xsi:type") === "CustomFunctions",
    );
    expect(point).toBeDefined();
    const namespaceId = point!.getElementsByTagName("Namespace")[0].getAttribute("resid")!;
    expect(resource(namespaceId)?.getAttribute("DefaultValue")).toBe("WORKFORCE");
    const url = (tag: string) =>
      resource(
        point!
          .getElementsByTagName(tag)[0]
          .getElementsByTagName("SourceLocation")[0]
          .getAttribute("resid")!,
      )?.getAttribute("DefaultValue");
    expect(url("Script")).toBe("https://localhost:3000/functions.js");
    expect(url("Metadata")).toBe("https://localhost:3000/functions.json");
    expect(url("Page")).toBe("https://localhost:3000/taskpane.html");
  });

  it("uses a long-lived shared runtime that is the task pane page", () => {
    const runtime = all("Runtime")[0];
    expect(runtime.getAttribute("lifetime")).toBe("long");
    expect(resource(runtime.getAttribute("resid")!)?.getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/taskpane.html",
    );
    expect(all("Set").map((s) => s.getAttribute("Name"))).toContain("SharedRuntime");
  });

  it("has a Home tab button that shows the task pane", () => {
    const tab = all("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    expect(action).toBeDefined();
    expect(tab.contains(action!)).toBe(true);
  });

  it("defines every resid it uses, and ids are unique", () => {
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(resource(id)).toBeDefined();
    const ids = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("id"))
      .filter((r): r is string => r !== null);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every URL is served by the build or copied from a file that exists", () => {
    const urls = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((v): v is string => typeof v === "string" && v.startsWith("https://"));
    expect(urls.length).toBeGreaterThanOrEqual(8);
    const unserved = urls.filter((url) => servedBy(url) === undefined);
    expect(unserved).toEqual([]);
  });

  it("icons are real PNGs of the size their id says", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(root, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});
