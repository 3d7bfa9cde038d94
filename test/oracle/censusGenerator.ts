/**
 * Builds, deterministically, a census return (XML, as a council would submit it) whose workers
 * add up to one authority's published counts: in post, starters, leavers (FTE and headcount),
 * agency, case holders, cases, days lost and vacancies. Some people hold two posts, so the
 * headcounts only come out right if duplicates are removed as DfE removes them.
 */

export interface PublishedCounts {
  year: number;
  inpostFte: number;
  inpostHeadcount: number;
  startersFte: number;
  startersHeadcount: number;
  leaversFte: number;
  leaversHeadcount: number;
  agencyFte: number;
  agencyHeadcount: number;
  agencyCoverFte: number;
  vacancyFte: number;
  caseHoldersFte: number;
  cases: number;
  daysLost: number;
}

interface Person {
  swe: string;
  birth: string;
  gender: string;
  ethnicity: string;
}

interface Post {
  person: Person;
  agency: boolean;
  fte: number;
  start?: string;
  end?: string;
  cases?: number;
  daysLost?: number;
  role: string;
  asye: boolean;
}

/** mulberry32: a small seeded generator, so every run builds the same return. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ETHNICITIES = [
  "WBRI",
  "WOTH",
  "BAFR",
  "BCRB",
  "AIND",
  "APKN",
  "MWBC",
  "CHNE",
  "OOTH",
  "REFU",
];
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** `total` split into `parts` whole units as evenly as possible (the first ones get the extra). */
function split(total: number, parts: number): number[] {
  if (parts === 0) return [];
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

/** FTEs for `records` posts summing exactly to `fte` (to the census's six decimals). */
function ftes(fte: number, records: number): number[] {
  return split(Math.round(fte * 1e6), records).map((micro) => micro / 1e6);
}

export class CensusBuilder {
  private readonly rand: () => number;
  private nextPerson = 0;
  readonly posts: Post[] = [];

  constructor(
    private readonly counts: PublishedCounts,
    seed: number,
  ) {
    this.rand = random(seed);
  }

  private date(first: Date, days: number): string {
    const d = new Date(first.getTime() + Math.floor(this.rand() * days) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }

  private person(): Person {
    const n = this.nextPerson++;
    return {
      swe: `SW${pad(n + 1, 6)}`,
      birth: this.date(new Date(Date.UTC(1960, 0, 1)), 365 * 40),
      gender: this.rand() < 0.85 ? "2" : "1",
      ethnicity: ETHNICITIES[Math.floor(this.rand() * ETHNICITIES.length)],
    };
  }

  /**
   * Posts for a group of `headcount` people with `fte` between them: one post each, plus
   * second posts (for the same people) when the FTE needs more than one post per person.
   */
  group(
    headcount: number,
    fte: number,
    post: Omit<Post, "person" | "fte" | "role" | "asye">,
    people?: Person[],
  ): Post[] {
    if (headcount === 0 && fte > 1e-9) throw new Error(`no one to hold ${fte} FTE`);
    const who = people ?? Array.from({ length: headcount }, () => this.person());
    const records = post.agency ? headcount : Math.max(headcount, Math.ceil(fte - 1e-9));
    const shares = ftes(fte, records);
    const made = shares.map((share, i) => ({
      ...post,
      person: who[i % who.length],
      fte: share,
      role: String(1 + Math.floor(this.rand() * 6)),
      asye: this.rand() < 0.1,
    }));
    this.posts.push(...made);
    return made;
  }

  build(): string {
    const c = this.counts;
    const ref = new Date(Date.UTC(c.year, 8, 30));
    const yearStart = new Date(Date.UTC(c.year - 1, 9, 1));
    const inYear = () => this.date(yearStart, 365);
    const before = () => this.date(new Date(Date.UTC(2000, 0, 1)), 365 * 20);

    // In post = starters still in post (A) + everyone else in post (B), split by case holding.
    if (c.startersHeadcount > c.inpostHeadcount || c.startersFte > c.inpostFte + 1e-9) {
      throw new Error("starters outnumber those in post: this generator keeps starters in post");
    }
    const restHeadcount = c.inpostHeadcount - c.startersHeadcount;
    const restFte = Math.max(0, c.inpostFte - c.startersFte);
    // Case holders: most agency workers first (each agency record is one person, so its FTE
    // of at most 1 limits how the group can split), then established staff, then starters.
    let caseFte = c.caseHoldersFte;
    const h = c.agencyHeadcount;
    const f = c.agencyFte;
    const wanted = Math.min(caseFte, 0.8 * f);
    const agencyCaseHeadcount =
      wanted <= 1e-9
        ? 0
        : Math.max(0, Math.min(Math.round((h * wanted) / f), Math.floor(h - f + caseFte + 1e-9)));
    const lowest = Math.max(0, f - (h - agencyCaseHeadcount));
    const agencyCase = Math.max(lowest, Math.min(wanted, agencyCaseHeadcount, f, caseFte));
    caseFte -= agencyCase;
    const take = (available: number) => {
      const t = Math.min(caseFte, available);
      caseFte -= t;
      return t;
    };
    const bCase = take(restFte);
    const aCase = take(c.startersFte);
    const extraAgencyCase = caseFte; // only when agency counts are unpublished
    const caseHolders: Post[] = [];

    const established = Array.from({ length: restHeadcount }, () => this.person());
    const splitPeople = (people: Person[], share: number, total: number) => {
      const n =
        share >= total - 1e-9
          ? people.length
          : share <= 1e-9
            ? 0
            : Math.min(people.length - 1, Math.max(1, Math.round((people.length * share) / total)));
      return [people.slice(0, n), people.slice(n)];
    };
    const [bCasePeople, bRestPeople] = splitPeople(established, bCase, restFte);
    const open = () => ({ agency: false, start: before() });
    if (bCasePeople.length > 0)
      caseHolders.push(...this.group(bCasePeople.length, bCase, open(), bCasePeople));
    if (bRestPeople.length > 0 || restFte - bCase > 1e-9) {
      const people = bRestPeople.length > 0 ? bRestPeople : bCasePeople.slice(0, 1);
      this.group(people.length, restFte - bCase, open(), people);
    }
    const starters = Array.from({ length: c.startersHeadcount }, () => this.person());
    const [aCasePeople, aRestPeople] = splitPeople(starters, aCase, c.startersFte);
    // A starter's second post starts the same day, so DfE's start-date de-duplication holds.
    const startDay = inYear();
    const starting = { agency: false, start: startDay };
    if (aCasePeople.length > 0) {
      caseHolders.push(...this.group(aCasePeople.length, aCase, starting, aCasePeople));
    }
    if (aRestPeople.length > 0 || c.startersFte - aCase > 1e-9) {
      const people = aRestPeople.length > 0 ? aRestPeople : aCasePeople.slice(0, 1);
      this.group(people.length, c.startersFte - aCase, starting, people);
    }

    // Agency: each record is a person (DfE does not de-duplicate agency records).
    if (agencyCaseHeadcount > 0)
      caseHolders.push(...this.group(agencyCaseHeadcount, agencyCase, { agency: true }));
    if (c.agencyHeadcount - agencyCaseHeadcount > 0) {
      this.group(c.agencyHeadcount - agencyCaseHeadcount, c.agencyFte - agencyCase, {
        agency: true,
      });
    }
    if (extraAgencyCase > 1e-9) {
      caseHolders.push(
        ...this.group(Math.ceil(extraAgencyCase - 1e-9), extraAgencyCase, { agency: true }),
      );
    }

    // Leavers: started before the year, left within it; a second post leaves the same day.
    const leaverPosts = this.group(c.leaversHeadcount, c.leaversFte, {
      agency: false,
      start: before(),
    });
    const endOf = new Map<string, string>();
    for (const p of leaverPosts) {
      const end = endOf.get(p.person.swe) ?? inYear();
      endOf.set(p.person.swe, end);
      p.end = end;
    }

    split(c.cases, caseHolders.length).forEach((n, i) => (caseHolders[i].cases = n));
    const inPost = this.posts.filter((p) => !p.agency && p.end === undefined);
    split(Math.round(c.daysLost * 100), inPost.length).forEach(
      (n, i) => (inPost[i].daysLost = n / 100),
    );

    // Shuffle, so the groups are interleaved as in a real return.
    const order = this.posts.map((p) => ({ p, key: this.rand() }));
    order.sort((a, b) => a.key - b.key);
    const workers = order.map(({ p }) => workerXml(p)).join("");
    return [
      '<?xml version="1.0" encoding="utf-8"?>',
      "<Message><Header><CollectionDetails><Collection>CSWW</Collection>",
      `<Year>${c.year}</Year><ReferenceDate>${ref.toISOString().slice(0, 10)}</ReferenceDate>`,
      "</CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source></Header>",
      `<LALevelVacancies><NumberOfVacancies>${c.vacancyFte.toFixed(2)}</NumberOfVacancies>`,
      `<NoAgencyFTE>${c.agencyCoverFte.toFixed(2)}</NoAgencyFTE>`,
      `<NoAgencyHeadcount>${Math.ceil(c.agencyCoverFte)}</NoAgencyHeadcount></LALevelVacancies>`,
      workers,
      "</Message>",
    ].join("\n");
  }
}

function workerXml(p: Post): string {
  const item = (name: string, value: string | number | undefined) =>
    value === undefined ? "" : `<${name}>${value}</${name}>`;
  const fte = p.fte.toFixed(6);
  return [
    "<CSWWWorker>",
    item("AgencyWorker", p.agency ? 1 : 0),
    item("SWENo", p.person.swe),
    item("FTE", fte),
    item("PersonBirthDate", p.person.birth),
    item("GenderCurrent", p.person.gender),
    item("Ethnicity", p.person.ethnicity),
    item("QualInst", "University of Somewhere"),
    item("OrgRole", p.role),
    item("RoleStartDate", p.start),
    item("StartOrigin", p.start === undefined ? undefined : "2"),
    item("RoleEndDate", p.end),
    item("LeaverDestination", p.end === undefined ? undefined : "1"),
    item("ReasonLeave", p.end === undefined ? undefined : "1"),
    item("FTE30", p.end === undefined ? fte : undefined),
    item("Cases30", p.cases),
    item("WorkingDaysLost", p.daysLost?.toFixed(2)),
    item("CFKSSstatus", p.asye && !p.agency ? 1 : undefined),
    "</CSWWWorker>",
  ].join("");
}
