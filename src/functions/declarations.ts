/**
 * Every custom function, by its Excel id: the readers of its arguments in @param order and the
 * core call they feed (./runner runs them). The id is written here once; functions.ts's
 * JSDoc'd wrappers, which generate functions.json, call `run(id, …)`, and
 * test/functions/declarations.test.ts checks each wrapper, id and reader name against the
 * generated metadata.
 *
 * To add a function: declare it here (or in a module spread in below) with `perElement` or
 * `perCall`, then add its JSDoc'd wrapper at the end of functions.ts with a NEW id.
 */
import {
  absenceRate,
  agencyCoverRate,
  agencyRate,
  caseload,
  DEFAULT_TARGET_CASELOAD,
  DEFAULT_WORKING_DAYS,
  fteNeeded,
  ragOf,
  sicknessDaysPerFte,
  summariseStaffingTable,
  turnoverRate,
  vacancyCoverRate,
  vacancyRate,
} from "../core";
import { bundledData } from "../workbook/bundledData";
import type { ExcelCell } from "./adapter";
import { CENSUS_FUNCTIONS } from "./census";
import { PLANNING_FUNCTIONS } from "./planning";
import {
  direction,
  number,
  numberOrNothing,
  optionalNumber,
  ragTarget,
  range,
  referenceDate,
  text,
  year,
} from "./readers";
import { perCall, perElement, runDeclared } from "./runner";
import type { Declaration } from "./runner";

const positiveDays = { allowZero: false } as const;

export const DECLARATIONS = {
  VACANCYRATE: perElement([number("vacancy_fte"), number("in_post_fte")], vacancyRate),
  AGENCYRATE: perElement([number("agency_fte"), number("in_post_fte")], agencyRate),
  TURNOVERRATE: perElement([number("leavers_fte"), number("in_post_fte")], turnoverRate),
  ABSENCERATE: perElement(
    [
      number("days_lost"),
      number("in_post_fte"),
      optionalNumber("working_days", DEFAULT_WORKING_DAYS, positiveDays),
    ],
    absenceRate,
  ),
  CASELOAD: perElement([number("cases"), number("case_holders_fte")], caseload),
  AGENCYCOVERRATE: perElement([number("agency_cover_fte"), number("agency_fte")], agencyCoverRate),
  VACANCYCOVERRATE: perElement(
    [number("agency_cover_fte"), number("vacancy_fte")],
    vacancyCoverRate,
  ),
  SICKNESSDAYS: perElement([number("days_lost"), number("fte")], sicknessDaysPerFte),
  FTENEEDED: perElement(
    [
      number("cases"),
      optionalNumber("target_caseload", DEFAULT_TARGET_CASELOAD, positiveDays),
      optionalNumber("absence_rate", 0),
    ],
    fteNeeded,
  ),
  RAG: perElement(
    [
      number("value", { allowNegative: true }),
      ragTarget("target"),
      direction("direction"),
      numberOrNothing("amber_margin"),
      numberOrNothing("upper", { allowNegative: true }),
    ],
    (value, target, towards, amberMargin, upper) =>
      ragOf(value, target, { direction: towards, amberMargin, upper }),
  ),
  SUMMARY: perCall(
    [
      range("staffing_table"),
      optionalNumber("working_days", DEFAULT_WORKING_DAYS, positiveDays),
      optionalNumber("target_caseload", DEFAULT_TARGET_CASELOAD, positiveDays),
      referenceDate("reference_date"),
    ],
    (table, workingDays, targetCaseload, reference) =>
      summariseStaffingTable(table, { workingDays, targetCaseload, referenceDate: reference }),
  ),
  BENCHMARK: perElement([text("measure"), text("area"), year("year")], (measure, area, when) =>
    bundledData().benchmarks.value(measure, area, when),
  ),
  ...PLANNING_FUNCTIONS,
  ...CENSUS_FUNCTIONS,
} satisfies Record<string, Declaration>;

/** A custom function's Excel id. */
export type FunctionId = keyof typeof DECLARATIONS;

/** Runs the function declared under `id` over Excel's arguments (an omitted one may be undefined). */
export function run(id: FunctionId, args: readonly unknown[]): ExcelCell[][] {
  return runDeclared(id, DECLARATIONS[id], args);
}
