/**
 * WORKFORCE.CENSUS and WORKFORCE.CENSUSPROFILE over ranges as Excel passes them: the sample
 * return written as a worker table, whole-column ranges, error cells and argument shapes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CENSUS_COLUMNS, readCensusXml, WORKER_ITEMS } from "../../src/core/census";
import { censusFunction, censusProfileFunction } from "../../src/functions/functions";
import { shown } from "./registry";

const sample = readCensusXml(
  readFileSync(
    join(__dirname, "../../../shared/data/csww-samples/social_work_workforce_2022.xml"),
    "utf8",
  ),
);
/** The sample as the sheet holds it: item names as headers, one row per worker. */
const table: unknown[][] = [
  [...WORKER_ITEMS],
  ...sample.workers.map((w) =>
    WORKER_ITEMS.map((item) => {
      const text = w.items[item]?.join("; ") ?? null;
      return text !== null && /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    }),
  ),
];
const column = (result: unknown[][], name: string) => result[1][result[0].indexOf(name)];

describe("WORKFORCE.CENSUS", () => {
  const result = censusFunction(table, [[99.68], [75.82]], [["2022-09-30"]]);

  it("spills DfE's column names over the sample's figures, as counted by hand", () => {
    expect(result[0]).toEqual(["time_period", ...CENSUS_COLUMNS]);
    expect(result[1][0]).toBe(2022);
    expect(column(result, "inpost_fte")).toBeCloseTo(3.406188, 9);
    expect(column(result, "agency_fte")).toBeCloseTo(6.811865, 9);
    expect(column(result, "cases")).toBe(639);
    expect(column(result, "vacancy_rate_fte")).toBeCloseTo(99.68 / (99.68 + 3.406188), 9);
    // No leavers in the year: turnover is 0, not an error.
    expect(column(result, "turnover_rate_fte")).toBe(0);
  });

  it("notes the workers whose items failed the checks under the figures", () => {
    expect(String(result[2][0])).toMatch(
      /^Checks: \d+ errors and \d+ warnings on \d+ of 30 workers \(workers row 2: ContractWeeks "288\.7" must be at most 53/,
    );
    expect(result.every((row) => row.length === result[0].length)).toBe(true);
  });

  it("gives the same figures over a whole column with trailing blank rows and error cells", () => {
    const padded = [
      ...table,
      ...Array.from({ length: 100_000 }, () => WORKER_ITEMS.map(() => null)),
    ];
    const again = censusFunction(
      padded,
      [
        ["NumberOfVacancies", "NoAgencyFTE"],
        [99.68, 75.82],
      ],
      [["2022-09-30"]],
    );
    expect(again.slice(0, 2)).toEqual(result.slice(0, 2));
    const withError = table.map((row) => [...row]);
    withError[4][WORKER_ITEMS.indexOf("FTE")] = new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
    );
    const flagged = censusFunction(withError, null as unknown as unknown[][], [["2022-09-30"]]);
    expect(String(flagged[2][0])).toMatch(/errors/);
    expect(shown(column(flagged, "vacancy_fte"))).toBe("#N/A");
  });

  it("assumes the latest 30 September when no reference date is given, and says so", () => {
    const noDate = censusFunction(table, [[99.68], [75.82]], null as unknown as unknown[][]);
    expect(String(noDate[noDate.length - 1][0])).toMatch(
      /^Reference date 30\/09\/\d{4} assumed \(the latest 30 September\); no role starts or ends in the year to it/,
    );
  });

  it("explains bad arguments with #VALUE!", () => {
    const bad = (workers: unknown[][]) => censusFunction(workers)[0][0];
    expect(
      shown(
        bad([
          ["Team", "FTE"],
          ["A", 1],
        ]),
      ),
    ).toBe("#VALUE!");
    expect(
      (censusFunction(table, [[1]], [["2022-09-30"]])[0][0] as CustomFunctions.Error).message,
    ).toMatch(/la_vacancies needs/);
    expect(
      (censusFunction(table, [[1], [1]], [["not a date"]])[0][0] as CustomFunctions.Error).message,
    ).toMatch(/reference_date must be a date/);
  });
});

describe("WORKFORCE.CENSUSPROFILE", () => {
  it("spills the characteristics, or one of them by name", () => {
    const all = censusProfileFunction(table, null as unknown as unknown[][], [["2022-09-30"]]);
    expect(all[0]).toEqual([
      "characteristic_type",
      "characteristic",
      "headcount",
      "headcount_percent",
      "fte",
      "fte_percent",
    ]);
    const age = censusProfileFunction(table, [["age"]], [["2022-09-30"]]);
    expect(age.slice(1, 7).map((r) => [r[1], r[2]])).toEqual([
      ["Under 30", 0],
      ["30 to 39", 1],
      ["40 to 49", 1],
      ["50 to 59", 1],
      ["60 and over", 2],
      ["Not known", 3],
    ]);
    expect(
      (
        censusProfileFunction(
          table,
          [["shoe size"]],
          null as unknown as unknown[][],
        )[0][0] as CustomFunctions.Error
      ).message,
    ).toMatch(/characteristic must be one of/);
  });
});
