/**
 * Published DfE benchmarks, bundled so they work offline: `createBenchmarks(csvText)` reads the
 * indicators file's text, which each entry point bundles (src/workbook/bundledData.ts).
 *
 * Contains public sector information licensed under the Open Government Licence v3.0.
 * Source: Department for Education, "Children's social work workforce" (2025 release),
 * local-authority indicators 2017–2025 (data/dfe-csww/).
 *
 * Rates are published as percentages to one decimal place; this module returns FRACTIONS
 * (14.2 → 0.142) like every other measure in the add-in. Markers (x, c, z, low, u) come back as
 * #N/A with the marker's meaning, never as zero.
 */
import { DFE_MARKERS, dfeMarker } from "./args";
import { parseCsv } from "./csv";
import { nameKey } from "./names";
import { invalidValue, notAvailable, WorkforceError } from "./errors";

export type BenchmarkMeasure =
  | "vacancy_rate"
  | "agency_rate"
  | "turnover_rate"
  | "absence_rate"
  | "caseload"
  | "agency_cover_rate"
  | "vacancy_agency_cover_rate"
  | "inpost_fte"
  | "inpost_headcount"
  | "agency_fte"
  | "agency_headcount"
  | "agency_cover_fte"
  | "vacancy_fte"
  | "leavers_fte"
  | "leavers_headcount"
  | "starters_fte"
  | "starters_headcount"
  | "case_holders_fte"
  | "cases"
  | "working_days_lost"
  | "turnover_rate_headcount"
  | "agency_rate_headcount";

export interface BenchmarkMeasureInfo {
  measure: BenchmarkMeasure;
  label: string;
  /** CSV column. */
  column: string;
  /** Published as a percentage; returned as a fraction. */
  percent: boolean;
  /** Extra names users may type (normalised: lower case, letters and digits only). */
  aliases: string[];
}

export const BENCHMARK_MEASURES: readonly BenchmarkMeasureInfo[] = [
  {
    measure: "vacancy_rate",
    label: "Vacancy rate",
    column: "vacancy_rate_fte",
    percent: true,
    aliases: ["vacancy", "vacancies", "vacancyratefte"],
  },
  {
    measure: "agency_rate",
    label: "Agency rate",
    column: "agency_rate_fte",
    percent: true,
    aliases: ["agency", "agencyratefte"],
  },
  {
    measure: "turnover_rate",
    label: "Turnover rate",
    column: "turnover_rate_fte",
    percent: true,
    aliases: ["turnover", "turnoverratefte"],
  },
  {
    measure: "absence_rate",
    label: "Absence rate",
    column: "absence_rate_fte",
    percent: true,
    aliases: ["absence", "sickness", "sicknessrate", "absenceratefte"],
  },
  {
    measure: "caseload",
    label: "Caseload (cases per case-holding FTE)",
    column: "caseload_fte",
    percent: false,
    aliases: ["caseloads", "caseloadfte", "averagecaseload"],
  },
  {
    measure: "agency_cover_rate",
    label: "Agency cover rate",
    column: "agency_cover_rate_fte",
    percent: true,
    aliases: ["agencycover", "agencycoverratefte"],
  },
  {
    measure: "vacancy_agency_cover_rate",
    label: "Vacancies covered by agency",
    column: "vacancy_agency_cover_rate_fte",
    percent: true,
    aliases: ["vacancycoverrate", "vacancycover", "vacancyagencycover"],
  },
  {
    measure: "inpost_fte",
    label: "FTE in post",
    column: "inpost_fte",
    percent: false,
    aliases: ["inpost", "inpostfte", "fteinpost", "socialworkers"],
  },
  {
    measure: "inpost_headcount",
    label: "Headcount in post",
    column: "inpost_headcount",
    percent: false,
    aliases: ["headcount"],
  },
  {
    measure: "agency_fte",
    label: "Agency FTE",
    column: "agency_fte",
    percent: false,
    aliases: ["agencyworkers"],
  },
  {
    measure: "agency_headcount",
    label: "Agency headcount",
    column: "agency_headcount",
    percent: false,
    aliases: [],
  },
  {
    measure: "agency_cover_fte",
    label: "Agency covering vacancies FTE",
    column: "agency_cover_fte",
    percent: false,
    aliases: [],
  },
  {
    measure: "vacancy_fte",
    label: "Vacancy FTE",
    column: "vacancy_fte",
    percent: false,
    aliases: [],
  },
  {
    measure: "leavers_fte",
    label: "Leavers FTE",
    column: "leavers_fte",
    percent: false,
    aliases: ["leavers"],
  },
  {
    measure: "leavers_headcount",
    label: "Leavers headcount",
    column: "leavers_headcount",
    percent: false,
    aliases: [],
  },
  {
    measure: "starters_fte",
    label: "Starters FTE",
    column: "starters_fte",
    percent: false,
    aliases: ["starters"],
  },
  {
    measure: "starters_headcount",
    label: "Starters headcount",
    column: "starters_headcount",
    percent: false,
    aliases: [],
  },
  {
    measure: "case_holders_fte",
    label: "Case-holding FTE",
    column: "case_holders_fte",
    percent: false,
    aliases: ["caseholders", "caseholdingfte"],
  },
  { measure: "cases", label: "Cases", column: "cases", percent: false, aliases: ["casesheld"] },
  {
    measure: "working_days_lost",
    label: "Working days lost to sickness",
    column: "working_days_lost_fte",
    percent: false,
    aliases: ["dayslost", "workingdayslostfte", "sicknessdays"],
  },
  {
    measure: "turnover_rate_headcount",
    label: "Turnover rate (headcount)",
    column: "turnover_rate_headcount",
    percent: true,
    aliases: [],
  },
  {
    measure: "agency_rate_headcount",
    label: "Agency rate (headcount)",
    column: "agency_rate_headcount",
    percent: true,
    aliases: [],
  },
];

export type AreaLevel = "National" | "Regional" | "Local authority";

export interface AreaInfo {
  /** The latest name DfE publishes for the area. */
  name: string;
  level: AreaLevel;
  regionName?: string;
  /** The latest area code (ONS); `formerCodes` lists codes of earlier years joined to it. */
  code?: string;
  formerCodes?: string[];
}

interface DataRow {
  year: number;
  area: AreaInfo;
  cells: Record<string, string>;
}

interface Index {
  rows: DataRow[];
  /** Normalised name or code → rows of that area. */
  byKey: Map<string, DataRow[]>;
  years: number[];
  areas: AreaInfo[];
}

const norm = nameKey;

/** The indexed rows of DfE's local-authority indicators file. */
function buildIndex(csvText: string): Index {
  const [header, ...body] = parseCsv(csvText);
  const rows: DataRow[] = [];
  const byKey = new Map<string, DataRow[]>();
  const latestArea = new Map<string, { year: number; area: AreaInfo }>();
  const add = (key: string, row: DataRow) => {
    if (key === "") return;
    const list = byKey.get(key);
    if (list) {
      if (!list.includes(row)) list.push(row);
    } else byKey.set(key, [row]);
  };
  for (const values of body) {
    if (values.length < header.length) continue;
    const cells: Record<string, string> = {};
    header.forEach((name, i) => (cells[name] = values[i]));
    const level = cells.geographic_level as AreaLevel;
    const area: AreaInfo =
      level === "Local authority"
        ? { name: cells.la_name, level, regionName: cells.region_name, code: cells.new_la_code }
        : level === "Regional"
          ? { name: cells.region_name, level, code: cells.region_code }
          : { name: cells.country_name, level: "National", code: cells.country_code };
    rows.push({ year: Number(cells.time_period), area, cells });
  }
  // One area per council, under its latest name and code: when a council's area code
  // changed (Barnsley, Buckinghamshire, Dorset, North Yorkshire, Sheffield, Somerset) its
  // earlier years are joined to it, so every name or code it ever had finds all its years.
  for (const group of areaGroups(rows)) {
    const latest = group.reduce((a, b) => (b.year > a.year ? b : a));
    const formerCodes = [...new Set(group.map((r) => r.area.code ?? ""))].filter(
      (code) => code !== "" && code !== latest.area.code,
    );
    const current: AreaInfo =
      formerCodes.length > 0 ? { ...latest.area, formerCodes } : { ...latest.area };
    const keys = new Set<string>();
    for (const row of group) {
      keys.add(norm(row.area.name));
      keys.add(norm(row.area.code ?? ""));
      if (row.area.level === "Local authority") keys.add(norm(row.cells.old_la_code ?? ""));
    }
    for (const row of group) row.area = current;
    for (const key of keys) for (const row of group) add(key, row);
    latestArea.set(`${current.level}:${current.code ?? current.name}`, {
      year: latest.year,
      area: current,
    });
  }
  const levelOrder: Record<AreaLevel, number> = { National: 0, Regional: 1, "Local authority": 2 };
  const areas = [...latestArea.values()]
    .map((v) => v.area)
    .sort((a, b) => levelOrder[a.level] - levelOrder[b.level] || a.name.localeCompare(b.name));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return { rows, byKey, years, areas };
}

/**
 * Rows grouped by area: a local authority's rows are one group when they share a name or a
 * DfE local-authority number (old_la_code), so a council whose ONS code changed stays one
 * area; England and each region group by code. A group never holds two rows of one year:
 * should the data ever make two councils look alike, they stay apart.
 */
function areaGroups(rows: DataRow[]): DataRow[][] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  const keyOf = (row: DataRow) => `${row.area.level}:${row.area.code ?? row.area.name}`;
  const years = new Map<string, Set<number>>();
  const join = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const ya = years.get(ra) ?? new Set<number>();
    const yb = years.get(rb) ?? new Set<number>();
    if ([...ya].some((y) => yb.has(y))) return;
    parent.set(rb, ra);
    years.set(ra, new Set([...ya, ...yb]));
  };
  for (const row of rows) {
    const key = keyOf(row);
    if (!parent.has(key)) {
      parent.set(key, key);
      years.set(key, new Set());
    }
    years.get(find(key))?.add(row.year);
  }
  const firstByLink = new Map<string, string>();
  for (const row of rows) {
    if (row.area.level !== "Local authority") continue;
    for (const link of [`name:${norm(row.area.name)}`, `la:${row.cells.old_la_code ?? ""}`]) {
      if (link === "la:") continue;
      const seen = firstByLink.get(link);
      if (seen === undefined) firstByLink.set(link, keyOf(row));
      else join(seen, keyOf(row));
    }
  }
  const groups = new Map<string, DataRow[]>();
  for (const row of rows) {
    const root = find(keyOf(row));
    const group = groups.get(root);
    if (group) group.push(row);
    else groups.set(root, [row]);
  }
  return [...groups.values()];
}

/** Matches a measure name leniently: "vacancy rate", "VACANCY_RATE", "vacancy", "vacancy_rate_fte". */
export function resolveMeasure(name: string): BenchmarkMeasureInfo | WorkforceError {
  const key = norm(name);
  const found = BENCHMARK_MEASURES.find(
    (m) =>
      norm(m.measure) === key ||
      norm(m.column) === key ||
      norm(m.label) === key ||
      m.aliases.includes(key),
  );
  return (
    found ??
    notAvailable(
      `unknown measure "${name}"; try one of: ${BENCHMARK_MEASURES.slice(0, 7)
        .map((m) => m.measure)
        .join(", ")} (or a count such as inpost_fte)`,
    )
  );
}

function areaRows(index: Index, area: string): DataRow[] | WorkforceError {
  const key = norm(area);
  const alias = key === "england" || key === "national" || key === "eng" ? "england" : key;
  if (key === "") return notAvailable("area is blank");
  const { byKey, areas } = index;
  const exact = byKey.get(alias);
  if (exact) return exact;
  // "Hull" finds "Kingston upon Hull, City of" when exactly one area name contains it.
  const words = (text: string) =>
    ` ${text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim()} `;
  const wholeWords = areas.filter((a) => words(a.name).includes(words(area)));
  if (wholeWords.length === 1) return byKey.get(norm(wholeWords[0].name)) ?? [];
  const partial = areas.filter((a) => key.length >= 3 && norm(a.name).includes(key));
  if (partial.length === 1) return byKey.get(norm(partial[0].name)) ?? [];
  const hint =
    partial.length > 1
      ? `; did you mean ${partial
          .slice(0, 3)
          .map((a) => `"${a.name}"`)
          .join(" or ")}?`
      : "";
  return notAvailable(`no English local authority, region or "England" called "${area}"${hint}`);
}

function pickRow(index: Index, area: string, year?: number): DataRow | WorkforceError {
  const rows = areaRows(index, area);
  if (rows instanceof WorkforceError) return rows;
  const { years } = index;
  if (year === undefined) return rows.reduce((latest, r) => (r.year > latest.year ? r : latest));
  if (!Number.isInteger(year))
    return invalidValue(`year must be a whole year such as 2025 (got ${year})`);
  const row = rows.find((r) => r.year === year);
  if (row) return row;
  if (!years.includes(year))
    return notAvailable(
      `no DfE data for ${year}; the data covers ${years[0]}–${years[years.length - 1]}`,
    );
  return notAvailable(`${rows[0].area.name} has no row for ${year}`);
}

function cellValue(row: DataRow, info: BenchmarkMeasureInfo): number | WorkforceError {
  const raw = (row.cells[info.column] ?? "").trim();
  const where = `${info.label} for ${row.area.name} in ${row.year}`;
  const marker = dfeMarker(raw);
  if (marker)
    return notAvailable(
      `${where} is not published (DfE marker "${marker}": ${DFE_MARKERS[marker]})`,
    );
  if (raw === "") return notAvailable(`${where} is blank in the DfE data`);
  const value = Number(raw);
  if (!Number.isFinite(value))
    return notAvailable(`${where} is not a number in the DfE data ("${raw}")`);
  // Divide then round to 4 dp so 14.2 gives exactly 0.142, not 0.14199999999999999.
  return info.percent ? Math.round(value * 100) / 10000 : value;
}

export interface BenchmarkRow {
  area: AreaInfo;
  year: number;
  values: Record<BenchmarkMeasure, number | WorkforceError>;
}

/** DfE's published figures, read from the indicators file (see `createBenchmarks`). */
export interface Benchmarks {
  /**
   * Published DfE value of `measure` for a local authority, region or England (names or codes,
   * case-insensitive). Latest year when `year` is omitted.
   * @example value("vacancy rate", "England", 2025) === 0.142
   */
  readonly value: (measure: string, area: string, year?: number) => number | WorkforceError;
  /** Every measure for one area and year (latest when omitted): the benchmark view's row. */
  readonly row: (area: string, year?: number) => BenchmarkRow | WorkforceError;
  /** One measure over every published year for an area, oldest first (for trend charts). */
  readonly series: (
    measure: string,
    area: string,
  ) => { year: number; value: number | WorkforceError }[] | WorkforceError;
  /**
   * England, the regions and every local authority, each once under its latest name (earlier
   * codes in `formerCodes`), in that order.
   */
  readonly areas: () => AreaInfo[];
  /** Years with published data, ascending. */
  readonly years: () => number[];
  /** The region an area belongs to: a local authority's region, a region itself, or "England". */
  readonly regionOf: (area: string) => string | WorkforceError;
  /** Every row of the file (national, regional, local authority) as raw text cells. */
  readonly rawRows: () => {
    year: number;
    area: AreaInfo;
    cells: Readonly<Record<string, string>>;
  }[];
}

/**
 * The benchmarks in `csvText`, DfE's "Children's social work workforce" local-authority
 * indicators file (data/dfe-csww/). The text is parsed on the first question, not before.
 */
export function createBenchmarks(csvText: string): Benchmarks {
  let index: Index | undefined;
  const load = (): Index => (index ??= buildIndex(csvText));
  return {
    value(measure, area, year) {
      const info = resolveMeasure(measure);
      if (info instanceof WorkforceError) return info;
      const row = pickRow(load(), area, year);
      return row instanceof WorkforceError ? row : cellValue(row, info);
    },
    row(area, year) {
      const row = pickRow(load(), area, year);
      if (row instanceof WorkforceError) return row;
      const values = {} as Record<BenchmarkMeasure, number | WorkforceError>;
      for (const info of BENCHMARK_MEASURES) values[info.measure] = cellValue(row, info);
      return { area: row.area, year: row.year, values };
    },
    series(measure, area) {
      const info = resolveMeasure(measure);
      if (info instanceof WorkforceError) return info;
      const rows = areaRows(load(), area);
      if (rows instanceof WorkforceError) return rows;
      return [...rows]
        .sort((a, b) => a.year - b.year)
        .map((row) => ({ year: row.year, value: cellValue(row, info) }));
    },
    areas() {
      return load().areas.map((a) =>
        a.formerCodes ? { ...a, formerCodes: [...a.formerCodes] } : { ...a },
      );
    },
    years() {
      return [...load().years];
    },
    regionOf(area) {
      const rows = areaRows(load(), area);
      if (rows instanceof WorkforceError) return rows;
      const latest = rows.reduce((a, b) => (b.year > a.year ? b : a));
      return latest.area.regionName ?? latest.area.name;
    },
    rawRows() {
      return load().rows.map((r) => ({ year: r.year, area: r.area, cells: r.cells }));
    },
  };
}
