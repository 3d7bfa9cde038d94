/**
 * Hostile inputs for the workbench's workbook, in Node: a far cell, 2 million filled cells, a
 * damaged snapshot, a failed build, long text, tiny numbers and typed dates. The e2e suite
 * (test/e2e/hostile.e2e.test.ts) drives the same through the page.
 */
import { HyperFormula } from "hyperformula";
import { WorkbookModel } from "../../src/preview/workbookModel";
import {
  MAX_FILLED_CELLS,
  type SheetCell,
  type WorkbookSnapshot,
} from "../../src/preview/snapshot";

const FAR = { row: 1_048_575, col: 16_383 };
const all = { start: { row: 0, col: 0 }, end: FAR };

function snapshotOf(sheets: WorkbookSnapshot["sheets"]): WorkbookSnapshot {
  return { sheets, formats: {}, tables: [], charts: [], settings: [] };
}

describe("a far cell costs what it holds", () => {
  it("XFD1048576 can be typed, saved, restored, cleared and its sheet deleted", () => {
    const model = new WorkbookModel();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "1");
    model.enterInput("Sheet1", FAR, "far away");
    const snapshot = model.snapshot();
    expect(snapshot.sheets[0].cells).toEqual([
      [0, 0, 1],
      [FAR.row, FAR.col, "far away"],
    ]);
    // A dense copy of this sheet would be 17 billion cells: none of this could finish.
    const copy = new WorkbookModel();
    copy.restore(snapshot);
    expect(copy.getPlainValue("Sheet1", FAR)).toBe("far away");
    expect(copy.usedSize("Sheet1")).toEqual({ rows: 1_048_576, cols: 16_384 });
    copy.clearRange("Sheet1", all);
    expect(copy.snapshot().sheets[0].cells).toEqual([]);
    copy.addSheet("Other");
    copy.enterInput("Other", FAR, "x");
    copy.deleteSheet("Other");
    expect(copy.sheetNames()).toEqual(["Sheet1"]);
  });

  it("a spilled result is saved as its formula only, and spills again when restored", () => {
    const model = new WorkbookModel();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "=SEQUENCE(3)");
    expect(model.snapshot().sheets[0].cells).toEqual([[0, 0, "=SEQUENCE(3)"]]);
    const copy = new WorkbookModel();
    copy.restore(model.snapshot());
    expect(copy.getPlainValue("Sheet1", { row: 2, col: 0 })).toBe(3);
  });
});

describe("2 million filled cells", () => {
  it("restore and snapshot them", () => {
    const rows = 50_000;
    const cols = 40;
    const cells: WorkbookSnapshot["sheets"][number]["cells"] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) cells.push([r, c, c === 0 ? `Team ${r % 12}` : r + c]);
    }
    const model = new WorkbookModel();
    model.restore(snapshotOf([{ name: "Big", cells }]));
    expect(model.getPlainValue("Big", { row: rows - 1, col: cols - 1 })).toBe(rows - 1 + cols - 1);
    model.enterInput("Big", { row: rows, col: 0 }, "=SUM(B1:B50000)");
    expect(model.getPlainValue("Big", { row: rows, col: 0 })).toBe((rows * (rows - 1)) / 2 + rows);
    expect(model.snapshot().sheets[0].cells).toHaveLength(rows * cols + 1);
  });

  it("more filled cells than the workbench holds are refused before anything changes", () => {
    const model = new WorkbookModel();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "kept");
    const cells: SheetCell[] = [];
    for (let i = 0; i <= MAX_FILLED_CELLS; i++)
      cells.push([i % 1_000_000, Math.floor(i / 1_000_000), 1]);
    expect(() => model.restore(snapshotOf([{ name: "Huge", cells }]))).toThrow(
      /3,000,001 filled cells; the workbench holds at most 3,000,000/,
    );
    expect(model.sheetNames()).toEqual(["Sheet1"]);
    expect(model.getPlainValue("Sheet1", { row: 0, col: 0 })).toBe("kept");
  });
});

describe("a failed restore leaves the workbook exactly as it was", () => {
  const current = () => {
    const model = new WorkbookModel();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "10");
    model.enterInput("Sheet1", { row: 0, col: 1 }, "=A1*2");
    model.setSetting("workforce.targets", "{}");
    return model;
  };

  it.each([
    ["not a workbook", { sheets: "none" }, /no list of sheets/],
    ["no sheets", snapshotOf([]), /no sheets/],
    [
      "a cell off the sheet",
      snapshotOf([{ name: "S", cells: [[2_000_000, 0, 1]] }]),
      /entry 1 is not a cell/,
    ],
    [
      "a cell holding an object",
      snapshotOf([{ name: "S", cells: [[0, 0, { x: 1 }]] }] as never),
      /not a cell value/,
    ],
  ])("%s", (_, data, message) => {
    const model = current();
    const before = model.snapshot();
    expect(() => model.restore(data as WorkbookSnapshot)).toThrow(message);
    expect(model.snapshot()).toEqual(before);
    model.enterInput("Sheet1", { row: 0, col: 0 }, "11");
    expect(model.getPlainValue("Sheet1", { row: 0, col: 1 })).toBe(22);
  });

  it("when the engine fails part-way through building", () => {
    const model = current();
    const before = model.snapshot();
    const spy = jest.spyOn(HyperFormula.prototype, "renameSheet").mockImplementationOnce(() => {
      throw new Error("engine failure");
    });
    try {
      expect(() => model.restore(snapshotOf([{ name: "New", cells: [[0, 0, "new"]] }]))).toThrow(
        "engine failure",
      );
    } finally {
      spy.mockRestore();
    }
    expect(model.snapshot()).toEqual(before);
    expect(model.getPlainValue("Sheet1", { row: 0, col: 1 })).toBe(20);
  });
});

describe("typed input", () => {
  it("UK and ISO dates are dates, shown in a date format", () => {
    const model = new WorkbookModel();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "1/2/2024");
    model.enterInput("Sheet1", { row: 1, col: 0 }, "2024-02-01");
    expect(model.getPlainValue("Sheet1", { row: 0, col: 0 })).toBe(45323);
    expect(model.getPlainValue("Sheet1", { row: 1, col: 0 })).toBe(45323);
    expect(model.display("Sheet1", { row: 0, col: 0 }).text).toBe("01/02/2024");
    expect(model.display("Sheet1", { row: 1, col: 0 }).text).toBe("2024-02-01");
    model.setFormat("Sheet1", { row: 0, col: 0 }, "d mmm yyyy");
    expect(model.display("Sheet1", { row: 0, col: 0 }).text).toBe("1 Feb 2024");
  });

  it("a number too small for Excel is 0, as in Excel, never NaN", () => {
    const model = new WorkbookModel();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "5e-324");
    expect(model.display("Sheet1", { row: 0, col: 0 }).text).toBe("0");
    model.setCells("Sheet1", { row: 1, col: 0 }, [[5e-324]]);
    expect(model.display("Sheet1", { row: 1, col: 0 }).text).toBe("0");
  });

  it("text longer than a cell holds is refused with a message, and nothing is written", () => {
    const model = new WorkbookModel();
    expect(() => model.enterInput("Sheet1", { row: 0, col: 0 }, "x".repeat(40_000))).toThrow(
      /40,000 characters long; a cell holds at most 32,767/,
    );
    expect(() =>
      model.setCells("Sheet1", { row: 0, col: 0 }, [["ok", "y".repeat(32_768)]]),
    ).toThrow(/Sheet1!B1 is 32,768 characters/);
    expect(model.isEmpty("Sheet1", { row: 0, col: 0 })).toBe(true);
    model.enterInput("Sheet1", { row: 0, col: 0 }, "z".repeat(32_767));
    expect(String(model.getPlainValue("Sheet1", { row: 0, col: 0 }))).toHaveLength(32_767);
  });

  it("text marked with an apostrophe stays text, whatever it looks like", () => {
    const model = new WorkbookModel();
    model.setCells("Sheet1", { row: 0, col: 0 }, [["'=1+1", "'12", "'TRUE", "'1/2/2024"]]);
    expect([0, 1, 2, 3].map((col) => model.getPlainValue("Sheet1", { row: 0, col }))).toEqual([
      "=1+1",
      "12",
      "TRUE",
      "1/2/2024",
    ]);
  });
});
