import { WorkforceError } from "../../src/core";
import {
  plainMatrixArg,
  spill,
  toExcelError,
  toExcelMatrix,
  toExcelValue,
} from "../../src/functions/adapter";
import { runDeclared } from "../../src/functions/runner";

describe("adapter", () => {
  it.each([
    ["divisionByZero", "#DIV/0!", false],
    ["invalidValue", "#VALUE!", true],
    ["notAvailable", "#N/A", true],
    ["invalidNumber", "#NUM!", false],
  ] as const)("maps %s to %s (message kept: %s)", (kind, code, keepsMessage) => {
    const error = toExcelError(new WorkforceError(kind, "why"));
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    expect(error.code).toBe(code);
    expect(error.message).toBe(keepsMessage ? "why" : undefined);
  });

  it("never lets NaN or Infinity through", () => {
    expect((toExcelValue(Number.NaN) as CustomFunctions.Error).code).toBe("#NUM!");
    expect((toExcelValue(Number.NEGATIVE_INFINITY) as CustomFunctions.Error).code).toBe("#NUM!");
    expect(toExcelValue(0.5)).toBe(0.5);
  });

  it("maps a whole matrix, blanks becoming empty text", () => {
    expect(toExcelMatrix([[1, "a", null, true]])).toEqual([[1, "a", "", true]]);
  });

  it("the runner turns an unexpected exception into #VALUE! naming the function", () => {
    const result = runDeclared(
      "TEST",
      {
        readers: [],
        run: () => {
          throw new Error("boom");
        },
      },
      [],
    );
    const error = result[0][0] as CustomFunctions.Error;
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("unexpected error in TEST: boom");
  });

  it("a spill pads rows to the widest and maps every value", () => {
    expect(spill([["a", "b"], ["c"], [Number.NaN, null, 2]]).map((row) => row.map(String))).toEqual(
      [
        ["a", "b", ""],
        ["c", "", ""],
        ["#NUM!", "", "2"],
      ],
    );
    expect(spill([])).toEqual([]);
  });

  it("a range argument loses its trailing blank rows and reads data types", () => {
    expect(
      plainMatrixArg([
        ["Team", { type: "FormattedNumber", basicValue: 5, numberFormat: "0" }],
        ["A", 1],
        [null, ""],
      ]),
    ).toEqual([
      ["Team", 5],
      ["A", 1],
    ]);
  });
});
