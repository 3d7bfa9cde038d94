/** @jest-environment jsdom */
/**
 * One definition of DfE's measures: WORKFORCE.SUMMARY, the dashboard and the scenario pre-fill
 * (and the projection it opens) give the same figures for a post-level list with agency-held,
 * additional agency and empty posts. The figures are worked by hand:
 *
 *   10 employed posts (1 FTE each, 15 cases, 4 days sick, one leaver)
 *    2 posts held by agency workers (16 cases each)
 *    1 agency worker over establishment, "Agency (additional)" (14 cases)
 *    3 empty posts
 *
 *   in post 10 · vacancies 3 + 2 = 5 · agency 2 + 1 = 3 · establishment 10 + 5 = 15
 *   vacancy rate 5 / 15 = 33.3% · agency rate 3 / 13 = 23.1%
 *   agency cover 2 · uncovered 3 · vacancy agency cover rate 2 / 5 = 40.0%
 *   turnover 1 / 10 = 10.0% · caseload 196 / 13 = 15.1
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { project } from "../../src/core/planning";
import { readStaffing } from "../../src/core/staffing";
import { summarise } from "../../src/core/summary";
import { summaryFunction } from "../../src/functions/functions";
import { assumptionsFromSummary, openingRates } from "../../src/taskpane/scenarioForm";
import { DEFAULT_TARGET_VALUES } from "../../src/taskpane/targets";
import type { CellValue } from "../../src/workbook/types";
import { shown } from "../functions/registry";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./support";

jest.setTimeout(90_000);
const user = userEvent.setup({ delay: null });

const HEADERS = ["Team", "Post", "FTE", "Status", "Cases", "Sickness days", "Leaver"];
const ROWS: CellValue[][] = [
  ...Array.from({ length: 10 }, (_, i): CellValue[] => [
    "Assessment",
    `P${i + 1}`,
    1,
    "Permanent",
    15,
    4,
    i === 0 ? "Yes" : "No",
  ]),
  ["Assessment", "P11", 1, "Agency", 16, null, "No"],
  ["Assessment", "P12", 1, "Agency", 16, null, "No"],
  ["Assessment", "X1", 1, "Agency (additional)", 14, null, "No"],
  ["Assessment", "P13", 1, "Vacant", null, null, null],
  ["Assessment", "P14", 1, "Vacant", null, null, null],
  ["Assessment", "P15", 1, "Vacant", null, null, null],
];

const VACANCY_RATE = 5 / 15;
const AGENCY_RATE = 3 / 13;

describe("SUMMARY, the dashboard and the scenario pre-fill agree on DfE's definitions", () => {
  it("SUMMARY", () => {
    const result = summaryFunction([HEADERS, ...ROWS.map((r) => r.map((v) => v ?? ""))]);
    const total = result[result.length - 1];
    const value = (label: string) => shown(total[result[0].indexOf(label)]);
    expect(total[0]).toBe("Total");
    expect(value("Establishment FTE")).toBe(15);
    expect(value("In post FTE")).toBe(10);
    expect(value("Vacancy FTE")).toBe(5);
    expect(value("Agency cover FTE")).toBe(2);
    expect(value("Uncovered vacancy FTE")).toBe(3);
    expect(value("Agency FTE")).toBe(3);
    expect(value("Vacancy rate")).toBeCloseTo(VACANCY_RATE, 12);
    expect(value("Agency rate")).toBeCloseTo(AGENCY_RATE, 12);
    expect(value("Vacancy agency cover rate")).toBeCloseTo(0.4, 12);
    expect(value("Turnover rate")).toBeCloseTo(0.1, 12);
    expect(value("Caseload")).toBeCloseTo(196 / 13, 12);
  });

  it("the dashboard, and the scenario form pre-filled from it", async () => {
    const host = new FakeHost();
    host.addUserSheet("Posts", HEADERS, ROWS, "Posts");
    renderPane(host);
    await screen.findByText(/16 rows read, 0 rejected, of 16/);
    const service = screen.getByRole("table", { name: "Whole service" });
    const cell = (table: HTMLElement, label: string) =>
      (within(table).getByText(label).closest("tr") as HTMLElement).textContent;
    expect(cell(service, "Vacancy rate")).toContain("33.3%");
    expect(cell(service, "Agency rate")).toContain("23.1%");
    expect(cell(service, "Turnover rate")).toContain("10.0%");
    const posts = screen.getByRole("table", { name: "Posts (FTE)" });
    expect(cell(posts, "Establishment (in post + vacancies)")).toContain("15.0");
    expect(cell(posts, "In post (employed)")).toContain("10.0");
    expect(cell(posts, "Vacancies")).toContain("5.0");
    expect(cell(posts, "covered by agency workers")).toContain("2.0");
    expect(cell(posts, "uncovered (empty posts)")).toContain("3.0");
    expect(cell(posts, "Agency workers")).toContain("3.0");
    expect(cell(posts, "additional (no funded post)")).toContain("1.0");
    expect(cell(posts, "Vacancy agency cover rate")).toContain("40.0%");

    await user.click(screen.getByRole("tab", { name: "Scenarios" }));
    await screen.findByText("No saved scenarios yet.");
    expect(screen.getByLabelText<HTMLInputElement>(/Establishment/).value).toBe("15");
    expect(screen.getByLabelText<HTMLInputElement>(/Permanent in post/).value).toBe("10");
    expect(screen.getByLabelText<HTMLInputElement>(/Agency workers/).value).toBe("3");
    screen.getByText(
      /the projection opens at a vacancy rate of 33\.3% and an agency rate of 23\.1%/,
    );
  });

  it("a projection opens at the dashboard's vacancy and agency rates", () => {
    const read = readStaffing(HEADERS, ROWS);
    const summary = summarise(read.records, { columns: read.columns });
    const assumptions = assumptionsFromSummary(summary, DEFAULT_TARGET_VALUES);
    expect(assumptions).toMatchObject({ establishmentFte: 15, inPostFte: 10, agencyFte: 3 });
    const opening = openingRates(assumptions);
    expect(opening.vacancyRate).toBeCloseTo(summary.total.vacancyRate as number, 12);
    expect(opening.agencyRate).toBeCloseTo(summary.total.agencyRate as number, 12);

    // With no flows, every month of the engine's projection holds the dashboard's position.
    const still = project({ ...assumptions, annualTurnover: 0, monthlyDemandGrowth: 0 }, [], 3);
    for (const month of still) {
      expect(month.vacancyRate).toBeCloseTo(VACANCY_RATE, 12);
      expect(month.agencyRate).toBeCloseTo(AGENCY_RATE, 12);
    }
    // With the list's turnover, the first month moves only by that month's leavers.
    expect(assumptions.annualTurnover).toBeCloseTo(0.1, 12);
    const [first] = project(assumptions, [], 1);
    const inPost = 10 * (1 - 0.1 / 12);
    expect(first.vacancyFte).toBeCloseTo(15 - inPost, 12);
    expect(first.agencyRate).toBeCloseTo(3 / (3 + inPost), 12);
  });
});
