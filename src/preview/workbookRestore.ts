/**
 * A saved or imported workbook built into a new engine, complete, before anything of the
 * current one is replaced: its sheets (names made valid and unique), its formulas translated
 * into the engine's dialect, its tables and charts on their sheets' new names, and the engine
 * names its formulas reach tables through.
 */
import type { HyperFormula } from "hyperformula";
import { maxOf } from "../core/ranges";
import { toEngineFormula, type TableNameRef } from "./formulaText";
import type { ChartInfo, TableInfo, WorkbookSnapshot } from "./snapshot";
import { SpillTracker } from "./spills";
import { defineTableNames } from "./tableNames";
import { buildEngine } from "./workbookEngine";
import { copyTable } from "./workbookTables";

export interface RestoredWorkbook {
  engine: HyperFormula;
  /** The new engine's own tracker: spill shapes are keyed by address, which it reuses. */
  spills: SpillTracker;
  tables: TableInfo[];
  charts: ChartInfo[];
  nextChartId: number;
  /** Each saved sheet name → its name in the new workbook. */
  sheetNames: Map<string, string>;
}

/** Builds `snapshot` (already checked) into a new engine; throws leaving nothing half-built in use. */
export function buildRestored(snapshot: WorkbookSnapshot): RestoredWorkbook {
  const spills = new SpillTracker();
  // Formulas name tables by their saved names; the names' ranges are defined once the
  // tables have their sheets' names in the new workbook.
  const names: TableNameRef[] = [];
  const built = buildEngine(
    snapshot,
    (sheet, [row, , content]) => {
      if (typeof content !== "string" || !content.startsWith("=")) return content;
      const engine = toEngineFormula(content, { tables: snapshot.tables, sheet, row });
      for (const name of engine.names) names.push(name);
      return engine.text;
    },
    spills,
  );
  const renamed = <T extends { sheet: string }>(item: T): T[] => {
    const name = built.names.get(item.sheet);
    return name ? [{ ...item, sheet: name }] : [];
  };
  const tables = snapshot.tables.map(copyTable).flatMap(renamed);
  try {
    defineTableNames(
      built.engine,
      names.flatMap((ref) => {
        const table = tables.find((t) => t.name === ref.table.name);
        return table ? [{ ...ref, table }] : [];
      }),
    );
  } catch (error) {
    built.engine.destroy();
    throw error;
  }
  const charts = snapshot.charts.flatMap(renamed);
  return {
    engine: built.engine,
    spills,
    tables,
    charts,
    nextChartId:
      maxOf(
        charts.map((c) => c.id),
        0,
      ) + 1,
    sheetNames: built.names,
  };
}
