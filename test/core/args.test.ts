import {
  elementwise,
  elementwiseNumbers,
  isWorkforceError,
  toMatrix,
  toNumberArg,
  WorkforceError,
} from "../../src/core";

const err = (value: unknown) => value as WorkforceError;

describe("toNumberArg", () => {
  it("passes numbers", () => {
    expect(toNumberArg(3.5, "x")).toBe(3.5);
    expect(toNumberArg(0, "x")).toBe(0);
  });
  it.each(["x", "c", "z", "low", "u", " C ", "LOW"])(
    "DfE marker %p is #N/A naming the argument and marker",
    (marker) => {
      const result = err(toNumberArg(marker, "in_post_fte"));
      expect(result.kind).toBe("notAvailable");
      expect(result.message).toMatch(/^in_post_fte is missing \(DfE marker "(x|c|z|low|u)"/);
    },
  );
  it("blank is #N/A", () => {
    expect(err(toNumberArg(null, "cases")).kind).toBe("notAvailable");
    expect(err(toNumberArg("", "cases")).kind).toBe("notAvailable");
    expect(err(toNumberArg(undefined, "cases")).message).toContain("cases");
  });
  it("numbers stored as text are #VALUE! with a fix in the message", () => {
    const result = err(toNumberArg("12", "vacancy_fte"));
    expect(result.kind).toBe("invalidValue");
    expect(result.message).toContain('vacancy_fte is text "12"');
  });
  it("other text, booleans and negatives are #VALUE!", () => {
    expect(err(toNumberArg("abc", "fte")).kind).toBe("invalidValue");
    expect(err(toNumberArg(true, "fte")).kind).toBe("invalidValue");
    expect(err(toNumberArg(-1, "fte")).message).toContain("fte must not be negative");
    expect(toNumberArg(-1, "fte", { allowNegative: true })).toBe(-1);
    expect(err(toNumberArg(0, "fte", { allowZero: false })).kind).toBe("invalidValue");
  });
  it("error values passed in keep their kind", () => {
    expect(
      err(toNumberArg(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero), "a"))
        .kind,
    ).toBe("divisionByZero");
    expect(err(toNumberArg({ code: "#REF!" }, "a")).kind).toBe("invalidValue");
  });
  it("NaN and Infinity are #NUM!", () => {
    expect(err(toNumberArg(Number.NaN, "a")).kind).toBe("invalidNumber");
  });
});

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
