/**
 * The workbench's HyperFormula engines and their sparse cell lists: the configuration every
 * engine shares, building a new engine from a snapshot's sheets, writing sparse cells in few
 * rectangles (./sheetTiles), and listing or counting a sheet's filled cells from the engine's
 * own map of them, so the cost grows with what a sheet holds, never with its bounding box.
 */
import { AlwaysSparse, HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { uniqueSheetName } from "../workbook/names";
import { tilesOf } from "./sheetTiles";
import type { SpillTracker } from "./spills";
import { MAX_COLUMNS, MAX_ROWS, type SheetCell, type WorkbookSnapshot } from "./snapshot";

/** Undo steps kept (each user action or pane change is one engine entry; see ./undoHistory). */
export const UNDO_STEPS = 100;

const engineDateTime = HyperFormula.defaultConfig.parseDateTime;

/**
 * HyperFormula's own date and time reading, without its string work for text that cannot be
 * either: under its default formats (DD/MM/YYYY, DD/MM/YY, hh:mm, hh:mm:ss.sss) a date needs
 * a digit (a day or month of 0 is refused) and a time a digit or a colon (":" reads as 0:00),
 * and text marked as text with an apostrophe is never one (its first check refuses the "'").
 * It runs for every text cell written, four times over, so skipping it for names, labels and
 * marked text is a tenth of writing a census return's 5,000 workers.
 */
const parseDateTime: typeof engineDateTime = (text, dateFormat, timeFormat) => {
  const trimmed = text.trim();
  if (trimmed.startsWith("'") || !/[\d:]/.test(trimmed)) return undefined;
  return engineDateTime(text, dateFormat, timeFormat);
};

/** The engine's settings; `context` is the workbook's SpillTracker, which the bridge reads. */
export const engineConfig = (spills: SpillTracker) => ({
  licenseKey: "gpl-v3",
  maxRows: MAX_ROWS,
  maxColumns: MAX_COLUMNS,
  // Maps of filled cells, not row arrays: the engine's own sheet-wide passes (clearing,
  // removing a sheet) then cost what a sheet holds, not its bounding box.
  chooseAddressMappingPolicy: new AlwaysSparse(),
  undoLimit: UNDO_STEPS,
  parseDateTime,
  context: spills,
});

/** Writes sparse cells in few rectangles (./sheetTiles). Call inside a batch. */
export function writeTiles(hf: HyperFormula, sheetId: number, cells: readonly SheetCell[]): void {
  for (const tile of tilesOf(cells)) {
    hf.setCellContents({ sheet: sheetId, row: tile.row, col: tile.col }, tile.values);
  }
}

/**
 * The filled cells of a sheet as raw contents, row by row, from the engine's map of filled
 * cells. A spilled result belongs to its formula, so only the anchor is listed. Formulas are
 * as the engine holds them (see ./formulaText for the text Excel writes).
 */
export function filledCells(hf: HyperFormula, sheetId: number): SheetCell[] {
  const cells: SheetCell[] = [];
  for (const [address] of hf.dependencyGraph.addressMapping.sheetEntries(sheetId)) {
    const formula = hf.getCellFormula(address);
    if (formula !== undefined) {
      cells.push([address.row, address.col, formula]);
      continue;
    }
    if (hf.isCellPartOfArray(address)) continue;
    const raw = hf.getCellSerialized(address);
    if (raw === null || raw === undefined || raw === "") continue;
    cells.push([address.row, address.col, raw instanceof Date ? raw.toISOString() : raw]);
  }
  return cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * How many cells a sheet holds (formulas, values, and cells formulas refer to), read from the
 * engine's map of filled cells without visiting them.
 */
export function filledCellCount(hf: HyperFormula, sheetId: number): number {
  const mapping = hf.dependencyGraph.addressMapping;
  const strategy = mapping.getStrategyForSheetOrThrow(sheetId) as unknown as {
    mapping?: unknown;
  };
  let count = 0;
  if (strategy.mapping instanceof Map) {
    // SparseStrategy: a map of columns, each a map of rows (engineConfig asks for it).
    for (const column of (strategy.mapping as Map<number, Map<number, unknown>>).values()) {
      count += column.size;
    }
  } else {
    for (const entry of mapping.sheetEntries(sheetId)) if (entry) count++;
  }
  return count;
}

/**
 * A new engine holding the snapshot's sheets, and each saved sheet name's name in it (made
 * valid and unique). Sheets whose cells fill most of their bounding box go in as one block
 * (HyperFormula's fastest path); others are written as tiles. `contents` turns a saved cell's
 * content into the engine's (formulas as Excel writes them into the engine's dialect); names
 * those formulas use can be added afterwards (the engine links them when they are). Throws,
 * destroying the half-built engine, if anything fails.
 */
export function buildEngine(
  snapshot: WorkbookSnapshot,
  contents: (sheet: string, cell: SheetCell) => RawCellContent,
  spills: SpillTracker,
): { engine: HyperFormula; names: Map<string, string> } {
  const names = new Map<string, string>();
  const taken: string[] = [];
  for (const sheet of snapshot.sheets) {
    const name = uniqueSheetName(sheet.name, taken);
    names.set(sheet.name, name);
    taken.push(name);
  }
  // Placeholder sheet names keep the order (an object's integer-like keys would sort first);
  // control characters never survive the sheet-name rules, so they cannot clash.
  const dense: Record<string, RawCellContent[][]> = {};
  const sparse: { index: number; cells: SheetCell[] }[] = [];
  snapshot.sheets.forEach((sheet, index) => {
    const name = names.get(sheet.name) ?? sheet.name;
    const cells = sheet.cells.map((cell): SheetCell => {
      const content = contents(name, cell);
      return content === cell[2] ? cell : [cell[0], cell[1], content];
    });
    const grid = denseGrid(cells);
    dense[`\u0001${index}`] = grid ?? [];
    if (!grid) sparse.push({ index, cells });
  });
  const engine = HyperFormula.buildFromSheets(dense, engineConfig(spills));
  try {
    engine.batch(() => {
      for (const { index, cells } of sparse) writeTiles(engine, index, cells);
    });
    snapshot.sheets.forEach((sheet, index) => {
      engine.renameSheet(index, names.get(sheet.name) ?? sheet.name);
    });
    // A restored workbook starts a new history: there is nothing before it to undo to.
    engine.clearUndoStack();
    return { engine, names };
  } catch (error) {
    engine.destroy();
    throw error;
  }
}

/**
 * The cells as one dense block from A1 when they fill at least half of it (a table, the usual
 * import), else null. Bounded so a far-off cell never builds a huge grid.
 */
function denseGrid(cells: readonly SheetCell[]): RawCellContent[][] | null {
  if (cells.length === 0) return [];
  let rows = 0;
  let cols = 0;
  for (const [row, col] of cells) {
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  if (rows * cols > 2 * cells.length + 1024) return null;
  const grid: RawCellContent[][] = Array.from({ length: rows }, () =>
    new Array<RawCellContent>(cols).fill(null),
  );
  for (const [row, col, value] of cells) grid[row][col] = value;
  return grid;
}
