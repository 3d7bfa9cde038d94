/**
 * Issue 10's whole-column figure: WORKFORCE.VACANCYRATE over whole columns (B:B, C:C) against
 * the same over the used rows. Excel passes a whole column as all 1,048,576 rows, so the Excel
 * path calls the adapter (by its id, as Excel does) with exactly those arguments, empty cells as
 * null as Excel on the web passes them (Excel desktop passes 0, which is data and not trimmed); the workbench path enters both formulas into the engine, whose column
 * references stop at the sheet's used rows before the bridge calls the adapter.
 */
import { SHEET_ROWS } from "../../src/functions/wholeColumns";
import type { CustomFunctionImplementation } from "../../src/preview/functionBridge";
import type { WorkbookModel } from "../../src/preview/workbookModel";
import { plain, timePair, type Repeats, type Timed } from "../timing";
import { openWorkbook, sheetValues, type Grid } from "../workbook";
import { within, type CaseResult } from "./types";

const USED_ROWS = 10_000;
const BLANK_ROW: readonly unknown[] = [null];

function usedColumn(value: (r: number) => number): unknown[][] {
  return Array.from({ length: USED_ROWS }, (_, r) => [value(r)]);
}

/** The used rows, then empty cells to the sheet's last row: `B:B` as Excel on the web passes it. */
function wholeColumn(used: unknown[][]): unknown[][] {
  const column = new Array<unknown[]>(SHEET_ROWS);
  for (let r = 0; r < SHEET_ROWS; r++)
    column[r] = r < used.length ? used[r] : (BLANK_ROW as unknown[]);
  return column;
}

const vacancies = (r: number): number => (r * 7) % 23;
const inPost = (r: number): number => 20 + ((r * 13) % 61);

const codeOf = (value: unknown): unknown =>
  typeof value === "object" && value !== null && "code" in value ? value.code : value;

export function benchWholeColumn(
  vacancyRate: CustomFunctionImplementation,
  repeats: Repeats,
): CaseResult {
  const rows = USED_ROWS.toLocaleString("en-GB");
  // Excel's calling convention.
  const b = usedColumn(vacancies);
  const c = usedColumn(inPost);
  const bWhole = wholeColumn(b);
  const cWhole = wholeColumn(c);
  const used = vacancyRate(b, c) as unknown[][];
  const whole = vacancyRate(bWhole, cWhole) as unknown[][];
  if (
    JSON.stringify(used.map((r) => r.map(codeOf))) !==
    JSON.stringify(whole.map((r) => r.map(codeOf)))
  )
    throw new Error("VACANCYRATE over whole columns differs from the same over the used rows.");
  const [wholeTime, usedTime] = timePair(
    plain(() => vacancyRate(bWhole, cWhole)),
    plain(() => vacancyRate(b, c)),
    repeats,
  );

  // The workbench: both formulas entered beside the data.
  const data: Grid = Array.from({ length: USED_ROWS }, (_, r) => [
    `Team ${r + 1}`,
    vacancies(r),
    inPost(r),
  ]);
  const wholeFormula = "=WORKFORCE.VACANCYRATE(B:B,C:C)";
  const usedFormula = `=WORKFORCE.VACANCYRATE(B1:B${USED_ROWS},C1:C${USED_ROWS})`;
  const valuesOf = (formula: string): unknown[] => {
    const model = openWorkbook({ Rates: data.map((row, r) => [...row, r === 0 ? formula : null]) });
    const values = sheetValues(model, "Rates").map((row) => row[3]);
    model.hf.destroy();
    return values;
  };
  if (JSON.stringify(valuesOf(wholeFormula)) !== JSON.stringify(valuesOf(usedFormula)))
    throw new Error("In the workbench, VACANCYRATE(B:B,C:C) differs from the used rows.");
  const entering = (formula: string): Timed<WorkbookModel> => ({
    setup: () => openWorkbook({ Rates: data }),
    run: (model) => model.setCells("Rates", { row: 0, col: 3 }, [[formula]]),
    teardown: (model) => model.hf.destroy(),
  });
  const [wholeEntered, usedEntered] = timePair(
    entering(wholeFormula),
    entering(usedFormula),
    repeats,
  );

  return {
    rows: [
      within(1.5, "the used rows", {
        case: `VACANCYRATE(B:B, C:C) as Excel calls it (1,048,576 rows, ${rows} used)`,
        ours: wholeTime,
        comparison: usedTime,
        comparisonLabel: `the same over the ${rows} used rows`,
        note: "identical results",
      }),
      within(1.5, "the used rows", {
        case: `VACANCYRATE(B:B, C:C) in the workbench, ${rows} rows used: enter and evaluate`,
        ours: wholeEntered,
        comparison: usedEntered,
        comparisonLabel: `=VACANCYRATE(B1:B${USED_ROWS}, C1:C${USED_ROWS})`,
        note: "identical results",
      }),
    ],
    floors: {},
  };
}
