/**
 * The numeric custom functions answer a call whose arguments are all single cells (Excel passes
 * one cell as a 1×1 range) without the broadcasting machinery. Each must give exactly what the
 * general path gives: the same call with one argument widened to a 1×2 range broadcasts to two
 * cells, each of which must equal the single-cell result, Excel error code and message included.
 */
import fc from "fast-check";
import {
  absenceRateFunction,
  agencyRateFunction,
  caseloadFunction,
  fteNeededFunction,
  turnoverRateFunction,
  vacancyRateFunction,
} from "../../src/functions/functions";

type Fn = (...args: unknown[][][]) => unknown[][];

const functions: { name: string; fn: Fn; arity: number }[] = [
  { name: "VACANCYRATE", fn: vacancyRateFunction, arity: 2 },
  { name: "AGENCYRATE", fn: agencyRateFunction, arity: 2 },
  { name: "TURNOVERRATE", fn: turnoverRateFunction, arity: 2 },
  { name: "CASELOAD", fn: caseloadFunction, arity: 2 },
  { name: "ABSENCERATE", fn: absenceRateFunction, arity: 3 },
  { name: "FTENEEDED", fn: fteNeededFunction, arity: 3 },
];

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 3000 }),
  fc.constantFrom(0, -0, 1, 253, Number.NaN, Number.NEGATIVE_INFINITY, -1, 5e-324),
  fc.constantFrom(null, "", "x", "c", "low", "12", "abc", true, false),
  fc.constantFrom(
    new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero),
    new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "from another cell"),
  ),
);

function expectSameAsGeneral(fn: Fn, cells: readonly unknown[]): unknown {
  const single = fn(...cells.map((cell) => [[cell]]));
  expect(single).toHaveLength(1);
  expect(single[0]).toHaveLength(1);
  cells.forEach((_, widen) => {
    const general = fn(...cells.map((cell, i) => (i === widen ? [[cell, cell]] : [[cell]])));
    expect(general).toStrictEqual([[single[0][0], single[0][0]]]);
  });
  return single[0][0];
}

describe("numeric custom functions: single-cell path = general path", () => {
  it.each(functions)("$name on random single cells", ({ fn, arity }) => {
    fc.assert(
      fc.property(fc.array(cellValue, { minLength: arity, maxLength: arity }), (cells) => {
        expectSameAsGeneral(fn, cells);
      }),
      { numRuns: 300 },
    );
  });

  it("VACANCYRATE edge cases: 0/0 is #DIV/0!, a negative is #VALUE!, NaN is #NUM!", () => {
    const fn = vacancyRateFunction;
    expect(expectSameAsGeneral(fn, [0, 0])).toStrictEqual(
      new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero),
    );
    expect(expectSameAsGeneral(fn, [-3, 40])).toStrictEqual(
      new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidValue,
        "vacancy_fte must not be negative (got -3)",
      ),
    );
    expect(expectSameAsGeneral(fn, [3, Number.NaN])).toStrictEqual(
      new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber),
    );
    expect(expectSameAsGeneral(fn, [12, 88])).toBe(0.12);
  });

  it("an omitted optional argument (null) uses its default, as the general path does", () => {
    const fn = fteNeededFunction as unknown as (...args: (unknown[][] | null)[]) => unknown[][];
    expect(fn([[32]], null, null)).toStrictEqual([[2]]);
    expect(fn([[32, 32]], null, null)).toStrictEqual([[2, 2]]);
  });
});
