/**
 * The one bridge as the workbench, the benchmarks and these tests register it: from the
 * generated, post-processed functions.json and the implementations it associates. Empty and
 * error cells reach the adapters as Excel on the web passes them; spill sizes come from the
 * results, kept by each workbook's own SpillTracker.
 */
import { HyperFormula, type DetailedCellError } from "hyperformula";
import * as functionsModule from "../../src/functions/functions";
import {
  implementationsFrom,
  registerCustomFunctions,
  type CustomFunctionImplementation,
  type FunctionsMetadata,
} from "../../src/preview/functionBridge";
import { SpillTracker } from "../../src/preview/spills";
import { WorkbookModel } from "../../src/preview/workbookModel";
import { functionsMetadataModule } from "../support/buildScripts";
import { FUNCTIONS_SOURCE } from "../functions/registry";

const received: unknown[][] = [];
let sequenceCalls = 0;
/** Extra entries beside the generated ones, as the benchmarks add their reference functions. */
const probes: FunctionsMetadata["functions"] = [
  {
    id: "PROBE",
    name: "PROBE",
    parameters: [{ name: "range", type: "any", dimensionality: "matrix" }],
    result: { dimensionality: "matrix" },
  },
  {
    id: "ERRORBACK",
    name: "ERRORBACK",
    parameters: [{ name: "text", type: "any" }],
    result: {},
  },
  {
    id: "COUNTTO",
    name: "COUNTTO",
    parameters: [{ name: "n", type: "any", dimensionality: "matrix" }],
    result: { dimensionality: "matrix" },
  },
];
const probeImplementations: [string, CustomFunctionImplementation][] = [
  [
    "PROBE",
    (range) => {
      received.push(range as unknown[]);
      return [[0]];
    },
  ],
  // Returns the Excel error named by its text, as an adapter returns CustomFunctions.Error.
  ["ERRORBACK", (text) => ({ code: String(text), message: `returned ${String(text)}` })],
  [
    "COUNTTO",
    (n) => {
      sequenceCalls++;
      const count = Number((n as unknown[][])[0][0]);
      return Array.from({ length: count }, (_, i) => [i + 1]);
    },
  ],
];

beforeAll(async () => {
  const generated = await functionsMetadataModule.functionsMetadata(FUNCTIONS_SOURCE);
  const implementations = implementationsFrom(generated.associate, functionsModule);
  for (const [id, fn] of probeImplementations) implementations.set(id, fn);
  const metadata = generated.metadata as FunctionsMetadata;
  const registered = registerCustomFunctions(
    { ...metadata, functions: [...metadata.functions, ...probes] },
    implementations,
  );
  expect(registered.missing).toEqual([]);
  expect(registered.names).toContain("WORKFORCE.VACANCYRATE");
});

beforeEach(() => {
  received.length = 0;
  sequenceCalls = 0;
});

const A1 = { row: 0, col: 0 };

describe("arguments as Excel passes them", () => {
  it("an empty cell in a range arrives as null and an error cell as CustomFunctions.Error", () => {
    const model = new WorkbookModel();
    model.setCells("Sheet1", A1, [[1], [null], ["=1/0"], ["text"]]);
    model.enterInput("Sheet1", { row: 0, col: 2 }, "=WORKFORCE.PROBE(A1:A4)");
    const range = received.at(-1) as unknown[][];
    expect(range).toHaveLength(4);
    expect(range[0][0]).toBe(1);
    expect(range[1][0]).toBeNull();
    expect(range[2][0]).toBeInstanceOf(CustomFunctions.Error);
    expect((range[2][0] as CustomFunctions.Error).code).toBe("#DIV/0!");
    expect(range[3][0]).toBe("text");
  });

  it("the real adapter gives each element its own answer: a blank is #N/A, an error stays itself", () => {
    const model = new WorkbookModel();
    model.setCells("Sheet1", A1, [
      [3, 17],
      [null, 20],
      ["=1/0", 5],
    ]);
    model.enterInput("Sheet1", { row: 0, col: 3 }, "=WORKFORCE.VACANCYRATE(A1:A3,B1:B3)");
    expect(model.getPlainValue("Sheet1", { row: 0, col: 3 })).toBeCloseTo(0.15, 12);
    expect(model.getPlainValue("Sheet1", { row: 1, col: 3 })).toBe("#N/A");
    expect(model.getPlainValue("Sheet1", { row: 2, col: 3 })).toBe("#DIV/0!");
  });

  it("PROJECT takes its fourth parameter (the generated metadata's arity, not a hand-written one)", () => {
    const model = new WorkbookModel();
    model.setCells("Sheet1", A1, [
      ["establishment_fte", 10],
      ["in_post_fte", 8],
      ["cases", 100],
      ["start_month", "2024-01"],
    ]);
    model.setCells("Sheet1", { row: 0, col: 3 }, [[100], [200], [300]]);
    model.enterInput("Sheet1", { row: 0, col: 5 }, "=WORKFORCE.PROJECT(A1:B4,,3,D1:D3)");
    const header = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(
      (col) => model.getPlainValue("Sheet1", { row: 0, col: 5 + col }) as string,
    );
    const cases = header.indexOf("Cases");
    expect(cases).toBeGreaterThan(0);
    expect(model.getPlainValue("Sheet1", { row: 2, col: 5 + cases })).toBe(200);
    expect(model.getPlainValue("Sheet1", { row: 3, col: 5 + cases })).toBe(300);
  });
});

describe("errors a function returns", () => {
  it.each([
    ["#DIV/0!", "#DIV/0!"],
    ["#N/A", "#N/A"],
    ["#NUM!", "#NUM!"],
    ["#NAME?", "#NAME?"],
    ["#REF!", "#REF!"],
    ["#SPILL!", "#SPILL!"],
    // Excel errors HyperFormula has no type for: the nearest it has, else #VALUE!.
    ["#NULL!", "#ERROR!"],
    ["#GETTING_DATA", "#N/A"],
    ["#CALC!", "#VALUE!"],
    ["#NOT_AN_ERROR", "#VALUE!"],
  ])("%s shows as %s, with the function's reason", (returned, shown) => {
    const model = new WorkbookModel();
    model.setCells("Sheet1", A1, [[`=WORKFORCE.ERRORBACK("${returned}")`]]);
    expect(model.getPlainValue("Sheet1", A1)).toBe(shown);
    expect((model.getValue("Sheet1", A1) as DetailedCellError).message).toBe(
      `returned ${returned}`,
    );
  });

  it("an engine error passed into a function arrives with Excel's text (or HyperFormula's own)", () => {
    const model = new WorkbookModel();
    model.setCells("Sheet1", A1, [["=1/0", "=NOSUCHFUNCTION()", "=C1", "=WORKFORCE.PROBE(A1:C1)"]]);
    const codes = (received[0] as unknown[][])[0].map((e) => (e as CustomFunctions.Error).code);
    expect(codes).toEqual(["#DIV/0!", "#NAME?", "#CYCLE!"]);
  });
});

describe("spill sizes from the results", () => {
  it("a formula over computed inputs spills at its full size on entry", () => {
    const model = new WorkbookModel();
    model.setCells("Sheet1", A1, [[4]]);
    model.enterInput("Sheet1", { row: 0, col: 1 }, "=WORKFORCE.COUNTTO(A1)");
    expect(model.getPlainValue("Sheet1", { row: 3, col: 1 })).toBe(4);
    // Sized by evaluating once, then evaluated: no re-entry.
    expect(sequenceCalls).toBe(2);
  });

  it("a formula entered with its input in one batch is sized after it answers", () => {
    const model = new WorkbookModel();
    model.setCells("Sheet1", A1, [["=2+3", "=WORKFORCE.COUNTTO(A1)"]]);
    expect(model.getPlainValue("Sheet1", { row: 4, col: 1 })).toBe(5);
    expect(model.getPlainValue("Sheet1", { row: 5, col: 1 })).toBeNull();
  });

  it("each workbook keeps its own spill sizes", () => {
    const first = new WorkbookModel();
    first.setCells("Sheet1", A1, [[3, "=WORKFORCE.COUNTTO(A1)"]]);
    const second = new WorkbookModel();
    second.setCells("Sheet1", A1, [[2, "=WORKFORCE.COUNTTO(A1)"]]);
    second.restore(second.snapshot());
    first.setCells("Sheet1", A1, [[6]]);
    expect(first.getPlainValue("Sheet1", { row: 5, col: 1 })).toBe(6);
    expect(second.getPlainValue("Sheet1", { row: 1, col: 1 })).toBe(2);
    expect(second.getPlainValue("Sheet1", { row: 2, col: 1 })).toBeNull();
  });

  it("an engine built without a SpillTracker says so instead of guessing a size", () => {
    const hf = HyperFormula.buildFromArray([[3, "=WORKFORCE.COUNTTO(A1)"]], {
      licenseKey: "gpl-v3",
    });
    const value = hf.getCellValue({ sheet: 0, row: 0, col: 1 });
    expect(value).toMatchObject({ value: "#VALUE!" });
    expect(String((value as { message: string }).message)).toMatch(/SpillTracker/);
    hf.destroy();
  });

  it("a cleared formula leaves nothing behind in its tracker", () => {
    const spills = new SpillTracker();
    const hf = HyperFormula.buildFromArray([[3, "=WORKFORCE.COUNTTO(A1)"]], {
      licenseKey: "gpl-v3",
      context: spills,
    });
    expect(spills.size).toBe(1);
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[null]]);
    spills.settle(hf);
    expect(spills.size).toBe(0);
    hf.destroy();
  });
});
