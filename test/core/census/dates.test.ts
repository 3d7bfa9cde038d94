import { parseDateCell, parseDateText, serialFromYmd } from "../../../src/core";
import {
  ageOn,
  calendarOf,
  censusYear,
  dayNumber,
  isoDate,
  latestThirtySeptember,
  parseDate,
  ukDate,
} from "../../../src/core/census";

describe("census dates on the one calendar", () => {
  it("are Excel date serials, the same number a sheet holds", () => {
    expect(dayNumber(2021, 9, 30)).toBe(44469);
    expect(dayNumber(2021, 9, 30)).toBe(serialFromYmd(2021, 9, 30));
    expect(parseDate(44469.75)).toBe(44469);
    expect(dayNumber(2021, 2, 29)).toBeUndefined();
    expect(calendarOf(44469)).toEqual({ year: 2021, month: 9, day: 30 });
    expect(isoDate(44469)).toBe("2021-09-30");
    expect(ukDate(44469)).toBe("30/09/2021");
  });

  it("read text with the one parser", () => {
    for (const text of ["2021-09-30", "2021-09-30T00:00:00Z", "30/09/2021", " 30/9/2021 "]) {
      expect(parseDate(text)).toBe(44469);
      expect(parseDate(text)).toBe(parseDateCell(text) ?? undefined);
    }
    // Day-first, never US month-first; impossible dates are no dates.
    expect(parseDate("09/30/2021")).toBeUndefined();
    expect(parseDate("31/04/2021")).toBeUndefined();
    expect(parseDate("30 Sep 2021")).toBe(parseDateText("30 Sep 2021"));
  });

  it("count the census year and ages as DfE does", () => {
    const reference = dayNumber(2024, 2, 29) as number;
    expect(isoDate(censusYear(reference).first)).toBe("2023-03-01");
    expect(isoDate(latestThirtySeptember(dayNumber(2026, 9, 29) as number))).toBe("2025-09-30");
    expect(ageOn(dayNumber(1990, 10, 1) as number, dayNumber(2021, 9, 30) as number)).toBe(30);
  });
});
