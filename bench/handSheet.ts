/**
 * The benchmark scenario and the same 60-month model written the way a user builds it by hand:
 * an inputs sheet, and a model sheet with one row a month whose formulas reference the row above.
 * It implements exactly the engine's arithmetic (docs/planning.md) for this scenario, so the
 * benchmark can check that both sheets give the same numbers before timing them.
 */
import type { Assumptions, Cohort } from "../src/core/planning";
import { DEFAULT_ASSUMPTIONS } from "../src/core/planning";

/** The seeds' Assessment teams: 13 vacancies, 21 international recruits in December, then an ASYE intake. */
export const scenario: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  agencyFte: 10,
  cases: 800,
  annualTurnover: 0.15,
  monthlyDemandGrowth: 0.01,
  absenceRate: 0.04,
  caseHoldingShare: 0.8,
  permanentCostPerFte: 52_000,
  agencyCostPerFte: 95_000,
  startMonth: "2021-11",
  agencyPolicy: "release",
};
export const scenarioCohorts: Cohort[] = [
  { month: "2021-12", fte: 21, kind: "international", label: "Overseas recruits" },
  { month: "2022-09", fte: 30, kind: "asye", label: "ASYE academy" },
];
export const MONTHS = 60;

/**
 * Inputs sheet: the assumptions table (A1:B12) and the cohorts table (D1:G3) that PROJECT reads,
 * plus the helper cells a hand-built sheet needs (arrival months as indices, lead, ramp, ASYE terms).
 */
export function inputsSheet(): (string | number)[][] {
  const a = scenario;
  const rows: (string | number)[][] = [
    ["establishment_fte", a.establishmentFte],
    ["in_post_fte", a.inPostFte],
    ["agency_fte", a.agencyFte],
    ["cases", a.cases],
    ["annual_turnover", a.annualTurnover],
    ["monthly_demand_growth", a.monthlyDemandGrowth],
    ["absence_rate", a.absenceRate],
    ["case_holding_share", a.caseHoldingShare],
    ["permanent_cost_per_fte", a.permanentCostPerFte],
    ["agency_cost_per_fte", a.agencyCostPerFte],
    ["start_month", a.startMonth],
    ["agency_policy", a.agencyPolicy],
  ];
  const cohortRows: (string | number)[][] = [
    ["month", "fte", "kind", "label"],
    ...scenarioCohorts.map((c) => [c.month, c.fte, c.kind, c.label ?? ""]),
  ];
  // Helpers for the hand-built model (columns I and J): what a user would type next to the inputs.
  const helpers: (string | number)[][] = [
    ["intl_arrival_index", 1],
    ["intl_fte", 21],
    ["intl_lead", a.internationalLeadMonths],
    ["intl_ramp", a.internationalRampUpMonths],
    ["asye_arrival_index", 10],
    ["asye_fte", 30],
    ["asye_share", a.asyeCaseloadShare],
    ["asye_protected", a.asyeProtectedMonths],
  ];
  const sheet: (string | number)[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row: (string | number)[] = [...rows[r], ""];
    row.push(...(cohortRows[r] ?? ["", "", "", ""]), "", ...(helpers[r] ?? ["", ""]));
    sheet.push(row);
  }
  return sheet;
}

/** Absolute references to the inputs (sheet "Inputs"). */
const I = {
  est: "Inputs!$B$1",
  inPost: "Inputs!$B$2",
  agency: "Inputs!$B$3",
  cases: "Inputs!$B$4",
  turnover: "Inputs!$B$5",
  growth: "Inputs!$B$6",
  absence: "Inputs!$B$7",
  share: "Inputs!$B$8",
  permCost: "Inputs!$B$9",
  agencyCost: "Inputs!$B$10",
  intlArrival: "Inputs!$J$1",
  intlFte: "Inputs!$J$2",
  lead: "Inputs!$J$3",
  ramp: "Inputs!$J$4",
  asyeArrival: "Inputs!$J$5",
  asyeFte: "Inputs!$J$6",
  asyeShare: "Inputs!$J$7",
  asyeProtected: "Inputs!$J$8",
};

export const HAND_HEADERS = [
  "Month index",
  "Opening in post",
  "Leavers",
  "Starters",
  "In post",
  "Intl remaining",
  "Intl factor",
  "Intl newcomers",
  "ASYE remaining",
  "ASYE factor",
  "ASYE newcomers",
  "Experienced",
  "Agency",
  "Vacancy FTE",
  "Vacancy rate",
  "Agency rate",
  "Effective case-holding FTE",
  "Cases",
  "Caseload per worker",
  "Monthly cost",
  "Cumulative cost",
];

/** Model sheet: a header row and one row of 21 formulas a month. */
export function handModelSheet(months = MONTHS): string[][] {
  const sheet: string[][] = [HAND_HEADERS];
  for (let t = 0; t < months; t++) {
    const r = t + 2; // spreadsheet row of this month
    const p = r - 1; // row above
    const first = t === 0;
    const age1 = `(A${r}-${I.intlArrival})`;
    const age2 = `(A${r}-${I.asyeArrival})`;
    const stay = `(1-${I.turnover}/12)`;
    sheet.push([
      first ? "=0" : `=A${p}+1`,
      first ? `=${I.inPost}` : `=E${p}`,
      `=B${r}*${I.turnover}/12`,
      `=IF(A${r}=${I.intlArrival},${I.intlFte},0)+IF(A${r}=${I.asyeArrival},${I.asyeFte},0)`,
      `=B${r}-C${r}+D${r}`,
      first
        ? `=IF(${age1}=0,${I.intlFte},0)`
        : `=IF(${age1}<0,0,IF(${age1}=0,${I.intlFte},F${p}*${stay}))`,
      `=IF(${age1}<${I.lead},0,IF(${age1}-${I.lead}<${I.ramp},(${age1}-${I.lead}+1)/(${I.ramp}+1),1))`,
      `=IF(AND(${age1}>=0,${age1}<${I.lead}+${I.ramp}),F${r},0)`,
      first
        ? `=IF(${age2}=0,${I.asyeFte},0)`
        : `=IF(${age2}<0,0,IF(${age2}=0,${I.asyeFte},I${p}*${stay}))`,
      `=IF(${age2}<${I.asyeProtected},${I.asyeShare},1)`,
      `=IF(AND(${age2}>=0,${age2}<${I.asyeProtected}),I${r},0)`,
      `=MAX(0,E${r}-H${r}-K${r})`,
      `=MAX(0,${first ? I.agency : `M${p}`}-IF(A${r}=${I.intlArrival}+${I.lead}+${I.ramp},${I.intlFte},0)-IF(A${r}=${I.asyeArrival},${I.asyeFte},0))`,
      `=MAX(0,${I.est}-E${r})`,
      `=N${r}/(N${r}+E${r})`,
      `=IF(M${r}+E${r}>0,M${r}/(M${r}+E${r}),NA())`,
      `=(L${r}+H${r}*G${r}+K${r}*J${r}+M${r})*${I.share}*(1-${I.absence})`,
      `=${first ? I.cases : `R${p}`}*(1+${I.growth})`,
      `=R${r}/Q${r}`,
      `=E${r}*${I.permCost}/12+M${r}*${I.agencyCost}/12`,
      first ? `=T${r}` : `=U${p}+T${r}`,
    ]);
  }
  return sheet;
}

/** Columns of the hand-built sheet holding PROJECT's columns 1…12 (in post … cumulative cost). */
export const HAND_COLUMNS_FOR_PROJECT = [4, 3, 2, 12, 13, 14, 15, 16, 17, 18, 19, 20];
