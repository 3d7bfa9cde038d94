import { FUNCTION_EXAMPLES } from "../../src/functions/examples";
import { loadRegistry, shown } from "./registry";
import type { CustomFunction } from "./registry";

let byId: Map<string, CustomFunction>;
beforeAll(async () => {
  ({ byId } = await loadRegistry());
});

describe("documented examples give the documented results", () => {
  it.each(FUNCTION_EXAMPLES.map((e) => [e.formula, e] as const))("%s", (_formula, example) => {
    const fn = byId.get(example.id);
    expect(fn).toBeDefined();
    const result = fn!(...example.args);
    expect(result.map((row) => row.length)).toEqual(example.result.map((row) => row.length));
    example.result.forEach((row, r) =>
      row.forEach((expected, c) => {
        const actual = shown(result[r][c]);
        if (typeof expected === "number") expect(actual).toBeCloseTo(expected, 10);
        else expect(actual).toBe(expected);
      }),
    );
  });
  it("every measure function has at least one example", () => {
    // The planning functions' worked examples live with the planning engine (its own tests and docs).
    const planning = new Set(["PROJECT", "RECRUITSNEEDED", "MONTHSTOTARGET", "PROJECTBANDS"]);
    const measureIds = [...byId.keys()].filter((id) => !planning.has(id));
    expect(measureIds.length).toBeGreaterThanOrEqual(12);
    expect(measureIds.filter((id) => !FUNCTION_EXAMPLES.some((e) => e.id === id))).toEqual([]);
  });
});
