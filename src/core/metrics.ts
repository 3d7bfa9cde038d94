/**
 * Workforce measures exactly as the DfE "Children's social work workforce" statistics define
 * them (England, as at 30 September). Pure functions of numbers; rates are FRACTIONS (0.142,
 * which a sheet formats as 14.2%). Bad input returns a `WorkforceError`, never NaN or Infinity.
 */
import { divByZero, invalidNumber, invalidValue, WorkforceError } from "./errors";

/** Working days in a collection year; DfE used 254 in the 2020 and 2024 collections. */
export const DEFAULT_WORKING_DAYS = 253;
/** Top of the 13–16 cases-per-worker band that councils aim for. */
export const DEFAULT_TARGET_CASELOAD = 16;

type Result = number | WorkforceError;

/** Checks that each named input is a finite, non-negative number. */
function checkCounts(values: Record<string, number>): WorkforceError | undefined {
  // for…in, not Object.entries: same order, no per-call arrays (these run once per cell).
  for (const name in values) {
    if (!Object.prototype.hasOwnProperty.call(values, name)) continue;
    const value = values[name];
    if (typeof value !== "number" || !Number.isFinite(value))
      return invalidNumber(`${name} is not a finite number`);
    if (value < 0) return invalidValue(`${name} must not be negative (got ${value})`);
  }
  return undefined;
}

function ratio(numerator: number, denominator: number, what: string): Result {
  if (denominator === 0) return divByZero(`${what} is 0, so the rate is undefined`);
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : invalidNumber(`${what} is too small to divide by`);
}

/**
 * part / (part + other) without overflow: when the sum is too big for a double (1e308 + 1e308),
 * both are scaled down by the larger first, so the share stays exact (0.5 there, never 0).
 */
function share(part: number, other: number, what: string): Result {
  const sum = part + other;
  if (Number.isFinite(sum)) return ratio(part, sum, what);
  const scale = Math.max(part, other);
  return ratio(part / scale, part / scale + other / scale, what);
}

/**
 * numerator / (a × b) without overflow in the product: dividing twice never overflows where the
 * answer itself is finite, and a product that underflows to 0 cannot fake a #DIV/0!.
 */
function ratioOfProduct(numerator: number, a: number, b: number, what: string): Result {
  if (a === 0 || b === 0) return divByZero(`${what} is 0, so the rate is undefined`);
  const product = a * b;
  // The product when it is an ordinary double (the usual case, and the usual rounding).
  const value =
    Number.isFinite(product) && product >= Number.MIN_VALUE * 2 ** 52
      ? numerator / product
      : numerator / a / b;
  return Number.isFinite(value) ? value : invalidNumber(`${what} is too small to divide by`);
}

/**
 * Vacancy rate = vacancy FTE / (vacancy FTE + FTE in post). Units: fraction.
 * @example vacancyRate(12, 88) === 0.12 (12 vacant posts in an establishment of 100 FTE)
 */
export function vacancyRate(vacancyFte: number, inPostFte: number): Result {
  return (
    checkCounts({ vacancy_fte: vacancyFte, in_post_fte: inPostFte }) ??
    share(vacancyFte, inPostFte, "vacancy FTE + in-post FTE")
  );
}

/**
 * Agency rate = agency FTE / (agency FTE + FTE in post). Agency workers are not "in post". Units: fraction.
 * @example agencyRate(15, 85) === 0.15
 */
export function agencyRate(agencyFte: number, inPostFte: number): Result {
  return (
    checkCounts({ agency_fte: agencyFte, in_post_fte: inPostFte }) ??
    share(agencyFte, inPostFte, "agency FTE + in-post FTE")
  );
}

/**
 * Turnover rate = leavers FTE in the year / FTE in post at 30 September. Units: fraction.
 * @example turnoverRate(20, 160) === 0.125
 */
export function turnoverRate(leaversFte: number, inPostFte: number): Result {
  return (
    checkCounts({ leavers_fte: leaversFte, in_post_fte: inPostFte }) ??
    ratio(leaversFte, inPostFte, "in-post FTE")
  );
}

/**
 * Absence rate = working days lost to sickness / (FTE in post × working days in the year).
 * Working days: 253, or 254 for the 2020 and 2024 collections (see `workingDaysForYear`). Units: fraction.
 * @example absenceRate(1012, 100) === 0.04 (1012 / (100 × 253))
 */
export function absenceRate(
  daysLost: number,
  inPostFte: number,
  workingDays: number = DEFAULT_WORKING_DAYS,
): Result {
  const bad = checkCounts({
    days_lost: daysLost,
    in_post_fte: inPostFte,
    working_days: workingDays,
  });
  if (bad) return bad;
  if (workingDays === 0) return invalidValue("working_days must be greater than 0");
  return ratioOfProduct(daysLost, inPostFte, workingDays, "in-post FTE");
}

/**
 * Caseload = cases held / case-holding FTE. Units: cases per FTE.
 * @example caseload(480, 30) === 16
 */
export function caseload(cases: number, caseHoldersFte: number): Result {
  return (
    checkCounts({ cases, case_holders_fte: caseHoldersFte }) ??
    ratio(cases, caseHoldersFte, "case-holding FTE")
  );
}

/**
 * Agency cover rate = agency workers covering vacancies (FTE) / all agency workers (FTE). Units: fraction.
 * @example agencyCoverRate(8, 10) === 0.8
 */
export function agencyCoverRate(agencyCoverFte: number, agencyFte: number): Result {
  return (
    checkCounts({ agency_cover_fte: agencyCoverFte, agency_fte: agencyFte }) ??
    ratio(agencyCoverFte, agencyFte, "agency FTE")
  );
}

/**
 * Vacancy cover rate = agency workers covering vacancies (FTE) / vacancies (FTE): the share of
 * vacant posts filled by agency staff (DfE's "vacancy agency cover rate"). Units: fraction.
 * @example vacancyCoverRate(28.2, 60) === 0.47
 */
export function vacancyCoverRate(agencyCoverFte: number, vacancyFte: number): Result {
  return (
    checkCounts({ agency_cover_fte: agencyCoverFte, vacancy_fte: vacancyFte }) ??
    ratio(agencyCoverFte, vacancyFte, "vacancy FTE")
  );
}

/**
 * Sickness days per FTE = working days lost / FTE. What council sickness targets use. Units: days per FTE.
 * @example sicknessDaysPerFte(890, 100) === 8.9
 */
export function sicknessDaysPerFte(daysLost: number, fte: number): Result {
  return checkCounts({ days_lost: daysLost, fte }) ?? ratio(daysLost, fte, "FTE");
}

/**
 * Case-holding FTE needed to bring caseloads to a target, grossed up for absence:
 * cases / target caseload / (1 − absence rate). Units: FTE.
 * `absence` is a fraction in [0, 1).
 * @example fteNeeded(480, 16, 0.04) === 31.25 (480 / 16 = 30 FTE at work, / 0.96 for absence)
 */
export function fteNeeded(
  cases: number,
  targetCaseload: number = DEFAULT_TARGET_CASELOAD,
  absence = 0,
): Result {
  const bad = checkCounts({ cases, target_caseload: targetCaseload, absence_rate: absence });
  if (bad) return bad;
  if (targetCaseload === 0) return invalidValue("target_caseload must be greater than 0");
  if (absence >= 1)
    return invalidValue(
      `absence_rate must be a fraction below 1 (got ${absence}); enter 4% as 0.04`,
    );
  return ratioOfProduct(cases, targetCaseload, 1 - absence, "target caseload × (1 − absence rate)");
}

/** Working days DfE divides by for a collection year (year of the 30 September census): 254 in 2020 and 2024, otherwise 253. */
export function workingDaysForYear(year: number): number {
  return year === 2020 || year === 2024 ? 254 : DEFAULT_WORKING_DAYS;
}
