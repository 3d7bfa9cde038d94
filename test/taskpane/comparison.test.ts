/** Comparisons of scenarios of different lengths and starts line up by calendar month. */
import { DEFAULT_ASSUMPTIONS, project, type Assumptions } from "../../src/core/planning";
import { writeComparisonSheet } from "../../src/taskpane/scenarioWriter";
import { DEFAULT_TARGET_VALUES } from "../../src/taskpane/targets";
import type { TableSpec } from "../../src/workbook/types";
import { FakeHost } from "./fakeHost";

const plan = (startMonth: string): Assumptions => ({
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  cases: 800,
  startMonth,
});

async function comparisonTable(
  scenarios: { name: string; start: string; months: number }[],
): Promise<TableSpec> {
  const host = new FakeHost();
  host.addUserSheet("Notes", ["Note"], [["mine"]]);
  await writeComparisonSheet(
    host,
    scenarios.map((s) => ({ name: s.name, rows: project(plan(s.start), [], s.months) })),
    DEFAULT_TARGET_VALUES,
  );
  const table = host.calls.find((c) => c.method === "writeTable")?.args[1] as TableSpec;
  return table;
}

describe("comparison sheet", () => {
  it("gives a 24- and a 36-month scenario every month, the shorter blank after its end", async () => {
    const table = await comparisonTable([
      { name: "Short", start: "2026-04", months: 24 },
      { name: "Long", start: "2026-04", months: 36 },
    ]);
    expect(table.rows).toHaveLength(36);
    expect(table.rows.map((r) => r[0])).toEqual(
      Array.from({ length: 36 }, (_, i) => {
        const m = 3 + i; // April 2026 = month 3 of 2026, zero-based
        return `${2026 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
      }),
    );
    expect(table.rows[23][1]).not.toBeNull();
    expect(table.rows[24][1]).toBeNull(); // Short has no month 25
    expect(table.rows[35][2]).not.toBeNull();
  });

  it("lines up scenarios that start in different months by calendar month", async () => {
    const table = await comparisonTable([
      { name: "Now", start: "2026-01", months: 12 },
      { name: "Later", start: "2026-07", months: 12 },
    ]);
    expect(table.headers[0]).toBe("Month");
    expect(table.rows).toHaveLength(18);
    expect(table.rows[0][0]).toBe("2026-01");
    expect(table.rows[17][0]).toBe("2027-06");
    // "Later" opens in July: its first figure sits on the 2026-07 row, blank before.
    expect(table.rows[5][2]).toBeNull();
    expect(table.rows[6][2]).not.toBeNull();
    expect(table.rows[12][1]).toBeNull(); // "Now" ended in December 2026
  });
});
