/**
 * The workbench's cell-writing path after its speed-ups: a block written over array formulas
 * forgets exactly the ones inside it (SpillTracker.forgetWithin), and the engine's date and
 * time reading, skipped for text with no digit or colon, reads every cell as before.
 */
import { HyperFormula } from "hyperformula";
import { SpillTracker } from "../../src/preview/spills";
import { WorkbookModel } from "../../src/preview/workbookModel";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";

describe("SpillTracker.forgetWithin", () => {
  const tracked = () => {
    const spills = new SpillTracker();
    for (const address of [
      { sheet: 0, row: 5, col: 2 },
      { sheet: 0, row: 9, col: 9 },
      { sheet: 1, row: 5, col: 2 },
    ]) {
      spills.reserve(address, () => ({ width: 2, height: 2 }));
      spills.record(address, { width: 3, height: 3 });
    }
    return spills;
  };

  it("forgets formulas inside the block only, on its own sheet", () => {
    const spills = tracked();
    spills.forgetWithin(0, 5, 2, 1, 1);
    expect(spills.size).toBe(2);
    // The formula at 0!J10 and the one on sheet 1 are still reserved at their old size.
    expect(spills.reserve({ sheet: 0, row: 9, col: 9 }, () => undefined)).toEqual({
      width: 3,
      height: 3,
    });
    expect(spills.reserve({ sheet: 1, row: 5, col: 2 }, () => undefined)).toEqual({
      width: 3,
      height: 3,
    });
    // The forgotten one starts again from a prediction.
    expect(spills.reserve({ sheet: 0, row: 5, col: 2 }, () => undefined)).toEqual({
      width: 1,
      height: 1,
    });
  });

  it("treats the block's last row and column as inside and the next as outside", () => {
    const spills = tracked();
    spills.forgetWithin(0, 0, 0, 9, 9); // rows 0–8, columns 0–8: 0!C6 inside, 0!J10 not
    expect(spills.size).toBe(2);
    spills.forgetWithin(0, 9, 9, 1, 1);
    expect(spills.size).toBe(1);
  });
});

describe("text, numbers, dates and times written to the workbench", () => {
  const written = [
    ["Female", "Social Worker", "", " ", "-", "/", ".", "am", "pm"],
    ["01/02/2024", "1/2/24", "12:30", "12:30:15.5", "3:00 pm", ":", "::", ": pm", "0.8"],
    ["'01/02/2024", " '12:30", "'3:00 pm", "':", "'", "''", "'TRUE", "'5%", "' 1/2/24"],
    ["=cmd|' /C calc'!A0", "Not=formula", "TRUE", "#N/A", "'quoted", "5%", "1e3", "-4", "x:y"],
  ];

  function valuesIn(config: Record<string, unknown>) {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", ...config });
    hf.addSheet("S");
    // Only the first three rows as typed input: the fourth holds a formula a user could type.
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, written.slice(0, 3));
    return written.slice(0, 3).map((row, r) =>
      row.map((_, c) => {
        const address = { sheet: 0, row: r, col: c };
        return [hf.getCellValue(address), hf.getCellValueDetailedType(address)];
      }),
    );
  }

  it("reads typed input exactly as HyperFormula's own date and time reading does", () => {
    const model = new WorkbookModel();
    const defaults = valuesIn({});
    model.setCells("Sheet1", { row: 0, col: 0 }, written.slice(0, 3));
    const id = model.sheetId("Sheet1");
    const ours = written.slice(0, 3).map((row, r) =>
      row.map((_, c) => {
        const address = { sheet: id, row: r, col: c };
        return [model.hf.getCellValue(address), model.hf.getCellValueDetailedType(address)];
      }),
    );
    expect(ours).toEqual(defaults);
    // The cases that matter: dates and times still are, colons alone as HyperFormula reads them.
    expect(defaults[1].map(([, type]) => type)).toEqual([
      "NUMBER_DATE",
      "NUMBER_DATE",
      "NUMBER_TIME",
      "NUMBER_TIME",
      "NUMBER_TIME",
      "NUMBER_TIME",
      "NUMBER_TIME",
      "NUMBER_TIME",
      "NUMBER_RAW",
    ]);
    // Text marked with an apostrophe stays text, whatever follows the mark.
    expect(defaults[2].map(([, type]) => type)).toEqual(Array(9).fill("STRING"));
  });

  it("keeps text as text through the host, hostile text included", async () => {
    const model = new WorkbookModel();
    const host = new PreviewWorkbook(model, null);
    const sheet = await host.addSheet("Census");
    await host.writeTable(sheet, {
      name: "Census",
      topLeft: "A1",
      headers: written[0].map((_, i) => `Column ${i + 1}`),
      rows: written,
    });
    written.forEach((row, r) =>
      row.forEach((text, c) => {
        const ref = { row: r + 1, col: c };
        expect(model.getPlainValue(sheet, ref)).toBe(text);
        expect(model.hf.doesCellHaveFormula({ sheet: model.sheetId(sheet), ...ref })).toBe(false);
      }),
    );
  });
});
