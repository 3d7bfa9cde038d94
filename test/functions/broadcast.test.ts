import { isWorkforceError, toMatrix, WorkforceError } from "../../src/core";
import { elementwise, elementwiseNumbers } from "../../src/functions/broadcast";
import { plainCell } from "../../src/functions/cellValue";

const err = (value: unknown) => value as WorkforceError;

describe("elementwise broadcasting (Excel array arithmetic)", () => {
  const add = (a: number, b: number) => a + b;
  const specs = [{ name: "a" }, { name: "b" }];
  it("scalars give 1×1", () => {
    expect(elementwiseNumbers([1, 2], specs, add)).toEqual([[3]]);
  });
  it("equal shapes pair up", () => {
    expect(
      elementwiseNumbers(
        [
          [[1], [2]],
          [[10], [20]],
        ],
        specs,
        add,
      ),
    ).toEqual([[11], [22]]);
  });
  it("a scalar or 1×1 range broadcasts", () => {
    expect(elementwiseNumbers([[[1, 2]], [[10]]], specs, add)).toEqual([[11, 12]]);
  });
  it("a row and a column make a grid", () => {
    expect(elementwiseNumbers([[[1, 2]], [[10], [20]]], specs, add)).toEqual([
      [11, 12],
      [21, 22],
    ]);
  });
  it("mismatched shapes give #N/A beyond the smaller range", () => {
    const result = elementwiseNumbers(
      [
        [[1], [2], [3]],
        [[10], [20]],
      ],
      specs,
      add,
    );
    expect(result[0][0]).toBe(11);
    expect(result[1][0]).toBe(22);
    expect(err(result[2][0]).kind).toBe("notAvailable");
  });
  it("a bad element spoils only itself", () => {
    const result = elementwiseNumbers([[[1], ["x"], [3]], 1], specs, add);
    expect(result[0][0]).toBe(2);
    expect(isWorkforceError(result[1][0])).toBe(true);
    expect(result[2][0]).toBe(4);
  });
  it("optional arguments fall back when blank", () => {
    expect(elementwiseNumbers([1, null], [{ name: "a" }, { name: "b", fallback: 5 }], add)).toEqual(
      [[6]],
    );
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
    const specs = [{ name: "a" }];
    const divided = elementwiseNumbers(
      [plainCell(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero))],
      specs,
      (a) => a,
    );
    expect(err(divided[0][0]).kind).toBe("divisionByZero");
    const ref = elementwiseNumbers([plainCell({ code: "#REF!" })], specs, (a) => a);
    expect(err(ref[0][0]).kind).toBe("invalidValue");
    expect(isWorkforceError(ref[0][0])).toBe(true);
  });
});
