/**
 * WORKFORCE.PROJECT against the same 60-month model as hand-built formulas, both in the
 * workbench's engine (a WorkbookModel: HyperFormula, the bridge and its spill tracker).
 */
import { project, projectionToMatrix } from "../../src/core/planning";
import type { WorkbookModel } from "../../src/preview/workbookModel";
import { floorFunction } from "../functions";
import {
  HAND_COLUMNS_FOR_PROJECT,
  MONTHS,
  handModelSheet,
  inputsSheet,
  scenario,
  scenarioCohorts,
} from "../handSheet";
import { plain, time, timePair, type Repeats, type Timed, type Timing } from "../timing";
import { openWorkbook, sheetValues, type Grid } from "../workbook";
import { fasterBy, type CaseResult } from "./types";

const PROJECT_COLUMNS = 13;
const FLOOR_ID = "BENCHSPILLFLOOR";

/** A no-work function whose result is a constant spill of PROJECT's size. */
export const spillFloor = floorFunction(
  FLOOR_ID,
  Array.from({ length: MONTHS + 1 }, (_, r) =>
    Array.from({ length: PROJECT_COLUMNS }, (_, c) => r * PROJECT_COLUMNS + c),
  ),
);

const PROJECT_FORMULA = `=WORKFORCE.PROJECT(Inputs!A1:B12,Inputs!D1:G3,${MONTHS})`;
const FLOOR_FORMULA = `=WORKFORCE.${FLOOR_ID}(Inputs!A1:B12,Inputs!D1:G3)`;
const TURNOVER = { row: 4, col: 1 }; // Inputs!B5
const LAST_CUMULATIVE_COST = { row: MONTHS, col: PROJECT_COLUMNS - 1 };
const HAND_LAST_CUMULATIVE_COST = { row: MONTHS, col: 20 };

const withModel = (model: Grid) => (): WorkbookModel =>
  openWorkbook({ Inputs: inputsSheet(), Model: model });
const destroy = (model: WorkbookModel): void => model.hf.destroy();

/** Both sheets must agree with each other and with the engine before their times mean anything. */
function checkAgreement(): number {
  const ours = withModel([[PROJECT_FORMULA]])();
  const hand = withModel(handModelSheet())();
  const oursValues = sheetValues(ours, "Model");
  const handValues = sheetValues(hand, "Model");
  const engine = projectionToMatrix(project(scenario, scenarioCohorts, MONTHS));
  let worst = 0;
  for (let t = 1; t <= MONTHS; t++) {
    HAND_COLUMNS_FOR_PROJECT.forEach((handColumn, i) => {
      const a = oursValues[t]?.[i + 1];
      const b = handValues[t]?.[handColumn];
      const c = engine[t][i + 1];
      if (typeof a !== "number" || typeof b !== "number" || typeof c !== "number") {
        throw new Error(`month ${t} column ${i + 1}: non-numeric ${String(a)} / ${String(b)}`);
      }
      const scale = Math.max(1, Math.abs(c));
      worst = Math.max(worst, Math.abs(a - c) / scale, Math.abs(b - c) / scale);
    });
  }
  // HyperFormula rounds results to 10 significant digits (its precisionRounding default).
  if (worst > 1e-8) {
    throw new Error(`PROJECT, the hand-built sheet and the engine disagree (relative ${worst})`);
  }
  destroy(ours);
  destroy(hand);
  return worst;
}

/** Flips annual turnover, as a user types it, and reads the last cumulative cost. */
function flipper(model: WorkbookModel, read: { row: number; col: number }): () => void {
  let flip = false;
  return () => {
    flip = !flip;
    model.setCells("Inputs", TURNOVER, [[flip ? 0.18 : 0.15]]);
    model.getValue("Model", read);
  };
}

export interface ProjectRepeats {
  enter: Repeats;
  recalculate: Repeats;
}

export function benchProject(
  repeats: ProjectRepeats,
): CaseResult<"spillFloor" | "spillFloorOurs" | "startup"> {
  const worst = checkAgreement();
  const note = `both sheets match the engine to ${worst.toExponential(0)} (relative)`;
  const comparisonLabel = `hand-built sheet (${MONTHS} rows × 21 formulas)`;
  const row = (name: string, ours: Timing, comparison: Timing, extra?: string) =>
    fasterBy(20, {
      case: `PROJECT, ${MONTHS} months: ${name}`,
      ours,
      comparison,
      comparisonLabel,
      note: extra ? `${note}; ${extra}` : note,
    });

  // (a) Enter the model into a workbook that already holds the inputs, and evaluate it.
  const entering = (model: Grid): Timed<WorkbookModel> => ({
    setup: withModel([]),
    run: (workbook) => workbook.setCells("Model", { row: 0, col: 0 }, model),
    teardown: destroy,
  });
  const [enterOurs, enterHand] = timePair(
    entering([[PROJECT_FORMULA]]),
    entering(handModelSheet()),
    repeats.enter,
  );

  // (b) Recalculate after an input change.
  const ours = withModel([[PROJECT_FORMULA]])();
  const hand = withModel(handModelSheet())();
  const [recalcOurs, recalcHand] = timePair(
    plain(flipper(ours, LAST_CUMULATIVE_COST)),
    plain(flipper(hand, HAND_LAST_CUMULATIVE_COST)),
    repeats.recalculate,
  );
  destroy(hand);
  // The floor: the same inputs and a spill of the same size, holding constants. Interleaved with
  // PROJECT again, so the two figures are directly comparable.
  const floor = withModel([[FLOOR_FORMULA]])();
  const [spillFloorOurs, spillFloorTime] = timePair(
    plain(flipper(ours, LAST_CUMULATIVE_COST)),
    plain(flipper(floor, LAST_CUMULATIVE_COST)),
    repeats.recalculate,
  );
  destroy(ours);
  destroy(floor);

  // (c) Open the whole workbook from a save, including the engine's own start-up.
  const [buildOurs, buildHand] = timePair(
    plain(() => destroy(withModel([[PROJECT_FORMULA]])())),
    plain(() => destroy(withModel(handModelSheet())())),
    repeats.enter,
  );
  const startup = time(
    plain(() => destroy(withModel([])())),
    repeats.enter,
  );

  return {
    rows: [
      row("enter the model and evaluate it", enterOurs, enterHand),
      row("recalculate after a turnover change", recalcOurs, recalcHand),
      row(
        "open the whole workbook from a save",
        buildOurs,
        buildHand,
        "includes the engine's start-up, identical for both",
      ),
    ],
    floors: { spillFloor: spillFloorTime, spillFloorOurs, startup },
  };
}
