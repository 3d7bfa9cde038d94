import {
  SMALLEST_MONTH_SERIAL,
  formatMonth,
  monthFromExcelSerial,
  notAMonth,
  parseMonth,
} from "../../../src/core/planning";

const label = (value: unknown): string | null => {
  const index = parseMonth(value);
  return index === null ? null : formatMonth(index);
};

describe("parseMonth", () => {
  it.each([
    [44531, "2021-12"], // 1 Dec 2021 as an Excel date serial
    [44561.75, "2021-12"], // 31 Dec 2021 18:00
    [44197, "2021-01"],
    ["2021-12", "2021-12"],
    ["2021-12-01", "2021-12"],
    ["2021/3", "2021-03"],
    ["12/2021", "2021-12"],
    ["Dec 2021", "2021-12"],
    ["December 2021", "2021-12"],
    ["1 December 2021", "2021-12"],
    ["sept 2022", "2022-09"],
    ["44531", "2021-12"],
    ["2021-12-01T00:00:00.000Z", "2021-12"],
    [new Date(2021, 11, 15), "2021-12"],
  ])("reads %p as %s", (value, expected) => {
    expect(label(value)).toBe(expected);
  });

  it("reads a JavaScript Date string in local time", () => {
    expect(label(new Date(2022, 5, 10).toString())).toBe("2022-06");
  });

  it.each([
    ["2021-13"],
    ["Decembre 2021"],
    ["xx"],
    [""],
    [null],
    [true],
    [-5],
    [0],
    [1e12],
    [Number.NaN],
    [{}],
  ])("rejects %p", (value) => {
    expect(parseMonth(value)).toBeNull();
  });

  it.each([[1], [6], ["6"], [" 12 "], [600], [2026], ["2026"], [9999], [9999.5]])(
    "refuses the small number %p rather than read it as a date before 1927",
    (value) => {
      expect(parseMonth(value)).toBeNull();
      expect(notAMonth(value)).toMatch(/is a number: a month number, a count of months or a year/);
    },
  );

  it("reads numbers from SMALLEST_MONTH_SERIAL on as Excel dates", () => {
    expect(label(SMALLEST_MONTH_SERIAL)).toBe("1927-05"); // 18 May 1927
    expect(notAMonth("soon")).toBe(
      'must be a month: text such as "2026-06" or "Jun 2026", or an Excel date (got "soon").',
    );
  });

  it("handles Excel's 1900 leap-year bug around serial 60", () => {
    expect(formatMonth(monthFromExcelSerial(1) ?? 0)).toBe("1900-01");
    expect(formatMonth(monthFromExcelSerial(59) ?? 0)).toBe("1900-02");
    expect(formatMonth(monthFromExcelSerial(60) ?? 0)).toBe("1900-02");
    expect(formatMonth(monthFromExcelSerial(61) ?? 0)).toBe("1900-03");
  });
});
