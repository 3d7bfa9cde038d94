/**
 * The workbench engine in Node: custom functions bridged into HyperFormula (values, errors
 * with reasons, spills that grow, shrink and retry after #SPILL!) and the WorkbookHost over it.
 */
import { registerCustomFunctions, type FunctionsMetadata } from "../../src/preview/functionBridge";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { parseInput, WorkbookModel } from "../../src/preview/workbookModel";
import { formatNumber, generalFormat } from "../../src/preview/format";
import { formula } from "../../src/workbook/types";

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const metadata: FunctionsMetadata = {
  functions: [
    {
      id: "RATIO",
      name: "RATIO",
      parameters: [
        { name: "a", type: "number", dimensionality: "matrix" },
        { name: "b", type: "number", dimensionality: "matrix" },
      ],
      result: { dimensionality: "matrix" },
    },
    {
      id: "SEQ",
      name: "SEQ",
      parameters: [
        { name: "n", type: "number", dimensionality: "matrix" },
        { name: "step", type: "number", dimensionality: "matrix", optional: true },
      ],
      result: { dimensionality: "matrix" },
    },
  ],
};

const seen: unknown[][] = [];
const implementations = new Map<string, (...args: unknown[]) => unknown>([
  [
    "RATIO",
    (a, b) =>
      (a as number[][]).map((row, r) =>
        row.map((x, c) => {
          const y = (b as number[][])[r][c];
          return y === 0 ? new FakeError("#DIV/0!", "b is 0, so the ratio is undefined") : x / y;
        }),
      ),
  ],
  [
    "SEQ",
    (n, step) => {
      seen.push([n, step]);
      const count = (n as number[][])[0][0];
      const by = step === null ? 1 : (step as number[][])[0][0];
      return Array.from({ length: count }, (_, i) => [i * by]);
    },
  ],
]);

beforeAll(() => {
  const registered = registerCustomFunctions(metadata, implementations);
  expect(registered.names).toEqual(["WORKFORCE.RATIO", "WORKFORCE.SEQ"]);
});

function fresh(): WorkbookModel {
  return new WorkbookModel();
}

describe("custom functions in the engine", () => {
  it("computes element-wise results that spill, and recalculates dependants", () => {
    const model = fresh();
    model.setCells("Sheet1", { row: 0, col: 0 }, [
      [1, 4],
      [3, 4],
    ]);
    model.enterInput("Sheet1", { row: 0, col: 3 }, "=WORKFORCE.RATIO(A1:A2,B1:B2)");
    expect(model.getPlainValue("Sheet1", { row: 0, col: 3 })).toBe(0.25);
    expect(model.getPlainValue("Sheet1", { row: 1, col: 3 })).toBe(0.75);
    model.enterInput("Sheet1", { row: 0, col: 0 }, "2");
    expect(model.getPlainValue("Sheet1", { row: 0, col: 3 })).toBe(0.5);
  });

  it("turns a returned CustomFunctions.Error into an Excel error with its reason", () => {
    const model = fresh();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "=WORKFORCE.RATIO(1,0)");
    const display = model.display("Sheet1", { row: 0, col: 0 });
    expect(display.text).toBe("#DIV/0!");
    expect(display.error?.message).toBe("b is 0, so the ratio is undefined");
  });

  it("passes an omitted optional argument as null, as Excel does", () => {
    const model = fresh();
    seen.length = 0;
    model.enterInput("Sheet1", { row: 0, col: 0 }, "=WORKFORCE.SEQ(2)");
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(([, step]) => step === null)).toBe(true);
  });

  it("grows and shrinks a spill when an argument changes its size", () => {
    const model = fresh();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "3");
    model.enterInput("Sheet1", { row: 0, col: 1 }, "=WORKFORCE.SEQ(A1,10)");
    expect(model.getPlainValue("Sheet1", { row: 2, col: 1 })).toBe(20);
    expect(model.getPlainValue("Sheet1", { row: 3, col: 1 })).toBeNull();
    expect(model.spillRangeAt("Sheet1", { row: 2, col: 1 })).toEqual({
      start: { row: 0, col: 1 },
      end: { row: 2, col: 1 },
    });
    model.enterInput("Sheet1", { row: 0, col: 0 }, "5");
    expect(model.getPlainValue("Sheet1", { row: 4, col: 1 })).toBe(40);
    expect(model.spillRangeAt("Sheet1", { row: 0, col: 1 })?.end).toEqual({ row: 4, col: 1 });
    expect(model.spillRangeAt("Sheet1", { row: 0, col: 0 })).toBeNull();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "2");
    expect(model.getPlainValue("Sheet1", { row: 1, col: 1 })).toBe(10);
    expect(model.getPlainValue("Sheet1", { row: 2, col: 1 })).toBeNull();
  });

  it("passes a nested call's whole result to its caller", () => {
    const model = fresh();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "=SUM(WORKFORCE.SEQ(4))+WORKFORCE.RATIO(1,2)");
    expect(model.getPlainValue("Sheet1", { row: 0, col: 0 })).toBe(6.5);
    model.enterInput("Sheet1", { row: 1, col: 0 }, "=SUM(WORKFORCE.SEQ(5))");
    expect(model.getPlainValue("Sheet1", { row: 1, col: 0 })).toBe(10);
  });

  it("undo and redo put a spill back at the size its restored inputs give", () => {
    const model = fresh();
    model.enterInput("Sheet1", { row: 0, col: 0 }, "3");
    model.enterInput("Sheet1", { row: 0, col: 1 }, "=WORKFORCE.SEQ(A1,10)");
    model.enterInput("Sheet1", { row: 0, col: 0 }, "5");
    expect(model.getPlainValue("Sheet1", { row: 4, col: 1 })).toBe(40);
    expect(model.undo()).toBe(true);
    expect(model.getPlainValue("Sheet1", { row: 2, col: 1 })).toBe(20);
    expect(model.getPlainValue("Sheet1", { row: 3, col: 1 })).toBeNull();
    // Re-sizing the spill after the undo is not a step of its own, and keeps the redo.
    expect(model.canRedo()).toBe(true);
    expect(model.redo()).toBe(true);
    expect(model.getPlainValue("Sheet1", { row: 4, col: 1 })).toBe(40);
    model.insertLines("Sheet1", "rows", 0, 1);
    expect(model.getPlainValue("Sheet1", { row: 5, col: 1 })).toBe(40);
    model.undo();
    expect(model.getPlainValue("Sheet1", { row: 4, col: 1 })).toBe(40);
    model.undo();
    model.undo();
    expect(model.getPlainValue("Sheet1", { row: 0, col: 1 })).toBeNull();
    expect(model.getPlainValue("Sheet1", { row: 1, col: 1 })).toBeNull();
  });

  it("shows #SPILL! when blocked and spills once the way is clear", () => {
    const model = fresh();
    model.enterInput("Sheet1", { row: 2, col: 0 }, "in the way");
    model.enterInput("Sheet1", { row: 0, col: 0 }, "=WORKFORCE.SEQ(4)");
    expect(model.display("Sheet1", { row: 0, col: 0 }).text).toBe("#SPILL!");
    model.enterInput("Sheet1", { row: 2, col: 0 }, "");
    expect(model.getPlainValue("Sheet1", { row: 3, col: 0 })).toBe(3);
  });
});

describe("preview WorkbookHost", () => {
  it("adds sheets with unique valid names and never replaces one", async () => {
    const host = new PreviewWorkbook(fresh(), null);
    await expect(host.addSheet("Scenario")).resolves.toBe("Scenario");
    await expect(host.addSheet("scenario")).resolves.toBe("scenario (2)");
    await expect(host.addSheet("A/B: test?")).resolves.toBe("A-B- test");
    await expect(host.listSheets()).resolves.toEqual([
      "Sheet1",
      "Scenario",
      "scenario (2)",
      "A-B- test",
    ]);
  });

  it("writes a table with formulas evaluated and finds it as staffing data", async () => {
    const model = fresh();
    const host = new PreviewWorkbook(model, null);
    const written = await host.writeTable("Sheet1", {
      name: "Staff list",
      topLeft: "B2",
      headers: ["Team", "FTE", "Status", "Double"],
      rows: [
        ["North", 1, "Permanent", formula("=C3*2")],
        ["North", 0.5, "Vacant", formula("=C4*2")],
      ],
      columnFormats: [null, "0.0", null, null],
    });
    expect(written).toEqual({ sheet: "Sheet1", tableName: "Staff_list", address: "B2:E4" });
    expect(model.getPlainValue("Sheet1", { row: 3, col: 4 })).toBe(1);
    expect(model.display("Sheet1", { row: 2, col: 2 }).text).toBe("1.0");
    const block = await host.findStaffingData();
    expect(block).toMatchObject({
      tableName: "Staff_list",
      address: "B2:E4",
      headerRow: 2,
      firstColumn: 1,
    });
    expect(block?.rows[1]).toEqual(["North", 0.5, "Vacant", 1]);
  });

  it("rejects with a message naming the problem instead of throwing", async () => {
    const host = new PreviewWorkbook(fresh(), null);
    await expect(host.writeCells("Nope", "A1", [[1]])).rejects.toThrow(
      'There is no sheet called "Nope".',
    );
    await expect(host.selectRange("Sheet1", "not an address")).rejects.toThrow(
      "is not a range address",
    );
    await expect(host.deleteSheet("Sheet1")).rejects.toThrow("must keep at least one");
  });

  it("without a table, finds the staffing list on the selection's sheet, else the block around the selection", async () => {
    const model = fresh();
    const host = new PreviewWorkbook(model, null);
    model.setCells("Sheet1", { row: 4, col: 2 }, [
      ["Team", "FTE", "Status"],
      ["East", 1, "Agency"],
    ]);
    model.selectCell("Sheet1", { row: 5, col: 3 });
    await expect(host.findStaffingData()).resolves.toMatchObject({
      address: "C5:E6",
      headers: ["Team", "FTE", "Status"],
    });
    // The list is found wherever the selection is on its sheet (the rule both hosts share).
    model.selectCell("Sheet1", { row: 20, col: 20 });
    await expect(host.findStaffingData()).resolves.toMatchObject({ address: "C5:E6" });
    const other = model.addSheet("Notes");
    model.setCells(other, { row: 0, col: 0 }, [
      ["Budget", "Amount"],
      ["Agency", 5],
    ]);
    model.selectCell(other, { row: 1, col: 1 });
    await expect(host.findStaffingData()).resolves.toMatchObject({ address: "A1:B2" });
    model.selectCell(other, { row: 20, col: 20 });
    await expect(host.findStaffingData()).resolves.toBeNull();
  });

  it("a value in XFD1048576 does not make it read the sheet's bounding box: only the block around the active cell", async () => {
    const model = fresh();
    const host = new PreviewWorkbook(model, null);
    model.setCells("Sheet1", { row: 0, col: 0 }, [
      ["Team", "FTE", "Status"],
      ["North", 1, "Permanent"],
    ]);
    model.setCells("Sheet1", { row: 1_048_575, col: 16_383 }, [["far away"]]);
    model.selectCell("Sheet1", { row: 1, col: 1 });
    await expect(host.findStaffingData()).resolves.toMatchObject({ address: "A1:C2" });
    model.selectCell("Sheet1", { row: 500, col: 500 });
    await expect(host.findStaffingData()).resolves.toBeNull();
  });

  it("finds a report's header below its title rows, and a row typed below a table joins it", async () => {
    const model = fresh();
    const host = new PreviewWorkbook(model, null);
    model.setCells("Sheet1", { row: 0, col: 0 }, [
      ["Children's Services establishment report"],
      ["Run 03/10/2025"],
      [null],
      ["Service Team", "Employment Type", "Hours FTE"],
      ["Assessment", "Perm", 1],
    ]);
    model.selectCell("Sheet1", { row: 0, col: 0 });
    await expect(host.findStaffingData()).resolves.toMatchObject({
      address: "A4:C5",
      headerRow: 4,
    });

    const table = await host.writeTable("Sheet1", {
      name: "Posts",
      topLeft: "F1",
      headers: ["Team", "FTE", "Status"],
      rows: [["North", 1, "Permanent"]],
    });
    expect(table.address).toBe("F1:H2");
    model.enterInput("Sheet1", { row: 2, col: 5 }, "South");
    model.enterInput("Sheet1", { row: 2, col: 6 }, "0.5");
    model.enterInput("Sheet1", { row: 2, col: 7 }, "Vacant");
    const block = await host.findStaffingData();
    expect(block).toMatchObject({ tableName: "Posts", address: "F1:H3" });
    expect(block?.rows).toEqual([
      ["North", 1, "Permanent"],
      ["South", 0.5, "Vacant"],
    ]);
    // Two rows below is not "directly below": the table stays as it is.
    model.enterInput("Sheet1", { row: 4, col: 5 }, "Elsewhere");
    await expect(host.findStaffingData()).resolves.toMatchObject({ address: "F1:H3" });
  });

  it("keeps settings in the workbook and in browser storage", async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as unknown as Storage;
    const host = new PreviewWorkbook(fresh(), storage);
    await host.setSetting("targets", '{"vacancy":0.24}');
    await expect(host.getSetting("targets")).resolves.toBe('{"vacancy":0.24}');
    const reopened = new PreviewWorkbook(fresh(), storage);
    await expect(reopened.getSetting("targets")).resolves.toBe('{"vacancy":0.24}');
    await expect(reopened.getSetting("missing")).resolves.toBeNull();
  });
});

describe("clipboard", () => {
  it("pastes tab-separated rows as typed values and copies a range back as text", () => {
    const model = fresh();
    model.pasteText("Sheet1", { row: 1, col: 1 }, "Team\tFTE\r\nNorth\t0.5\r\nSouth\t=C3*2\r\n");
    expect(model.getPlainValue("Sheet1", { row: 2, col: 2 })).toBe(0.5);
    expect(model.getPlainValue("Sheet1", { row: 3, col: 2 })).toBe(1);
    expect(
      model.rangeAsText("Sheet1", { start: { row: 1, col: 1 }, end: { row: 3, col: 2 } }),
    ).toBe("Team\tFTE\nNorth\t0.5\nSouth\t1");
  });
});

describe("typed input and number formats", () => {
  it("interprets typed text as Excel does", () => {
    expect(parseInput("12")).toBe(12);
    expect(parseInput("1,234.5")).toBe(1234.5);
    expect(parseInput("24%")).toBeCloseTo(0.24, 12);
    expect(parseInput("true")).toBe(true);
    expect(parseInput("=A1+1")).toBe("=A1+1");
    expect(parseInput("2021-12")).toBe("2021-12");
    expect(parseInput("  ")).toBeNull();
  });

  it("formats numbers with the codes the add-in writes", () => {
    expect(formatNumber(0.2412, "0.0%")).toBe("24.1%");
    expect(formatNumber(1234567.8, "#,##0")).toBe("1,234,568");
    expect(formatNumber(-0.04, "0.0")).toBe("0.0");
    expect(formatNumber(55000, "£#,##0")).toBe("£55,000");
    // Excel's General format fits 11 characters in a standard column: 0.333333333.
    expect(generalFormat(1 / 3)).toBe("0.333333333");
    expect(generalFormat(0.25)).toBe("0.25");
  });
});
