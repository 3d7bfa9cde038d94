import { createBenchmarks, isWorkforceError, resolveMeasure, WorkforceError } from "../../src/core";
import { BUNDLED_TEXTS } from "../support/bundledTexts";

const dfe = createBenchmarks(BUNDLED_TEXTS.dfeIndicators);
const {
  value: benchmarkValue,
  row: benchmarkRow,
  series: benchmarkSeries,
  years: benchmarkYears,
  areas: listAreas,
  regionOf,
  rawRows: benchmarkRawRows,
} = dfe;

const err = (value: unknown) => value as WorkforceError;

describe("benchmarkValue", () => {
  it("doc example: England's 2025 vacancy rate 14.2% as a fraction", () => {
    expect(benchmarkValue("vacancy rate", "England", 2025)).toBe(0.142);
  });
  it("matches measure names leniently", () => {
    for (const name of [
      "vacancy_rate",
      "VACANCY_RATE",
      "vacancy",
      "Vacancy rate",
      "vacancy_rate_fte",
    ]) {
      expect(benchmarkValue(name, "England", 2025)).toBe(0.142);
    }
  });
  it("finds areas by name, code, case-insensitively, and region", () => {
    // Hull 2025: vacancy rate 2.4%, caseload 17.3 (published).
    expect(benchmarkValue("vacancy_rate", "kingston upon hull, city of", 2025)).toBe(0.024);
    expect(benchmarkValue("caseload", "E06000010", 2025)).toBe(17.3);
    expect(benchmarkValue("caseload", "810", 2025)).toBe(17.3);
    expect(benchmarkValue("caseload", "Hull", 2025)).toBe(17.3);
    expect(benchmarkValue("agency rate", "north east", 2025)).toBe(0.082);
    expect(benchmarkValue("inpost_fte", "E12000001", 2025)).toBe(2299.3);
  });
  it("uses the latest year when omitted", () => {
    expect(benchmarkValue("vacancy rate", "England")).toBe(
      benchmarkValue("vacancy rate", "England", Math.max(...benchmarkYears())),
    );
  });
  it("markers are #N/A naming the marker, never zero", () => {
    const result = err(benchmarkValue("turnover rate", "Isles of Scilly", 2025));
    expect(result.kind).toBe("notAvailable");
    expect(result.message).toContain('marker "z"');
  });
  it("unknown areas, measures and years are #N/A with a reason", () => {
    expect(err(benchmarkValue("vacancy", "Atlantis")).message).toContain("Atlantis");
    expect(err(benchmarkValue("happiness", "England")).message).toContain("unknown measure");
    expect(err(benchmarkValue("vacancy", "England", 2010)).message).toContain("2017");
    expect(err(benchmarkValue("vacancy", "England", 2024.5)).kind).toBe("invalidValue");
  });
});

describe("areas, years, rows", () => {
  it("lists England, 9 regions... and about 150 local authorities", () => {
    const areas = listAreas();
    expect(areas[0]).toMatchObject({ name: "England", level: "National" });
    expect(areas.filter((a) => a.level === "Regional").length).toBeGreaterThanOrEqual(9);
    expect(areas.filter((a) => a.level === "Local authority").length).toBeGreaterThanOrEqual(150);
  });
  it("years 2017–2025", () => {
    expect(benchmarkYears()).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
  it("benchmarkRow gives every measure", () => {
    const row = benchmarkRow("England", 2025);
    expect(isWorkforceError(row)).toBe(false);
    if (isWorkforceError(row)) return;
    expect(row.values.vacancy_rate).toBe(0.142);
    expect(row.values.caseload).toBe(15.2);
    expect(row.values.inpost_fte).toBe(36186.3);
  });
  it("benchmarkSeries is oldest first", () => {
    const series = benchmarkSeries("vacancy", "England");
    if (isWorkforceError(series)) throw new Error(series.message);
    expect(series.map((p) => p.year)).toEqual(benchmarkYears());
  });
  it("regionOf", () => {
    expect(regionOf("Kingston upon Hull, City of")).toBe("Yorkshire and The Humber");
    expect(regionOf("North East")).toBe("North East");
    expect(regionOf("England")).toBe("England");
  });
  it("resolveMeasure knows rates from counts", () => {
    expect(resolveMeasure("absence")).toMatchObject({ measure: "absence_rate", percent: true });
    expect(resolveMeasure("cases")).toMatchObject({ measure: "cases", percent: false });
  });
});

describe("every published row can be looked up", () => {
  const rows = benchmarkRawRows();
  it.each([
    ["by code", (r: (typeof rows)[number]) => r.area.code ?? r.area.name],
    ["by name", (r: (typeof rows)[number]) => r.area.name],
  ])("%s, for every area and year, vacancy rate and caseload", (_how, key) => {
    const wrong: string[] = [];
    for (const row of rows) {
      for (const [measure, column, scale] of [
        ["vacancy_rate", "vacancy_rate_fte", 0.01],
        ["caseload", "caseload_fte", 1],
      ] as const) {
        const published = row.cells[column];
        const value = benchmarkValue(measure, key(row), row.year);
        const ok =
          Number.isFinite(Number(published)) && published !== ""
            ? value === Math.round(Number(published) * scale * 10000) / 10000
            : isWorkforceError(value) && value.kind === "notAvailable";
        if (!ok)
          wrong.push(
            `${row.area.name} ${row.year} ${measure}: ${published} → ${isWorkforceError(value) ? value.message : value}`,
          );
      }
    }
    expect(wrong).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(1463);
  });
});

describe("councils whose area codes changed", () => {
  // DfE's file lists these under two ONS codes each (new unitary or metropolitan codes from
  // 2019–2025); Dorset's DfE number changed too (835 → 838).
  const changed = [
    "Barnsley",
    "Buckinghamshire",
    "Dorset",
    "North Yorkshire",
    "Sheffield",
    "Somerset",
  ];

  it("lists every local authority once, under its latest name and code", () => {
    const names = listAreas()
      .filter((a) => a.level === "Local authority")
      .map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of changed) expect(names.filter((n) => n === name)).toEqual([name]);
    const dorset = listAreas().find((a) => a.name === "Dorset");
    expect(dorset).toMatchObject({ code: "E06000059", formerCodes: ["E10000009"] });
    const kent = listAreas().find((a) => a.name === "Kent");
    expect(kent?.formerCodes).toBeUndefined();
  });

  it.each(changed)("%s has every year 2017–2025, found by name, current or former code", (name) => {
    const area = listAreas().find((a) => a.name === name);
    if (!area?.code || !area.formerCodes) throw new Error(`${name} has no former code`);
    const years = (key: string) => {
      const series = benchmarkSeries("vacancy", key);
      if (isWorkforceError(series)) throw new Error(series.message);
      return series.map((p) => p.year);
    };
    expect(years(name)).toEqual(benchmarkYears());
    expect(years(area.code)).toEqual(benchmarkYears());
    for (const former of area.formerCodes) expect(years(former)).toEqual(benchmarkYears());
  });

  it("gives an earlier year's published figure under the current name", () => {
    // Dorset 2017 is the old county council's row (E10000009, DfE number 835).
    const row = benchmarkRow("Dorset", 2017);
    if (isWorkforceError(row)) throw new Error(row.message);
    expect(row.area.name).toBe("Dorset");
    expect(benchmarkValue("vacancy", "E10000009", 2017)).toBe(row.values.vacancy_rate);
    expect(benchmarkValue("vacancy", "835", 2017)).toBe(row.values.vacancy_rate);
  });
});

describe("createBenchmarks", () => {
  // Columns in another order, a quoted name with a comma, a marker and a council not in DfE's file.
  const text = [
    "la_name,new_la_code,geographic_level,time_period,vacancy_rate_fte,region_name,old_la_code,country_name,country_code,caseload_fte",
    '"Wessex, Royal Borough of",E09999999,Local authority,2030,12.5,Wessex Region,999,England,E92000001,c',
    ",,National,2030,20,,,England,E92000001,15",
  ].join("\r\n");

  it("reads figures from the text it is given, not a bundled file", () => {
    const other = createBenchmarks(text);
    expect(other.value("vacancy rate", "Wessex", 2030)).toBe(0.125);
    expect(other.value("vacancy rate", "England")).toBe(0.2);
    expect(other.years()).toEqual([2030]);
    expect(other.regionOf("E09999999")).toBe("Wessex Region");
    const marker = other.value("caseload", "Wessex", 2030) as WorkforceError;
    expect(marker.kind).toBe("notAvailable");
    expect(marker.message).toContain('DfE marker "c"');
    // Each instance keeps its own data.
    expect(isWorkforceError(other.value("vacancy rate", "Leeds"))).toBe(true);
    expect(dfe.value("vacancy rate", "England", 2025)).toBe(0.142);
  });

  it("parses nothing until asked, and an empty file has no areas", () => {
    const empty = createBenchmarks("");
    expect(empty.areas()).toEqual([]);
    expect((empty.value("vacancy rate", "England") as WorkforceError).kind).toBe("notAvailable");
  });
});
