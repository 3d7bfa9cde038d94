/**
 * Reading the parts of an .xlsx package (a zip of XML files, ECMA-376 Part 2): a part's text,
 * its relationships, and which part holds each sheet. Shared by the exporter (which adds parts
 * ExcelJS cannot write) and the chart importer (which reads parts ExcelJS ignores).
 */
import { XMLParser } from "fast-xml-parser";
import type JSZip from "jszip";

export const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
});

/**
 * For DrawingML (charts, drawings), which files write with any namespace prefix (or none):
 * element and attribute names without their prefixes ("c:ser" → "ser", "r:id" → "id").
 */
export const drawingParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  // Titles and names exactly as written: "007" stays "007".
  parseTagValue: false,
});

export interface Relationship {
  Id: string;
  Type: string;
  Target: string;
}

export const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export async function partText(zip: JSZip, path: string): Promise<string | null> {
  return (await zip.file(path)?.async("string")) ?? null;
}

/** The relationships a rels part lists. */
export function relationships(xml: string | null): Relationship[] {
  if (!xml) return [];
  const parsed = parser.parse(xml) as {
    Relationships?: { Relationship?: Relationship[] };
  };
  return asList(parsed.Relationships?.Relationship);
}

/** The rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export const relsPath = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** A relationship's target as a package path, resolved against the part that holds it. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = part.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

/** Sheet name → its part and kind (a worksheet, or a chart sheet), in workbook order. */
export async function sheetParts(
  zip: JSZip,
): Promise<Map<string, { path: string; chartSheet: boolean }>> {
  const workbook = parser.parse((await partText(zip, "xl/workbook.xml")) ?? "") as {
    workbook?: {
      sheets?: { sheet?: { name: string | number; "r:id": string }[] };
    };
  };
  const rels = relationships(await partText(zip, "xl/_rels/workbook.xml.rels"));
  const parts = new Map<string, { path: string; chartSheet: boolean }>();
  for (const sheet of asList(workbook.workbook?.sheets?.sheet)) {
    const rel = rels.find((r) => r.Id === sheet["r:id"]);
    if (!rel) continue;
    parts.set(String(sheet.name), {
      path: resolveTarget("xl/workbook.xml", rel.Target),
      chartSheet: rel.Type.endsWith("/chartsheet"),
    });
  }
  return parts;
}
