/** Saved scenarios read back as the current field specs expect. */
import { DEFAULT_ASSUMPTIONS } from "../../src/core/planning";
import { loadScenarios } from "../../src/taskpane/scenarios";

describe("saved scenarios", () => {
  it("give an assumption added since they were saved its default", () => {
    const {
      agencyPolicy: _dropped,
      turnoverSd: _alsoDropped,
      ...older
    } = {
      ...DEFAULT_ASSUMPTIONS,
      establishmentFte: 10,
      inPostFte: 8,
      cases: 100,
      startMonth: "2026-01",
    };
    const text = JSON.stringify({
      version: 1,
      data: {
        scenarios: [
          { id: "a", name: "Old", assumptions: older, cohorts: [], months: 12, sheets: [] },
        ],
      },
    });
    const result = loadScenarios(text);
    expect(result.status).toBe("ok");
    expect(result.value.scenarios[0].assumptions).toEqual({
      ...older,
      agencyPolicy: DEFAULT_ASSUMPTIONS.agencyPolicy,
      turnoverSd: DEFAULT_ASSUMPTIONS.turnoverSd,
    });
  });
});
