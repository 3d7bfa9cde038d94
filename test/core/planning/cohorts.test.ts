import { Cohort, parseCohorts, validateCohorts } from "../../../src/core/planning";
import { WorkforceError, isWorkforceError } from "../../../src/core/errors";

function message(result: Cohort[] | WorkforceError): string {
  expect(isWorkforceError(result)).toBe(true);
  return (result as WorkforceError).message;
}

describe("parseCohorts", () => {
  it("reads a header row with lenient names and defaults kind to permanent", () => {
    const parsed = parseCohorts([
      ["Start month", "FTE", "Type", "Ramp up", "Label"],
      [44531, 21, "Overseas", null, "International recruits"],
      ["2022-09", 30, "ASYE", 2, "ASYE academy"],
      ["2022-01", 2.5, "", null, null],
      [null, null, null, null, null],
      ["Jan 2022", 3, "locum", null, null],
    ]);
    expect(parsed).toEqual([
      {
        month: "2021-12",
        fte: 21,
        kind: "international",
        label: "International recruits",
        sourceRow: 2,
      },
      {
        month: "2022-09",
        fte: 30,
        kind: "asye",
        rampUpMonths: 2,
        label: "ASYE academy",
        sourceRow: 3,
      },
      { month: "2022-01", fte: 2.5, kind: "permanent", sourceRow: 4 },
      // Row 5 is blank: the row numbers are the range's, for messages.
      { month: "2022-01", fte: 3, kind: "agency", sourceRow: 6 },
    ]);
  });

  it("gives no cohorts for an omitted or blank range", () => {
    expect(parseCohorts(null)).toEqual([]);
    expect(parseCohorts([[null, ""]])).toEqual([]);
    expect(parseCohorts([["month", "fte"]])).toEqual([]);
  });

  it("names the row of a bad value", () => {
    const header = ["month", "fte", "kind"];
    expect(
      message(parseCohorts([header, ["2022-01", 1, "permanent"], ["soon", 1, "permanent"]])),
    ).toMatch(/row 3: month/);
    expect(message(parseCohorts([header, ["2022-01", -1, "permanent"]]))).toMatch(
      /row 2: fte must not be negative/,
    );
    expect(message(parseCohorts([header, ["2022-01", "ten", "permanent"]]))).toMatch(
      /row 2: fte .*text "ten"/,
    );
    expect(message(parseCohorts([header, ["2022-01", 1, "contractor"]]))).toMatch(
      /row 2: kind .*"contractor"/,
    );
    expect(
      message(
        parseCohorts([
          ["month", "fte", "ramp"],
          ["2022-01", 1, 1.5],
        ]),
      ),
    ).toMatch(/row 2: ramp-up/);
  });

  it("rejects unknown or missing headers", () => {
    expect(message(parseCohorts([["when", "fte"]]))).toMatch(/"when" is not recognised/);
    expect(
      message(
        parseCohorts([
          ["month", "kind"],
          ["2022-01", "asye"],
        ]),
      ),
    ).toMatch(/month and fte/);
  });

  it("validates cohorts built in code", () => {
    expect(validateCohorts([{ month: "2022-01", fte: 1, kind: "asye" }])).toBeNull();
    expect(
      validateCohorts([{ month: "2022-01", fte: Number.POSITIVE_INFINITY, kind: "asye" }])?.message,
    ).toMatch(/cohort 1: fte/);
  });
});
