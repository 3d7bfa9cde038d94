/**
 * Hostile inputs: damaged saved state, read one way everywhere. Whatever is still valid is kept,
 * what was lost is named, the damaged text is kept, and values are range-checked.
 */
import { loadMapping } from "../../src/taskpane/columnMapping";
import { loadValueMapping } from "../../src/taskpane/valueMapping";
import { keepDamagedCopy, damagedKey } from "../../src/taskpane/persisted";
import { loadScenarios } from "../../src/taskpane/scenarios";
import { DEFAULT_TARGET_VALUES, loadTargets } from "../../src/taskpane/targets";
import { DEFAULT_ASSUMPTIONS } from "../../src/core/planning";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { WorkbookModel } from "../../src/preview/workbookModel";
import { FakeHost } from "../taskpane/fakeHost";

const envelope = (data: unknown) => JSON.stringify({ version: 1, data });

const scenario = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  assumptions: {
    ...DEFAULT_ASSUMPTIONS,
    establishmentFte: 10,
    inPostFte: 8,
    cases: 100,
    startMonth: "2026-01",
  },
  cohorts: [],
  months: 12,
  sheets: [],
  updatedAt: "",
  ...extra,
});

describe("saved scenarios", () => {
  it("one bad scenario does not hide the others", () => {
    const result = loadScenarios(
      envelope({
        scenarios: [
          scenario("a", "First"),
          scenario("b", "Bad months", { months: 1e308 }),
          scenario("c", "Bad cohort", {
            cohorts: [{ month: "2026-01", fte: 1e308, kind: "permanent" }],
          }),
          scenario("d", "Last"),
          "not even an object",
        ],
        comparisonSheets: ["Comparison", 7],
      }),
    );
    expect(result.status).toBe("damaged");
    expect(result.value.scenarios.map((s) => s.name)).toEqual(["First", "Last"]);
    expect(result.value.comparisonSheets).toEqual(["Comparison"]);
    if (result.status !== "damaged") throw new Error("expected damaged");
    expect(result.lost).toHaveLength(4);
    expect(result.problem).toMatch(
      /"Bad months".*"Bad cohort".*scenario 5.*comparison sheets.*The rest are/,
    );
  });
});

describe("saved targets", () => {
  it("are range-checked one by one", () => {
    const result = loadTargets(
      envelope({
        vacancyRate: 1e308,
        agencyRate: 0.2,
        turnoverRate: "high",
        caseloadLow: 12,
        caseloadHigh: 15,
      }),
    );
    expect(result.value).toEqual({
      ...DEFAULT_TARGET_VALUES,
      agencyRate: 0.2,
      caseloadLow: 12,
      caseloadHigh: 15,
    });
    if (result.status !== "damaged") throw new Error("expected damaged");
    expect(result.lost).toEqual([
      '"Vacancy rate target" is 1e+308, outside 0 to 100%',
      '"Turnover rate target" is not a number',
    ]);
  });

  it("an upside-down caseload band falls back to the default band only", () => {
    const result = loadTargets(envelope({ caseloadLow: 20, caseloadHigh: 10, agencyRate: 0.1 }));
    expect(result.value).toMatchObject({ caseloadLow: 13, caseloadHigh: 16, agencyRate: 0.1 });
  });
});

describe("saved column choices", () => {
  it("keep the valid choices and name the others", () => {
    const result = loadMapping(
      envelope({ headersKey: "Team|FTE", mapping: { team: 0, fte: -1, nonsense: 3, status: 2 } }),
    );
    expect(result.value?.mapping).toEqual({ team: 0, status: 2 });
    if (result.status !== "damaged") throw new Error("expected damaged");
    expect(result.lost).toHaveLength(2);
  });
});

describe("saved value meanings", () => {
  it("keep the valid meanings and name the others", () => {
    const result = loadValueMapping(
      envelope({
        status: { "temp/agency": "agency", weird: "martian" },
        leaver: { gone: true, maybe: "perhaps" },
      }),
    );
    expect(result.value.status).toEqual({ "temp/agency": "agency" });
    expect(result.value.leaver).toEqual({ gone: true });
    if (result.status !== "damaged") throw new Error("expected damaged");
    expect(result.lost).toHaveLength(2);
  });
});

describe("the damaged text is kept", () => {
  it("beside the setting, once per text, never overwriting an earlier copy", async () => {
    const host = new FakeHost();
    await expect(keepDamagedCopy(host, "workforce.targets", "first")).resolves.toBe(
      damagedKey("workforce.targets"),
    );
    await expect(keepDamagedCopy(host, "workforce.targets", "first")).resolves.toBe(
      damagedKey("workforce.targets"),
    );
    await expect(keepDamagedCopy(host, "workforce.targets", "second")).resolves.toBe(
      `${damagedKey("workforce.targets")}.2`,
    );
    expect(host.settings.get(damagedKey("workforce.targets"))).toBe("first");
  });

  it("for the workbench's own settings in the browser, keeping the valid ones", () => {
    const items = new Map<string, string>([
      ["workforce-preview:settings", JSON.stringify({ good: "kept", bad: { x: 1 } })],
    ]);
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    } as unknown as Storage;
    const model = new WorkbookModel();
    const host = new PreviewWorkbook(model, storage);
    expect(model.settings.get("good")).toBe("kept");
    expect(host.settingsProblem).toMatch(/bad could not be read.*the rest are in use.*kept/);
    expect(items.get("workforce-preview:settings.damaged")).toContain('"bad"');

    items.set("workforce-preview:settings", "{not json");
    const blank = new PreviewWorkbook(new WorkbookModel(), storage);
    expect(blank.settingsProblem).toMatch(/not readable/);
    // The first damaged copy is never overwritten by a later one.
    expect(items.get("workforce-preview:settings.damaged")).toContain('"bad"');
  });

  it("storage the browser blocks never stops the workbench", () => {
    const blocked = new Proxy({} as Storage, {
      get: () => () => {
        throw new DOMException("denied", "SecurityError");
      },
    });
    expect(() => new PreviewWorkbook(new WorkbookModel(), blocked)).not.toThrow();
  });
});
