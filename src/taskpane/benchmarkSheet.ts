/**
 * Writes the Benchmarks view to a new sheet: a title and source line, the rates and the
 * caseload as two tables (their units differ), and a native column chart of the rates.
 */
import type { BenchmarkMeasure } from "../core/benchmark";
import { isWorkforceError, type WorkforceError } from "../core/errors";
import { columnLetters } from "../workbook/a1";
import type { CellValue, WorkbookHost } from "../workbook/types";

export interface BenchmarkColumn {
  name: string;
  values: Record<BenchmarkMeasure, number | WorkforceError> | null;
}

export interface BenchmarkMeasureRow {
  key: BenchmarkMeasure;
  label: string;
  percent: boolean;
}

export interface BenchmarkSheetInput {
  area: string;
  year: number;
  columns: readonly BenchmarkColumn[];
  measures: readonly BenchmarkMeasureRow[];
}

/** Returns the name of the sheet written. */
export async function writeBenchmarkSheet(
  host: WorkbookHost,
  { area, year, columns, measures }: BenchmarkSheetInput,
): Promise<string> {
  const sheet = await host.addSheet(`Benchmarks – ${area} ${year}`);
  const headers = ["Measure", ...columns.map((c) => c.name)];
  const cells = (m: BenchmarkMeasureRow): CellValue[] => [
    m.label,
    ...columns.map((c) => {
      const v = c.values?.[m.key];
      return v === undefined || isWorkforceError(v) ? null : v;
    }),
  ];
  const rates = measures.filter((m) => m.percent);
  await host.writeCells(sheet, "A1", [
    [`DfE children's social work workforce benchmarks, ${year}: ${area}`],
    [
      "Source: Department for Education, Children's social work workforce. Contains public sector information licensed under the Open Government Licence v3.0.",
    ],
  ]);
  await host.writeTable(sheet, {
    name: "BenchmarkRates",
    topLeft: "A4",
    headers,
    rows: rates.map(cells),
    columnFormats: headers.map((_, i) => (i === 0 ? null : "0.0%")),
  });
  const caseloadTop = 4 + rates.length + 3;
  await host.writeTable(sheet, {
    name: "BenchmarkCaseload",
    topLeft: `A${caseloadTop}`,
    headers,
    rows: measures.filter((m) => !m.percent).map(cells),
    columnFormats: headers.map((_, i) => (i === 0 ? null : "0.0")),
  });
  const lastRateRow = 4 + rates.length;
  await host.addChart(sheet, {
    kind: "column",
    title: `Rates, ${year}: ${area}, region and England`,
    categoriesAddress: `A5:A${lastRateRow}`,
    series: columns.map((c, i) => ({
      name: c.name,
      valuesAddress: `${columnLetters(i + 1)}5:${columnLetters(i + 1)}${lastRateRow}`,
    })),
    anchor: `A${caseloadTop + 4}`,
    percentAxis: true,
  });
  return sheet;
}
