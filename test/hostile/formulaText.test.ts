/**
 * Hostile inputs: formula-looking text in every text field the workbench takes in or puts out.
 * Text from a file, a saved workbook, a saved scenario's labels or a workbook name never becomes
 * a formula (or a number, date or error), and exported text starting with = + - @ stays text.
 * The hosts' own writes are covered by test/workbook/hostContract.test.ts.
 */
import ExcelJS from "exceljs";
import { DEFAULT_TARGET_VALUES } from "../../src/taskpane/targets";
import { writeScenarioSheet } from "../../src/taskpane/scenarioWriter";
import { parseAssumptions, project, type Assumptions } from "../../src/core/planning";
import { decodeSnapshot, encodeSnapshot } from "../../src/preview/autosave";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { WorkbookModel } from "../../src/preview/workbookModel";
import { buildWorkbook } from "../../src/preview/xlsxExport";
import { readWorkbook } from "../../src/preview/xlsxImport";
import { FORMULA_LOOKING_TEXT } from "../support/hostileText";

/** Every cell of a column holds exactly its text and no formula. */
function expectText(model: WorkbookModel, sheet: string, col: number, firstRow = 0): void {
  FORMULA_LOOKING_TEXT.forEach((text, i) => {
    const ref = { row: firstRow + i, col };
    const formula = model.hf.getCellFormula({ sheet: model.sheetId(sheet), ...ref });
    expect([text, formula, model.getPlainValue(sheet, ref)]).toEqual([text, undefined, text]);
  });
}

async function fileWithText(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("=SUM(A1)");
  FORMULA_LOOKING_TEXT.forEach((text, i) => {
    sheet.getCell(i + 1, 1).value = text;
    sheet.getCell(i + 1, 2).value = { richText: [{ text }] };
  });
  sheet.getCell(1, 3).value = { formula: "1+1", result: 2 };
  // Through a real file, so ExcelJS's reader decides what each cell is.
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await workbook.xlsx.writeBuffer());
  return read;
}

describe("formula-looking text stays text", () => {
  it("in an imported file (plain and rich text), while the file's own formulas stay formulas", async () => {
    const { snapshot } = readWorkbook(await fileWithText());
    const model = new WorkbookModel();
    model.restore(snapshot);
    const [sheet] = model.sheetNames();
    expect(sheet).toBe("=SUM(A1)");
    expectText(model, sheet, 0);
    expectText(model, sheet, 1);
    expect(model.getInput(sheet, { row: 0, col: 2 })).toBe("=1+1");
  });

  it("in a workbook saved in the browser and reopened", () => {
    const model = new WorkbookModel();
    const host = new PreviewWorkbook(model, null);
    return host
      .writeCells(
        "Sheet1",
        "A1",
        FORMULA_LOOKING_TEXT.map((text) => [text]),
      )
      .then(() => {
        const reopened = new WorkbookModel();
        reopened.restore(decodeSnapshot(encodeSnapshot(model.snapshot())));
        expectText(reopened, "Sheet1", 0);
      });
  });

  it("in a saved scenario's name and cohort labels written to its sheet", async () => {
    const model = new WorkbookModel();
    const host = new PreviewWorkbook(model, null);
    const assumptions = parseAssumptions([
      ["establishment_fte", 60],
      ["in_post_fte", 47],
      ["cases", 800],
      ["start_month", "2021-11"],
    ]) as Assumptions;
    const cohorts = FORMULA_LOOKING_TEXT.map((label) => ({
      month: "2022-01",
      fte: 1,
      kind: "permanent" as const,
      label,
    }));
    const sheet = await writeScenarioSheet(
      host,
      { name: "=HYPERLINK(1)", assumptions, cohorts, months: 12 },
      project(assumptions, cohorts, 12),
      DEFAULT_TARGET_VALUES,
      { liveFormula: false },
    );
    const found: string[] = [];
    for (const [row, col, content] of model.snapshot().sheets.find((s) => s.name === sheet)
      ?.cells ?? []) {
      const value = model.getPlainValue(sheet, { row, col });
      if (typeof value === "string" && FORMULA_LOOKING_TEXT.includes(value)) {
        found.push(value);
        expect(typeof content === "string" && content.startsWith("=")).toBe(false);
      }
    }
    expect(new Set(found)).toEqual(new Set(FORMULA_LOOKING_TEXT));
    expect(JSON.stringify(model.snapshot())).not.toContain('"=HYPERLINK(1)"');
  });

  it("in an exported file: every one is a text cell, never a formula", async () => {
    const model = new WorkbookModel();
    await new PreviewWorkbook(model, null).writeCells(
      "Sheet1",
      "A1",
      FORMULA_LOOKING_TEXT.map((text) => [text]),
    );
    const { workbook } = buildWorkbook(model);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const sheet = read.getWorksheet("Sheet1");
    FORMULA_LOOKING_TEXT.forEach((text, i) => {
      const cell = sheet?.getCell(i + 1, 1);
      expect([cell?.type, cell?.value]).toEqual([ExcelJS.ValueType.String, text]);
    });
  });

  it("typed UK and ISO dates export as dates, with their formats", async () => {
    const model = new WorkbookModel();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "1/2/2024");
    model.enterInput("Sheet1", { row: 1, col: 0 }, "2024-02-01");
    const { workbook } = buildWorkbook(model);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const sheet = read.getWorksheet("Sheet1");
    for (const [row, format] of [
      [1, "dd/mm/yyyy"],
      [2, "yyyy-mm-dd"],
    ] as const) {
      const cell = sheet?.getCell(row, 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.Date);
      expect((cell?.value as Date).toISOString().slice(0, 10)).toBe("2024-02-01");
      expect(cell?.numFmt).toBe(format);
    }
  });
});
