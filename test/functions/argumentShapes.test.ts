/**
 * Arguments in the shapes Microsoft documents for a custom function whose functions.json sets
 * allowErrorForDataTypeAny and allowCustomDataForDataTypeAny (both set by every build):
 * - error cells: `CustomFunctions.Error` with a `code` such as "#DIV/0!" (custom-functions-runtime
 *   ErrorCode; office-js-docs-pr docs/excel/custom-functions-errors.md, "Errors as custom
 *   function inputs") and Excel's error cell value `{ type: "Error", basicValue, errorType }`
 *   (Excel.DivByZeroErrorCellValue, Excel.NotAvailableErrorCellValue);
 * - data types: `{ type: "Double" | "FormattedNumber", basicValue }` (custom-functions-data-
 *   types-concepts.md, "Output a formatted number"), `{ type: "String", basicValue }`,
 *   `{ type: "Empty" }`, and entities with `text` (same page, "Input an entity value";
 *   Excel.EntityCellValue, Excel.LinkedEntityCellValue, whose basicValue is "#VALUE!").
 */
import { isWorkforceError, toNumberArg, toTextArg, WorkforceError } from "../../src/core";
import { blankArgument, errorCode, plainCell, plainRange } from "../../src/functions/cellValue";
import {
  benchmarkFunction,
  projectFunction,
  summaryFunction,
  vacancyRateFunction,
} from "../../src/functions/functions";
import { shown } from "./registry";

const divByZeroCell = {
  type: "Error",
  basicType: "Error",
  basicValue: "#DIV/0!",
  errorType: "Div0",
};
const notAvailableCell = {
  type: "Error",
  basicType: "Error",
  basicValue: "#N/A",
  errorType: "NotAvailable",
};
const customDivByZero = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
const leeds = {
  type: "LinkedEntity",
  basicType: "Error",
  basicValue: "#VALUE!",
  text: "Leeds",
  id: { entityId: "Leeds", domainId: "Geography", serviceId: 268, culture: "en-GB" },
  properties: { Population: { type: "Double", basicValue: 812000 } },
};
const formatted = (n: number) => ({ type: "FormattedNumber", basicValue: n, numberFormat: "0.0" });

const err = (value: unknown) => value as WorkforceError;

describe("error cells as arguments", () => {
  it("reads the code of both documented shapes", () => {
    expect(errorCode(customDivByZero())).toBe("#DIV/0!");
    expect(errorCode(divByZeroCell)).toBe("#DIV/0!");
    expect(errorCode({ type: "Error", errorType: "NotAvailable" })).toBe("#N/A");
    expect(errorCode({ type: "Error", errorType: "Spill", basicValue: "#SPILL!" })).toBe("#SPILL!");
    expect(errorCode("#DIV/0!")).toBeUndefined(); // text, not an error cell
  });

  it.each([
    ["CustomFunctions.Error", customDivByZero()],
    ["Excel error cell value", divByZeroCell],
  ])("a %s keeps its kind and names the argument", (_shape, cell) => {
    const result = err(toNumberArg(plainCell(cell), "in_post_fte"));
    expect(result.kind).toBe("divisionByZero");
    expect(result.message).toBe("in_post_fte is an error value (#DIV/0!)");
    expect(err(toTextArg(plainCell(cell), "area")).kind).toBe("divisionByZero");
  });

  it("keeps the message a CustomFunctions.Error carries", () => {
    const cell = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no data yet");
    expect(err(toNumberArg(plainCell(cell), "cases")).message).toBe(
      "cases is an error value (#N/A): no data yet",
    );
  });

  it("an error Excel has no kind for here is #VALUE! naming the code", () => {
    const result = err(
      toNumberArg(plainCell({ type: "Error", basicValue: "#SPILL!", errorType: "Spill" }), "a"),
    );
    expect(result.kind).toBe("invalidValue");
    expect(result.message).toContain("#SPILL!");
  });

  it("one error cell in a range spoils only its own element", () => {
    const result = vacancyRateFunction(
      [[10], [divByZeroCell], [customDivByZero()], [notAvailableCell]],
      [[90], [90], [90], [90]],
    );
    expect(result.map((row) => shown(row[0]))).toEqual([0.1, "#DIV/0!", "#DIV/0!", "#N/A"]);
  });
});

describe("data types as arguments", () => {
  it("reads numbers, text, booleans and empty cells from their basicValue", () => {
    expect(plainCell({ type: "Double", basicValue: 12 })).toBe(12);
    expect(plainCell(formatted(0.25))).toBe(0.25);
    expect(plainCell({ type: "String", basicValue: "Permanent" })).toBe("Permanent");
    expect(plainCell({ type: "Boolean", basicValue: true })).toBe(true);
    expect(plainCell({ type: "Empty", basicValue: "" })).toBeNull();
    expect(blankArgument({ type: "Empty" })).toBe(true);
  });

  it("reads an entity or linked entity as the text its cell shows", () => {
    expect(plainCell(leeds)).toBe("Leeds");
    expect(plainCell({ type: "Entity", text: "Children's services", properties: {} })).toBe(
      "Children's services",
    );
    expect(toTextArg(plainCell(leeds), "area")).toBe("Leeds");
  });

  it("a linked entity where a number belongs is #VALUE! naming it", () => {
    const result = err(toNumberArg(plainCell(leeds), "in_post_fte"));
    expect(result.kind).toBe("invalidValue");
    expect(result.message).toBe('in_post_fte must be a number, not the text "Leeds"');
  });

  it("a picture or other rich value without text is #VALUE!, never [object Object]", () => {
    const picture = {
      type: "WebImage",
      address: "https://example.invalid/a.png",
      basicValue: "#VALUE!",
    };
    expect(errorCode(plainCell(picture))).toBe("#VALUE!");
    expect(isWorkforceError(toNumberArg(plainCell(picture), "fte"))).toBe(true);
  });

  it("plainRange copies only rows that hold a rich value", () => {
    const plainRow = [1, "a", null];
    const rows = [plainRow, [formatted(2), "b", leeds]];
    const out = plainRange(rows);
    expect(out[0]).toBe(plainRow);
    expect(out[1]).toEqual([2, "b", "Leeds"]);
    expect(rows[1][0]).toEqual(formatted(2)); // the argument itself is not changed
    const untouched = [[1], [2]];
    expect(plainRange(untouched)).toBe(untouched);
  });

  it("formatted numbers compute like plain numbers", () => {
    expect(vacancyRateFunction([[formatted(10)]], [[{ type: "Double", basicValue: 90 }]])).toEqual(
      vacancyRateFunction([[10]], [[90]]),
    );
  });

  it("BENCHMARK takes a Geography linked entity as its area", () => {
    const byText = benchmarkFunction([["vacancy rate"]], [["Leeds"]], [[2024]]);
    expect(shown(byText[0][0])).toEqual(expect.any(Number));
    expect(benchmarkFunction([["vacancy rate"]], [[leeds]], [[2024]])).toEqual(byText);
  });

  it("SUMMARY reads a staffing table whose cells are data types", () => {
    const headers = ["Team", "Status", "FTE"];
    const plain = [headers, ["Assessment", "Permanent", 1], ["Assessment", "Vacant", 0.5]];
    const rich = [
      headers.map((h) => ({ type: "String", basicValue: h })),
      [{ type: "Entity", text: "Assessment", properties: {} }, "Permanent", formatted(1)],
      ["Assessment", { type: "String", basicValue: "Vacant" }, { type: "Double", basicValue: 0.5 }],
    ];
    expect(summaryFunction(rich)).toEqual(summaryFunction(plain));
  });

  it("planning arguments read data types too", () => {
    const assumptions = [
      ["establishment_fte", 100],
      ["in_post_fte", 80],
      ["cases", 1200],
      ["start_month", "2026-01"],
    ];
    const rich = assumptions.map(([name, value]) => [
      { type: "String", basicValue: name },
      typeof value === "number" ? formatted(value) : { type: "String", basicValue: value },
    ]);
    expect(projectFunction(rich, undefined, [[6]])).toEqual(
      projectFunction(assumptions, undefined, [[6]]),
    );
  });
});
