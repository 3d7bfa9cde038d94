/**
 * Excel custom functions (namespace WORKFORCE). Each body is one line: `run(id, arguments)`,
 * which reads the arguments and calls the core as ./declarations.ts declares under that id
 * (./runner; test/functions/declarations.test.ts ties each wrapper, id and @param to its
 * declaration). The JSDoc below generates functions.json
 * (custom-functions-metadata-plugin); at build time the plugin appends a
 * `CustomFunctions.associate(id, function)` call for every @customfunction, so this file does
 * not register them itself. Ids are frozen: test/fixtures/functions-ids.json.
 *
 * Every argument is declared as a range (`unknown[][]`) so it takes a single cell or a range;
 * Excel passes a single value as a 1×1 range and an omitted optional argument as null.
 * All rates are fractions (0.142; format the cell as a percentage).
 *
 * Each @helpurl is `https://localhost:3000/docs/functions.html#<id in lower case>`: the page
 * `npm run docs:functions` generates, copied into dist/docs/ by the build and served from the
 * same origin as the rest of the add-in (a deployment replaces the origin, as in manifest.xml).
 * test/metadata/functions-metadata.test.ts checks every function follows this pattern.
 */
import { run } from "./declarations";

/**
 * Vacancy rate: vacant FTE / (vacant FTE + FTE in post), as DfE defines it. Returns a fraction.
 * @customfunction VACANCYRATE
 * @helpurl https://localhost:3000/docs/functions.html#vacancyrate
 * @param vacancy_fte Vacant posts (FTE), a number or a range.
 * @param in_post_fte FTE in post (employed social workers, excluding agency), a number or a range.
 * @returns The vacancy rate as a fraction, one per element.
 */
export function vacancyRateFunction(
  vacancy_fte: unknown[][],
  in_post_fte: unknown[][],
): unknown[][] {
  return run("VACANCYRATE", [vacancy_fte, in_post_fte]);
}

/**
 * Agency rate: agency FTE / (agency FTE + FTE in post), as DfE defines it. Returns a fraction.
 * @customfunction AGENCYRATE
 * @helpurl https://localhost:3000/docs/functions.html#agencyrate
 * @param agency_fte Agency workers (FTE), a number or a range.
 * @param in_post_fte FTE in post (employed social workers, excluding agency), a number or a range.
 * @returns The agency rate as a fraction, one per element.
 */
export function agencyRateFunction(agency_fte: unknown[][], in_post_fte: unknown[][]): unknown[][] {
  return run("AGENCYRATE", [agency_fte, in_post_fte]);
}

/**
 * Turnover rate: leavers FTE in the year / FTE in post, as DfE defines it. Returns a fraction.
 * @customfunction TURNOVERRATE
 * @helpurl https://localhost:3000/docs/functions.html#turnoverrate
 * @param leavers_fte Leavers during the year (FTE), a number or a range.
 * @param in_post_fte FTE in post at the year end, a number or a range.
 * @returns The turnover rate as a fraction, one per element.
 */
export function turnoverRateFunction(
  leavers_fte: unknown[][],
  in_post_fte: unknown[][],
): unknown[][] {
  return run("TURNOVERRATE", [leavers_fte, in_post_fte]);
}

/**
 * Sickness absence rate: working days lost / (FTE in post × working days), as DfE defines it. Returns a fraction.
 * @customfunction ABSENCERATE
 * @helpurl https://localhost:3000/docs/functions.html#absencerate
 * @param days_lost Working days lost to sickness in the year, a number or a range.
 * @param in_post_fte FTE in post, a number or a range.
 * @param [working_days] Working days in the year; 253 when omitted (DfE used 254 for 2020 and 2024).
 * @returns The absence rate as a fraction, one per element.
 */
export function absenceRateFunction(
  days_lost: unknown[][],
  in_post_fte: unknown[][],
  working_days?: unknown[][],
): unknown[][] {
  return run("ABSENCERATE", [days_lost, in_post_fte, working_days]);
}

/**
 * Caseload: cases held / case-holding FTE, as DfE defines it.
 * @customfunction CASELOAD
 * @helpurl https://localhost:3000/docs/functions.html#caseload
 * @param cases Cases held by case-holding social workers, a number or a range.
 * @param case_holders_fte Case-holding social workers (FTE), a number or a range.
 * @returns Cases per case-holding FTE, one per element.
 */
export function caseloadFunction(cases: unknown[][], case_holders_fte: unknown[][]): unknown[][] {
  return run("CASELOAD", [cases, case_holders_fte]);
}

/**
 * Agency cover rate: agency workers covering vacancies (FTE) / all agency workers (FTE). Returns a fraction.
 * @customfunction AGENCYCOVERRATE
 * @helpurl https://localhost:3000/docs/functions.html#agencycoverrate
 * @param agency_cover_fte Agency workers covering vacant posts (FTE), a number or a range.
 * @param agency_fte All agency workers (FTE), a number or a range.
 * @returns The share of agency workers covering vacancies, as a fraction.
 */
export function agencyCoverRateFunction(
  agency_cover_fte: unknown[][],
  agency_fte: unknown[][],
): unknown[][] {
  return run("AGENCYCOVERRATE", [agency_cover_fte, agency_fte]);
}

/**
 * Vacancy cover rate: agency workers covering vacancies (FTE) / vacancies (FTE). Returns a fraction.
 * @customfunction VACANCYCOVERRATE
 * @helpurl https://localhost:3000/docs/functions.html#vacancycoverrate
 * @param agency_cover_fte Agency workers covering vacant posts (FTE), a number or a range.
 * @param vacancy_fte Vacant posts (FTE), a number or a range.
 * @returns The share of vacancies covered by agency workers, as a fraction.
 */
export function vacancyCoverRateFunction(
  agency_cover_fte: unknown[][],
  vacancy_fte: unknown[][],
): unknown[][] {
  return run("VACANCYCOVERRATE", [agency_cover_fte, vacancy_fte]);
}

/**
 * Sickness days per FTE: working days lost / FTE, the measure council sickness targets use.
 * @customfunction SICKNESSDAYS
 * @helpurl https://localhost:3000/docs/functions.html#sicknessdays
 * @param days_lost Working days lost to sickness, a number or a range.
 * @param fte FTE the days were lost from (usually FTE in post), a number or a range.
 * @returns Days lost per FTE, one per element.
 */
export function sicknessDaysFunction(days_lost: unknown[][], fte: unknown[][]): unknown[][] {
  return run("SICKNESSDAYS", [days_lost, fte]);
}

/**
 * Case-holding FTE needed to bring caseloads to a target: cases / target caseload / (1 − absence rate).
 * @customfunction FTENEEDED
 * @helpurl https://localhost:3000/docs/functions.html#fteneeded
 * @param cases Cases to be held, a number or a range.
 * @param [target_caseload] Cases per worker to aim for; 16 (top of the 13–16 band) when omitted.
 * @param [absence_rate] Share of time lost to absence as a fraction below 1 (0.04 for 4%); 0 when omitted.
 * @returns Case-holding FTE needed, one per element.
 */
export function fteNeededFunction(
  cases: unknown[][],
  target_caseload?: unknown[][],
  absence_rate?: unknown[][],
): unknown[][] {
  return run("FTENEEDED", [cases, target_caseload, absence_rate]);
}

/**
 * Red/amber/green status of a measure against a target or a band. Returns "Green", "Amber" or "Red".
 * @customfunction RAG
 * @helpurl https://localhost:3000/docs/functions.html#rag
 * @param value The measure's value (a rate as a fraction, a caseload…), a number or a range.
 * @param target A target number, or a measure name for its default target: "vacancy rate" (24%), "agency rate", "turnover rate", "absence rate", "sickness days" or "caseload" (the 13–16 band).
 * @param [direction] "lower" (default: lower is better, as for vacancies) or "higher" (higher is better).
 * @param [amber_margin] How far beyond the target still counts as amber, in the measure's units (0.02 = 2 points); 10% of the target when omitted.
 * @param [upper] Upper end of a band: Green when target ≤ value ≤ upper, Amber within the margin outside it.
 * @returns "Green", "Amber" or "Red", one per element.
 */
export function ragFunction(
  value: unknown[][],
  target: unknown[][],
  direction?: unknown[][],
  amber_margin?: unknown[][],
  upper?: unknown[][],
): unknown[][] {
  return run("RAG", [value, target, direction, amber_margin, upper]);
}

/**
 * Per-team and total workforce measures from a post-level staffing list, by DfE's definitions: a post held by an agency worker is a vacancy covered by agency; an "agency (additional)" worker is agency FTE but no vacancy. The header row (Team, FTE, Status permanent/agency/agency additional/vacant, and optionally Cases, Sickness days, Leaver, Start date, Case holder) may sit below title rows. Spills a table with a header row.
 * @customfunction SUMMARY
 * @helpurl https://localhost:3000/docs/functions.html#summary
 * @param staffing_table The staffing list including its header row, one row per post.
 * @param [working_days] Working days in the year for the absence rate; 253 when omitted.
 * @param [target_caseload] Cases per worker for the "FTE needed" column; 16 when omitted.
 * @param [reference_date] Leavers and starters count in the year to this date (a date or text such as "30/09/2025"); the latest 30 September when omitted.
 * @returns A table: one row per team, then a Total row, and a note of any rows not counted.
 */
export function summaryFunction(
  staffing_table: unknown[][],
  working_days?: unknown[][],
  target_caseload?: unknown[][],
  reference_date?: unknown[][],
): unknown[][] {
  return run("SUMMARY", [staffing_table, working_days, target_caseload, reference_date]);
}

/**
 * The published DfE "Children's social work workforce" figure for an English local authority, region or England (as at 30 September). Rates come back as fractions. Contains public sector information licensed under the Open Government Licence v3.0.
 * @customfunction BENCHMARK
 * @helpurl https://localhost:3000/docs/functions.html#benchmark
 * @param measure What to look up: "vacancy rate", "agency rate", "turnover rate", "absence rate", "caseload", "agency cover rate", "vacancy agency cover rate", or a count such as "inpost_fte", "leavers_fte", "cases".
 * @param area A local authority, region or "England", by name or ONS code (e.g. "Leeds", "E08000035", "North East").
 * @param [year] Year of the 30 September census (2017–2025); the latest year when omitted.
 * @returns The published value; #N/A with the reason when DfE did not publish it.
 */
export function benchmarkFunction(
  measure: unknown[][],
  area: unknown[][],
  year?: unknown[][],
): unknown[][] {
  return run("BENCHMARK", [measure, area, year]);
}

/**
 * Month-by-month projection of permanent staff, agency staff, vacancies, caseloads and cost (a stock-and-flow model; see docs/planning.md). Spills a header row and one row a month.
 * @customfunction PROJECT
 * @helpurl https://localhost:3000/docs/functions.html#project
 * @param assumptions Two-column range of names and values: establishment_fte, in_post_fte, cases and start_month are required; agency_fte, annual_turnover, monthly_demand_growth, absence_rate, case_holding_share, permanent_cost_per_fte, agency_cost_per_fte, agency_policy (flat, release or backfill) and others take documented defaults.
 * @param [cohorts] Recruitment cohorts with a header row: month, fte, and optionally kind (permanent, international, asye, agency), ramp_up_months and label; at most 10,000. Each month is a date or text such as "2026-06" (a plain number such as 6 is refused, not read as 1900) from start_month to the last projected month: a row outside gives #VALUE! naming it.
 * @param [months] Months to project, 1 to 600; 24 when omitted.
 * @param [cases_series] Open cases at the end of each month from start_month, a row or column of numbers (e.g. a demand forecast); after it ends, cases grow by monthly_demand_growth from its last value.
 * @returns Month, in-post FTE, starters, leavers, agency FTE, vacancy FTE, vacancy rate, agency rate, effective case-holding FTE, cases, caseload per worker, monthly cost and cumulative cost.
 */
export function projectFunction(
  assumptions: unknown[][],
  cohorts?: unknown[][],
  months?: unknown[][],
  cases_series?: unknown[][],
): unknown[][] {
  return run("PROJECT", [assumptions, cohorts, months, cases_series]);
}

/**
 * The smallest extra permanent FTE, to one decimal, that starting in start_month brings caseload per worker (or the vacancy rate) to its target by by_month. #N/A with the reason when no number of recruits can.
 * @customfunction RECRUITSNEEDED
 * @helpurl https://localhost:3000/docs/functions.html#recruitsneeded
 * @param assumptions Two-column range of names and values, as for WORKFORCE.PROJECT.
 * @param target Target to reach or beat: cases per worker (e.g. 16) or a vacancy rate as a fraction (e.g. 0.24).
 * @param by_month Month by which the target must be met: a date or text such as "2022-06".
 * @param [cohorts] Recruitment cohorts already planned, with a header row, as for WORKFORCE.PROJECT; cohorts after by_month are allowed (they cannot change the answer).
 * @param [measure] "caseload" (the default) or "vacancy_rate".
 * @param [start_month] Month the extra recruits start; the assumptions' start_month when omitted.
 * @returns Extra FTE needed (0 when the plan already meets the target).
 */
export function recruitsNeededFunction(
  assumptions: unknown[][],
  target: unknown[][],
  by_month: unknown[][],
  cohorts?: unknown[][],
  measure?: unknown[][],
  start_month?: unknown[][],
): unknown[][] {
  return run("RECRUITSNEEDED", [assumptions, target, by_month, cohorts, measure, start_month]);
}

/**
 * Months after the start month (0 = the start month) of the first month in which caseload per worker (or the vacancy rate) is at or below its target; #N/A if never within the horizon. =EDATE(start, result) gives the date.
 * @customfunction MONTHSTOTARGET
 * @helpurl https://localhost:3000/docs/functions.html#monthstotarget
 * @param assumptions Two-column range of names and values, as for WORKFORCE.PROJECT.
 * @param target Target to reach or beat: cases per worker (e.g. 16) or a vacancy rate as a fraction (e.g. 0.24).
 * @param [cohorts] Recruitment cohorts with a header row, as for WORKFORCE.PROJECT.
 * @param [measure] "caseload" (the default) or "vacancy_rate".
 * @param [months] Horizon searched, 1 to 600 months; 24 when omitted.
 * @returns Number of months after the start month.
 */
export function monthsToTargetFunction(
  assumptions: unknown[][],
  target: unknown[][],
  cohorts?: unknown[][],
  measure?: unknown[][],
  months?: unknown[][],
): unknown[][] {
  return run("MONTHSTOTARGET", [assumptions, target, cohorts, measure, months]);
}

/**
 * Uncertainty bands for the projection: P10, P50 and P90 of caseload per worker and vacancy rate each month, from Monte Carlo runs drawing annual turnover and demand growth around the assumptions (turnover_sd, demand_growth_sd). The same seed gives the same numbers on every machine.
 * @customfunction PROJECTBANDS
 * @helpurl https://localhost:3000/docs/functions.html#projectbands
 * @param assumptions Two-column range of names and values, as for WORKFORCE.PROJECT.
 * @param [cohorts] Recruitment cohorts with a header row, as for WORKFORCE.PROJECT.
 * @param [months] Months to project, 1 to 600; 24 when omitted.
 * @param [runs] Number of runs; 1,000 when omitted (runs × months at most 3,000,000, and fewer with many cohorts so the formula answers within about 2 seconds).
 * @param [seed] Whole number seeding the random draws; 1 when omitted.
 * @returns Month, caseload P10/P50/P90 and vacancy rate P10/P50/P90, one row a month.
 */
export function projectBandsFunction(
  assumptions: unknown[][],
  cohorts?: unknown[][],
  months?: unknown[][],
  runs?: unknown[][],
  seed?: unknown[][],
): unknown[][] {
  return run("PROJECTBANDS", [assumptions, cohorts, months, runs, seed]);
}

/**
 * DfE's indicators from a council's own census return: in post, starters, leavers, turnover, agency, vacancies, caseload and absence on the reference date, with DfE's published column names as headers (rates as fractions). Spills a header row, a value row and notes on any workers whose items failed the census checks.
 * @customfunction CENSUS
 * @helpurl https://localhost:3000/docs/functions.html#census
 * @param workers The census workers with their header row: one row per worker (post), headers named after the census items (AgencyWorker, SWENo, FTE, FTE30, RoleStartDate, RoleEndDate, Cases30, WorkingDaysLost …), as the add-in's "Import census return" writes them.
 * @param [la_vacancies] The return's LALevelVacancies: NumberOfVacancies and NoAgencyFTE, as a header row over the values or just the two numbers; vacancy figures are #N/A without it.
 * @param [reference_date] The census date (30 September of the collection year); the latest 30 September when omitted.
 * @returns time_period and DfE's indicators (inpost_fte, inpost_headcount, starters_fte … absence_rate_fte), one row of values under one row of headers.
 */
export function censusFunction(
  workers: unknown[][],
  la_vacancies?: unknown[][],
  reference_date?: unknown[][],
): unknown[][] {
  return run("CENSUS", [workers, la_vacancies, reference_date]);
}

/**
 * The characteristics DfE publishes, from a council's own census return: age, gender, ethnicity, role, time in service and ASYE status of social workers in post, starters by origin, and leavers by reason and destination. Headcounts count each person once (their most senior post); shares are fractions of each characteristic's total.
 * @customfunction CENSUSPROFILE
 * @helpurl https://localhost:3000/docs/functions.html#censusprofile
 * @param workers The census workers with their header row, as for WORKFORCE.CENSUS.
 * @param [characteristic] One of "Age", "Gender", "Ethnicity", "Role", "Time in service", "ASYE", "Starters by origin", "Leavers by reason" or "Leavers by destination"; all of them when omitted.
 * @param [reference_date] The census date; the latest 30 September when omitted.
 * @returns characteristic_type, characteristic, headcount, headcount_percent, fte and fte_percent, one row per category.
 */
export function censusProfileFunction(
  workers: unknown[][],
  characteristic?: unknown[][],
  reference_date?: unknown[][],
): unknown[][] {
  return run("CENSUSPROFILE", [workers, characteristic, reference_date]);
}

/**
 * The plan's cost by financial year (April to March) against the budget: permanent salary, employer on-costs (on_cost_rate), agency cost, total, budget, variance and the agency premium, with a pay award each April (pay_award). Spills a header row and one row per financial year; a first year starting after April is a part year, its budget pro rata.
 * @customfunction BUDGET
 * @helpurl https://localhost:3000/docs/functions.html#budget
 * @param assumptions Two-column range of names and values, as for WORKFORCE.PROJECT, with pay_award, on_cost_rate, permanent_salary_per_fte (or permanent_cost_per_fte), agency_hourly_rate, agency_hours_per_week and agency_rate_cap (or agency_cost_per_fte), annual_budget and rows such as "annual_budget 2026/27".
 * @param [cohorts] Recruitment cohorts with a header row, as for WORKFORCE.PROJECT; one starting after the last year is named in that year's note, not counted.
 * @param [years] Financial years from the one holding start_month, 1 to 50; 3 when omitted.
 * @returns Financial year ("2026/27"), months covered, permanent salary, on-costs, agency cost, total cost, budget, variance (cost − budget: positive is an overspend), agency premium and a note marking part years.
 */
export function budgetFunction(
  assumptions: unknown[][],
  cohorts?: unknown[][],
  years?: unknown[][],
): unknown[][] {
  return run("BUDGET", [assumptions, cohorts, years]);
}

/**
 * An approved plan against the actual figures recorded each month: for in post, agency, vacancies, cases, caseload, vacancy rate and agency rate (those both tables have), the plan, the actual and the variance (actual − plan), one row for every month of either table. Missing figures (blank, or DfE's x, c, z, low, u) leave blanks, never zeros.
 * @customfunction PLANVSACTUAL
 * @helpurl https://localhost:3000/docs/functions.html#planvsactual
 * @param plan The plan with its header row: Month and any of In post FTE, Agency FTE, Vacancy FTE, Cases, Caseload, Vacancy rate, Agency rate (the add-in's Approved plan sheet, or a WORKFORCE.PROJECT spill).
 * @param actuals The actual figures with their header row, the same columns (the add-in's Actuals sheet); title rows above the header are skipped.
 * @returns Month, then plan, actual and variance columns for each measure the two tables share.
 */
export function planVsActualFunction(plan: unknown[][], actuals: unknown[][]): unknown[][] {
  return run("PLANVSACTUAL", [plan, actuals]);
}
