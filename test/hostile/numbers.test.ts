/**
 * Hostile inputs: numbers at the edge of a double. An intermediate sum or product that overflows
 * must never give a wrong finite answer: the exact rate, or #NUM! as Excel gives.
 */
import { shown } from "../functions/registry";
import {
  absenceRateFunction,
  agencyRateFunction,
  caseloadFunction,
  fteNeededFunction,
  summaryFunction,
  vacancyRateFunction,
} from "../../src/functions/functions";

const one = (result: unknown[][]): unknown => shown(result[0][0]);
const MAX = Number.MAX_VALUE;

describe("overflow never gives a wrong finite answer", () => {
  it("VACANCYRATE and AGENCYRATE of two huge equal numbers are 0.5", () => {
    expect(one(vacancyRateFunction([[1e308]], [[1e308]]))).toBe(0.5);
    expect(one(agencyRateFunction([[1e308]], [[1e308]]))).toBe(0.5);
    expect(one(vacancyRateFunction([[MAX]], [[MAX]]))).toBe(0.5);
    expect(one(vacancyRateFunction([[MAX]], [[1]]))).toBe(1);
    expect(one(vacancyRateFunction([[1]], [[MAX]]))).toBeCloseTo(0, 300);
  });

  it("the smallest doubles still divide exactly", () => {
    expect(one(vacancyRateFunction([[5e-324]], [[5e-324]]))).toBe(0.5);
  });

  it("ABSENCERATE gives the rate or #NUM!, never 0 from an overflowed product", () => {
    expect(one(absenceRateFunction([[1e308]], [[1e308]], [[253]]))).toBeCloseTo(1 / 253, 12);
    // in post × working days underflows to 0: the true rate (1e400) is too big, so #NUM!, not #DIV/0!.
    expect(one(absenceRateFunction([[1]], [[1e-200]], [[1e-200]]))).toBe("#NUM!");
    expect(one(absenceRateFunction([[1012]], [[100]]))).toBe(0.04);
  });

  it("CASELOAD and FTENEEDED overflowing are #NUM!", () => {
    expect(one(caseloadFunction([[1e308]], [[1e-10]]))).toBe("#NUM!");
    expect(one(fteNeededFunction([[1e308]], [[1e-300]]))).toBe("#NUM!");
  });

  it("SUMMARY of huge FTEs shows finite numbers or #NUM!, never Infinity or NaN", () => {
    const result = summaryFunction([
      ["Team", "Post", "FTE", "Status"],
      ["North", "P1", 1e308, "Permanent"],
      ["North", "P2", 1e308, "Vacant"],
      ["North", "P3", 1e308, "Permanent"],
    ]);
    for (const row of result) {
      for (const cell of row) {
        if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      }
    }
  });
});
