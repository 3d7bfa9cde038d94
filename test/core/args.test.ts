import { toNumberArg, WorkforceError } from "../../src/core";

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
  it("error cells passed in keep their kind and name the argument", () => {
    const divided = err(toNumberArg({ code: "#DIV/0!", kind: "divisionByZero" }, "a"));
    expect(divided.kind).toBe("divisionByZero");
    expect(divided.message).toBe("a is an error value (#DIV/0!)");
    // Excel's own shapes are read by the custom functions first (test/functions/argumentShapes).
    expect(err(toNumberArg({ code: "#REF!" }, "a")).kind).toBe("invalidValue");
  });
  it("NaN and Infinity are #NUM!", () => {
    expect(err(toNumberArg(Number.NaN, "a")).kind).toBe("invalidNumber");
  });
});
