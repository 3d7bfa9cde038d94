/**
 * Worker-level oracle: for every local-authority row of the 2024 and 2025 releases of DfE's
 * "Children's social work workforce" (data/dfe-csww/, Open Government Licence v3.0), build a
 * census return whose workers add up to that authority's published counts, import it through
 * the path a user's file takes (analyseCensusFile), and check that the counts come back
 * exactly and the rates match the published ones within DfE's rounding (0.15 percentage
 * points; 0.15 cases for caseload), as in test/oracle/dfe-oracle.test.ts.
 */
import { BUNDLED_TEXTS } from "../support/bundledTexts";
import { dfeMarker, parseCsv, workingDaysForYear } from "../../src/core";
import { analyseCensusFile, isMissing, type CensusColumn } from "../../src/core/census";
import { CensusBuilder, type PublishedCounts } from "./censusGenerator";

const [header, ...body] = parseCsv(BUNDLED_TEXTS.dfeIndicators);
const rows = body
  .filter((cells) => cells.length === header.length)
  .map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])) as Record<string, string>)
  .filter(
    (r) =>
      r.geographic_level === "Local authority" &&
      (r.time_period === "2024" || r.time_period === "2025"),
  );

const COUNT_COLUMNS: Record<Exclude<keyof PublishedCounts, "year">, CensusColumn> = {
  inpostFte: "inpost_fte",
  inpostHeadcount: "inpost_headcount",
  startersFte: "starters_fte",
  startersHeadcount: "starters_headcount",
  leaversFte: "leavers_fte",
  leaversHeadcount: "leavers_headcount",
  agencyFte: "agency_fte",
  agencyHeadcount: "agency_headcount",
  agencyCoverFte: "agency_cover_fte",
  vacancyFte: "vacancy_fte",
  caseHoldersFte: "case_holders_fte",
  cases: "cases",
  daysLost: "working_days_lost_fte",
};

/**
 * Each published rate from its published counts. DfE rounds FTE, days and rates to one
 * decimal place, so a rate rebuilt from rounded counts is only known to lie in the range the
 * counts' rounding allows: `range` works it out from the counts' own rounding intervals.
 */
interface RateCheck {
  column: CensusColumn;
  /** Published in percent (0.01) or in cases (1). */
  scale: number;
  /** Lowest and highest value the rate can take when each count may be off by its rounding. */
  range: (c: Record<string, number>, workingDays: number) => [number, number];
}

const FTE_ROUNDING = 0.05;
/** a / b over a in [a0 ± da], b in [b0 ± db]. */
const ratioRange = (a: number, da: number, b: number, db: number): [number, number] => [
  Math.max(0, a - da) / (b + db),
  (a + da) / Math.max(1e-9, b - db),
];
/** a / (a + b) over the same intervals (it rises with a and falls with b). */
const shareRange = (a: number, da: number, b: number, db: number): [number, number] => [
  Math.max(0, a - da) / (Math.max(0, a - da) + b + db),
  (a + da) / Math.max(1e-9, a + da + Math.max(0, b - db)),
];

const RATES: RateCheck[] = [
  {
    column: "turnover_rate_fte",
    scale: 0.01,
    range: (c) => ratioRange(c.leavers_fte, FTE_ROUNDING, c.inpost_fte, FTE_ROUNDING),
  },
  {
    column: "turnover_rate_headcount",
    scale: 0.01,
    range: (c) => ratioRange(c.leavers_headcount, 0, c.inpost_headcount, 0),
  },
  {
    column: "agency_rate_fte",
    scale: 0.01,
    range: (c) => shareRange(c.agency_fte, FTE_ROUNDING, c.inpost_fte, FTE_ROUNDING),
  },
  {
    column: "agency_rate_headcount",
    scale: 0.01,
    range: (c) => shareRange(c.agency_headcount, 0, c.inpost_headcount, 0),
  },
  {
    column: "vacancy_rate_fte",
    scale: 0.01,
    range: (c) => shareRange(c.vacancy_fte, FTE_ROUNDING, c.inpost_fte, FTE_ROUNDING),
  },
  {
    column: "vacancy_agency_cover_rate_fte",
    scale: 0.01,
    range: (c) => ratioRange(c.agency_cover_fte, FTE_ROUNDING, c.vacancy_fte, FTE_ROUNDING),
  },
  {
    column: "absence_rate_fte",
    scale: 0.01,
    range: (c, days) =>
      ratioRange(c.working_days_lost_fte, FTE_ROUNDING, c.inpost_fte * days, FTE_ROUNDING * days),
  },
  {
    column: "caseload_fte",
    scale: 1,
    range: (c) => ratioRange(c.cases, 0, c.case_holders_fte, FTE_ROUNDING),
  },
];

/** A published count, or undefined for a marker (x, c, z, low, u: missing, never zero). */
const count = (text: string) =>
  dfeMarker(text) !== undefined || text.trim() === "" ? undefined : Number(text);

/** Isles of Scilly 2023's caseload is the README's one known exception; it is not in 2024–25. */
describe("census oracle: a return built for each authority reproduces its published figures", () => {
  it("covers every local authority in 2024 and 2025", () => {
    expect(rows.length).toBeGreaterThanOrEqual(2 * 150);
  });

  const results = rows.map((row) => {
    const published = Object.fromEntries(
      Object.entries(COUNT_COLUMNS).map(([key, column]) => [key, count(row[column])]),
    ) as Record<keyof typeof COUNT_COLUMNS, number | undefined>;
    const counts = Object.fromEntries(
      Object.entries(published).map(([k, v]) => [k, v ?? 0]),
    ) as Omit<PublishedCounts, "year">;
    const seed = [...`${row.new_la_code}${row.time_period}`].reduce(
      (h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0,
      7,
    );
    const xml = new CensusBuilder({ ...counts, year: Number(row.time_period) }, seed).build();
    return { row, published, analysis: analyseCensusFile(xml) };
  });

  // Authorities that returned no census (every count a marker) have nothing to rebuild.
  const comparable = results.filter(({ published }) => published.inpostFte !== undefined);
  it("leaves out only authorities that published no counts at all", () => {
    const left = results.filter((r) => !comparable.includes(r));
    expect(
      left.every(({ published }) => Object.values(published).every((v) => v === undefined)),
    ).toBe(true);
    expect(left.length).toBeLessThanOrEqual(4);
  });

  it("gives back every published count exactly, through the user's import path", () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const { row, published, analysis } of comparable) {
      for (const [key, column] of Object.entries(COUNT_COLUMNS)) {
        const expected = published[key as keyof typeof COUNT_COLUMNS];
        if (expected === undefined) continue;
        const got = analysis.indicators[column];
        compared++;
        if (isMissing(got) || Math.abs(got - expected) > 1e-6) {
          mismatches.push(
            `${row.la_name} ${row.time_period} ${column}: published ${expected}, got ${JSON.stringify(got)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(rows.length * 12);
  });

  it("reproduces every published rate within DfE's rounding", () => {
    const mismatches: string[] = [];
    let compared = 0;
    let within015 = 0;
    for (const { row, analysis } of comparable) {
      const counts = Object.fromEntries(
        Object.entries(analysis.indicators).map(([k, v]) => [k, isMissing(v) ? NaN : v]),
      );
      const workingDays = workingDaysForYear(Number(row.time_period));
      for (const { column, scale, range } of RATES) {
        const text = row[column];
        if (dfeMarker(text) !== undefined) continue;
        const got = analysis.indicators[column];
        const [low, high] = range(counts, workingDays);
        // Inputs DfE did not publish (a marker) leave the rate unknown; nothing to compare.
        if (Number.isNaN(low) || Number.isNaN(high)) continue;
        compared++;
        const published = Number(text) * scale;
        // The published rate is itself rounded to one decimal place.
        const halfStep = 0.05 * scale;
        if (
          isMissing(got) ||
          published < low - halfStep - 1e-9 ||
          published > high + halfStep + 1e-9 ||
          got < low - 1e-9 ||
          got > high + 1e-9
        ) {
          mismatches.push(
            `${row.la_name} ${row.time_period} ${column}: published ${text}, got ${JSON.stringify(got)}, rounding allows ${low}–${high}`,
          );
        }
        if (!isMissing(got) && Math.abs(got - published) <= 0.15 * scale + 1e-9) within015++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(comparable.length * 7);
    // Nearly every rate is also within 0.15 points, the published file's own recomputation bound.
    expect(within015 / compared).toBeGreaterThan(0.99);
  });

  it("finds no errors in the generated returns", () => {
    const errors = comparable.flatMap(({ row, analysis }) =>
      analysis.problems
        .filter((p) => p.severity === "error")
        .map((p) => `${row.la_name} ${row.time_period}: ${p.source} ${p.item ?? ""} ${p.reason}`),
    );
    expect(errors.slice(0, 5)).toEqual([]);
  });
});
