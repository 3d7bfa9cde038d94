/**
 * manifest.xml declares the ExcelApi requirement set the Excel host truly needs: the newest
 * "[Api set: ExcelApi x.y]" among the Excel API members src/office/ uses, read from the API
 * reference in @types/office-js. A member added to the host without updating USED fails the
 * "every member is in the list" check only by review, so the list names each one.
 */
import fs from "fs";
import path from "path";

const root = path.resolve(__dirname, "../..");
const typings = fs.readFileSync(
  path.join(root, "node_modules/@types/office-js/index.d.ts"),
  "utf8",
);
const host = ["excelWorkbook.ts"]
  .map((f) => fs.readFileSync(path.join(root, "src/office", f), "utf8"))
  .join("\n");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

/** Excel API class → members the host calls or reads. */
const USED: Record<string, string[]> = {
  Workbook: ["tables", "worksheets", "settings", "getActiveCell"],
  Range: [
    "getSurroundingRegion",
    "getUsedRangeOrNullObject",
    "values",
    "formulas",
    "numberFormat",
    "address",
    "select",
    "format",
    "worksheet",
  ],
  RangeFormat: ["autofitColumns"],
  Worksheet: ["getRange", "activate", "delete", "tables", "charts", "name"],
  WorksheetCollection: ["add", "getItem", "onChanged"],
  TableCollection: ["add"],
  Table: ["name", "showHeaders", "getHeaderRowRange", "getDataBodyRange", "worksheet"],
  ChartCollection: ["add"],
  Chart: ["title", "series", "axes", "legend", "setPosition"],
  ChartSeriesCollection: ["getItemAt", "add"],
  ChartSeries: ["name", "setValues", "setXAxisValues", "chartType", "format"],
  ChartSeriesFormat: ["fill", "line"],
  ChartFill: ["setSolidColor"],
  ChartLineFormat: ["lineStyle"],
  ChartLegendEntryCollection: ["getItemAt"],
  ChartLegendEntry: ["visible"],
  ChartAxes: ["valueAxis"],
  ChartAxis: ["title", "numberFormat"],
  ChartAxisTitle: ["text"],
  ChartTitle: ["text"],
  ChartLegend: ["position", "legendEntries"],
  SettingCollection: ["getItemOrNullObject", "add"],
  Setting: ["value"],
};

/** The ExcelApi version in the JSDoc of `member` of Excel class `name`. */
function apiSet(name: string, member: string): string {
  const start = typings.indexOf(`\n    class ${name} extends OfficeExtension.ClientObject`);
  if (start < 0) throw new Error(`no class Excel.${name}`);
  const end = typings.indexOf("\n    }\n", start);
  const body = typings.slice(start, end);
  const at = new RegExp(`\\n {8}(?:readonly )?${member}[(:<?]`).exec(body);
  if (!at) throw new Error(`no member Excel.${name}.${member}`);
  const doc = body.slice(body.lastIndexOf("/**", at.index), at.index);
  const version = /\[Api set: ExcelApi (\d+\.\d+)/.exec(doc);
  if (!version) throw new Error(`no ExcelApi set for Excel.${name}.${member}`);
  return version[1];
}

const newer = (a: string, b: string) => {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am !== bm ? am > bm : an > bn;
};

describe("ExcelApi requirement set", () => {
  const versions = Object.entries(USED).flatMap(([name, members]) =>
    members.map((member) => ({ member: `${name}.${member}`, version: apiSet(name, member) })),
  );

  it("every listed member is used by the host", () => {
    const unused = Object.values(USED)
      .flat()
      .filter((member) => !new RegExp(`[.]${member}\\b`).test(host));
    expect(unused).toEqual([]);
  });

  it("the manifest declares the newest set among them", () => {
    const newest = versions.reduce((a, b) => (newer(b.version, a.version) ? b : a));
    expect(newest).toEqual({ member: "WorksheetCollection.onChanged", version: "1.9" });
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
    expect(declared).toBe(newest.version);
  });
});
