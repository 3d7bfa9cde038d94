import {
  ACTUALS_HEADERS,
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  PLAN_TABLE_HEADERS,
  TrackedTable,
  planTable,
  planVsActualMatrix,
  project,
  projectionToMatrix,
  readTrackedTable,
} from "../../../src/core/planning";
import { WorkforceError, isWorkforceError } from "../../../src/core/errors";

function table(result: TrackedTable | WorkforceError): TrackedTable {
  if (isWorkforceError(result)) throw new Error(result.message);
  return result;
}

describe("plan against actual: the worked example in planVsActual.ts", () => {
  it("gives plan, actual and actual − plan for the measures both tables have", () => {
    const plan = table(
      readTrackedTable(
        [
          ["Month", "Vacancy rate", "Caseload"],
          ["2026-04", 0.2, 16],
        ],
        "plan",
      ),
    );
    const actuals = table(
      readTrackedTable(
        [
          ["Month", "Caseload", "Vacancy rate", "Recorded on"],
          ["2026-04", 17.5, 0.25, "2026-04-30"],
        ],
        "actuals",
      ),
    );
    const matrix = planVsActualMatrix(plan, actuals);
    if (isWorkforceError(matrix)) throw new Error(matrix.message);
    expect(matrix[0]).toEqual([
      "Month",
      "Caseload plan",
      "Caseload actual",
      "Caseload variance",
      "Vacancy rate plan",
      "Vacancy rate actual",
      "Vacancy rate variance",
    ]);
    expect(matrix[1].slice(0, 4)).toEqual(["2026-04", 16, 17.5, 1.5]);
    expect(matrix[1][4]).toBe(0.2);
    expect(matrix[1][5]).toBe(0.25);
    expect(matrix[1][6]).toBeCloseTo(0.05, 12);
  });
});

describe("readTrackedTable with tables we did not design", () => {
  it("skips title rows, reads dates and other spellings, and treats DfE markers as missing", () => {
    const actuals = table(
      readTrackedTable(
        [
          ["Children's services: monthly workforce return", "", ""],
          ["", "", ""],
          ["Period", "Vacancies", "Agency", "Notes"],
          [46143, 12.5, "x", "Excel date for 2026-05-01"],
          ["Jun 2026", "", 4, ""],
        ],
        "actuals",
      ),
    );
    expect([...actuals.measures]).toEqual(["vacancyFte", "agencyFte"]);
    expect([...actuals.months.values()]).toEqual([{ vacancyFte: 12.5 }, { agencyFte: 4 }]);
  });

  it("months in either table appear once, in order, blank where one side has none", () => {
    const plan = table(
      readTrackedTable(
        [
          ["Month", "Cases"],
          ["2026-06", 300],
          ["2026-04", 280],
          ["2026-05", 290],
        ],
        "plan",
      ),
    );
    const actuals = table(
      readTrackedTable(
        [
          ["Month", "Cases"],
          ["2026-05", 301],
          ["2026-03", 270],
        ],
        "actuals",
      ),
    );
    const matrix = planVsActualMatrix(plan, actuals);
    expect(matrix).toEqual([
      ["Month", "Cases plan", "Cases actual", "Cases variance"],
      ["2026-03", "", 270, ""],
      ["2026-04", 280, "", ""],
      ["2026-05", 290, 301, 11],
      ["2026-06", 300, "", ""],
    ]);
  });

  it.each([
    [
      [
        ["Team", "Cases"],
        ["A", 1],
      ],
      /must have a header row with a Month column/,
    ],
    [
      [
        ["Month", "Cases"],
        ["soon", 1],
      ],
      /actuals row 2: Month must be a month/,
    ],
    [
      [
        ["Month", "Cases"],
        ["2026-04", 1],
        ["April 2026", 2],
      ],
      /actuals rows 2 and 3 are both 2026-04/,
    ],
    [
      [
        ["Month", "Cases"],
        ["2026-04", "many"],
      ],
      /actuals row 2 "Cases"/,
    ],
    [
      [
        ["Month", "Cases", "Open cases"],
        ["2026-04", 1, 2],
      ],
      /two "Open cases" columns/,
    ],
    [
      [
        ["Month", "=cmd|' /C calc'!A0"],
        ["2026-04", 1],
      ],
      null,
    ],
  ])("bad table %j", (range, message) => {
    const result = readTrackedTable(range, "actuals");
    if (message === null) expect(isWorkforceError(result)).toBe(false);
    else expect(isWorkforceError(result) && result.message).toMatch(message);
  });

  it("refuses tables sharing no measure", () => {
    const plan = table(readTrackedTable([["Month", "Cases"]], "plan"));
    const actuals = table(readTrackedTable([["Month", "Caseload"]], "actuals"));
    const result = planVsActualMatrix(plan, actuals);
    expect(isWorkforceError(result) && result.message).toMatch(/share no measure/);
  });
});

describe("planTable: a projection in DfE's post-level terms", () => {
  const assumptions: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    establishmentFte: 50,
    inPostFte: 40,
    agencyFte: 6,
    cases: 600,
    annualTurnover: 0,
    caseHoldingShare: 0.75,
    startMonth: "2026-04",
  };

  it("caseload is cases ÷ (in post + agency) × case-holding share; reads back as a plan", () => {
    const rows = project(assumptions, [], 2);
    const plan = planTable(rows, assumptions);
    expect(plan[0]).toEqual([...PLAN_TABLE_HEADERS]);
    expect(plan[1]).toEqual(["2026-04", 40, 6, 10, 600, 600 / (46 * 0.75), 0.2, 6 / 46]);
    const read = table(readTrackedTable(plan, "plan"));
    expect(read.months.size).toBe(2);
    expect(ACTUALS_HEADERS.slice(0, -1)).toEqual([...PLAN_TABLE_HEADERS]);
  });

  it("a PROJECT spill can be the plan: its planning caseload is not taken for DfE caseload", () => {
    const spill = projectionToMatrix(project(assumptions, [], 3));
    const read = table(readTrackedTable(spill, "plan"));
    expect(read.measures.has("caseload")).toBe(false);
    expect(read.measures.has("vacancyRate")).toBe(true);
    expect(read.months.get(2026 * 12 + 3)?.vacancyFte).toBe(10);
  });
});
