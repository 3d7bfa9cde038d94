import { isWorkforceError, toMatrix, toNumberArg, WorkforceError } from "../../src/core";
import type { Arg } from "../../src/core";
import { elementwise } from "../../src/functions/broadcast";
import { plainCell } from "../../src/functions/cellValue";

const err = (value: unknown) => value as WorkforceError;

describe("elementwise broadcasting (Excel array arithmetic)", () => {
  /** Adds two elements, each read as a number argument (the first that fails decides). */
  const add = (args: readonly Arg[]) =>
    elementwise<number>(args, (a, b) => {
      const x = toNumberArg(a, "a");
      if (typeof x !== "number") return x;
      const y = toNumberArg(b, "b");
      return typeof y === "number" ? x + y : y;
    });
  it("scalars give 1×1", () => {
    expect(add([1, 2])).toEqual([[3]]);
  });
  it("equal shapes pair up", () => {
    expect(
      add([
        [[1], [2]],
        [[10], [20]],
      ]),
    ).toEqual([[11], [22]]);
  });
  it("a scalar or 1×1 range broadcasts", () => {
    expect(add([[[1, 2]], [[10]]])).toEqual([[11, 12]]);
  });
  it("a row and a column make a grid", () => {
    expect(add([[[1, 2]], [[10], [20]]])).toEqual([
      [11, 12],
      [21, 22],
    ]);
  });
  it("mismatched shapes give #N/A beyond the smaller range", () => {
    const result = add([
      [[1], [2], [3]],
      [[10], [20]],
    ]);
    expect(result[0][0]).toBe(11);
    expect(result[1][0]).toBe(22);
    expect(err(result[2][0]).kind).toBe("notAvailable");
  });
  it("a bad element spoils only itself", () => {
    const result = add([[[1], ["x"], [3]], 1]);
    expect(result[0][0]).toBe(2);
    expect(isWorkforceError(result[1][0])).toBe(true);
    expect(result[2][0]).toBe(4);
  });
  it("empty and ragged ranges normalise", () => {
    expect(toMatrix([])).toEqual([[null]]);
    expect(toMatrix([[1, 2], [3]])).toEqual([
      [1, 2],
      [3, null],
    ]);
    expect(elementwise([[]], (v) => (v === null ? 0 : 1))).toEqual([[0]]);
  });
});

describe("error arguments through the functions' reading", () => {
  it("a CustomFunctions.Error keeps its kind, an error the core has no kind for is #VALUE!", () => {
    const one = (arg: unknown) => elementwise([plainCell(arg)], (a) => toNumberArg(a, "a"));
    const divided = one(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero));
    expect(err(divided[0][0]).kind).toBe("divisionByZero");
    const ref = one({ code: "#REF!" });
    expect(err(ref[0][0]).kind).toBe("invalidValue");
    expect(isWorkforceError(ref[0][0])).toBe(true);
  });
});
