/**
 * An exported scenario workbook read by LibreOffice, a spreadsheet program nobody here wrote:
 * converted headless to CSV it has the scenario's values cell for cell; converted to .xlsx it
 * still has both charts over the same ranges and the live WORKFORCE.PROJECT formula as an array
 * formula over its spill range; and the workbench imports LibreOffice's file back with its charts.
 */
import { readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { parseCsv } from "../../src/core/csv";
import { parseAssumptions, project, type Assumptions, type Cohort } from "../../src/core/planning";
import { registerCustomFunctions, type FunctionsMetadata } from "../../src/preview/functionBridge";
import { readXlsxFile } from "../../src/preview/importFile";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { WorkbookModel } from "../../src/preview/workbookModel";
import { exportXlsx } from "../../src/preview/xlsxExport";
import { writeScenarioSheet } from "../../src/taskpane/scenarioWriter";
import { DEFAULT_TARGET_VALUES } from "../../src/taskpane/targets";
import { cellAddress, rangeAddress, type RangeRef } from "../../src/workbook/a1";
import { loadRegistry } from "../functions/registry";
import { convert, CSV_EVERY_SHEET, libreOffice } from "../support/libreoffice";

const office = libreOffice();
const withLibreOffice = "soffice" in office ? describe : describe.skip;
if ("unavailable" in office) {
  console.warn(`LibreOffice export check skipped: ${office.unavailable}.`);
}

const assumptions = parseAssumptions([
  ["establishment_fte", 60],
  ["in_post_fte", 47],
  ["agency_fte", 10],
  ["cases", 800],
  ["start_month", "2025-04"],
]) as Assumptions;
const cohorts: Cohort[] = [{ month: "2025-09", fte: 6, kind: "international" }];

let model: WorkbookModel;
let sheet: string;
let exported: string;
let spill: RangeRef;
/** Every live formula's spill (PROJECT's and the budget's). */
let liveSpills: RangeRef[] = [];

// LibreOffice starts afresh for each conversion: seconds, more on a busy machine.
jest.setTimeout(120_000);

beforeAll(async () => {
  // The real custom functions, so the live formula spills as it does in the workbench.
  const { file, byId } = await loadRegistry();
  // The registry's metadata is the generated functions.json, typed loosely by the test helper.
  registerCustomFunctions(file as unknown as FunctionsMetadata, byId);
  model = new WorkbookModel();
  const host = new PreviewWorkbook(model, null);
  sheet = await writeScenarioSheet(
    host,
    { name: "Baseline", assumptions, cohorts, months: 12 },
    project(assumptions, cohorts, 12),
    DEFAULT_TARGET_VALUES,
  );
  const live = model
    .snapshot()
    .sheets.find((s) => s.name === sheet)
    ?.cells.find(([, , content]) => String(content).startsWith("=WORKFORCE.PROJECT("));
  if (!live) throw new Error("the scenario sheet has no live formula");
  const range = model.spillRangeAt(sheet, { row: live[0], col: live[1] });
  if (!range) throw new Error("the live formula does not spill");
  spill = range;
  liveSpills = (model.snapshot().sheets.find((s) => s.name === sheet)?.cells ?? [])
    .filter(([, , content]) => String(content).startsWith("=WORKFORCE."))
    .map(([row, col]) => model.spillRangeAt(sheet, { row, col }))
    .filter((r): r is RangeRef => r !== null);
  const { data } = await exportXlsx(model);
  exported = path.join(os.tmpdir(), `workforce-scenario-${process.pid}.xlsx`);
  writeFileSync(exported, Buffer.from(data));
});

afterAll(() => rmSync(exported, { force: true }));

const inSpill = (row: number, col: number) =>
  liveSpills.some(
    (r) => row >= r.start.row && row <= r.end.row && col >= r.start.col && col <= r.end.col,
  );

/** A CSV field as a value: numbers (percentages as fractions), or the text. */
function csvValue(field: string): string | number | null {
  if (field === "") return null;
  const percent = /^(-?[\d.]+(?:E-?\d+)?)%$/i.exec(field);
  if (percent) return Number(percent[1]) / 100;
  return /^-?[\d.]+(?:E-?\d+)?$/i.test(field) ? Number(field) : field;
}

/** The chart parts' references and titles, for comparing two packages. */
async function chartParts(file: Buffer): Promise<{ refs: string[]; kinds: string[] }[]> {
  const zip = await JSZip.loadAsync(file);
  const names = Object.keys(zip.files)
    .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const xml = await zip.file(name)!.async("string");
      const refs = [...xml.matchAll(/<c:f>([^<]*!\$[^<]*)<\/c:f>/g)].map((m) => m[1]);
      const kinds = [...xml.matchAll(/<c:(areaChart|lineChart|barChart)>/g)].map((m) => m[1]);
      return { refs: [...new Set(refs)].sort(), kinds };
    }),
  );
}

describe("the exported scenario workbook itself", () => {
  it("marks the live formula as a dynamic array with its cached values, and has both charts", async () => {
    const zip = await JSZip.loadAsync(readFileSync(exported));
    expect(await zip.file("xl/metadata.xml")?.async("string")).toContain(
      'xda:dynamicArrayProperties fDynamic="1"',
    );
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const anchor = cellAddress(spill.start);
    expect(sheetXml).toMatch(
      new RegExp(
        `<c r="${anchor}" cm="1"[^>]*><f t="array" ref="${rangeAddress(spill)}">WORKFORCE\\.PROJECT\\(`,
      ),
    );
    // A cached value in the spill's far corner, as Excel saves a spilled result.
    expect(sheetXml).toContain(`<c r="${cellAddress(spill.end)}"`);
    const charts = await chartParts(readFileSync(exported));
    // The caseload chart's band is two area series behind its lines; the budget is columns.
    expect(charts.map((c) => c.kinds)).toEqual([
      ["areaChart", "lineChart"],
      ["lineChart"],
      ["barChart"],
    ]);
  });
});

withLibreOffice("the exported scenario workbook in LibreOffice", () => {
  const soffice = "soffice" in office ? office.soffice : "";

  it("has the scenario's values, cell for cell, converted to CSV", () => {
    const csv = convert(soffice, exported, CSV_EVERY_SHEET).get(
      `${path.basename(exported, ".xlsx")}-${sheet}.csv`,
    );
    if (!csv) throw new Error(`LibreOffice wrote no CSV for the sheet "${sheet}"`);
    const rows = parseCsv(csv.toString("utf8"));
    // What the pane wrote, exactly (the engine's own display rounds to 10 digits).
    const written = new Map(
      model
        .snapshot()
        .sheets.find((s) => s.name === sheet)
        ?.cells.map(([row, col, content]) => [
          cellAddress({ row, col }),
          // An apostrophe marks text the engine must not parse; the file holds the text alone.
          typeof content === "string" && content.startsWith("'") ? content.slice(1) : content,
        ]),
    );
    let compared = 0;
    rows.forEach((fields, row) =>
      fields.forEach((field, col) => {
        const where = cellAddress({ row, col });
        const theirs = csvValue(field);
        if (inSpill(row, col)) {
          // LibreOffice recalculates array formulas and has no WORKFORCE add-in: #NAME? over
          // exactly each spill range shows it read one array formula of the spill's size.
          expect([where, theirs]).toEqual([where, "#NAME?"]);
          return;
        }
        const ours = written.get(where) ?? null;
        if (typeof ours === "number" && typeof theirs === "number") {
          // LibreOffice writes 15 significant digits (of the percentage, for a percent cell).
          const close = Math.abs(theirs - ours) <= 1e-12 * Math.max(1, Math.abs(ours));
          expect([where, ours, theirs, close]).toEqual([where, ours, theirs, true]);
        } else {
          expect([where, theirs]).toEqual([where, ours]);
        }
        if (ours !== null) compared++;
      }),
    );
    // Every cell the pane wrote outside the live formula was there to compare.
    const outsideSpill = [...written.keys()].filter((a) => !/^=/.test(String(written.get(a))));
    expect(compared).toBe(outsideSpill.length);
    expect(compared).toBeGreaterThan(12 * 16);
  });

  it("keeps both charts over the same ranges and the live formula as an array formula, converted to .xlsx", async () => {
    const converted = convert(soffice, exported, "xlsx").get(path.basename(exported));
    if (!converted) throw new Error("LibreOffice wrote no .xlsx");
    expect(await chartParts(converted)).toEqual(await chartParts(readFileSync(exported)));
    const zip = await JSZip.loadAsync(converted);
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheetXml).toMatch(
      new RegExp(`<f[^>]*t="array" ref="${rangeAddress(spill)}"[^>]*>WORKFORCE\\.PROJECT\\(`, "i"),
    );

    // The workbench imports LibreOffice's file back with the charts it can show.
    const imported = await readXlsxFile("from LibreOffice.xlsx", Uint8Array.from(converted).buffer);
    const charts = imported.snapshot.charts.filter((c) => c.sheet === sheet);
    expect(charts.map((c) => c.spec.title)).toEqual(
      model.charts.filter((c) => c.sheet === sheet).map((c) => c.spec.title),
    );
    expect(charts.map((c) => c.spec)).toEqual(
      model.charts.filter((c) => c.sheet === sheet).map((c) => c.spec),
    );
    expect(imported.notes.join(" ")).not.toMatch(/chart/i);
  });
});
