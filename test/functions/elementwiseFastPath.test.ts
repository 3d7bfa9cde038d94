/**
 * `elementwise` and `elementwiseNumbers` take a single-element path when every argument is 1×1
 * (one formula a row). These tests check it against the general broadcasting path: the same
 * arguments with one of them widened to a 1×2 range go through the general path, and by
 * broadcasting each of the two results must be exactly what the single-element path gives.
 */
import fc from "fast-check";
import { WorkforceError } from "../../src/core";
import type { Arg } from "../../src/core";
import { elementwise, elementwiseNumbers } from "../../src/functions/broadcast";
import type { NumberArgSpec } from "../../src/functions/broadcast";
import { absenceRate, caseload, fteNeeded, vacancyRate } from "../../src/core";

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

interface Case {
  name: string;
  specs: NumberArgSpec[];
  fn: (...numbers: number[]) => number | WorkforceError;
}

const cases: Case[] = [
  {
    name: "vacancyRate",
    specs: [{ name: "vacancy_fte" }, { name: "in_post_fte" }],
    fn: vacancyRate,
  },
  { name: "caseload", specs: [{ name: "cases" }, { name: "case_holders_fte" }], fn: caseload },
  {
    name: "absenceRate (optional working days)",
    specs: [
      { name: "days_lost" },
      { name: "in_post_fte" },
      { name: "working_days", fallback: 253, allowZero: false },
    ],
    fn: absenceRate,
  },
  {
    name: "fteNeeded (optional arguments)",
    specs: [
      { name: "cases" },
      { name: "target_caseload", fallback: 16, allowZero: false },
      { name: "absence_rate", fallback: 0 },
    ],
    fn: fteNeeded,
  },
  {
    name: "signed sum (allowNegative)",
    specs: [
      { name: "a", allowNegative: true },
      { name: "b", allowNegative: true },
    ],
    fn: (a, b) => a + b,
  },
];

describe("elementwiseNumbers: single-element path = general path", () => {
  it.each(cases)("$name, random single-cell arguments", ({ specs, fn }) => {
    fc.assert(
      fc.property(
        fc.array(singleArg, { minLength: specs.length, maxLength: specs.length }),
        (args) => expectSameAsGeneral((a) => elementwiseNumbers(a, specs, fn), args),
      ),
      { numRuns: 400 },
    );
  });

  it("gives the documented errors for 0/0, a negative and NaN, as the general path does", () => {
    const specs = cases[0].specs;
    const run = (args: readonly Arg[]) => elementwiseNumbers(args, specs, vacancyRate);
    for (const form of singleForms) {
      const at = (a: unknown, b: unknown) => [asForm(a, form), asForm(b, form)];
      expect(run(at(0, 0))).toStrictEqual([
        [
          new WorkforceError(
            "divisionByZero",
            "vacancy FTE + in-post FTE is 0, so the rate is undefined",
          ),
        ],
      ]);
      expect(run(at(-1, 10))).toStrictEqual([
        [new WorkforceError("invalidValue", "vacancy_fte must not be negative (got -1)")],
      ]);
      expect(run(at(3, Number.NaN))).toStrictEqual([
        [new WorkforceError("invalidNumber", "in_post_fte is not a finite number")],
      ]);
      expect(run(at(12, 88))).toStrictEqual([[0.12]]);
      for (const args of [at(0, 0), at(-1, 10), at(3, Number.NaN), at(12, 88)])
        expectSameAsGeneral(run, args);
    }
  });

  it("reports the first bad argument, as the general path does", () => {
    const run = (args: readonly Arg[]) => elementwiseNumbers(args, cases[0].specs, vacancyRate);
    const both = [[["x"]], [[-2]]];
    expect(run(both)).toStrictEqual([
      [
        new WorkforceError(
          "notAvailable",
          'vacancy_fte is missing (DfE marker "x": not available)',
        ),
      ],
    ]);
    expectSameAsGeneral(run, both);
  });

  it("blank shapes and omitted optional arguments use the fallback", () => {
    const specs = cases[3].specs;
    for (const blank of [null, undefined, "", [], [[]], [[null]]]) {
      const args = [[[32]], blank, [[0.5]]];
      expect(elementwiseNumbers(args, specs, fteNeeded)).toStrictEqual([[fteNeeded(32, 16, 0.5)]]);
      expectSameAsGeneral((a) => elementwiseNumbers(a, specs, fteNeeded), args);
    }
  });
});

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
