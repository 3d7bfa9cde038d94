/**
 * Draws a ChartSpec (line or column chart) as SVG over the sheet, reading its ranges live so
 * the chart follows recalculation like a native Excel chart.
 */
import type { CSSProperties } from "react";
import type { ChartSpec } from "../workbook/types";
import { maxOf, minOf } from "../core/ranges";
import { parseRange } from "../workbook/a1";
import { formatNumber } from "./format";
import type { WorkbookModel } from "./workbookModel";

const WIDTH = 480;
const HEIGHT = 280;
const MARGIN = { top: 36, right: 16, bottom: 56, left: 60 };
const COLOURS = ["#0f6cbd", "#c50f1f", "#107c10", "#8764b8", "#ca5010", "#038387"];

export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

export function readChartData(model: WorkbookModel, sheet: string, spec: ChartSpec): ChartData {
  const readCells = (address: string) => {
    const range = parseRange(address);
    if (!range) return [];
    const values = [];
    for (let row = range.start.row; row <= range.end.row; row++) {
      for (let col = range.start.col; col <= range.end.col; col++) {
        values.push(model.getPlainValue(sheet, { row, col }));
      }
    }
    return values;
  };
  return {
    categories: readCells(spec.categoriesAddress).map((v) => (v === null ? "" : String(v))),
    series: spec.series.map((s) => ({
      name: s.name,
      values: readCells(s.valuesAddress).map((v) =>
        typeof v === "number" && Number.isFinite(v) ? v : null,
      ),
    })),
  };
}

/** Round axis bounds and ticks for values between min and max. */
function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) {
    max = min === 0 ? 1 : min + Math.abs(min) * 0.1;
  }
  const span = max - min;
  const rawStep = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rawStep) ?? rawStep;
  const ticks = [];
  for (let t = Math.floor(min / step) * step; t <= max + step * 1e-9; t += step)
    ticks.push(Number(t.toFixed(10)));
  if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

export function ChartView({
  model,
  sheet,
  spec,
  style,
}: {
  model: WorkbookModel;
  sheet: string;
  spec: ChartSpec;
  style: CSSProperties;
}) {
  const data = readChartData(model, sheet, spec);
  const all = data.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const ticks = niceTicks(minOf(all, 0), maxOf(all, 0));
  const low = ticks[0];
  const high = ticks[ticks.length - 1];
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const n = maxOf(
    data.series.map((s) => s.values.length),
    Math.max(1, data.categories.length),
  );
  const y = (v: number) => MARGIN.top + plotH - ((v - low) / (high - low || 1)) * plotH;
  const band = plotW / n;
  const x = (i: number) => MARGIN.left + band * (i + 0.5);
  const tickFormat = spec.percentAxis ? "0%" : Math.abs(high) >= 1000 ? "#,##0" : "General";
  // At most six category labels, so month labels never overlap.
  const labelEvery = Math.ceil(n / 6);
  const summary = data.series
    .map((s) => `${s.name}: ${s.values.filter((v) => v !== null).length} points`)
    .join("; ");

  return (
    <figure className="chart" style={style} data-chart-title={spec.title}>
      <svg
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={`${spec.kind} chart: ${spec.title}. ${summary}`}
      >
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#fff" stroke="#c8c8c8" />
        <text x={WIDTH / 2} y={22} textAnchor="middle" className="chart-title">
          {spec.title}
        </text>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} stroke="#e6e6e6" />
            <text x={MARGIN.left - 6} y={y(t) + 4} textAnchor="end" className="chart-tick">
              {formatNumber(t, tickFormat)}
            </text>
          </g>
        ))}
        {spec.yAxisTitle && (
          <text
            transform={`translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)`}
            textAnchor="middle"
            className="chart-tick"
          >
            {spec.yAxisTitle}
          </text>
        )}
        {data.categories.map((c, i) =>
          i % labelEvery === 0 ? (
            <text
              key={i}
              x={x(i)}
              y={HEIGHT - MARGIN.bottom + 16}
              textAnchor="middle"
              className="chart-tick"
            >
              {c.length > 10 ? `${c.slice(0, 9)}…` : c}
            </text>
          ) : null,
        )}
        {data.series.map((s, si) => {
          const colour = COLOURS[si % COLOURS.length];
          if (spec.kind === "column") {
            const barW = (band * 0.8) / data.series.length;
            return (
              <g key={s.name}>
                {s.values.map((v, i) =>
                  v === null ? null : (
                    <rect
                      key={i}
                      x={MARGIN.left + band * i + band * 0.1 + barW * si}
                      y={Math.min(y(v), y(0))}
                      width={barW}
                      height={Math.abs(y(v) - y(0))}
                      fill={colour}
                    />
                  ),
                )}
              </g>
            );
          }
          const points = s.values
            .map((v, i) => (v === null ? null : `${x(i)},${y(v)}`))
            .filter((p): p is string => p !== null)
            .join(" ");
          return (
            <polyline key={s.name} points={points} fill="none" stroke={colour} strokeWidth={2} />
          );
        })}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#8a8a8a" />
        {data.series.map((s, si) => (
          <g key={s.name} transform={`translate(${MARGIN.left + si * 130} ${HEIGHT - 18})`}>
            <rect width={10} height={10} y={-9} fill={COLOURS[si % COLOURS.length]} />
            <text x={14} className="chart-tick">
              {s.name.length > 16 ? `${s.name.slice(0, 15)}…` : s.name}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
