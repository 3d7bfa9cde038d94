import {
  isoFromSerial,
  latestThirtySeptember,
  longDate,
  parseDateCell,
  parseDateText,
  positionInYear,
  serialFromYmd,
  yearTo,
} from "../../src/core/dates";

describe("date serials", () => {
  it("match Excel's serials", () => {
    // Excel: =DATE(2021,9,30) is 44469; =DATE(1900,3,1) is 61; =DATE(9999,12,31) is 2958465.
    expect(serialFromYmd(2021, 9, 30)).toBe(44469);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(serialFromYmd(9999, 12, 31)).toBe(2958465);
    expect(isoFromSerial(44469)).toBe("2021-09-30");
    expect(longDate(44469)).toBe("30 September 2021");
  });
  it("follow Excel before March 1900 too (serial 60 is Excel's fictitious 29 February 1900)", () => {
    expect(serialFromYmd(1900, 1, 1)).toBe(1);
    expect(serialFromYmd(1900, 2, 28)).toBe(59);
    expect(isoFromSerial(59)).toBe("1900-02-28");
    expect(isoFromSerial(61)).toBe("1900-03-01");
  });
  it("refuse days that do not exist", () => {
    expect(serialFromYmd(2021, 2, 29)).toBeNull();
    expect(serialFromYmd(2021, 6, 31)).toBeNull();
    expect(serialFromYmd(2021, 13, 1)).toBeNull();
    expect(serialFromYmd(2024, 2, 29)).toBe(45351);
  });
});

describe("parseDateText", () => {
  it.each([
    ["2021-09-03", 44442],
    ["2021-09-03T00:00:00", 44442],
    ["2021-09-03T10:15:00Z", 44442],
    ["2021/9/3", 44442],
    ["03/09/2021", 44442],
    ["3/9/2021", 44442],
    ["03-09-21", 44442],
    ["03.09.2021", 44442],
    ["3 Sep 2021", 44442],
    ["3 Sept 2021", 44442],
    ["3rd September 2021", 44442],
    ["03-Sep-21", 44442],
    [" 30/09/2021 ", 44469],
  ])("%p is %p", (text, serial) => expect(parseDateText(text)).toBe(serial));
  it("reads day first, never US month first", () => {
    expect(isoFromSerial(parseDateText("04/05/2021") as number)).toBe("2021-05-04");
    expect(parseDateText("09/30/2021")).toBeNull();
  });
  it.each([
    "",
    "yes",
    "31/06/2021",
    "2021-02-30",
    "3 Septx 2021",
    "13/13/13",
    "1/2",
    "30/09/2021 and more",
    "x".repeat(1000),
  ])("%p is not a date", (text) => expect(parseDateText(text)).toBeNull());
  it("very long text is not a date", () => expect(parseDateText("1".repeat(5000))).toBeNull());
  it("two-digit years follow Excel: 00–29 are 20xx, 30–99 are 19xx", () => {
    expect(isoFromSerial(parseDateText("01/01/29") as number)).toBe("2029-01-01");
    expect(isoFromSerial(parseDateText("01/01/30") as number)).toBe("1930-01-01");
  });
});

describe("parseDateCell", () => {
  it("takes serials, Date objects and text", () => {
    expect(parseDateCell(44469)).toBe(44469);
    expect(parseDateCell(44469.75)).toBe(44469);
    expect(parseDateCell(new Date(Date.UTC(2021, 8, 30)))).toBe(44469);
    expect(parseDateCell("30/09/2021")).toBe(44469);
    expect(parseDateCell(-1)).toBeNull();
    expect(parseDateCell(Number.NaN)).toBeNull();
    expect(parseDateCell(3e9)).toBeNull();
    expect(parseDateCell(true)).toBeNull();
  });
});

describe("the year to the reference date", () => {
  it("defaults to the latest 30 September", () => {
    expect(isoFromSerial(latestThirtySeptember(new Date("2026-12-01T12:00:00Z")))).toBe(
      "2026-09-30",
    );
    expect(isoFromSerial(latestThirtySeptember(new Date("2026-09-30T00:00:00Z")))).toBe(
      "2026-09-30",
    );
    expect(isoFromSerial(latestThirtySeptember(new Date("2026-09-29T23:00:00Z")))).toBe(
      "2025-09-30",
    );
  });
  it("runs from 1 October to 30 September, both included", () => {
    const ref = serialFromYmd(2021, 9, 30) as number;
    const { first, last } = yearTo(ref);
    expect(isoFromSerial(first)).toBe("2020-10-01");
    expect(last).toBe(ref);
    expect(positionInYear(first, ref)).toBe("within");
    expect(positionInYear(first - 1, ref)).toBe("before");
    expect(positionInYear(ref, ref)).toBe("within");
    expect(positionInYear(ref + 1, ref)).toBe("after");
  });
  it("a 29 February reference date starts its year on 1 March", () => {
    expect(isoFromSerial(yearTo(serialFromYmd(2024, 2, 29) as number).first)).toBe("2023-03-01");
  });
});
