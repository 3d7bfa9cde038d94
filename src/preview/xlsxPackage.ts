/**
 * What ExcelJS cannot write, added to the package it wrote: the workbench's charts (chart and
 * drawing parts, linked from their sheets) and Excel's dynamic-array marking for spilled
 * formulas. ExcelJS writes a spilled formula as an array formula over its spill range with the
 * cached values; Excel treats it as a dynamic array (spilling, no braces) only when the formula's
 * cell carries cell metadata pointing at the XLDAPR "dynamic array properties" (xl/metadata.xml),
 * as Excel itself saves them ([MS-XLSX] 2.3.1, "dynamicArrayProperties").
 */
import JSZip from "jszip";
import type { ChartSpec } from "../workbook/types";
import { chartXml, drawingXml, escapeXml, type ChartValues } from "./chartXml";
import { partText as text, relationships, relsPath, sheetParts } from "./xlsxParts";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${REL_NS}/drawing`;
const REL_CHART = `${REL_NS}/chart`;
const REL_SHEET_METADATA = `${REL_NS}/sheetMetadata`;
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const TYPE_METADATA =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";

/** Excel's cell metadata for dynamic arrays, as Excel writes it. */
const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  "</metadata>";

export interface PackageAdditions {
  charts: { sheet: string; spec: ChartSpec; values: ChartValues }[];
  /** Per sheet, the anchor cells of spilled formulas. */
  spills: Map<string, { anchor: string }[]>;
}

function withRelationship(
  xml: string | null,
  type: string,
  target: string,
): { xml: string; id: string } {
  const existing = relationships(xml);
  let n = existing.length + 1;
  while (existing.some((r) => r.Id === `rId${n}`)) n++;
  const id = `rId${n}`;
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const base =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  return {
    xml: base.replace("</Relationships>", `${entry}</Relationships>`),
    id,
  };
}

/** Puts `<drawing>` where the schema wants it: before tableParts/extLst, else at the end. */
function withDrawing(sheetXml: string, id: string): string {
  const element = `<drawing r:id="${id}"/>`;
  const before =
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
      sheetXml,
    );
  return before
    ? `${sheetXml.slice(0, before.index)}${element}${sheetXml.slice(before.index)}`
    : sheetXml.replace("</worksheet>", `${element}</worksheet>`);
}

function withOverride(types: string, part: string, contentType: string): string {
  return types.replace(
    "</Types>",
    `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`,
  );
}

/** The package with the charts and dynamic-array metadata added. */
export async function addToPackage(
  data: ArrayBuffer,
  additions: PackageAdditions,
): Promise<ArrayBuffer> {
  const zip = await JSZip.loadAsync(data);
  const parts = await sheetParts(zip);
  let types = (await text(zip, "[Content_Types].xml")) ?? "";
  let chartNumber = 0;
  let drawingNumber = 0;
  const bySheet = new Map<string, PackageAdditions["charts"]>();
  for (const chart of additions.charts) {
    bySheet.set(chart.sheet, [...(bySheet.get(chart.sheet) ?? []), chart]);
  }
  for (const [sheet, charts] of bySheet) {
    const part = parts.get(sheet)?.path;
    if (!part) continue;
    drawingNumber++;
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    let drawingRels: string | null = null;
    const placed: { anchor: string; relationshipId: string; name: string }[] = [];
    for (const chart of charts) {
      chartNumber++;
      const chartPath = `xl/charts/chart${chartNumber}.xml`;
      zip.file(chartPath, chartXml(sheet, chart.spec, chart.values));
      types = withOverride(types, chartPath, TYPE_CHART);
      const rel = withRelationship(drawingRels, REL_CHART, `../charts/chart${chartNumber}.xml`);
      drawingRels = rel.xml;
      placed.push({
        anchor: chart.spec.anchor,
        relationshipId: rel.id,
        name: chart.spec.title,
      });
    }
    zip.file(drawingPath, drawingXml(placed));
    if (drawingRels) zip.file(relsPath(drawingPath), drawingRels);
    types = withOverride(types, drawingPath, TYPE_DRAWING);
    const sheetRels = withRelationship(
      await text(zip, relsPath(part)),
      REL_DRAWING,
      `../drawings/drawing${drawingNumber}.xml`,
    );
    zip.file(relsPath(part), sheetRels.xml);
    zip.file(part, withDrawing((await text(zip, part)) ?? "", sheetRels.id));
  }

  let dynamicArrays = 0;
  for (const [sheet, spills] of additions.spills) {
    const part = parts.get(sheet)?.path;
    if (!part || spills.length === 0) continue;
    let xml = (await text(zip, part)) ?? "";
    for (const { anchor } of spills) {
      xml = xml.replace(new RegExp(`<c r="${anchor}"(?![^>]*\\scm=)`), () => {
        dynamicArrays++;
        return `<c r="${anchor}" cm="1"`;
      });
    }
    zip.file(part, xml);
  }
  if (dynamicArrays > 0) {
    zip.file("xl/metadata.xml", METADATA_XML);
    types = withOverride(types, "xl/metadata.xml", TYPE_METADATA);
    const rels = withRelationship(
      await text(zip, "xl/_rels/workbook.xml.rels"),
      REL_SHEET_METADATA,
      "metadata.xml",
    );
    zip.file("xl/_rels/workbook.xml.rels", rels.xml);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE" });
}
