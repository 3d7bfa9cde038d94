/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { bundledData } from "../../src/workbook/bundledData";
import { isWorkforceError } from "../../src/core/errors";
import { BENCHMARK_AREA_SETTING } from "../../src/taskpane/components/Benchmarks";
import { formatPercent } from "../../src/taskpane/format";
import { hostWithStaff, renderPane } from "./support";

// What the pane reads: the data the test set-up provides, as an entry point would.
const { row: benchmarkRow, years: benchmarkYears, regionOf } = bundledData().benchmarks;

jest.setTimeout(60_000);
const user = userEvent.setup({ delay: null });

function vacancy(area: string, year: number): string {
  const row = benchmarkRow(area, year);
  if (isWorkforceError(row)) throw new Error(row.message);
  return formatPercent(row.values.vacancy_rate);
}

describe("benchmarks", () => {
  it("shows the saved council beside its region, England and the user's data, with an accessible chart, and writes a sheet", async () => {
    const host = hostWithStaff();
    host.settings.set(
      BENCHMARK_AREA_SETTING,
      JSON.stringify({ version: 1, data: { area: "Leeds" } }),
    );
    renderPane(host);
    // The first read of the staffing list can take seconds on a loaded machine.
    await screen.findByText(/7 rows read/, undefined, { timeout: 20_000 });
    await user.click(screen.getByRole("tab", { name: "Benchmarks" }));
    const latest = Math.max(...benchmarkYears());
    // Label queries: role queries over the council list are very slow in jsdom.
    const table = await screen.findByLabelText(`Benchmarks for Leeds, ${latest}`, undefined, {
      timeout: 20_000,
    });
    const region = regionOf("Leeds");
    if (isWorkforceError(region)) throw new Error(region.message);
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["Measure", "Leeds", region, "England", "Your data (now)"]);
    const vacancyRow = within(table).getByText("Vacancy rate").closest("tr") as HTMLElement;
    const cells = within(vacancyRow)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells).toEqual([
      "Vacancy rate",
      vacancy("Leeds", latest),
      vacancy(region, latest),
      vacancy("England", latest),
      "46.2%",
    ]);

    const chart = screen.getByRole("img", { name: new RegExp(`^Vacancy rate, ${latest}`) });
    expect(chart.querySelector("desc")?.textContent).toContain(
      `Leeds: ${vacancy("Leeds", latest)}`,
    );
    // Each chart shows its measure's title above its bars, not only to screen readers.
    const charts = [...document.querySelectorAll("svg[role=img]")].filter((svg) =>
      svg.querySelector("title")?.textContent?.endsWith(`, ${latest}`),
    );
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const svg of charts) {
      expect(svg.querySelector(":scope > text")?.textContent).toBe(
        svg.querySelector("title")?.textContent,
      );
    }
    expect(charts.map((svg) => svg.querySelector(":scope > text")?.textContent)).toContain(
      `Vacancy rate, ${latest}`,
    );

    await user.click(
      screen.getByRole("button", { name: "Write benchmarks and chart to a new sheet" }),
    );
    await screen.findByText(`Benchmarks written to the sheet "Benchmarks – Leeds ${latest}".`);
    const sheet = host.sheet(`Benchmarks – Leeds ${latest}`);
    expect(sheet.tables.map((t) => t.name)).toEqual(["BenchmarkRates", "BenchmarkCaseload"]);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].series.map((s) => s.name)).toEqual([
      "Leeds",
      region,
      "England",
      "Your data (now)",
    ]);
  });

  it("remembers the chosen council in the workbook settings", async () => {
    const host = hostWithStaff();
    renderPane(host);
    // The first read of the staffing list can take seconds on a loaded machine.
    await screen.findByText(/7 rows read/, undefined, { timeout: 20_000 });
    await user.click(screen.getByRole("tab", { name: "Benchmarks" }));
    const council = await screen.findByLabelText("Council", undefined, { timeout: 20_000 });
    await user.click(council);
    await user.click(await screen.findByText("Leeds", { selector: '[role="option"]' }));
    await waitFor(() =>
      expect(host.settings.get(BENCHMARK_AREA_SETTING)).toBe(
        JSON.stringify({ version: 1, data: { area: "Leeds" } }),
      ),
    );
  });
});
