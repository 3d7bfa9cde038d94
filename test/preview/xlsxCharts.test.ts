/**
 * Charts through an .xlsx: the exporter writes line and column charts (series, categories, the
 * value axis's title and percent format, position) that the importer reads back; charts the
 * workbench cannot show are named in the import's notes, never dropped without a word.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsxFile } from "../../src/preview/importFile";
import { WorkbookModel } from "../../src/preview/workbookModel";
import { readCharts } from "../../src/preview/xlsxChartImport";
import { exportXlsx } from "../../src/preview/xlsxExport";
import type { ChartSpec } from "../../src/workbook/types";
import { FORMULA_LOOKING_TEXT } from "../support/hostileText";

const SHEET = "Plan 'Q1' & <more>";

function modelWithCharts(specs: ChartSpec[]): WorkbookModel {
  const model = new WorkbookModel();
  expect(model.addSheet(SHEET)).toBe(SHEET);
  const rows: (string | number)[][] = [["Month", "Caseload", "Vacancy rate", "Low", "High"]];
  for (let m = 1; m <= 6; m++) rows.push([`2025-0${m}`, 14 + m / 2, 0.2 + m / 100, 13, 16]);
  model.setCells(SHEET, { row: 0, col: 0 }, rows);
  for (const spec of specs) model.addChart(SHEET, spec);
  return model;
}

const line: ChartSpec = {
  kind: "line",
  title: `Caseload <per> worker & "band" ${FORMULA_LOOKING_TEXT[0]}`,
  categoriesAddress: "A2:A7",
  series: [{ name: "Caseload", valuesAddress: "B2:B7" }],
  anchor: "G2",
  yAxisTitle: "Cases per worker",
  band: { name: "Caseload band (13–16)", lowAddress: "D2:D7", highAddress: "E2:E7" },
};
const column: ChartSpec = {
  kind: "column",
  title: "007",
  categoriesAddress: "A2:A7",
  series: [
    { name: "Vacancy rate", valuesAddress: "C2:C7" },
    { name: "Caseload", valuesAddress: "B2:B7" },
  ],
  anchor: "G20",
  percentAxis: true,
};

async function exported(model: WorkbookModel): Promise<JSZip> {
  return JSZip.loadAsync((await exportXlsx(model)).data);
}

/** The exported package with its first chart part changed by `edit`. */
async function withChartEdited(edit: (xml: string) => string): Promise<ArrayBuffer> {
  const zip = await exported(modelWithCharts([line]));
  const xml = await zip.file("xl/charts/chart1.xml")!.async("string");
  zip.file("xl/charts/chart1.xml", edit(xml));
  return zip.generateAsync({ type: "arraybuffer" });
}

describe("charts exported and imported", () => {
  it("a line and a column chart come back as they were, hostile titles and sheet name included", async () => {
    const model = modelWithCharts([line, column]);
    const { data } = await exportXlsx(model);
    const { charts, notes } = await readCharts(data);
    expect(notes).toEqual([]);
    expect(charts.map((c) => [c.sheet, c.spec])).toEqual([
      [SHEET, line],
      [SHEET, column],
    ]);
  });

  it("each series caches the values its range holds, so a reader shows them before recalculating", async () => {
    const xml = await (
      await exported(modelWithCharts([column]))
    )
      .file("xl/charts/chart1.xml")!
      .async("string");
    expect(xml).toContain('<c:barDir val="col"/>');
    expect(xml).toContain(
      `<c:f>'Plan ''Q1'' &amp; &lt;more&gt;'!$C$2:$C$7</c:f>`.replace(/'/g, "&apos;"),
    );
    expect(xml).toContain('<c:pt idx="5"><c:v>0.26</c:v></c:pt>');
    expect(xml).toContain('<c:pt idx="0"><c:v>2025-01</c:v></c:pt>');
    expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
  });

  it("a band is two area series behind the lines, the lower edge in white and out of the legend", async () => {
    const xml = await (
      await exported(modelWithCharts([line]))
    )
      .file("xl/charts/chart1.xml")!
      .async("string");
    const area = /<c:areaChart>.*<\/c:areaChart>/.exec(xml)?.[0] ?? "";
    expect(area.match(/<c:ser>/g)).toHaveLength(2);
    expect(area).toMatch(
      /Caseload band \(13–16\)<\/c:v><\/c:tx><c:spPr><a:solidFill><a:srgbClr val="D4ECDC"\/>/,
    );
    expect(area).toMatch(
      /lower edge<\/c:v><\/c:tx><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"\/>/,
    );
    expect(xml.indexOf("<c:areaChart>")).toBeLessThan(xml.indexOf("<c:lineChart>"));
    expect(xml).toContain('<c:legendEntry><c:idx val="1"/><c:delete val="1"/></c:legendEntry>');
  });

  it("the drawing places each chart at its anchor, and the sheet links the drawing", async () => {
    const zip = await exported(modelWithCharts([line, column]));
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(
      drawing.match(/<xdr:from><xdr:col>6<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)/g),
    ).toHaveLength(2);
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheetXml).toMatch(/<drawing r:id="rId\d+"\/>/);
    // ExcelJS reads the package without complaint.
    await new ExcelJS.Workbook().xlsx.load(await zip.generateAsync({ type: "arraybuffer" }));
  });

  it("a chart written without namespace prefixes is read the same", async () => {
    const data = await withChartEdited((xml) =>
      xml
        .replace(/<c:chartSpace xmlns:c="([^"]+)"/, '<chartSpace xmlns="$1"')
        .replace(/<(\/?)c:/g, "<$1"),
    );
    const { charts, notes } = await readCharts(data);
    expect(notes).toEqual([]);
    expect(charts.map((c) => c.spec)).toEqual([line]);
  });
});

describe("charts the workbench cannot show are named in the import's notes", () => {
  it.each([
    ["a pie chart", (xml: string) => xml.replace(/lineChart>/g, "pieChart>"), /it is a pie chart/],
    [
      "an area chart",
      (xml: string) => xml.replace(/<c:lineChart>.*<\/c:lineChart>/, ""),
      /it is an area chart/,
    ],
    [
      "a horizontal bar chart",
      (xml: string) =>
        xml
          .replace(/lineChart>/g, "barChart>")
          .replace("<c:barChart><c:grouping", '<c:barChart><c:barDir val="bar"/><c:grouping'),
      /it is a horizontal bar chart/,
    ],
    [
      "a chart over another sheet's data",
      (xml: string) => xml.replace(/<c:f>[^<]*!\$B\$2:\$B\$7<\/c:f>/, "<c:f>Other!$B$2:$B$7</c:f>"),
      /its data is on another sheet/,
    ],
    [
      "a series from a literal array",
      (xml: string) =>
        xml.replace(/<c:val><c:numRef><c:f>[^<]*<\/c:f>/, "<c:val><c:numRef><c:f>{1,2,3}</c:f>"),
      /something other than a range/,
    ],
  ])("%s", async (_, edit, why) => {
    const data = await withChartEdited(edit);
    const imported = await readXlsxFile("shared.xlsx", data);
    expect(imported.snapshot.charts).toEqual([]);
    const note = imported.notes.find((n) => /chart/.test(n)) ?? "";
    expect(note).toMatch(
      new RegExp(`A chart on "${SHEET.replace(/[^\w ]/g, ".")}" at G2 was not kept`),
    );
    expect(note).toMatch(why);
    // The cells arrive whatever happened to the chart.
    expect(imported.snapshot.sheets.find((s) => s.name === SHEET)?.cells.length).toBe(35);
  });

  it("a damaged chart part is a note, and the rest of the file imports", async () => {
    const data = await withChartEdited(() => "<c:chartSpace><c:chart><c:plotArea></c:chart>");
    const imported = await readXlsxFile("shared.xlsx", data);
    expect(imported.snapshot.charts).toEqual([]);
    expect(imported.notes.join(" ")).toMatch(/chart/i);
    expect(imported.snapshot.sheets.map((s) => s.name)).toContain(SHEET);
  });
});
