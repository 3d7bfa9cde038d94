/**
 * Writes an imported census return to a NEW sheet through the host (never an existing one):
 *
 *   A1  "ReferenceDate" and the date; D1 where the return came from
 *   A3  LALevelVacancies: NumberOfVacancies, NoAgencyFTE, NoAgencyHeadcount over their values
 *   A6  the workers, one row per CSWWWorker, as a native table: census item names as headers
 *       and, beside each code column, "<item> (label)" with the code's meaning.
 *
 * So `=WORKFORCE.CENSUS(A6:AJ…, A3:C4, B1)` over the sheet gives the pane's figures.
 */
import {
  CODE_LISTS,
  codeLabel,
  isoDate,
  ITEM_KINDS,
  VACANCY_ITEMS,
  WORKER_ITEMS,
  labelHeader,
  type CensusAnalysis,
  type WorkerItem,
} from "../core/census";
import { blockAddress, cellAddress, columnLetters } from "../workbook/a1";
import type { CellValue, WorkbookHost } from "../workbook/types";

/** Sheet row (1-based) of the workers' header; worker i is on row WORKERS_HEADER_ROW + 1 + i. */
export const WORKERS_HEADER_ROW = 6;
export const VACANCIES_ADDRESS = "A3:C4";
export const REFERENCE_CELL = "B1";

/** The written columns: every item, with a label column after each coded one. */
export const CENSUS_SHEET_COLUMNS: readonly { header: string; item: WorkerItem; label: boolean }[] =
  WORKER_ITEMS.flatMap((item) =>
    CODE_LISTS[item]
      ? [
          { header: item, item, label: false },
          { header: labelHeader(item), item, label: true },
        ]
      : [{ header: item, item, label: false }],
  );

const NUMERIC_KINDS = new Set(["fraction", "count", "amount"]);
const PLAIN_NUMBER = /^-?\d*\.?\d+$/;

function itemCell(item: WorkerItem, values: readonly string[] | undefined): CellValue {
  if (!values || values.length === 0) return null;
  const text = values.join("; ");
  // Numbers as numbers, so the sheet can sum them; anything malformed stays visible as text.
  if (NUMERIC_KINDS.has(ITEM_KINDS[item]) && PLAIN_NUMBER.test(text)) return Number(text);
  // Strings stay text in every host (src/workbook/cellText.ts).
  return text;
}

function labelCell(item: WorkerItem, values: readonly string[] | undefined): CellValue {
  if (!values || values.length === 0) return null;
  return values.map((code) => codeLabel(item, code) ?? "(not a census code)").join("; ");
}

/** The workers as table rows, in the return's order. */
export function censusRows(analysis: CensusAnalysis): CellValue[][] {
  return analysis.census.workers.map((worker) =>
    CENSUS_SHEET_COLUMNS.map(({ item, label }) =>
      label ? labelCell(item, worker.get(item)) : itemCell(item, worker.get(item)),
    ),
  );
}

/** Sheet row of worker `index` (0-based). */
export function workerSheetRow(index: number): number {
  return WORKERS_HEADER_ROW + 1 + index;
}

/** A1 address of a worker's whole row on the written sheet. */
export function workerRowAddress(index: number): string {
  return blockAddress({ row: workerSheetRow(index) - 1, col: 0 }, 1, CENSUS_SHEET_COLUMNS.length);
}

export interface WrittenCensus {
  sheet: string;
  tableName: string;
  /** The formula that gives the census figures from the written sheet. */
  formula: string;
}

/** A sheet name from the return: "Census 2022 LA316", or "Census" for a table without header. */
export function censusSheetName(analysis: CensusAnalysis): string {
  const year = analysis.census.header.year;
  const lea = analysis.census.header.lea;
  return ["Census", year && /^\d{4}$/.test(year) ? year : "", lea ? `LA${lea}` : ""]
    .filter((part) => part !== "")
    .join(" ")
    .slice(0, 31);
}

export async function writeCensusSheet(
  host: WorkbookHost,
  analysis: CensusAnalysis,
  source: string,
): Promise<WrittenCensus> {
  const sheet = await host.addSheet(censusSheetName(analysis));
  const vacancies = analysis.census.vacancies ?? {};
  const vacancyValue = (item: (typeof VACANCY_ITEMS)[number]): CellValue => {
    const text = vacancies[item];
    if (text === undefined) return null;
    return PLAIN_NUMBER.test(text) ? Number(text) : text;
  };
  await host.writeCells(sheet, "A1", [
    ["ReferenceDate", isoDate(analysis.reference), null, `Census return: ${source}`],
    [null, null, null, null],
    [...VACANCY_ITEMS, null],
    [...VACANCY_ITEMS.map(vacancyValue), null],
  ]);
  const rows = censusRows(analysis);
  const written = await host.writeTable(sheet, {
    name: censusSheetName(analysis).replace(/\s+/g, "_"),
    topLeft: cellAddress({ row: WORKERS_HEADER_ROW - 1, col: 0 }),
    headers: CENSUS_SHEET_COLUMNS.map((c) => c.header),
    rows,
  });
  const lastColumn = columnLetters(CENSUS_SHEET_COLUMNS.length - 1);
  const lastRow = WORKERS_HEADER_ROW + Math.max(rows.length, 1);
  return {
    sheet,
    tableName: written.tableName,
    formula: `=WORKFORCE.CENSUS(A${WORKERS_HEADER_ROW}:${lastColumn}${lastRow}, ${VACANCIES_ADDRESS}, ${REFERENCE_CELL})`,
  };
}
