/**
 * A workbench chart (line or column, with the series, category and value axes the pane asked
 * for) as the DrawingML parts an .xlsx carries: the chart itself (xl/charts/chartN.xml) and the
 * drawing that places it on its sheet. Each series refers to its sheet range and caches the
 * values, so Excel and LibreOffice show it before recalculating (ECMA-376 Part 1, §21.2).
 */
import { columnLetters, parseCell, parseRange, quoteSheet, type RangeRef } from "../workbook/a1";
import type { ChartSpec } from "../workbook/types";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const RELATIONSHIP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The size a chart takes on its sheet, as the workbench draws it (480 × 280 px). */
export const CHART_COLUMNS = 5;
export const CHART_ROWS = 14;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** The values a chart's ranges hold now, for the caches in the chart part. */
export interface ChartValues {
  categories: (string | number | null)[];
  series: (number | null)[][];
  band: { low: (number | null)[]; high: (number | null)[] } | null;
}

/** The band's shading, as the Excel host and the workbench draw it. */
const BAND_FILL = "D4ECDC";
const PLOT_FILL = "FFFFFF";
/** A band's lower edge is named after the band with this, as the Excel host names it. */
const LOWER_EDGE_SUFFIX = ", lower edge";

/** `Sheet!$A$2:$A$25`, the absolute reference a chart series uses. */
export function absoluteReference(sheet: string, range: RangeRef): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = cell(range.start.row, range.start.col);
  const end = cell(range.end.row, range.end.col);
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

function reference(sheet: string, address: string): string {
  const range = parseRange(address);
  if (!range) throw new Error(`"${address}" is not a range address.`);
  return escapeXml(absoluteReference(sheet, range));
}

function numberCache(values: readonly (number | null)[], formatCode: string): string {
  const points = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function categoryData(sheet: string, address: string, values: ChartValues["categories"]): string {
  const f = `<c:f>${reference(sheet, address)}</c:f>`;
  if (values.every((v) => v === null || typeof v === "number")) {
    return `<c:cat><c:numRef>${f}${numberCache(values, "General")}</c:numRef></c:cat>`;
  }
  const points = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");
  return `<c:cat><c:strRef>${f}<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef></c:cat>`;
}

function title(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

function areaSeries(
  index: number,
  name: string,
  fill: string,
  cat: string,
  values: string,
): string {
  const shape = `<c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>`;
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(name)}</c:v></c:tx>${shape}${cat}${values}</c:ser>`;
}

/**
 * The chart part for `spec` on `sheet`, with the values its ranges hold now. A band is two area
 * series behind the others, as the Excel host draws it: the upper edge shaded and the lower
 * edge in the plot's white in front of it, leaving only the band between them shaded; the lower
 * edge has no legend entry.
 */
export function chartXml(sheet: string, spec: ChartSpec, values: ChartValues): string {
  const valueFormat = spec.percentAxis ? "0%" : "General";
  const cat = categoryData(sheet, spec.categoriesAddress, values.categories);
  const val = (address: string, cached: readonly (number | null)[]) =>
    `<c:val><c:numRef><c:f>${reference(sheet, address)}</c:f>${numberCache(cached, valueFormat)}</c:numRef></c:val>`;
  const axes = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  const band = spec.band
    ? `<c:areaChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
      areaSeries(
        0,
        spec.band.name,
        BAND_FILL,
        cat,
        val(spec.band.highAddress, values.band?.high ?? []),
      ) +
      areaSeries(
        1,
        `${spec.band.name}${LOWER_EDGE_SUFFIX}`,
        PLOT_FILL,
        cat,
        val(spec.band.lowAddress, values.band?.low ?? []),
      ) +
      `${axes}</c:areaChart>`
    : "";
  const first = spec.band ? 2 : 0;
  const series = spec.series
    .map((s, i) => {
      const n = first + i;
      const head = `<c:idx val="${n}"/><c:order val="${n}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
      const body = `${cat}${val(s.valuesAddress, values.series[i] ?? [])}`;
      return spec.kind === "line"
        ? `<c:ser>${head}<c:marker><c:symbol val="none"/></c:marker>${body}<c:smooth val="0"/></c:ser>`
        : `<c:ser>${head}<c:invertIfNegative val="0"/>${body}</c:ser>`;
    })
    .join("");
  const plot =
    spec.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axes}</c:barChart>`;
  const categoryAxis =
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="low"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>';
  const valueAxis = `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>${spec.yAxisTitle ? title(spec.yAxisTitle) : ""}<c:numFmt formatCode="${valueFormat}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const hiddenLowerEdge = spec.band
    ? '<c:legendEntry><c:idx val="1"/><c:delete val="1"/></c:legendEntry>'
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${RELATIONSHIP_NS}">` +
    `<c:roundedCorners val="0"/><c:chart>${title(spec.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${band}${plot}${categoryAxis}${valueAxis}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/>${hiddenLowerEdge}<c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

/** The drawing placing charts on a sheet: each from its anchor cell, CHART_COLUMNS × CHART_ROWS. */
export function drawingXml(
  charts: { anchor: string; relationshipId: string; name: string }[],
): string {
  const anchors = charts
    .map((chart, i) => {
      const at = parseCell(chart.anchor) ?? { row: 0, col: 0 };
      const marker = (tag: string, row: number, col: number) =>
        `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", at.row, at.col)}${marker("to", at.row + CHART_ROWS, at.col + CHART_COLUMNS)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${chart.relationshipId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${RELATIONSHIP_NS}">${anchors}</xdr:wsDr>`
  );
}
