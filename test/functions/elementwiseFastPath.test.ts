/**
 * `elementwise` takes a single-element path when every argument is 1×1 (one formula a row). These tests check it against the general broadcasting path: the same
 * arguments with one of them widened to a 1×2 range go through the general path, and by
 * broadcasting each of the two results must be exactly what the single-element path gives.
 */
import fc from "fast-check";
import { WorkforceError } from "../../src/core";
import type { Arg } from "../../src/core";
import { elementwise } from "../../src/functions/broadcast";

/** Every way an argument can hold one value (or one blank) that `toMatrix` reads as 1×1. */
type SingleForm = "scalar" | "list" | "matrix";
const singleForms: readonly SingleForm[] = ["scalar", "list", "matrix"];

function asForm(value: unknown, form: SingleForm): Arg {
  if (form === "scalar") return value;
  if (form === "list") return [value];
  return [[value]];
}

/** The blank shapes: `[]` and `[[]]` both mean one blank cell. */
const blankForms: readonly Arg[] = [[], [[]]];

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 3000 }),
  fc.constantFrom(0, -0, 1, 1e-320, Number.NaN, Number.POSITIVE_INFINITY, -1, Number.MAX_VALUE),
  fc.constantFrom(null, undefined, "", "  ", "x", "c", " LOW ", "u", "z", "12", "abc", true, false),
  fc.constantFrom(
    new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero),
    new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "from another cell"),
    { code: "#REF!" },
    new WorkforceError("invalidNumber", "from the core"),
    {},
  ),
);

/** One argument: a value in one of the single forms, or a blank shape. */
const singleArg: fc.Arbitrary<Arg> = fc
  .oneof(
    { weight: 9, arbitrary: fc.tuple(cellValue, fc.constantFrom(...singleForms)) },
    { weight: 1, arbitrary: fc.constantFrom(...blankForms).map((blank) => [blank, "as is"]) },
  )
  .map(([value, form]) => (form === "as is" ? value : asForm(value, form as SingleForm)));

/** The one element `toMatrix` reads from a single-form argument. */
function elementOf(arg: Arg): unknown {
  if (!Array.isArray(arg)) return arg;
  if (arg.length === 0) return null;
  const row: unknown = arg[0];
  if (!Array.isArray(row)) return row;
  return row.length === 0 ? null : (row[0] as unknown);
}

/** The same arguments with argument `index` widened to a 1×2 range of its element. */
function widened(args: readonly Arg[], index: number): Arg[] {
  return args.map((arg, i) => (i === index ? [[elementOf(arg), elementOf(arg)]] : arg));
}

/** Asserts the single-element result equals both elements of each widened general result. */
function expectSameAsGeneral<T>(run: (args: readonly Arg[]) => T[][], args: readonly Arg[]): void {
  const single = run(args);
  expect(single).toHaveLength(1);
  expect(single[0]).toHaveLength(1);
  for (let i = 0; i < args.length; i++) {
    const general = run(widened(args, i));
    expect(general).toStrictEqual([[single[0][0], single[0][0]]]);
  }
}

describe("elementwise: single-element path = general path", () => {
  it("passes each argument's raw element to fn, on random single-cell arguments", () => {
    fc.assert(
      fc.property(fc.array(singleArg, { minLength: 1, maxLength: 4 }), (args) =>
        expectSameAsGeneral((a) => elementwise(a, (...values) => values), args),
      ),
      { numRuns: 400 },
    );
  });

  it("larger ranges still broadcast", () => {
    expect(elementwise([[[1, 2]], [[10], [20]]], (a, b) => `${String(a)}/${String(b)}`)).toEqual([
      ["1/10", "2/10"],
      ["1/20", "2/20"],
    ]);
  });
});
