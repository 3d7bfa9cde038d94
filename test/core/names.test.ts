import { defaultTargetFor, nameKey, resolveMeasure } from "../../src/core";
import { normaliseName, parseMeasure } from "../../src/core/planning";

describe("nameKey, the one name normaliser", () => {
  it.each([
    ["Vacancy rate", "vacancyrate"],
    ["VACANCY_RATE", "vacancyrate"],
    ["  in-post FTE (%) ", "inpostfte"],
    ["E08000035", "e08000035"],
    ["Caseload\u00a0per worker", "caseloadperworker"],
    ["", ""],
  ])("%j → %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("is what every lenient name match uses", () => {
    expect(normaliseName).toBe(nameKey);
    // The same spelling finds a RAG target, a benchmark measure and a target measure.
    for (const spelling of ["Vacancy Rate", "vacancy_rate", " VACANCY-rate "]) {
      expect(defaultTargetFor(spelling)).toMatchObject({ measure: "vacancyRate" });
      expect(resolveMeasure(spelling)).toMatchObject({ measure: "vacancy_rate" });
      expect(parseMeasure(spelling)).toBe("vacancy_rate");
    }
  });
});
