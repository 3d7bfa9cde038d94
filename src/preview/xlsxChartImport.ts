/**
 * Charts in an imported .xlsx, which ExcelJS does not read: the line and column charts the
 * workbench can show are kept (title, series, categories, value axis title and percent format,
 * position); every other chart is named in a note saying why it was not kept, so nothing is
 * dropped without a word.
 */
import JSZip from "jszip";
import { cellAddress, parseRange, rangeAddress } from "../workbook/a1";
import type { ChartSpec } from "../workbook/types";
import type { ChartInfo } from "./snapshot";
import {
  asList,
  drawingParser,
  partText,
  relationships,
  relsPath,
  resolveTarget,
  sheetParts,
} from "./xlsxParts";

type Node = Record<string, unknown>;

const child = (node: unknown, name: string): Node | undefined => {
  if (typeof node !== "object" || node === null) return undefined;
  const value = (node as Node)[name];
  return typeof value === "object" && value !== null
    ? Array.isArray(value)
      ? (value[0] as Node)
      : (value as Node)
    : undefined;
};

/** A parsed scalar (the parser gives numbers and booleans for text that looks like them). */
const scalar = (value: unknown): string | undefined =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;

const attribute = (node: unknown, name: string): string | undefined =>
  typeof node === "object" && node !== null ? scalar((node as Node)[name]) : undefined;

/** An element's text, whether the parser gave a string, a number or an object with attributes. */
function plain(value: unknown): string {
  if (typeof value === "object" && value !== null) return plain((value as Node)["#text"]);
  return scalar(value) ?? "";
}

/** Text of a c:title or c:tx (rich runs, or a cached reference). */
function textOf(node: unknown): string | undefined {
  const tx = child(node, "tx") ?? (node as Node | undefined);
  const rich = child(tx, "rich");
  if (rich) {
    const runs = asList(rich.p as Node | Node[] | undefined).flatMap((p) =>
      asList(p.r as Node | Node[] | undefined),
    );
    const text = runs.map((r) => plain(r.t)).join("");
    return text === "" ? undefined : text;
  }
  const cached = child(child(child(tx, "strRef"), "strCache"), "pt");
  if (cached?.v !== undefined) return plain(cached.v);
  return tx?.v !== undefined ? plain(tx.v) : undefined;
}

/** `'My sheet'!$A$2:$A$25` split into its sheet and plain address. */
function splitReference(formula: string): { sheet: string | null; address: string } | null {
  const match =
    /^(?:(?:'((?:[^']|'')+)'|([^!'][^!]*))!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i.exec(
      formula.trim(),
    );
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
  const range = parseRange(match[3].replace(/\$/g, ""));
  return range ? { sheet, address: rangeAddress(range) } : null;
}

const KIND_NAMES: Record<string, string> = {
  areaChart: "an area",
  area3DChart: "a 3-D area",
  bar3DChart: "a 3-D bar",
  bubbleChart: "a bubble",
  doughnutChart: "a doughnut",
  line3DChart: "a 3-D line",
  ofPieChart: "a pie-of-pie",
  pie3DChart: "a 3-D pie",
  pieChart: "a pie",
  radarChart: "a radar",
  scatterChart: "a scatter",
  stockChart: "a stock",
  surfaceChart: "a surface",
  surface3DChart: "a 3-D surface",
};

/** A chart group's series and their shared categories, or why they cannot be kept. */
function readSeries(
  body: Node | undefined,
  sheet: string,
): { series: ChartSpec["series"]; categoriesAddress: string | null } | string {
  let categoriesAddress: string | null = null;
  const series: ChartSpec["series"] = [];
  for (const ser of asList(body?.ser as Node | Node[] | undefined)) {
    const values = splitReference(plain(child(child(ser, "val"), "numRef")?.f));
    const cat = child(ser, "cat");
    const categories = splitReference(plain((child(cat, "strRef") ?? child(cat, "numRef"))?.f));
    if (!values) return "a series takes its values from something other than a range";
    for (const ref of [values, categories]) {
      if (ref && ref.sheet !== null && ref.sheet !== sheet) return "its data is on another sheet";
    }
    if (categories) categoriesAddress ??= categories.address;
    series.push({
      name: textOf(ser) ?? `Series ${series.length + 1}`,
      valuesAddress: values.address,
    });
  }
  return { series, categoriesAddress };
}

/**
 * A band as the exporter and the Excel host write it: two area series behind the chart's own,
 * the upper edge first (its name the band's), then the lower edge.
 */
function readBand(plot: Node, types: string[], sheet: string): ChartSpec["band"] | string | null {
  if (!types.includes("areaChart")) return null;
  if (types.length !== 2) return "it is an area chart; the workbench shows line and column charts";
  const area = readSeries(child(plot, "areaChart"), sheet);
  if (typeof area === "string") return area;
  if (area.series.length !== 2) return "it combines an area chart with another kind";
  const [high, low] = area.series;
  return { name: high.name, lowAddress: low.valuesAddress, highAddress: high.valuesAddress };
}

/** The chart part as a ChartSpec on `sheet`, or why the workbench cannot show it. */
function readChart(xml: string, sheet: string, anchor: string): ChartSpec | string {
  const space = drawingParser.parse(xml) as Node;
  const chart = child(child(space, "chartSpace"), "chart");
  const plot = child(chart, "plotArea");
  if (!plot) return "it has no plot area";
  const types = Object.keys(plot).filter((key) => key.endsWith("Chart"));
  const band = readBand(plot, types, sheet);
  if (typeof band === "string") return band;
  const own = types.filter((type) => type !== "areaChart");
  if (own.length !== 1) return "it combines several kinds of chart";
  const type = own[0];
  const body = child(plot, type);
  const barDirection = attribute(child(body, "barDir"), "val");
  let kind: ChartSpec["kind"];
  if (type === "lineChart") kind = "line";
  else if (type === "barChart" && barDirection !== "bar") kind = "column";
  else {
    const name = type === "barChart" ? "a horizontal bar" : (KIND_NAMES[type] ?? `a ${type}`);
    return `it is ${name} chart; the workbench shows line and column charts`;
  }
  const read = readSeries(body, sheet);
  if (typeof read === "string") return read;
  const { series, categoriesAddress } = read;
  if (series.length === 0) return "it has no series";
  if (!categoriesAddress) return "its categories (the x axis) are not a range";
  const valueAxis = child(plot, "valAx");
  const format = attribute(child(valueAxis, "numFmt"), "formatCode") ?? "";
  const yAxisTitle = valueAxis ? textOf(child(valueAxis, "title")) : undefined;
  return {
    kind,
    title: textOf(child(chart, "title")) ?? "Chart",
    categoriesAddress,
    series,
    anchor,
    ...(yAxisTitle ? { yAxisTitle } : {}),
    ...(format.includes("%") ? { percentAxis: true } : {}),
    ...(band ? { band } : {}),
  };
}

/** The charts of the package the workbench can show, and a note for each it cannot. */
export async function readCharts(
  data: ArrayBuffer,
): Promise<{ charts: ChartInfo[]; notes: string[] }> {
  const zip = await JSZip.loadAsync(data);
  const charts: ChartInfo[] = [];
  const notes: string[] = [];
  for (const [sheet, { path, chartSheet }] of await sheetParts(zip)) {
    if (chartSheet) {
      notes.push(
        `The chart sheet "${sheet}" was not kept: the workbench shows charts on worksheets only.`,
      );
      continue;
    }
    const sheetRels = relationships(await partText(zip, relsPath(path)));
    for (const drawingRel of sheetRels.filter((r) => r.Type.endsWith("/drawing"))) {
      const drawingPath = resolveTarget(path, drawingRel.Target);
      const drawing = drawingParser.parse((await partText(zip, drawingPath)) ?? "") as Node;
      const drawingRels = relationships(await partText(zip, relsPath(drawingPath)));
      const root = child(drawing, "wsDr") ?? {};
      const anchors = [
        ...asList(root.twoCellAnchor as Node | Node[] | undefined),
        ...asList(root.oneCellAnchor as Node | Node[] | undefined),
      ];
      for (const placed of anchors) {
        const from = child(placed, "from");
        const reference = child(
          child(child(child(placed, "graphicFrame"), "graphic"), "graphicData"),
          "chart",
        );
        const id = attribute(reference, "id");
        if (!id) continue; // a picture or shape: not a chart
        const rel = drawingRels.find((r) => r.Id === id);
        const xml = rel ? await partText(zip, resolveTarget(drawingPath, rel.Target)) : null;
        const anchor = cellAddress({
          row: Number(from?.row ?? 0),
          col: Number(from?.col ?? 0),
        });
        const spec = xml ? readChart(xml, sheet, anchor) : "its chart part is missing";
        if (typeof spec === "string") {
          notes.push(`A chart on "${sheet}" at ${anchor} was not kept: ${spec}.`);
        } else {
          charts.push({ id: charts.length + 1, sheet, spec });
        }
      }
    }
  }
  return { charts, notes };
}
