import { WorkforceError } from "../../src/core";
import {
  guard,
  rectangular,
  tableArg,
  toExcelError,
  toExcelMatrix,
  toExcelValue,
} from "../../src/functions/adapter";

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

  it("guard turns an unexpected exception into #VALUE! naming the function", () => {
    const result = guard("TEST", () => {
      throw new Error("boom");
    });
    const error = result[0][0] as CustomFunctions.Error;
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("unexpected error in TEST: boom");
  });

  it("tableArg splits the header row and rectangular pads rows", () => {
    expect(
      tableArg([
        [" Team ", 5],
        ["A", 1],
      ]),
    ).toEqual({ headers: ["Team", "5"], rows: [["A", 1]] });
    expect(rectangular([["a", "b"], ["c"]])).toEqual([
      ["a", "b"],
      ["c", ""],
    ]);
  });
});
