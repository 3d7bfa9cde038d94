/**
 * The characteristics DfE publishes from the census, worked out from a council's own return:
 * age, gender, ethnicity group, role and time in service of social workers in post; starters
 * by origin; leavers by reason and destination; and the share in their Assessed and Supported
 * Year in Employment (CFKSSstatus 1). Headcounts count each person once (their most senior
 * post, as DfE does); FTE counts every post. Bands are listed in docs/census.md.
 */
import { agesOn } from "./dates";
import { codeLabel, type WorkerItem } from "./items";
import { censusGroups, fteAtReference, fteOfMove, type CensusGroups } from "./indicators";
import type { CensusWorker } from "./validate";

export interface CharacteristicRow {
  type: string;
  characteristic: string;
  headcount: number;
  fte: number;
  /** Share of the type's total headcount (a fraction); undefined when the total is 0. */
  headcountShare?: number;
  fteShare?: number;
}

export const CHARACTERISTIC_HEADERS = [
  "characteristic_type",
  "characteristic",
  "headcount",
  "headcount_percent",
  "fte",
  "fte_percent",
] as const;

const NOT_KNOWN = "Not known";

function ageBand(w: CensusWorker, ageOf: (birth: number) => number): string {
  if (w.birth === undefined) return NOT_KNOWN;
  const age = ageOf(w.birth);
  if (age < 30) return "Under 30";
  if (age >= 60) return "60 and over";
  const decade = Math.floor(age / 10) * 10;
  return `${decade} to ${decade + 9}`;
}
const AGE_ORDER = ["Under 30", "30 to 39", "40 to 49", "50 to 59", "60 and over", NOT_KNOWN];

const ETHNIC_GROUPS: Readonly<Record<string, string>> = {
  W: "White",
  M: "Mixed or multiple ethnic groups",
  A: "Asian or Asian British",
  B: "Black, Black British, Caribbean or African",
};
function ethnicGroup(w: CensusWorker): string {
  const code = w.ethnicity;
  if (code === undefined || code === "REFU" || code === "NOBT") return "Not known or refused";
  if (code === "CHNE") return ETHNIC_GROUPS.A;
  return ETHNIC_GROUPS[code[0]] ?? "Other ethnic group";
}
const ETHNIC_ORDER = [
  ...Object.values(ETHNIC_GROUPS),
  "Other ethnic group",
  "Not known or refused",
];

function serviceBand(
  w: CensusWorker,
  reference: number,
  yearsSince: (start: number) => number,
): string {
  if (w.start === undefined || w.start > reference) return NOT_KNOWN;
  const years = yearsSince(w.start);
  if (years < 2) return "Less than 2 years";
  if (years < 5) return "2 to less than 5 years";
  if (years < 10) return "5 to less than 10 years";
  if (years < 20) return "10 to less than 20 years";
  return "20 years or more";
}
const SERVICE_ORDER = [
  "Less than 2 years",
  "2 to less than 5 years",
  "5 to less than 10 years",
  "10 to less than 20 years",
  "20 years or more",
  NOT_KNOWN,
];

function coded(item: WorkerItem, code: string | undefined): string {
  return code === undefined ? NOT_KNOWN : (codeLabel(item, code) ?? NOT_KNOWN);
}

/** Most senior first: OrgRole 1 (senior manager) outranks 6 (qualified without cases). */
function seniority(w: CensusWorker): number {
  return w.orgRole === undefined ? 99 : Number(w.orgRole);
}

/** One record per person: the most senior of their posts (records without a SWE number stand alone). */
function onePostEach(workers: readonly CensusWorker[]): CensusWorker[] {
  const chosen = new Map<string, CensusWorker>();
  const alone: CensusWorker[] = [];
  for (const w of workers) {
    if (w.swe === undefined) {
      alone.push(w);
      continue;
    }
    const key = `${w.swe}|${w.birth ?? ""}|${w.gender ?? ""}|${w.ethnicity ?? ""}`;
    const current = chosen.get(key);
    if (!current || seniority(w) < seniority(current)) chosen.set(key, w);
  }
  return [...chosen.values(), ...alone];
}

/** A group's workers (for FTE, every post) and its people (for headcount, one post each). */
interface Group {
  workers: readonly CensusWorker[];
  people: readonly CensusWorker[];
}

const group = (workers: readonly CensusWorker[]): Group => ({
  workers,
  people: onePostEach(workers),
});

function tabulate(
  type: string,
  { workers, people }: Group,
  classify: (w: CensusWorker) => string,
  fteOf: (w: CensusWorker) => number,
  order: readonly string[],
): CharacteristicRow[] {
  const rows = new Map<string, CharacteristicRow>(
    order.map((c) => [c, { type, characteristic: c, headcount: 0, fte: 0 }]),
  );
  const row = (c: string) => {
    let r = rows.get(c);
    if (!r) {
      r = { type, characteristic: c, headcount: 0, fte: 0 };
      rows.set(c, r);
    }
    return r;
  };
  for (const w of workers) row(classify(w)).fte += fteOf(w);
  for (const w of people) row(classify(w)).headcount++;
  let headcount = 0;
  let fte = 0;
  for (const r of rows.values()) {
    headcount += r.headcount;
    fte += r.fte;
  }
  const result: CharacteristicRow[] = [];
  for (const r of rows.values()) {
    result.push({
      ...r,
      headcountShare: headcount > 0 ? r.headcount / headcount : undefined,
      fteShare: fte > 0 ? r.fte / fte : undefined,
    });
  }
  return result;
}

function codeOrder(item: WorkerItem, codes: readonly string[]): string[] {
  return [...codes.map((c) => codeLabel(item, c) ?? c), NOT_KNOWN];
}

/** Every characteristic table, one row per category (categories with no one are kept, as 0). */
export function censusCharacteristics(
  workers: readonly CensusWorker[],
  reference: number,
  groups: CensusGroups = censusGroups(workers, reference),
): CharacteristicRow[] {
  // One person per group is worked out once, not once per table.
  const inPost = group(groups.inPost);
  const starters = group(groups.starters);
  const leavers = group(groups.leavers);
  const ageOf = agesOn(reference);
  const roles = ["1", "2", "3", "4", "5", "6"];
  return [
    ...tabulate("Age", inPost, (w) => ageBand(w, ageOf), fteAtReference, AGE_ORDER),
    ...tabulate(
      "Gender",
      inPost,
      (w) => (w.gender === "1" ? "Male" : w.gender === "2" ? "Female" : NOT_KNOWN),
      fteAtReference,
      ["Female", "Male", NOT_KNOWN],
    ),
    ...tabulate("Ethnicity", inPost, ethnicGroup, fteAtReference, ETHNIC_ORDER),
    ...tabulate(
      "Role",
      inPost,
      (w) => coded("OrgRole", w.orgRole),
      fteAtReference,
      codeOrder("OrgRole", roles),
    ),
    ...tabulate(
      "Time in service",
      inPost,
      (w) => serviceBand(w, reference, ageOf),
      fteAtReference,
      SERVICE_ORDER,
    ),
    ...tabulate(
      "ASYE",
      inPost,
      (w) => (w.cfkss.includes("1") ? "In ASYE" : "Not in ASYE"),
      fteAtReference,
      ["In ASYE", "Not in ASYE"],
    ),
    ...tabulate(
      "Starters by origin",
      starters,
      (w) => coded("StartOrigin", w.startOrigin),
      fteOfMove,
      codeOrder("StartOrigin", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]),
    ),
    ...tabulate(
      "Leavers by reason",
      leavers,
      (w) => coded("ReasonLeave", w.reasonLeave),
      fteOfMove,
      codeOrder("ReasonLeave", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]),
    ),
    ...tabulate(
      "Leavers by destination",
      leavers,
      (w) => coded("LeaverDestination", w.leaverDestination),
      fteOfMove,
      codeOrder("LeaverDestination", ["1", "2", "3", "4", "5", "6", "7", "8", "9"]),
    ),
  ];
}
