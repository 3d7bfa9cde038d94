/**
 * Arguments as Excel passes big ranges to custom functions: a whole column (1,048,576 rows, the
 * used rows then blanks), and tables of a few rows repeated to any height. Shared by the
 * whole-column and 200,000-row hostile tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCensusXml, WORKER_ITEMS } from "../../src/core/census";
import { SHEET_ROWS } from "../../src/functions/wholeColumns";
import { shown, type CustomFunction } from "../functions/registry";

// Excel on the web passes an empty cell in a range as null; one shared blank row keeps the
// million-row arguments cheap to build (the functions only read them).
const BLANK_ROW: readonly unknown[] = [null];

/** `used` rows as given, then blank rows down to the sheet's last row, as A:A arrives. */
export function wholeColumn(used: unknown[][], width = used[0]?.length ?? 1): unknown[][] {
  const blank = width === 1 ? BLANK_ROW : new Array<unknown>(width).fill(null);
  const column: unknown[][] = new Array<unknown[]>(SHEET_ROWS);
  for (let r = 0; r < SHEET_ROWS; r++) column[r] = r < used.length ? used[r] : (blank as unknown[]);
  return column;
}

/** Calls a registered custom function by its id, as Excel does. */
export function caller(byId: ReadonlyMap<string, CustomFunction>) {
  return (id: string, ...args: unknown[]): unknown[][] => {
    const fn = byId.get(id);
    if (!fn) throw new Error(`${id} is not registered`);
    return fn(...args);
  };
}

/** What each cell shows: error codes for errors. */
export const plain = (result: unknown[][]): unknown[][] => result.map((row) => row.map(shown));

/** A team staffing table: Team, Post, FTE, Status, Cases. */
export const STAFFING: unknown[][] = [
  ["Team", "Post", "FTE", "Status", "Cases"],
  ["North", "P1", 1, "Permanent", 15],
  ["North", "P2", 1, "Vacant", null],
  ["South", "P3", 0.5, "Agency", 9],
  ["South", "P4", 1, "Permanent", 14],
];

export const ASSUMPTIONS: unknown[][] = [
  ["establishment_fte", 60],
  ["in_post_fte", 47],
  ["agency_fte", 10],
  ["cases", 800],
  ["start_month", "2021-11"],
];

export const COHORTS: unknown[][] = [
  ["Month", "FTE", "Kind"],
  ["2021-12", 21, "international"],
  ["2022-09", 30, "asye"],
];

/** A plan and its actuals as WORKFORCE.PLANVSACTUAL reads them: month, in post FTE, cases. */
export const PLAN: unknown[][] = [
  ["Month", "In post FTE", "Cases"],
  ["2022-01", 40, 600],
  ["2022-02", 41, 610],
];

export const ACTUALS: unknown[][] = [
  ["Month", "In post FTE", "Cases"],
  ["2022-01", 39, 620],
];

/** DfE's sample census return (30 workers) as the add-in writes it: item names over one row per worker. */
export function censusTable(): unknown[][] {
  const sample = readCensusXml(
    readFileSync(
      join(__dirname, "../../../shared/data/csww-samples/social_work_workforce_2022.xml"),
      "utf8",
    ),
  );
  return [
    [...WORKER_ITEMS],
    ...sample.workers.map((w) =>
      WORKER_ITEMS.map((item) => {
        const text = w.items[item]?.join("; ") ?? null;
        return text !== null && /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
      }),
    ),
  ];
}

/**
 * A table's body repeated `copies` times under its header; `distinct` may change each copy's
 * row (e.g. to give each copy's workers their own SWE numbers).
 */
export function repeated(
  table: unknown[][],
  copies: number,
  distinct: (row: unknown[], copy: number) => unknown[] = (row) => row,
): unknown[][] {
  const [header, ...body] = table;
  const rows: unknown[][] = [header];
  for (let copy = 0; copy < copies; copy++) for (const row of body) rows.push(distinct(row, copy));
  return rows;
}
