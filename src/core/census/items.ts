/**
 * The items of the DfE children's social work workforce (CSWW) census return and their code
 * lists. Item names and codes are DfE's (census guide, section 3 "Social worker data items";
 * see docs/census.md); labels are short English forms for the sheet and the pane.
 */

/** Every item a CSWWWorker may hold, in the census guide's order. */
export const WORKER_ITEMS = [
  "AgencyWorker",
  "SWENo",
  "FTE",
  "PersonBirthDate",
  "GenderCurrent",
  "Ethnicity",
  "QualInst",
  "QualLevel",
  "StepUpGrad",
  "OrgRole",
  "RoleStartDate",
  "StartOrigin",
  "RoleEndDate",
  "LeaverDestination",
  "ReasonLeave",
  "FTE30",
  "Cases30",
  "WorkingDaysLost",
  "ContractWeeks",
  "FrontlineGrad",
  "Absat30Sept",
  "ReasonAbsence",
  "CFKSSstatus",
] as const;

export type WorkerItem = (typeof WORKER_ITEMS)[number];

/** The three LA-level items (LALevelVacancies). */
export const VACANCY_ITEMS = ["NumberOfVacancies", "NoAgencyFTE", "NoAgencyHeadcount"] as const;
export type VacancyItem = (typeof VACANCY_ITEMS)[number];

export type ItemKind =
  | "code" // a value from a code list
  | "date" // a calendar date
  | "fraction" // a decimal from 0 to 1 (FTE)
  | "count" // a whole number of at least 0
  | "amount" // a decimal of at least 0
  | "swe" // a Social Work England registration number
  | "text";

export type CodeList = Readonly<Record<string, string>>;

const YES_NO: CodeList = { "0": "No", "1": "Yes" };

export const CODE_LISTS: Readonly<Partial<Record<WorkerItem, CodeList>>> = {
  AgencyWorker: { "0": "Not an agency worker", "1": "Agency worker" },
  GenderCurrent: { "0": "Not known", "1": "Male", "2": "Female", "9": "Not specified" },
  Ethnicity: {
    WBRI: "White British",
    WIRI: "White Irish",
    WOTH: "Any other White background",
    MWBC: "White and Black Caribbean",
    MWBA: "White and Black African",
    MWAS: "White and Asian",
    MOTH: "Any other Mixed background",
    AIND: "Indian",
    APKN: "Pakistani",
    ABAN: "Bangladeshi",
    AOTH: "Any other Asian background",
    BCRB: "Black Caribbean",
    BAFR: "Black African",
    BOTH: "Any other Black background",
    CHNE: "Chinese",
    OOTH: "Any other ethnic group",
    REFU: "Refused",
    NOBT: "Information not yet obtained",
  },
  QualLevel: { "1": "Undergraduate", "2": "Postgraduate", "3": "Other" },
  StepUpGrad: YES_NO,
  OrgRole: {
    "1": "Senior manager",
    "2": "Middle manager",
    "3": "First line manager",
    "4": "Senior practitioner",
    "5": "Case holder",
    "6": "Qualified without cases",
  },
  StartOrigin: {
    "1": "Newly qualified social worker",
    "2": "Social work role in another English local authority",
    "3": "Social work role outside England",
    "4": "Agency or consultancy in social work (England)",
    "5": "Other social work role, not a local authority (England)",
    "6": "Other social care role (England)",
    "7": "Non-social care role, no employment or career break",
    "8": "Other",
    "9": "Not known",
    "10": "Not yet collected",
  },
  LeaverDestination: {
    "1": "Social work role in another English local authority",
    "2": "Social work role outside England",
    "3": "Agency or consultancy in social work (England)",
    "4": "Other social work role, not a local authority (England)",
    "5": "Other social care role (England)",
    "6": "Non-social care role, no employment or career break",
    "7": "Other",
    "8": "Not known",
    "9": "Not yet collected",
  },
  ReasonLeave: {
    "1": "Resignation",
    "2": "Voluntary redundancy",
    "3": "Compulsory redundancy",
    "4": "Dismissed",
    "5": "Retired",
    "6": "Deceased",
    "7": "Moved to a non-children and families social work role in the LA",
    "8": "Other",
    "9": "Not known",
    "10": "Not yet collected",
  },
  FrontlineGrad: YES_NO,
  Absat30Sept: YES_NO,
  ReasonAbsence: {
    MAT: "Maternity or paternity leave",
    OTH: "Other paid authorised absence",
    PUB: "Paid absence for public duties",
    SIC: "Sick leave",
    TRN: "Training",
    UNA: "Unauthorised absence",
    UNP: "Unpaid authorised absence",
  },
  CFKSSstatus: {
    "1": "Assessed and Supported Year in Employment (ASYE)",
    "2": "Frontline practitioner",
    "3": "Practice supervisor",
    "4": "Practice leader",
  },
};

export const ITEM_KINDS: Readonly<Record<WorkerItem, ItemKind>> = {
  AgencyWorker: "code",
  SWENo: "swe",
  FTE: "fraction",
  PersonBirthDate: "date",
  GenderCurrent: "code",
  Ethnicity: "code",
  QualInst: "text",
  QualLevel: "code",
  StepUpGrad: "code",
  OrgRole: "code",
  RoleStartDate: "date",
  StartOrigin: "code",
  RoleEndDate: "date",
  LeaverDestination: "code",
  ReasonLeave: "code",
  FTE30: "fraction",
  Cases30: "count",
  WorkingDaysLost: "amount",
  ContractWeeks: "amount",
  FrontlineGrad: "code",
  Absat30Sept: "code",
  ReasonAbsence: "code",
  CFKSSstatus: "code",
};

/** Items a worker must have: without them the record cannot be placed at all. */
export const REQUIRED_WORKER_ITEMS: readonly WorkerItem[] = ["AgencyWorker", "SWENo"];

/** Items the census allows more than once in one CSWWWorker. */
export const REPEATABLE_ITEMS: readonly WorkerItem[] = [
  "QualInst",
  "ContractWeeks",
  "Absat30Sept",
  "ReasonAbsence",
  "CFKSSstatus",
];

/** The label of a code, or undefined when the item has no code list or the code is not in it. */
export function codeLabel(item: WorkerItem, code: string): string | undefined {
  const list = CODE_LISTS[item];
  return list && Object.prototype.hasOwnProperty.call(list, code) ? list[code] : undefined;
}

const ITEM_BY_KEY = new Map<string, WorkerItem>(
  WORKER_ITEMS.map((item) => [normaliseItemName(item), item]),
);

/** Header text matched to an item name: case, spaces, underscores and hyphens do not matter. */
export function normaliseItemName(text: string): string {
  return text.toLowerCase().replace(/[\s_\-.]/g, "");
}

/** The worker item a header names, or undefined. */
export function itemForHeader(header: string): WorkerItem | undefined {
  return ITEM_BY_KEY.get(normaliseItemName(header));
}

/**
 * The code a table cell means: the code itself ("2", 2, "wbri") or, in a table someone typed,
 * its label ("Female"). Undefined when the value is neither.
 */
export function codeFor(item: WorkerItem, value: string): string | undefined {
  const list = CODE_LISTS[item];
  if (!list) return undefined;
  const trimmed = value.trim();
  if (Object.prototype.hasOwnProperty.call(list, trimmed)) return trimmed;
  const upper = trimmed.toUpperCase();
  if (Object.prototype.hasOwnProperty.call(list, upper)) return upper;
  // "02" and "2.0" from a spreadsheet are the code 2.
  if (/^\d+(\.0+)?$/.test(trimmed)) {
    const asInteger = String(Number(trimmed));
    if (Object.prototype.hasOwnProperty.call(list, asInteger)) return asInteger;
  }
  const lower = trimmed.toLowerCase();
  for (const code in list) {
    if (list[code].toLowerCase() === lower) return code;
  }
  return undefined;
}
