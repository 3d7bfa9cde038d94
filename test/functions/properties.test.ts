/**
 * Property tests: every custom function, fed random numbers, text, blanks, booleans, error
 * values, DfE markers and mis-shaped ranges, returns a rectangular matrix and never throws,
 * never returns NaN or Infinity, and never hits the "unexpected error" guard (a bug).
 */
import fc from "fast-check";
import { loadRegistry } from "./registry";
import type { CustomFunction, FunctionMetadata } from "./registry";

let metadata: FunctionMetadata[];
let byId: Map<string, CustomFunction>;
beforeAll(async () => {
  ({ metadata, byId } = await loadRegistry());
});

const errorValue = fc
  .constantFrom("#DIV/0!", "#VALUE!", "#N/A", "#NUM!", "#REF!", "#NAME?", "#NULL!")
  .map((code) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode, "from another cell"));

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.integer({ min: -5, max: 3000 }),
  fc.constantFrom(
    0,
    -0,
    1,
    253,
    2025,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.MIN_VALUE,
    Number.MAX_VALUE,
  ),
  fc.constantFrom(
    "x",
    "c",
    "z",
    "low",
    "u",
    " C ",
    "",
    "  ",
    "12",
    "abc",
    "vacancy rate",
    "caseload",
    "England",
    "higher",
    "lower",
  ),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  errorValue,
);

const matrixOf = (cell: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

/** What Excel might pass for one argument, plus shapes it should not (ragged, empty, scalar). */
const argument: fc.Arbitrary<unknown> = fc.oneof(
  cellValue.map((v) => [[v]]),
  matrixOf(cellValue),
  fc.array(fc.array(cellValue, { maxLength: 4 }), { maxLength: 4 }),
  cellValue,
);

const staffingHeader = fc.subarray([
  "Team",
  "FTE",
  "Status",
  "Open cases",
  "Sickness days",
  "Leaver",
  "Case holder",
  "Post ID",
  "Role",
  "Notes",
]);
const staffingCell = fc.oneof(
  cellValue,
  fc.constantFrom(
    "Permanent",
    "Agency",
    "Vacant",
    "Perm",
    "Locum",
    "Yes",
    "No",
    "2021-06-30",
    "Team A",
  ),
);
const staffingTable = staffingHeader.chain((headers) =>
  fc
    .array(fc.array(staffingCell, { minLength: headers.length, maxLength: headers.length }), {
      maxLength: 12,
    })
    .map((rows) => [headers, ...rows]),
);

function checkResult(_id: string, result: unknown): void {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[][];
  expect(rows.length).toBeGreaterThan(0);
  const width = rows[0].length;
  for (const row of rows) {
    expect(Array.isArray(row)).toBe(true);
    expect(row.length).toBe(width);
    for (const value of row) {
      if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
      else if (value instanceof CustomFunctions.Error)
        expect(value.message ?? "").not.toContain("unexpected error");
      else expect(["string", "boolean"]).toContain(typeof value);
    }
  }
}

describe("no throw, no NaN, no Infinity", () => {
  it("covers every function", () => {
    expect(metadata.length).toBeGreaterThanOrEqual(12);
    expect(byId.size).toBe(metadata.length);
  });

  it("for random arguments to every function", () => {
    for (const fn of metadata) {
      const call = byId.get(fn.id)!;
      const arity = fn.parameters.length;
      fc.assert(
        fc.property(
          fc.array(argument, { minLength: arity, maxLength: arity }),
          fc.integer({ min: 0, max: arity }),
          (args, omitted) => {
            // Omitted optional arguments arrive as null.
            const passed = args.map((a, i) =>
              fn.parameters[i].optional && i >= arity - omitted ? null : a,
            );
            checkResult(fn.id, call(...passed));
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  it("for random staffing tables to SUMMARY", () => {
    const summary = byId.get("SUMMARY")!;
    fc.assert(
      fc.property(staffingTable, argument, (table, workingDays) => {
        checkResult("SUMMARY", summary(table, workingDays, null));
      }),
      { numRuns: 500 },
    );
  });
});
