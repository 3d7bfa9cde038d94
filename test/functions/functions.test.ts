import {
  absenceRateFunction,
  benchmarkFunction,
  fteNeededFunction,
  ragFunction,
  summaryFunction,
  vacancyRateFunction,
} from "../../src/functions/functions";
import { sample } from "../support/bundledTexts";
import { shown } from "./registry";

const only = (result: unknown[][]) => {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
};
const asError = (value: unknown) => {
  expect(value).toBeInstanceOf(CustomFunctions.Error);
  return value as CustomFunctions.Error;
};

describe("argument handling through the adapter", () => {
  it("text is #VALUE! with a message naming the argument", () => {
    const error = asError(only(vacancyRateFunction([["12"]], [[88]])));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("vacancy_fte");
  });
  it("negative numbers are #VALUE! naming the argument", () => {
    const error = asError(only(vacancyRateFunction([[1]], [[-88]])));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("in_post_fte");
  });
  it("blank cells and markers are #N/A with a message", () => {
    expect(asError(only(vacancyRateFunction([[""]], [[88]]))).message).toContain(
      "vacancy_fte is missing",
    );
    expect(asError(only(vacancyRateFunction([["x"]], [[88]]))).message).toContain('marker "x"');
  });
  it("#DIV/0! carries no custom message (Excel only shows them on #VALUE! and #N/A)", () => {
    const error = asError(only(vacancyRateFunction([[0]], [[0]])));
    expect(error.code).toBe("#DIV/0!");
    expect(error.message).toBeUndefined();
  });
  it("an omitted optional argument arrives as null and uses the default", () => {
    expect(only(absenceRateFunction([[253]], [[1]], null as unknown as unknown[][]))).toBe(1);
    expect(only(absenceRateFunction([[253]], [[1]]))).toBe(1);
    expect(only(fteNeededFunction([[32]]))).toBe(2);
  });
  it("a range spills element-wise and a bad element spoils only itself", () => {
    const result = vacancyRateFunction([[1], [true], [3]], [[9]]);
    expect(result.map((r) => r.map(shown))).toEqual([[0.1], ["#VALUE!"], [0.25]]);
  });
  it("mis-shaped ranges give #N/A beyond the smaller one", () => {
    const result = vacancyRateFunction([[1], [2], [3]], [[9], [8]]);
    expect(result.map((r) => r.map(shown))).toEqual([[0.1], [0.2], ["#N/A"]]);
  });
});

describe("RAG", () => {
  it("works over a range with a scalar target", () => {
    const result = ragFunction([[0.1], [0.25], [0.4]], [[0.24]]);
    expect(result).toEqual([["Green"], ["Amber"], ["Red"]]);
  });
  it("explicit band with margin", () => {
    expect(only(ragFunction([[12.5]], [[13]], null as unknown as unknown[][], [[1]], [[16]]))).toBe(
      "Amber",
    );
    expect(only(ragFunction([[11]], [[13]], null as unknown as unknown[][], [[1]], [[16]]))).toBe(
      "Red",
    );
  });
  it("a bad direction is one #VALUE! for the call", () => {
    const error = asError(only(ragFunction([[1], [2]], [[1]], [["sideways"]])));
    expect(error.message).toContain("direction");
  });
  it("unknown measure name is #N/A with the list of names", () => {
    expect(asError(only(ragFunction([[1]], [["wellbeing"]]))).message).toContain("vacancy rate");
  });
});

describe("SUMMARY", () => {
  const sheet = sample().sheets[0];
  const table = [sheet.headers, ...sheet.rows.map((row) => row.map((v) => v ?? ""))];

  it("spills a header, one row per team and a Total for the sample council", () => {
    const result = summaryFunction(table);
    const teams = new Set(sheet.rows.map((r) => r[0]));
    expect(result[0][0]).toBe("Team");
    expect(result).toHaveLength(teams.size + 2);
    expect(result[result.length - 1][0]).toBe("Total");
    expect(new Set(result.map((r) => r.length)).size).toBe(1);
  });
  it("reports rows it could not count in a final note row, never silently", () => {
    const result = summaryFunction([
      ["Team", "FTE", "Status"],
      ["A", 1, "Permanent"],
      ["A", "one", "Permanent"],
      ["", "", ""],
    ]);
    const note = result[result.length - 1][0];
    expect(note).toBe('Not counted: 1 row (table row 3: FTE "one" is not a number)');
    expect(result[result.length - 2][0]).toBe("Total");
  });
  const column = (result: unknown[][], label: string) => {
    const index = result[0].indexOf(label);
    expect(index).toBeGreaterThan(0);
    return result.map((row) => shown(row[index]));
  };
  it("reads a report with title rows and blank rows above its header, by DfE's definitions", () => {
    const result = summaryFunction([
      ["Children's Services establishment", "", ""],
      ["Run 03/10/2025", "", ""],
      ["", "", ""],
      ["Service Team", "Hours FTE", "Employment Type"],
      ["A", 1, "Perm"],
      ["A", 1, "Locum"],
      ["A", 1, "Vacancy"],
      ["", "", ""],
    ]);
    expect(result).toHaveLength(3);
    expect(column(result, "Vacancy FTE")).toEqual(["Vacancy FTE", 2, 2]);
    expect(column(result, "Vacancy rate")[2]).toBeCloseTo(2 / 3, 12);
    expect(column(result, "Turnover rate")[2]).toBe("#N/A");
  });
  it("counts leavers in the year to reference_date, and refuses a date it cannot read", () => {
    const table = [
      ["Team", "FTE", "Status", "Leaving date"],
      ["A", 1, "Perm", "15/06/2025"],
      ["A", 1, "Perm", 45931], // 1 October 2025
      ["A", 1, "Perm", ""],
      ["A", 1, "Perm", ""],
    ];
    expect(
      column(summaryFunction(table, undefined, undefined, [["30/09/2025"]]), "Leavers FTE")[2],
    ).toBe(1);
    expect(column(summaryFunction(table, undefined, undefined, [[45930]]), "Leavers FTE")[2]).toBe(
      1,
    );
    expect(
      column(summaryFunction(table, undefined, undefined, [["2026-09-30"]]), "Leavers FTE")[2],
    ).toBe(1);
    expect(
      column(summaryFunction(table, undefined, undefined, [["2024-09-30"]]), "Leavers FTE")[2],
    ).toBe(0);
    const error = asError(only(summaryFunction(table, undefined, undefined, [["next Tuesday"]])));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("reference_date");
  });
  it("groups rows not counted by reason, naming values nobody has mapped", () => {
    const rows = Array.from({ length: 50 }, () => ["A", 1, "Contractor (LTD)"]).map((r, i) =>
      i % 2 ? r : ["A", 1, "Perm"],
    );
    const result = summaryFunction([["Team", "FTE", "Status"], ...rows]);
    expect(result[result.length - 1][0]).toBe(
      'Not counted: 25 rows (Status "Contractor (LTD)" is not recognised: say what it means on the Data tab: 25 rows from table row 3)',
    );
  });
  it("missing columns are one #VALUE! naming them and listing the headers found", () => {
    const error = asError(
      only(
        summaryFunction([
          ["Name", "Hours"],
          ["A", 1],
        ]),
      ),
    );
    expect(error.message).toContain("Team, FTE, Status");
    expect(error.message).toContain("Name, Hours");
  });
  it("a single cell is a clear error", () => {
    expect(asError(only(summaryFunction([[5]]))).code).toBe("#VALUE!");
  });
});

describe("BENCHMARK", () => {
  it("looks up a column of areas", () => {
    const result = benchmarkFunction([["vacancy rate"]], [["England"], ["North East"]], [[2025]]);
    expect(result.map((r) => r.map(shown))).toEqual([[0.142], [0.089]]);
  });
  it("year may be typed as text", () => {
    expect(only(benchmarkFunction([["vacancy rate"]], [["England"]], [["2025"]]))).toBe(0.142);
  });
  it("blank area is #N/A", () => {
    expect(asError(only(benchmarkFunction([["vacancy rate"]], [[""]]))).code).toBe("#N/A");
  });
});
