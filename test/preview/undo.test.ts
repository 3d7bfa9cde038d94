/**
 * Undo and redo in the workbench, on HyperFormula's own undo stack: each user action and each
 * change the task pane makes in one go is one step, restoring cells, tables, charts, formats
 * and column widths, and redo puts it back.
 */
import { parseAssumptions, project, type Assumptions } from "../../src/core/planning";
import { writeScenarioSheet } from "../../src/taskpane/scenarioWriter";
import { DEFAULT_TARGET_VALUES } from "../../src/taskpane/targets";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { WorkbookModel } from "../../src/preview/workbookModel";
import { sample } from "../support/bundledTexts";

const value = (model: WorkbookModel, address: { row: number; col: number }, sheet = "Sheet1") =>
  model.getPlainValue(sheet, address);

it("undoes and redoes a typed value, a paste and a row inserted, one step each", () => {
  const model = new WorkbookModel();
  model.enterInput("Sheet1", { row: 0, col: 0 }, "5");
  model.enterInput("Sheet1", { row: 0, col: 1 }, "=A1*2");
  model.pasteText("Sheet1", { row: 1, col: 0 }, "1\t2\n3\t4");
  model.insertLines("Sheet1", "rows", 0, 1);
  expect(value(model, { row: 1, col: 1 })).toBe(10);
  expect(model.getInput("Sheet1", { row: 1, col: 1 })).toBe("=A2*2");

  model.undo(); // the inserted row
  expect(model.getInput("Sheet1", { row: 0, col: 1 })).toBe("=A1*2");
  model.undo(); // the paste, both rows of it
  expect([value(model, { row: 1, col: 0 }), value(model, { row: 2, col: 1 })]).toEqual([
    null,
    null,
  ]);
  model.undo(); // the formula
  model.undo(); // the 5
  expect(value(model, { row: 0, col: 0 })).toBeNull();
  expect(model.canUndo()).toBe(false);

  model.redo();
  model.redo();
  model.redo();
  model.redo();
  expect(value(model, { row: 1, col: 1 })).toBe(10);
  expect(value(model, { row: 3, col: 1 })).toBe(4);
  expect(model.canRedo()).toBe(false);
});

it("a new edit after an undo drops what could have been redone", () => {
  const model = new WorkbookModel();
  model.enterInput("Sheet1", { row: 0, col: 0 }, "1");
  model.enterInput("Sheet1", { row: 0, col: 0 }, "2");
  model.undo();
  model.enterInput("Sheet1", { row: 1, col: 0 }, "3");
  expect(model.canRedo()).toBe(false);
  expect(value(model, { row: 0, col: 0 })).toBe(1);
});

it("what the pane writes in one go is one step: sheet, table, chart and all", async () => {
  const model = new WorkbookModel();
  const host = new PreviewWorkbook(model, null);
  model.enterInput("Sheet1", { row: 0, col: 0 }, "kept");
  const sheet = await host.addSheet("Scenario");
  await host.writeTable(sheet, {
    name: "Plan",
    topLeft: "A1",
    headers: ["Month", "FTE"],
    rows: [[1, 2]],
  });
  await host.addChart(sheet, {
    kind: "line",
    title: "FTE",
    anchor: "D2",
    categoriesAddress: "A2:A2",
    series: [{ name: "FTE", valuesAddress: "B2:B2" }],
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(model.sheetNames()).toEqual(["Sheet1", "Scenario"]);
  expect(model.undo()).toBe(true);
  expect(model.sheetNames()).toEqual(["Sheet1"]);
  expect([model.tables.length, model.charts.length]).toEqual([0, 0]);
  expect(value(model, { row: 0, col: 0 })).toBe("kept");
  expect(model.redo()).toBe(true);
  expect(model.sheetNames()).toEqual(["Sheet1", "Scenario"]);
  expect([model.tables.length, model.charts.length]).toEqual([1, 1]);
  expect(value(model, { row: 1, col: 1 }, "Scenario")).toBe(2);
});

it("undoes column widths and the table growth a typed row made", () => {
  const model = new WorkbookModel();
  model.setCells("Sheet1", { row: 0, col: 0 }, [["Team"], ["North"]]);
  model.addTable({
    name: "T",
    sheet: "Sheet1",
    range: { start: { row: 0, col: 0 }, end: { row: 1, col: 0 } },
    headers: ["Team"],
  });
  model.setColumnWidth("Sheet1", 0, 180);
  model.enterInput("Sheet1", { row: 2, col: 0 }, "South");
  expect(model.tables[0].range.end.row).toBe(2);
  model.undo();
  expect(model.tables[0].range.end.row).toBe(1);
  expect(model.columnWidth("Sheet1", 0)).toBe(180);
  model.undo();
  expect(model.columnWidth("Sheet1", 0)).toBeUndefined();
  model.redo();
  expect(model.columnWidth("Sheet1", 0)).toBe(180);
});

it("keeps at most the engine's undo limit, and a restored workbook starts a new history", () => {
  const model = new WorkbookModel();
  for (let i = 0; i < 130; i++) model.enterInput("Sheet1", { row: 0, col: 0 }, String(i));
  let undone = 0;
  while (model.undo()) undone++;
  expect(undone).toBe(100);
  expect(value(model, { row: 0, col: 0 })).toBe(29);
  model.restore(model.snapshot());
  expect(model.canUndo()).toBe(false);
});

it("a scenario sheet written by the pane, live formula and all, is one step", async () => {
  const model = new WorkbookModel();
  const host = new PreviewWorkbook(model, null);
  const assumptions = parseAssumptions([
    ["establishment_fte", 60],
    ["in_post_fte", 47],
    ["cases", 800],
    ["start_month", "2021-11"],
  ]) as Assumptions;
  const cohorts = [{ month: "2022-01", fte: 2, kind: "permanent" as const }];
  const sheet = await writeScenarioSheet(
    host,
    { name: "Plan", assumptions, cohorts, months: 12 },
    project(assumptions, cohorts, 12),
    DEFAULT_TARGET_VALUES,
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(model.sheetNames()).toContain(sheet);
  expect(model.undo()).toBe(true);
  expect(model.sheetNames()).toEqual(["Sheet1"]);
  expect([model.tables.length, model.charts.length, model.canUndo()]).toEqual([0, 0, false]);
  expect(model.redo()).toBe(true);
  expect(model.sheetNames()).toContain(sheet);
  expect(model.tables.length).toBe(3);
});

it("the pane's Insert sample data is one step: undo takes its sheets and tables away, redo puts them back", async () => {
  const model = new WorkbookModel();
  const host = new PreviewWorkbook(model, null);
  model.enterInput("Sheet1", { row: 0, col: 0 }, "kept");
  const staffing = await host.insertSample(sample());
  const inserted = model.sheetNames();
  expect(inserted.length).toBeGreaterThan(1);
  expect(model.snapshot().tables.length).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 0)); // the pane's step closes

  model.undo();
  expect(model.sheetNames()).toEqual(["Sheet1"]);
  expect(model.snapshot().tables).toEqual([]);
  expect(value(model, { row: 0, col: 0 })).toBe("kept");

  model.redo();
  expect(model.sheetNames()).toEqual(inserted);
  expect(model.getPlainValue(staffing, { row: 0, col: 0 })).toBe(sample().sheets[0].headers[0]);
});
