import { ragStatus } from "../../src/core/status";

describe("ragStatus below a band", () => {
  it("is amber within the margin and red beyond it unless the below-band status is given", () => {
    expect(ragStatus(12, 13, { upper: 16 })).toBe("amber");
    expect(ragStatus(7.3, 13, { upper: 16 })).toBe("red");
  });
  it("takes the given status for every value below the band, and leaves the rest alone", () => {
    expect(ragStatus(7.3, 13, { upper: 16, belowBand: "amber" })).toBe("amber");
    expect(ragStatus(12.9, 13, { upper: 16, belowBand: "red" })).toBe("red");
    expect(ragStatus(7.3, 13, { upper: 16, belowBand: "green" })).toBe("green");
    expect(ragStatus(14, 13, { upper: 16, belowBand: "red" })).toBe("green");
    expect(ragStatus(17, 13, { upper: 16, belowBand: "green" })).toBe("amber");
    expect(ragStatus(20, 13, { upper: 16, belowBand: "green" })).toBe("red");
  });
});
