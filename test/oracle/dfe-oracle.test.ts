/**
 * Oracle: recompute every local-authority row of DfE's published "Children's social work
 * workforce" indicators (data/dfe-csww/, Open Government Licence v3.0) through the custom
 * functions, exactly as a user would in Excel (each measure as one column range), and compare
 * with the published rates. Published rates are percentages to one decimal place, so a
 * recomputation matches within 0.15 percentage points (0.15 cases for caseload).
 */
import { BUNDLED_TEXTS } from "../support/bundledTexts";
import { dfeMarker, parseCsv, workingDaysForYear } from "../../src/core";
import {
  absenceRateFunction,
  agencyRateFunction,
  caseloadFunction,
  turnoverRateFunction,
  vacancyRateFunction,
} from "../../src/functions/functions";

const [header, ...body] = parseCsv(BUNDLED_TEXTS.dfeIndicators);
const rows = body
  .filter((cells) => cells.length === header.length)
  .map(
    (cells) =>
      Object.fromEntries(header.map((name, i) => [name, cells[i]])) as Record<string, string>,
  )
  .filter((row) => row.geographic_level === "Local authority");

/** A CSV cell as Excel would hold it: a number, or the marker text. */
const asCell = (text: string): number | string =>
  dfeMarker(text) !== undefined || text.trim() === "" ? text : Number(text);

interface Check {
  name: string;
  fn: (...args: unknown[][][]) => unknown[][];
  inputs: (row: Record<string, string>) => (number | string)[];
  published: string;
  /** Published value in the function's units. */
  scale: number;
  tolerance: number;
  /** Rows the README counts as matching. */
  minimumCompared: number;
}

const checks: Check[] = [
  {
    name: "vacancy",
    fn: vacancyRateFunction,
    inputs: (r) => [asCell(r.vacancy_fte), asCell(r.inpost_fte)],
    published: "vacancy_rate_fte",
    scale: 0.01,
    tolerance: 0.0015,
    minimumCompared: 1353,
  },
  {
    name: "agency",
    fn: agencyRateFunction,
    inputs: (r) => [asCell(r.agency_fte), asCell(r.inpost_fte)],
    published: "agency_rate_fte",
    scale: 0.01,
    tolerance: 0.0015,
    minimumCompared: 1341,
  },
  {
    name: "turnover",
    fn: turnoverRateFunction,
    inputs: (r) => [asCell(r.leavers_fte), asCell(r.inpost_fte)],
    published: "turnover_rate_fte",
    scale: 0.01,
    tolerance: 0.0015,
    minimumCompared: 1345,
  },
  {
    name: "absence",
    fn: absenceRateFunction,
    inputs: (r) => [
      asCell(r.working_days_lost_fte),
      asCell(r.inpost_fte),
      workingDaysForYear(Number(r.time_period)),
    ],
    published: "absence_rate_fte",
    scale: 0.01,
    tolerance: 0.0015,
    minimumCompared: 1336,
  },
  {
    name: "caseload",
    fn: caseloadFunction,
    inputs: (r) => [asCell(r.cases), asCell(r.case_holders_fte)],
    published: "caseload_fte",
    scale: 1,
    tolerance: 0.15,
    minimumCompared: 1349,
  },
];

/**
 * Known exception, from data/dfe-csww/README.md: Isles of Scilly 2023 publishes a caseload of
 * 9.7 while its own counts give 15 / 1.5 = 10.0 (DfE's figure was presumably computed before
 * rounding the tiny FTE). It is checked to be exactly that 0.3 gap, not skipped.
 */
const isKnownException = (check: Check, row: Record<string, string>) =>
  check.name === "caseload" && row.la_name === "Isles of Scilly" && row.time_period === "2023";

describe("DfE oracle: every local-authority row recomputes through the custom functions", () => {
  it("has the expected number of local-authority rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(1450 - 9 * 12);
  });

  describe.each(checks.map((c) => [c.name, c] as const))("%s rate", (_name, check) => {
    const columns = rows.map(check.inputs);
    const argumentCount = columns[0].length;
    // One column range per argument, as a user would pass B2:B1300.
    const args = Array.from({ length: argumentCount }, (_, i) =>
      columns.map((inputs) => [inputs[i]]),
    );
    const result = check.fn(...args);

    it("returns one result per row", () => {
      expect(result).toHaveLength(rows.length);
    });

    it(`matches the published figure within ${check.tolerance} on at least ${check.minimumCompared} rows`, () => {
      let compared = 0;
      const mismatches: string[] = [];
      rows.forEach((row, i) => {
        const publishedText = row[check.published];
        const value = result[i][0];
        const inputs = columns[i];
        if (inputs.some((v) => typeof v === "string") || dfeMarker(publishedText) !== undefined)
          return;
        const published = Number(publishedText) * check.scale;
        if (isKnownException(check, row)) {
          expect(typeof value).toBe("number");
          expect(Math.abs((value as number) - published)).toBeCloseTo(0.3, 6);
          return;
        }
        compared++;
        if (typeof value !== "number" || Math.abs(value - published) > check.tolerance + 1e-9) {
          mismatches.push(
            `${row.la_name} ${row.time_period}: published ${publishedText}, got ${String(value)}`,
          );
        }
      });
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThanOrEqual(check.minimumCompared);
    });

    it("gives #N/A (never a number) wherever an input is a DfE marker", () => {
      let markerRows = 0;
      rows.forEach((row, i) => {
        if (!columns[i].some((v) => typeof v === "string")) return;
        markerRows++;
        const value = result[i][0];
        expect(value).toBeInstanceOf(CustomFunctions.Error);
        expect((value as CustomFunctions.Error).code).toBe("#N/A");
        expect((value as CustomFunctions.Error).message).toMatch(/DfE marker|blank/);
      });
      expect(markerRows).toBeGreaterThan(0);
    });

    it("where DfE publishes a marker but the counts exist, agrees with the marker's meaning", () => {
      rows.forEach((row, i) => {
        const marker = dfeMarker(row[check.published]);
        if (columns[i].some((v) => typeof v === "string") || marker === undefined) return;
        const value = result[i][0];
        if (marker === "low") {
          // "low": rounds to zero but is not zero (e.g. Rutland 2021: 1 day lost over 21.7 FTE).
          expect(typeof value).toBe("number");
          expect(value as number).toBeGreaterThan(0);
          expect(value as number).toBeLessThan(check.scale === 1 ? 0.05 : 0.0005);
        } else {
          // "z" with zero counts (Isles of Scilly: no one in post): 0 / 0 is #DIV/0!, never a made-up 0.
          expect(value).toBeInstanceOf(CustomFunctions.Error);
          expect((value as CustomFunctions.Error).code).toBe("#DIV/0!");
        }
      });
    });
  });
});
