/**
 * What makes a 200,000-worker table cheap to read must not change what it reads: each distinct
 * cell's values are shared between workers (and so frozen), each shared array is checked once,
 * and a formula keeps only the first problems of each severity while counting every one.
 */
import {
  analyseCensus,
  describeProblem,
  readCensusTable,
  dayNumber,
} from "../../../src/core/census";

const HEADER = ["AgencyWorker", "SWENo", "FTE", "PersonBirthDate", "RoleEndDate", "CFKSSstatus"];
/** Worker r: bad FTE every third row, a leaving date without its reason every fourth. */
function table(rows: number): unknown[][] {
  const body = Array.from({ length: rows }, (_, r) => [
    r % 2,
    `SW${100000 + r}`,
    r % 3 === 0 ? "one" : 0.5,
    r % 5 === 0 ? "31/02/1980" : 29221,
    r % 4 === 0 ? "2024-06-30" : null,
    "1; 3",
  ]);
  return [HEADER, ...body];
}
const reference = dayNumber(2024, 9, 30) as number;

describe("a big census table", () => {
  it("shares one frozen array between workers with the same cell, and keeps each worker's own", () => {
    const { workers } = readCensusTable(table(6));
    expect(workers[0].get("FTE")).toBe(workers[3].get("FTE"));
    expect(Object.isFrozen(workers[0].get("FTE"))).toBe(true);
    expect(() => (workers[0].get("FTE") as string[]).push("2")).toThrow(TypeError);
    expect(workers[1].get("FTE")).toEqual(["0.5"]);
    expect(workers[1].get("PersonBirthDate")).toEqual(["1980-01-01"]);
    expect(workers[1].get("CFKSSstatus")).toEqual(["1", "3"]);
    expect(workers[0].get("SWENo")).toEqual(["SW100000"]);
    expect(workers[1].get("SWENo")).toEqual(["SW100001"]);
    expect(workers[2].items).toEqual({
      AgencyWorker: ["0"],
      SWENo: ["SW100002"],
      FTE: ["0.5"],
      PersonBirthDate: ["1980-01-01"],
      CFKSSstatus: ["1", "3"],
    });
  });

  it("reports each worker's problems, shared values or not, as if each were read alone", () => {
    const big = analyseCensus(readCensusTable(table(60)), { reference, lenient: true });
    const one = (r: number) =>
      analyseCensus(readCensusTable([HEADER, table(60)[r + 1]]), {
        reference,
        lenient: true,
      }).problems.map((p) => describeProblem({ ...p, source: "" }));
    for (const r of [0, 1, 3, 4, 5, 12, 59]) {
      expect(
        big.problems
          .filter((p) => p.worker === r)
          .map((p) => describeProblem({ ...p, source: "" })),
      ).toEqual(one(r));
    }
    expect(big.workers[3].cfkss).toEqual(["1", "3"]);
  });

  it("keeps the first `keep` errors and warnings and counts them all", () => {
    const census = readCensusTable(table(300));
    const all = analyseCensus(census, { reference, lenient: true });
    const few = analyseCensus(census, { reference, lenient: true, keep: 3 });
    const errors = all.problems.filter((p) => p.severity === "error");
    const warnings = all.problems.filter((p) => p.severity === "warning");
    expect(errors.length).toBeGreaterThan(3);
    expect(warnings.length).toBeGreaterThan(3);
    expect(few.problems).toEqual(
      all.problems.filter((p) => [...errors.slice(0, 3), ...warnings.slice(0, 3)].includes(p)),
    );
    expect(few.problemCounts).toEqual({
      errors: errors.length,
      warnings: warnings.length,
      workers: new Set(all.problems.filter((p) => p.worker >= 0).map((p) => p.worker)).size,
    });
    expect(all.problemCounts).toEqual(few.problemCounts);
    expect(few.indicators).toEqual(all.indicators);
  });
});
