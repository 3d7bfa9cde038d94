/**
 * WORKFORCE.VACANCYRATE over 10,000 rows against the native =B2/(B2+C2), in the workbench's
 * engine: one formula a row, one spilled formula over the ranges, and a no-work function of the
 * same two arguments as the floor any custom function pays.
 */
import type { WorkbookModel } from "../../src/preview/workbookModel";
import { floorFunction } from "../functions";
import { timePair, type Repeats, type Timed } from "../timing";
import { openWorkbook, sheetValues, type Grid } from "../workbook";
import { within, type CaseResult } from "./types";

const ROWS = 10_000;
const FLOOR_ID = "BENCHRATEFLOOR";

/** A no-work function of two arguments returning one cell. */
export const rateFloor = floorFunction(FLOOR_ID, [[0]]);

const FORMULA_COLUMN = { row: 1, col: 3 }; // D2

/** Team, vacancies, in post, and the formula column (`formula(r)` for spreadsheet row r). */
function ratesSheet(formula: (r: number) => string | null): Grid {
  const sheet: Grid = [["Team", "Vacancies", "In post", "Rate"]];
  for (let r = 2; r <= ROWS + 1; r++)
    sheet.push([`Team ${r - 1}`, (r * 7) % 23, 20 + ((r * 13) % 61), formula(r)]);
  return sheet;
}

/** The rate column's values (D2:D10001) once the sheet is open. */
function rateValues(sheet: Grid): unknown[] {
  const model = openWorkbook({ Rates: sheet });
  const values = sheetValues(model, "Rates")
    .slice(1, ROWS + 1)
    .map((row) => row[3]);
  model.hf.destroy();
  return values;
}

const formulaColumn = (sheet: Grid): Grid => sheet.slice(1).map((row) => [row[3]]);

export function benchRates(repeats: Repeats): CaseResult<"rateFloor" | "rateFloorNative"> {
  const native = ratesSheet((r) => `=B${r}/(B${r}+C${r})`);
  const perRow = ratesSheet((r) => `=WORKFORCE.VACANCYRATE(B${r},C${r})`);
  const floor = ratesSheet((r) => `=WORKFORCE.${FLOOR_ID}(B${r},C${r})`);
  const spilled = ratesSheet(() => null);
  spilled[1][3] = `=WORKFORCE.VACANCYRATE(B2:B${ROWS + 1},C2:C${ROWS + 1})`;

  // Same answers first.
  const expected = rateValues(native);
  for (const [label, sheet] of [
    ["per-row", perRow],
    ["spilled", spilled],
  ] as const) {
    rateValues(sheet).forEach((value, i) => {
      if (value !== expected[i])
        throw new Error(
          `${label} VACANCYRATE row ${i + 2}: ${String(value)} ≠ ${String(expected[i])}`,
        );
    });
  }

  // Timed: entering the formula column into a workbook that already holds the data.
  const dataOnly = ratesSheet(() => null);
  const entering = (formulas: Grid): Timed<WorkbookModel> => ({
    setup: () => openWorkbook({ Rates: dataOnly }),
    run: (model) => model.setCells("Rates", FORMULA_COLUMN, formulas),
    teardown: (model) => model.hf.destroy(),
  });
  const [perRowTime, nativeTime] = timePair(
    entering(formulaColumn(perRow)),
    entering(formulaColumn(native)),
    repeats,
  );
  const [floorTime, floorNative] = timePair(
    entering(formulaColumn(floor)),
    entering(formulaColumn(native)),
    repeats,
  );
  const [spilledTime, nativeTime2] = timePair(
    entering([[spilled[1][3]]]),
    entering(formulaColumn(native)),
    repeats,
  );
  const rows = ROWS.toLocaleString("en-GB");
  const comparisonLabel = "native =B2/(B2+C2) a row";
  return {
    rows: [
      within(1.2, "native", {
        case: `VACANCYRATE, ${rows} rows, one formula a row: enter and evaluate`,
        ours: perRowTime,
        comparison: nativeTime,
        comparisonLabel,
      }),
      within(1.2, "native", {
        case: `VACANCYRATE, ${rows} rows, one spilled formula over the ranges: enter and evaluate`,
        ours: spilledTime,
        comparison: nativeTime2,
        comparisonLabel,
      }),
    ],
    floors: { rateFloor: floorTime, rateFloorNative: floorNative },
  };
}
