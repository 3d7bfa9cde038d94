/**
 * Worked examples for each custom function: shown in docs/functions.md and checked by
 * test/functions/examples.test.ts, so the reference never shows a wrong answer.
 * `args` are what Excel passes (every argument is a range, so a single value is [[v]]; an
 * omitted optional argument is null). `result` is what the cells show: numbers, text, or an
 * Excel error code such as "#DIV/0!".
 */
import { CENSUS_COLUMNS } from "../core/census";

export interface FunctionExample {
  id: string;
  formula: string;
  args: unknown[];
  result: (number | string)[][];
  note?: string;
}

const cell = (v: unknown) => [[v]];

/** A census worker table for the CENSUS examples (census item names as headers). */
const CENSUS_EXAMPLE_WORKERS = [
  [
    "AgencyWorker",
    "SWENo",
    "FTE",
    "RoleStartDate",
    "StartOrigin",
    "RoleEndDate",
    "ReasonLeave",
    "LeaverDestination",
    "Cases30",
    "WorkingDaysLost",
  ],
  [0, "SW1", 1, "2015-01-01", 2, null, null, null, 18, 5],
  [0, "SW2", 0.5, "2025-01-06", 1, null, null, null, 6, 0],
  [0, "SW3", 1, "2012-01-01", 2, "2025-03-31", 1, 1, null, null],
  [1, "SW4", 1, null, null, null, null, null, 20, null],
];

/** One row of the SUMMARY example's result (a team and the total are the same posts). */
function summaryExampleRow(name: string): (number | string)[] {
  const absence = 5 / 253;
  return [
    name,
    3, // establishment: 1 in post + 2 vacancies
    1,
    2, // vacancies: the empty post and the agency-held one
    1,
    1,
    2, // agency: in a funded post, and additional
    "#N/A",
    0,
    3,
    46,
    5,
    2 / 3,
    0.5,
    2 / 3,
    0,
    absence,
    5,
    46 / 3,
    46 / 16 / (1 - absence),
  ];
}

export const FUNCTION_EXAMPLES: readonly FunctionExample[] = [
  {
    id: "VACANCYRATE",
    formula: "=WORKFORCE.VACANCYRATE(12, 88)",
    args: [cell(12), cell(88)],
    result: [[0.12]],
    note: "12 vacant FTE in an establishment of 100: 12%.",
  },
  {
    id: "VACANCYRATE",
    formula: "=WORKFORCE.VACANCYRATE(B2:B4, C2:C4)",
    args: [
      [[12], [5], ["c"]],
      [[88], [45], [30]],
    ],
    result: [[0.12], [0.1], ["#N/A"]],
    note: 'Ranges spill one result per row; the DfE marker "c" (suppressed) gives #N/A, never 0.',
  },
  {
    id: "AGENCYRATE",
    formula: "=WORKFORCE.AGENCYRATE(15, 85)",
    args: [cell(15), cell(85)],
    result: [[0.15]],
  },
  {
    id: "TURNOVERRATE",
    formula: "=WORKFORCE.TURNOVERRATE(20, 160)",
    args: [cell(20), cell(160)],
    result: [[0.125]],
  },
  {
    id: "ABSENCERATE",
    formula: "=WORKFORCE.ABSENCERATE(1012, 100)",
    args: [cell(1012), cell(100), null],
    result: [[0.04]],
    note: "1012 / (100 × 253 working days).",
  },
  {
    id: "ABSENCERATE",
    formula: "=WORKFORCE.ABSENCERATE(1016, 100, 254)",
    args: [cell(1016), cell(100), cell(254)],
    result: [[0.04]],
    note: "DfE used 254 working days for 2020 and 2024.",
  },
  {
    id: "CASELOAD",
    formula: "=WORKFORCE.CASELOAD(480, 30)",
    args: [cell(480), cell(30)],
    result: [[16]],
  },
  {
    id: "CASELOAD",
    formula: "=WORKFORCE.CASELOAD(10, 0)",
    args: [cell(10), cell(0)],
    result: [["#DIV/0!"]],
    note: "No case-holding FTE: #DIV/0!.",
  },
  {
    id: "AGENCYCOVERRATE",
    formula: "=WORKFORCE.AGENCYCOVERRATE(8, 10)",
    args: [cell(8), cell(10)],
    result: [[0.8]],
  },
  {
    id: "VACANCYCOVERRATE",
    formula: "=WORKFORCE.VACANCYCOVERRATE(28.2, 60)",
    args: [cell(28.2), cell(60)],
    result: [[0.47]],
  },
  {
    id: "SICKNESSDAYS",
    formula: "=WORKFORCE.SICKNESSDAYS(890, 100)",
    args: [cell(890), cell(100)],
    result: [[8.9]],
  },
  {
    id: "FTENEEDED",
    formula: "=WORKFORCE.FTENEEDED(480)",
    args: [cell(480), null, null],
    result: [[30]],
    note: "480 cases at 16 per worker.",
  },
  {
    id: "FTENEEDED",
    formula: "=WORKFORCE.FTENEEDED(480, 16, 4%)",
    args: [cell(480), cell(16), cell(0.04)],
    result: [[31.25]],
    note: "30 FTE at work, grossed up for 4% absence.",
  },
  {
    id: "RAG",
    formula: "=WORKFORCE.RAG(25%, 24%)",
    args: [cell(0.25), cell(0.24), null, null, null],
    result: [["Amber"]],
    note: "Within the default margin (10% of the target) above a lower-is-better target.",
  },
  {
    id: "RAG",
    formula: '=WORKFORCE.RAG(0.2, "vacancy rate")',
    args: [cell(0.2), cell("vacancy rate"), null, null, null],
    result: [["Green"]],
    note: "A measure name uses its default target (24% for vacancies).",
  },
  {
    id: "RAG",
    formula: '=WORKFORCE.RAG(17, "caseload")',
    args: [cell(17), cell("caseload"), null, null, null],
    result: [["Amber"]],
    note: "Caseload uses the 13–16 band; 17 is within the 1.6-case margin.",
  },
  {
    id: "RAG",
    formula: '=WORKFORCE.RAG(85%, 78%, "higher")',
    args: [cell(0.85), cell(0.78), cell("higher"), null, null],
    result: [["Green"]],
  },
  {
    id: "SUMMARY",
    formula: "=WORKFORCE.SUMMARY(A1:F5)",
    args: [
      [
        ["Team", "FTE", "Status", "Cases", "Sickness days", "Leaver"],
        ["Assessment 1", 1, "Permanent", 15, 5, "No"],
        ["Assessment 1", 1, "Agency", 17, "", "No"],
        ["Assessment 1", 1, "Agency (additional)", 14, "", "No"],
        ["Assessment 1", 1, "Vacant", "", "", ""],
      ],
      null,
      null,
      null,
    ],
    result: [
      [
        "Team",
        "Establishment FTE",
        "In post FTE",
        "Vacancy FTE",
        "Agency cover FTE",
        "Uncovered vacancy FTE",
        "Agency FTE",
        "Starters FTE",
        "Leavers FTE",
        "Case-holding FTE",
        "Cases",
        "Days lost",
        "Vacancy rate",
        "Vacancy agency cover rate",
        "Agency rate",
        "Turnover rate",
        "Absence rate",
        "Sickness days per FTE",
        "Caseload",
        "FTE needed",
      ],
      summaryExampleRow("Assessment 1"),
      summaryExampleRow("Total"),
    ],
    note: "DfE counts the post held by an agency worker as a vacancy covered by agency: 2 vacancies (1 covered, 1 empty) in an establishment of 3, so the vacancy rate is 66.7%. The additional agency worker is agency FTE (agency rate 2 / 3) but no vacancy. With no Start date column, Starters FTE is #N/A: a figure without its data says so, never 0.",
  },
  {
    id: "BENCHMARK",
    formula: '=WORKFORCE.BENCHMARK("vacancy rate", "England", 2025)',
    args: [cell("vacancy rate"), cell("England"), cell(2025)],
    result: [[0.142]],
  },
  {
    id: "BENCHMARK",
    formula: '=WORKFORCE.BENCHMARK("caseload", "Leeds")',
    args: [cell("caseload"), cell("Leeds"), null],
    result: [[14.8]],
    note: "Latest year (2025).",
  },
  {
    id: "CENSUS",
    formula: '=WORKFORCE.CENSUS(A1:J5, L1:M2, "2025-09-30")',
    args: [
      CENSUS_EXAMPLE_WORKERS,
      [
        ["NumberOfVacancies", "NoAgencyFTE"],
        [2, 1],
      ],
      cell("2025-09-30"),
    ],
    result: [
      ["time_period", ...CENSUS_COLUMNS],
      [
        2025,
        ...[1.5, 2, 0.5, 1, 1, 1, 1 / 1.5, 0.5, 1, 1, 0.4, 1 / 3, 1, 1, 2, 2 / 3.5, 0.5, 2.5],
        ...[44, 17.6, 5, 5 / (1.5 * 253)],
      ],
    ],
    note: "Four workers: SW1 and SW2 in post (SW2 started in the year), SW3 left in the year, SW4 agency. Case holders include the agency worker: 44 cases over 2.5 FTE.",
  },
  {
    id: "CENSUSPROFILE",
    formula: '=WORKFORCE.CENSUSPROFILE(A1:J5, "leavers by reason", "2025-09-30")',
    args: [CENSUS_EXAMPLE_WORKERS, cell("leavers by reason"), cell("2025-09-30")],
    result: [
      [
        "characteristic_type",
        "characteristic",
        "headcount",
        "headcount_percent",
        "fte",
        "fte_percent",
      ],
      ["Leavers by reason", "Resignation", 1, 1, 1, 1],
      ...[
        "Voluntary redundancy",
        "Compulsory redundancy",
        "Dismissed",
        "Retired",
        "Deceased",
        "Moved to a non-children and families social work role in the LA",
        "Other",
        "Not known",
        "Not yet collected",
        "Not known",
      ]
        .slice(0, 9)
        .map((c) => ["Leavers by reason", c, 0, 0, 0, 0]),
    ],
    note: "SW3 resigned: the only leaver.",
  },
  {
    id: "BUDGET",
    formula: "=WORKFORCE.BUDGET(A1:B11, , 2)",
    args: [
      [
        ["establishment_fte", 10],
        ["in_post_fte", 8],
        ["agency_fte", 2],
        ["cases", 150],
        ["annual_turnover", 0],
        ["start_month", "2026-04"],
        ["permanent_salary_per_fte", 40000],
        ["on_cost_rate", 0.25],
        ["agency_cost_per_fte", 60000],
        ["pay_award", 0.03],
        ["annual_budget", 500000],
      ],
      null,
      cell(2),
    ],
    result: [
      [
        "Financial year",
        "Months",
        "Permanent salary",
        "On-costs",
        "Agency cost",
        "Total cost",
        "Budget",
        "Variance (cost − budget)",
        "Agency premium",
        "Note",
      ],
      ["2026/27", 12, 320000, 80000, 120000, 520000, 500000, 20000, 20000, ""],
      ["2027/28", 12, 329600, 82400, 120000, 532000, 500000, 32000, 17000, ""],
    ],
    note: "8 in post at £40,000 plus 25% on-costs (£50,000 each) and 2 agency at £60,000: £520,000 against £500,000, £20,000 over; the agency premium is 2 × (60,000 − 50,000). The 3% pay award in April 2027 lifts salary to £329,600 and on-costs to £82,400, and cuts the premium to 2 × (60,000 − 51,500).",
  },
  {
    id: "PLANVSACTUAL",
    formula: "=WORKFORCE.PLANVSACTUAL(A1:C3, E1:H2)",
    args: [
      [
        ["Month", "Vacancy rate", "Caseload"],
        ["2026-04", 0.2, 16],
        ["2026-05", 0.19, 15.5],
      ],
      [
        ["Month", "Caseload", "Vacancy rate", "Recorded on"],
        ["2026-04", 17.5, 0.25, "2026-04-30"],
      ],
    ],
    result: [
      [
        "Month",
        "Caseload plan",
        "Caseload actual",
        "Caseload variance",
        "Vacancy rate plan",
        "Vacancy rate actual",
        "Vacancy rate variance",
      ],
      ["2026-04", 16, 17.5, 1.5, 0.2, 0.25, 0.05],
      ["2026-05", 15.5, "", "", 0.19, "", ""],
    ],
    note: "April is recorded: caseload 1.5 above plan, the vacancy rate 5 points above. May is not recorded yet, so its actual and variance are blank.",
  },
];
