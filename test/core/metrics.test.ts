import {
  absenceRate,
  agencyCoverRate,
  agencyRate,
  caseload,
  fteNeeded,
  isWorkforceError,
  sicknessDaysPerFte,
  turnoverRate,
  vacancyCoverRate,
  vacancyRate,
  workingDaysForYear,
  WorkforceError,
} from "../../src/core";

const kindOf = (value: unknown) => (isWorkforceError(value) ? value.kind : "number");

describe("worked examples from the doc comments", () => {
  it.each([
    ["vacancyRate(12, 88)", vacancyRate(12, 88), 0.12],
    ["agencyRate(15, 85)", agencyRate(15, 85), 0.15],
    ["turnoverRate(20, 160)", turnoverRate(20, 160), 0.125],
    ["absenceRate(1012, 100)", absenceRate(1012, 100), 0.04],
    ["caseload(480, 30)", caseload(480, 30), 16],
    ["agencyCoverRate(8, 10)", agencyCoverRate(8, 10), 0.8],
    ["vacancyCoverRate(28.2, 60)", vacancyCoverRate(28.2, 60), 0.47],
    ["sicknessDaysPerFte(890, 100)", sicknessDaysPerFte(890, 100), 8.9],
    ["fteNeeded(480, 16, 0.04)", fteNeeded(480, 16, 0.04), 31.25],
  ])("%s", (_label, actual, expected) => {
    expect(actual).toBeCloseTo(expected, 12);
  });

  it("England 2025 published figures recompute (vacancy 14.2%, absence 3.5% at 253 days)", () => {
    expect(vacancyRate(5965.4, 36186.3)).toBeCloseTo(0.142, 3);
    expect(absenceRate(322786.3, 36186.3, 253)).toBeCloseTo(0.035, 3);
    expect(caseload(321661, 21105.4)).toBeCloseTo(15.2, 1);
  });
});

describe("defaults", () => {
  it("absence uses 253 working days when omitted", () => {
    expect(absenceRate(253, 1)).toBe(1 / 1);
    expect(absenceRate(254, 1, 254)).toBe(1);
  });
  it("FTE needed defaults to a target of 16 and no absence", () => {
    expect(fteNeeded(160)).toBe(10);
  });
  it("working days are 254 in 2020 and 2024 only", () => {
    expect([2019, 2020, 2021, 2023, 2024, 2025].map(workingDaysForYear)).toEqual([
      253, 254, 253, 253, 254, 253,
    ]);
  });
});

describe("errors, never NaN or Infinity", () => {
  it("zero denominators give #DIV/0!", () => {
    expect(kindOf(vacancyRate(0, 0))).toBe("divisionByZero");
    expect(kindOf(agencyRate(0, 0))).toBe("divisionByZero");
    expect(kindOf(turnoverRate(3, 0))).toBe("divisionByZero");
    expect(kindOf(absenceRate(3, 0))).toBe("divisionByZero");
    expect(kindOf(caseload(3, 0))).toBe("divisionByZero");
    expect(kindOf(agencyCoverRate(0, 0))).toBe("divisionByZero");
    expect(kindOf(vacancyCoverRate(1, 0))).toBe("divisionByZero");
    expect(kindOf(sicknessDaysPerFte(1, 0))).toBe("divisionByZero");
  });
  it("zero numerators are fine", () => {
    expect(vacancyRate(0, 10)).toBe(0);
    expect(turnoverRate(0, 10)).toBe(0);
  });
  it("negative inputs give #VALUE! naming the input", () => {
    const result = vacancyRate(-1, 10);
    expect(result).toBeInstanceOf(WorkforceError);
    expect((result as WorkforceError).kind).toBe("invalidValue");
    expect((result as WorkforceError).message).toContain("vacancy_fte");
  });
  it("non-finite inputs give #NUM!", () => {
    expect(kindOf(caseload(Number.NaN, 1))).toBe("invalidNumber");
    expect(kindOf(caseload(1, Number.POSITIVE_INFINITY))).toBe("invalidNumber");
  });
  it("a tiny denominator that would overflow gives #NUM!, not Infinity", () => {
    expect(kindOf(caseload(1e308, 1e-10))).toBe("invalidNumber");
  });
  it("absence for FTE needed must be a fraction below 1", () => {
    const result = fteNeeded(100, 16, 4);
    expect(kindOf(result)).toBe("invalidValue");
    expect((result as WorkforceError).message).toContain("0.04");
    expect(kindOf(fteNeeded(100, 16, 1))).toBe("invalidValue");
    expect(kindOf(fteNeeded(100, 0))).toBe("invalidValue");
  });
  it("zero working days is an invalid value", () => {
    expect(kindOf(absenceRate(10, 10, 0))).toBe("invalidValue");
  });
});
