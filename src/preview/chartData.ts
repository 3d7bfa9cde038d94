/**
 * What a chart's ranges hold now: for drawing it (ChartView) and for the caches an exported
 * chart carries (chartXml).
 */
import type { ChartSpec } from "../workbook/types";
import { parseRange } from "../workbook/a1";
import type { ChartValues } from "./chartXml";
import type { WorkbookModel } from "./workbookModel";

export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  band: { name: string; low: (number | null)[]; high: (number | null)[] } | null;
}

function readCells(model: WorkbookModel, sheet: string, address: unknown) {
  // A chart from a saved workbook may be damaged: a missing range draws nothing.
  const range = typeof address === "string" ? parseRange(address) : null;
  if (!range) return [];
  const values = [];
  for (let row = range.start.row; row <= range.end.row; row++) {
    for (let col = range.start.col; col <= range.end.col; col++) {
      values.push(model.getPlainValue(sheet, { row, col }));
    }
  }
  return values;
}

const numbers = (model: WorkbookModel, sheet: string, address: unknown) =>
  readCells(model, sheet, address).map((v) =>
    typeof v === "number" && Number.isFinite(v) ? v : null,
  );

export function readChartData(model: WorkbookModel, sheet: string, spec: ChartSpec): ChartData {
  const { band } = spec;
  return {
    categories: readCells(model, sheet, spec.categoriesAddress).map((v) =>
      v === null ? "" : String(v),
    ),
    series: spec.series.map((s) => ({
      name: s.name,
      values: numbers(model, sheet, s.valuesAddress),
    })),
    band: band
      ? {
          name: band.name,
          low: numbers(model, sheet, band.lowAddress),
          high: numbers(model, sheet, band.highAddress),
        }
      : null,
  };
}

/** The values to cache in an exported chart: categories as they are, series as numbers. */
export function chartValues(model: WorkbookModel, sheet: string, spec: ChartSpec): ChartValues {
  const { band } = spec;
  return {
    categories: readCells(model, sheet, spec.categoriesAddress).map((v) =>
      typeof v === "number" || typeof v === "string" ? v : v === null ? null : String(v),
    ),
    series: spec.series.map((s) => numbers(model, sheet, s.valuesAddress)),
    band: band
      ? {
          low: numbers(model, sheet, band.lowAddress),
          high: numbers(model, sheet, band.highAddress),
        }
      : null,
  };
}
