/**
 * Plan against actual in the workbook (src/taskpane/planTracking.ts) over the fake host: the
 * approved plan is a frozen copy, actuals append one row a month, a recorded month is replaced
 * only when asked, nothing the user typed is overwritten, and saved state is read back.
 */
import { DEFAULT_ASSUMPTIONS, PLAN_TABLE_HEADERS, type Assumptions } from "../../src/core/planning";
import { serialise } from "../../src/taskpane/persisted";
import { recordActuals } from "../../src/taskpane/actualsSheet";
import { approvePlan } from "../../src/taskpane/approvedPlanSheet";
import {
  ACTUALS_SETTING,
  APPROVED_PLAN_SETTING,
  NO_ACTUALS,
  loadActuals,
  loadApprovedPlan,
  type ActualsRecord,
} from "../../src/taskpane/planTrackingStore";
import { FakeHost } from "./fakeHost";

const assumptions: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 50,
  inPostFte: 40,
  agencyFte: 6,
  cases: 600,
  startMonth: "2026-04",
};
const scenario = { name: "Baseline", assumptions, cohorts: [], months: 6 };
const today = new Date(2026, 3, 30);

const april = (inPostFte: number): Omit<ActualsRecord, "row"> => ({
  month: "2026-04",
  recordedOn: "2026-04-30",
  inPostFte,
  agencyFte: 6,
  vacancyFte: 50 - inPostFte,
  cases: 600,
  caseload: 17,
  vacancyRate: (50 - inPostFte) / 50,
  agencyRate: 6 / (6 + inPostFte),
});

describe("approvePlan", () => {
  it("writes a frozen plan, the Plan vs actual formula over it and an Actuals sheet, and saves the plan", async () => {
    const host = new FakeHost();
    const { plan, actuals } = await approvePlan(host, scenario, NO_ACTUALS, today);
    expect(await host.listSheets()).toEqual(["Approved plan", "Actuals", "Plan vs actual"]);
    const planSheet = host.sheet("Approved plan");
    expect(planSheet.cells.get("A1")).toBe("Approved plan: Baseline");
    expect(String(planSheet.cells.get("A2"))).toMatch(/Approved on 2026-04-30 .*frozen copy/);
    expect(planSheet.tables[0].headers).toEqual([...PLAN_TABLE_HEADERS]);
    expect(planSheet.cells.get("A5")).toBe("2026-04");
    expect(planSheet.cells.get("A10")).toBe("2026-09");
    expect(host.sheet("Plan vs actual").formulas.get("A4")).toBe(
      "=WORKFORCE.PLANVSACTUAL('Approved plan'!A4:H10,Actuals!A4:I2003)",
    );
    expect(host.sheet("Plan vs actual").charts.map((c) => c.title)).toEqual([
      "Caseload: plan and actual",
      "Vacancy rate: plan and actual",
    ]);
    expect(actuals.sheet).toBe("Actuals");

    // Saved, and read back as saved; later edits to the scenario change nothing of it.
    const saved = loadApprovedPlan(host.settings.get(APPROVED_PLAN_SETTING) ?? null);
    expect(saved.status).toBe("ok");
    expect(saved.value).toEqual(plan);
    scenario.assumptions.inPostFte = 45;
    expect(loadApprovedPlan(host.settings.get(APPROVED_PLAN_SETTING) ?? null).value).toEqual(plan);
    scenario.assumptions.inPostFte = 40;
  });
});

describe("recordActuals", () => {
  it("appends a month, asks before replacing it, and replaces only its own row", async () => {
    const host = new FakeHost();
    const first = await recordActuals(host, NO_ACTUALS, april(40), false);
    if (first.kind !== "recorded") throw new Error("not recorded");
    const sheet = host.sheet("Actuals");
    expect(sheet.cells.get("A4")).toBe("Month");
    expect(sheet.cells.get("I4")).toBe("Recorded on");
    expect(sheet.cells.get("A5")).toBe("2026-04");
    expect(sheet.cells.get("B5")).toBe(40);

    const again = await recordActuals(host, first.store, april(41), false);
    expect(again.kind).toBe("exists");
    expect(sheet.cells.get("B5")).toBe(40);

    const replaced = await recordActuals(host, first.store, april(41), true);
    if (replaced.kind !== "recorded") throw new Error("not replaced");
    expect(replaced.replaced).toBe(true);
    expect(sheet.cells.get("B5")).toBe(41);
    expect(replaced.store.records).toHaveLength(1);

    const may = await recordActuals(
      host,
      replaced.store,
      { ...april(42), month: "2026-05" },
      false,
    );
    if (may.kind !== "recorded") throw new Error("not recorded");
    expect(sheet.cells.get("A6")).toBe("2026-05");
    expect(loadActuals(host.settings.get(ACTUALS_SETTING) ?? null).value).toEqual(may.store);
  });

  it("never writes over a cell the user typed under the table", async () => {
    const host = new FakeHost();
    const first = await recordActuals(host, NO_ACTUALS, april(40), false);
    if (first.kind !== "recorded") throw new Error("not recorded");
    host.sheet("Actuals").cells.set("C6", "my note");
    await expect(
      recordActuals(host, first.store, { ...april(42), month: "2026-05" }, false),
    ).rejects.toThrow();
    expect(host.sheet("Actuals").cells.get("C6")).toBe("my note");
    expect(loadActuals(host.settings.get(ACTUALS_SETTING) ?? null).value.records).toHaveLength(1);
  });

  it("makes the Actuals sheet again, with every saved month, when it was deleted", async () => {
    const host = new FakeHost();
    host.addUserSheet("Staffing", ["Team"], [["A"]]);
    const first = await recordActuals(host, NO_ACTUALS, april(40), false);
    if (first.kind !== "recorded") throw new Error("not recorded");
    await host.deleteSheet("Actuals");
    const may = await recordActuals(host, first.store, { ...april(42), month: "2026-05" }, false);
    if (may.kind !== "recorded") throw new Error("not recorded");
    expect(host.sheet("Actuals").cells.get("A5")).toBe("2026-04");
    expect(host.sheet("Actuals").cells.get("A6")).toBe("2026-05");
  });
});

describe("saved plan-tracking settings", () => {
  it("reports damaged actuals and falls back to none", () => {
    const damaged = loadActuals(serialise(1, { sheet: "Actuals", records: [{ month: "soon" }] }));
    expect(damaged.status).toBe("damaged");
    expect(damaged.value).toEqual(NO_ACTUALS);
    expect(loadApprovedPlan(null)).toEqual({ status: "absent", value: null });
    expect(loadApprovedPlan("{not json").status).toBe("damaged");
  });
});
