/**
 * The workbench passes error cells to a custom function exactly when Excel would: only when
 * functions.json sets allowErrorForDataTypeAny (every build sets it; see
 * scripts/build/functionsMetadata.cjs). Without it the formula shows the argument's error.
 */
import { registerCustomFunctions, type FunctionsMetadata } from "../../src/preview/functionBridge";
import { WorkbookModel } from "../../src/preview/workbookModel";

const received: unknown[] = [];
const implementations = new Map<string, (...args: unknown[]) => unknown>([
  [
    "FIRST",
    (range) => {
      received.push(range);
      return [[(range as unknown[][]).length]];
    },
  ],
]);

function metadata(allowErrors: boolean | undefined): FunctionsMetadata {
  return {
    ...(allowErrors === undefined ? {} : { allowErrorForDataTypeAny: allowErrors }),
    functions: [
      {
        id: "FIRST",
        name: "FIRST",
        parameters: [{ name: "range", type: "any", dimensionality: "matrix" }],
        result: { dimensionality: "matrix" },
      },
    ],
  };
}

function evaluate(): unknown {
  const model = new WorkbookModel();
  model.setCells("Sheet1", { row: 0, col: 0 }, [[1], ["=1/0"], [3]]);
  model.enterInput("Sheet1", { row: 0, col: 2 }, "=WORKFORCE.FIRST(A1:A3)");
  return model.getPlainValue("Sheet1", { row: 0, col: 2 });
}

beforeEach(() => {
  received.length = 0;
});

it("with allowErrorForDataTypeAny the function receives the error cell as CustomFunctions.Error", () => {
  registerCustomFunctions(metadata(true), implementations);
  expect(evaluate()).toBe(3);
  const range = received.at(-1) as unknown[][];
  expect(range[1][0]).toBeInstanceOf(CustomFunctions.Error);
  expect((range[1][0] as CustomFunctions.Error).code).toBe("#DIV/0!");
});

it.each([false, undefined])(
  "with allowErrorForDataTypeAny %p the formula shows the error and the function is not called",
  (flag) => {
    registerCustomFunctions(metadata(flag), implementations);
    expect(evaluate()).toBe("#DIV/0!");
    expect(received).toEqual([]);
  },
);
