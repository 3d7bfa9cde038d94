/**
 * Opening a user's .xlsx in the workbench: every check happens, and the whole new workbook is
 * read, before anything in the current one changes. Limits, each with a message in plain words:
 * the file's size, what it unpacks to (a zip-bomb guard before any parsing), and the filled
 * cells the workbench holds (snapshot.ts). Library errors ("1:800: undefined entity.") are put
 * into words a user can act on.
 */
import ExcelJS from "exceljs";
import { checkSnapshot, SnapshotError } from "./snapshot";
import { readCharts } from "./xlsxChartImport";
import { readWorkbook, type ImportedWorkbook } from "./xlsxImport";
import { checkInflatedSize, ZipProblem } from "./zipGuard";

/** Largest file the workbench opens. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Why a file could not be imported, worded to follow "Could not import NAME: ". */
export class ImportProblem extends Error {
  override readonly name = "ImportProblem";
}

const megabytes = (bytes: number): string =>
  `${(bytes / (1024 * 1024)).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;

/** A parser's error as a cause a user can act on. */
export function plainCause(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/central directory|is this a zip|corrupted zip|invalid signature|end of data/i.test(text)) {
    return "it is not an .xlsx file, or it is damaged (it is not a readable zip archive)";
  }
  if (/encrypt|password/i.test(text)) return "it is protected with a password";
  if (/worksheet name already exists/i.test(text)) {
    return "two of its sheets have the same name, which Excel does not allow";
  }
  if (
    /^\d+:\d+:|entity|unexpected close tag|invalid character|unclosed|non-whitespace|text data outside/i.test(
      text,
    )
  ) {
    return "part of it is damaged (its XML does not read)";
  }
  return `it could not be read as an Excel workbook (${text})`;
}

/**
 * The file read into a workbook snapshot with notes on anything not kept exactly. Throws an
 * ImportProblem saying why not; nothing is changed either way.
 */
export async function readXlsxFile(name: string, data: ArrayBuffer): Promise<ImportedWorkbook> {
  if (/\.(xls|xlsb|csv|ods)$/i.test(name)) {
    const kind = /\.(\w+)$/.exec(name)?.[1].toLowerCase() ?? "";
    throw new ImportProblem(
      `it is an .${kind} file; the workbench opens .xlsx workbooks (save it as an Excel Workbook, .xlsx, first)`,
    );
  }
  if (data.byteLength > MAX_FILE_BYTES) {
    throw new ImportProblem(
      `it is ${megabytes(data.byteLength)}; the workbench opens files up to ${megabytes(MAX_FILE_BYTES)}`,
    );
  }
  try {
    await checkInflatedSize(new Uint8Array(data));
  } catch (error) {
    if (error instanceof ZipProblem) throw new ImportProblem(error.message);
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    throw new ImportProblem(plainCause(error));
  }
  const imported = readWorkbook(workbook);
  if (imported.snapshot.sheets.length === 0) throw new ImportProblem("it has no worksheets");
  // ExcelJS reads no charts: the package's own chart parts give those the workbench can show.
  const charts = await readCharts(data).catch((error: unknown) => ({
    charts: [],
    notes: [`Its charts could not be read (${plainCause(error)}), so none were kept.`],
  }));
  const sheets = new Set(imported.snapshot.sheets.map((s) => s.name));
  try {
    return {
      snapshot: checkSnapshot({
        ...imported.snapshot,
        charts: charts.charts.filter((chart) => sheets.has(chart.sheet)),
      }),
      notes: [...imported.notes, ...charts.notes],
    };
  } catch (error) {
    if (error instanceof SnapshotError) throw new ImportProblem(error.message);
    throw error;
  }
}
