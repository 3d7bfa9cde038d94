/**
 * The synthetic census returns from Social Finance's liia-tools (MIT licence, Copyright (c) 2022
 * Social Finance Digital Labs), in ../shared/data/csww-samples/: parsed and validated, and the
 * figures checked against counts worked out by hand from the XML (listed below by worker).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseCensusFile, dayNumber, describeProblem, isoDate } from "../../../src/core/census";

const samples = join(__dirname, "../../../../shared/data/csww-samples");
const read = (name: string) => readFileSync(join(samples, name), "utf8");

describe("census sample 2022 (30 workers, reference date 2022-09-30)", () => {
  const analysis = analyseCensusFile(read("social_work_workforce_2022.xml"));

  it("reads the header, the LA-level vacancies and all 30 workers", () => {
    expect(analysis.census.header).toMatchObject({
      collection: "CSWW",
      year: "2022",
      referenceDate: "2022-09-30",
      lea: "316",
    });
    expect(analysis.vacancies).toEqual({
      vacancyFte: 99.68,
      agencyCoverFte: 75.82,
      agencyCoverHeadcount: 142,
    });
    expect(analysis.workers).toHaveLength(30);
    expect(isoDate(analysis.reference)).toBe("2022-09-30");
    expect(analysis.referenceSource).toBe("header");
    expect(analysis.census.workers[0].items.SWENo).toEqual(["Oy2054309383"]);
  });

  // By hand: the 12 non-agency workers are 4, 9, 12, 14, 15, 16, 18, 20, 24, 26, 28 and 29.
  // 4, 16 and 18 start after 30/09/2022 and 20 left in 2018, so 8 are in post; 12, 14, 26 and
  // 28 end on 28/03/2023, after the reference date, so they are still in post on it. No
  // non-agency start or end date falls in 01/10/2021–30/09/2022: no starters, no leavers.
  it("counts in post, starters and leavers by hand", () => {
    const i = analysis.indicators;
    expect(analysis.groups.inPost.map((w) => w.index + 1)).toEqual([9, 12, 14, 15, 24, 26, 28, 29]);
    // FTE30 where given, else FTE (12 and 14 have FTE 0 and no FTE30).
    expect(i.inpost_fte).toBeCloseTo(
      0.712824 + 0 + 0 + 0.320526 + 0.698641 + 0.821627 + 0.63075 + 0.22182,
      9,
    );
    expect(i.inpost_headcount).toBe(8);
    expect(i.starters_fte).toBe(0);
    expect(i.leavers_fte).toBe(0);
    expect(i.turnover_rate_fte).toBe(0);
  });

  // Agency on the reference date: 1, 3, 5, 6, 7, 10, 11, 13, 19, 22, 25, 27 and 30 (2 left in
  // 2019; 8, 17, 21 and 23 start in 2023).
  it("counts agency workers by hand", () => {
    const i = analysis.indicators;
    expect(analysis.groups.agency.map((w) => w.index + 1)).toEqual([
      1, 3, 5, 6, 7, 10, 11, 13, 19, 22, 25, 27, 30,
    ]);
    expect(i.agency_headcount).toBe(13);
    expect(i.agency_fte).toBeCloseTo(6.811865, 9);
    expect(i.agency_rate_fte).toBeCloseTo(6.811865 / (6.811865 + 3.406188), 9);
    expect(i.vacancy_rate_fte).toBeCloseTo(99.68 / (99.68 + 3.406188), 9);
    expect(i.vacancy_agency_cover_rate_fte).toBeCloseTo(75.82 / 99.68, 9);
  });

  // Case holders: in post 12 (37 cases), 15 (85), 28 (80), 29 (23); agency 1 (72), 6 (11),
  // 10 (45), 11 (23), 19 (14), 22 (29), 25 (70), 27 (63), 30 (87): 639 cases.
  it("counts case holders, agency included, and days lost by hand", () => {
    const i = analysis.indicators;
    expect(analysis.groups.caseHolders.map((w) => w.index + 1)).toEqual([
      1, 6, 10, 11, 12, 15, 19, 22, 25, 27, 28, 29, 30,
    ]);
    expect(i.cases).toBe(639);
    expect(i.case_holders_fte).toBeCloseTo(6.273362, 9);
    expect(i.caseload_fte).toBeCloseTo(639 / 6.273362, 9);
    // Days lost by those in post: 16.74 + 90.85 + 3.51 + 98.22 + 94.67 + 83.01 (24 and 28 none).
    expect(i.working_days_lost_fte).toBeCloseTo(387, 9);
    expect(i.absence_rate_fte).toBeCloseTo(387 / (3.406188 * 253), 9);
  });

  it("lists each failing worker with its item and reason", () => {
    const lines = analysis.problems.map(describeProblem);
    expect(lines).toContain(
      'worker 1: ContractWeeks "288.7" must be at most 53 (the weeks in a year)',
    );
    expect(lines).toContain(
      "worker 2: RoleStartDate is missing: a worker with a StartOrigin needs one",
    );
    expect(lines).toContain(
      'worker 4: RoleStartDate "2023-03-28" is after the reference date 30/09/2022: the worker had not started',
    );
    expect(lines).toContain(
      "worker 5: StartOrigin is missing: a worker with a RoleStartDate needs one",
    );
    expect(lines).toContain(
      'worker 20: RoleEndDate "2018-08-20" is before the census year (01/10/2021 to 30/09/2022): not counted as in post or as a leaver',
    );
    // Every worker the checks flagged is still counted somewhere or named as not counted.
    const flagged = new Set(analysis.problems.map((p) => p.worker));
    expect(flagged.has(3)).toBe(true);
    expect(analysis.problems.filter((p) => p.worker === -1)).toEqual([]);
  });

  it("gives the characteristics of those in post", () => {
    const age = analysis.characteristics.filter((r) => r.type === "Age");
    // Birth dates of the 8 in post: 1959, 1987, none, 1968, 1958, 1981, none, none.
    const byBand = Object.fromEntries(age.map((r) => [r.characteristic, r.headcount]));
    expect(byBand).toEqual({
      "Under 30": 0,
      "30 to 39": 1,
      "40 to 49": 1,
      "50 to 59": 1,
      "60 and over": 2,
      "Not known": 3,
    });
    const asye = analysis.characteristics.find((r) => r.characteristic === "In ASYE");
    expect(asye?.headcount).toBe(1); // worker 12 (CFKSSstatus 1)
  });
});

describe("census sample with a bad header", () => {
  const analysis = analyseCensusFile(read("social_work_workforce_2022_bad_header.xml"));

  it("reports the header's year and reference date disagreeing, and still reads the workers", () => {
    const header = analysis.problems.filter((p) => p.source === "Header").map(describeProblem);
    expect(header).toEqual([
      'Header: ReferenceDate "2023-03-28" is not 30 September, the census date',
      'Header: Year "2020" does not match the ReferenceDate 2023-03-28',
    ]);
    expect(
      analysis.problems.find((p) => p.source === "Header" && p.item === "Year")?.severity,
    ).toBe("error");
    expect(analysis.workers).toHaveLength(30);
    expect(analysis.census.header.lea).toBe("301");
  });
});

describe("census sample 2021", () => {
  it("reads 30 workers for LA 301 with its own reference date", () => {
    const analysis = analyseCensusFile(read("social_work_workforce_2021.xml"));
    expect(analysis.workers).toHaveLength(30);
    expect(analysis.reference).toBe(dayNumber(2021, 9, 30));
    expect(analysis.vacancies?.vacancyFte).toBe(66.66);
  });
});
