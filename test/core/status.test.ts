import {
  DEFAULT_TARGETS,
  defaultTargetFor,
  isWorkforceError,
  ragLabel,
  ragStatus,
} from "../../src/core";

describe("ragStatus", () => {
  it("doc examples", () => {
    expect(ragStatus(0.25, 0.24)).toBe("amber");
    expect(ragStatus(17, 13, { upper: 16 })).toBe("amber");
    expect(ragStatus(18, 13, { upper: 16 })).toBe("red");
  });
  it("lower is better by default", () => {
    expect(ragStatus(0.2, 0.24)).toBe("green");
    expect(ragStatus(0.24, 0.24)).toBe("green");
    expect(ragStatus(0.264, 0.24)).toBe("amber");
    expect(ragStatus(0.27, 0.24)).toBe("red");
  });
  it("higher is better when asked", () => {
    expect(ragStatus(0.8, 0.78, { direction: "higher" })).toBe("green");
    expect(ragStatus(0.75, 0.78, { direction: "higher" })).toBe("amber");
    expect(ragStatus(0.6, 0.78, { direction: "higher" })).toBe("red");
  });
  it("explicit amber margin, including none", () => {
    expect(ragStatus(0.25, 0.24, { amberMargin: 0.02 })).toBe("amber");
    expect(ragStatus(0.27, 0.24, { amberMargin: 0.02 })).toBe("red");
    expect(ragStatus(0.2401, 0.24, { amberMargin: 0 })).toBe("red");
  });
  it("a band is green inside, amber just outside either end, red beyond", () => {
    expect(ragStatus(13, 13, { upper: 16 })).toBe("green");
    expect(ragStatus(16, 13, { upper: 16 })).toBe("green");
    expect(ragStatus(12, 13, { upper: 16 })).toBe("amber");
    expect(ragStatus(10, 13, { upper: 16 })).toBe("red");
  });
  it("rejects bad options with errors, not exceptions", () => {
    expect(isWorkforceError(ragStatus(1, 16, { upper: 13 }))).toBe(true);
    expect(isWorkforceError(ragStatus(1, 1, { amberMargin: -1 }))).toBe(true);
    expect(isWorkforceError(ragStatus(Number.NaN, 1))).toBe(true);
  });
});

describe("default targets", () => {
  it("vacancy target is the seed report's 24% and the caseload band 13–16", () => {
    expect(DEFAULT_TARGETS.vacancyRate).toBe(0.24);
    expect([DEFAULT_TARGETS.caseloadLow, DEFAULT_TARGETS.caseloadHigh]).toEqual([13, 16]);
  });
  it("finds targets by loose names", () => {
    expect(defaultTargetFor("Vacancy rate")).toMatchObject({ target: 0.24, direction: "lower" });
    expect(defaultTargetFor("CASELOAD")).toMatchObject({ target: 13, upper: 16 });
    expect(defaultTargetFor("sickness days")).toMatchObject({
      target: DEFAULT_TARGETS.sicknessDaysPerFte,
    });
    expect(isWorkforceError(defaultTargetFor("happiness"))).toBe(true);
  });
  it("labels for sheets", () => {
    expect(ragLabel("amber")).toBe("Amber");
  });
});
