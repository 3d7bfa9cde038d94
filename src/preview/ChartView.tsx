/**
 * Draws a ChartSpec (line or column chart, with an optional shaded band behind the series) as
 * SVG over the sheet, reading its ranges live so the chart follows recalculation like a
 * native Excel chart. Colours come from the page's theme (index.html's --chart-* and
 * --series-* variables), so the chart follows light and dark.
 */
import type { CSSProperties } from "react";
import type { ChartSpec } from "../workbook/types";
import { maxOf, minOf } from "../core/ranges";
import { readChartData } from "./chartData";
import { formatNumber } from "./format";
import type { WorkbookModel } from "./workbookModel";

const WIDTH = 480;
const HEIGHT = 280;
const MARGIN = { top: 36, right: 16, bottom: 56, left: 60 };
const SERIES_COLOURS = 6;
const seriesColour = (index: number) => `var(--series-${index % SERIES_COLOURS})`;

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

/**
 * The band's outline: along the upper edge and back along the lower, split where either edge
 * has no value, so a gap in the data leaves a gap in the band.
 */
export function bandPolygons(
  low: readonly (number | null)[],
  high: readonly (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
): string[] {
  const polygons: string[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length > 0) {
      const top = run.map((i) => `${x(i)},${y(high[i] as number)}`);
      const bottom = [...run].reverse().map((i) => `${x(i)},${y(low[i] as number)}`);
      polygons.push([...top, ...bottom].join(" "));
    }
    run = [];
  };
  for (let i = 0; i < Math.max(low.length, high.length); i++) {
    if (low[i] === null || low[i] === undefined || high[i] === null || high[i] === undefined)
      close();
    else run.push(i);
  }
  close();
  return polygons;
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
  const all = [
    ...data.series.flatMap((s) => s.values),
    ...(data.band ? [...data.band.low, ...data.band.high] : []),
  ].filter((v): v is number => v !== null);
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
  const slot = plotW / n;
  const x = (i: number) => MARGIN.left + slot * (i + 0.5);
  const tickFormat = spec.percentAxis ? "0%" : Math.abs(high) >= 1000 ? "#,##0" : "General";
  // At most six category labels, so month labels never overlap.
  const labelEvery = Math.ceil(n / 6);
  const summary = [
    ...data.series.map((s) => `${s.name}: ${s.values.filter((v) => v !== null).length} points`),
    ...(data.band ? [`${data.band.name} shaded`] : []),
  ].join("; ");
  const legend = [
    ...(data.band ? [{ name: data.band.name, fill: "var(--chart-band)" }] : []),
    ...data.series.map((s, i) => ({ name: s.name, fill: seriesColour(i) })),
  ];
  // The legend shares one line: each entry gets an equal slot and a name cut to fit it.
  const entryWidth = Math.min(160, (WIDTH - 20) / Math.max(1, legend.length));
  const maxChars = Math.max(4, Math.floor((entryWidth - 20) / 6));
  const text = (name: string) =>
    name.length > maxChars ? `${name.slice(0, maxChars - 1)}…` : name;

  return (
    <figure className="chart" style={style} data-chart-title={spec.title}>
      <svg
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={`${spec.kind} chart: ${spec.title}. ${summary}`}
      >
        <rect
          x={0}
          y={0}
          width={WIDTH}
          height={HEIGHT}
          style={{ fill: "var(--chart-bg)", stroke: "var(--chart-border)" }}
        />
        <text x={WIDTH / 2} y={22} textAnchor="middle" className="chart-title">
          {spec.title}
        </text>
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(t)}
              y2={y(t)}
              style={{ stroke: "var(--chart-gridline)" }}
            />
            <text x={MARGIN.left - 6} y={y(t) + 4} textAnchor="end" className="chart-tick">
              {formatNumber(t, tickFormat)}
            </text>
          </g>
        ))}
        {data.band &&
          bandPolygons(data.band.low, data.band.high, x, y).map((points, i) => (
            <polygon
              key={i}
              points={points}
              className="chart-band"
              style={{ fill: "var(--chart-band)" }}
            />
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
          const colour = seriesColour(si);
          if (spec.kind === "column") {
            const barW = (slot * 0.8) / data.series.length;
            return (
              <g key={s.name} style={{ fill: colour }}>
                {s.values.map((v, i) =>
                  v === null ? null : (
                    <rect
                      key={i}
                      x={MARGIN.left + slot * i + slot * 0.1 + barW * si}
                      y={Math.min(y(v), y(0))}
                      width={barW}
                      height={Math.abs(y(v) - y(0))}
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
            <polyline
              key={s.name}
              points={points}
              style={{ fill: "none", stroke: colour, strokeWidth: 2 }}
            />
          );
        })}
        <line
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={y(0)}
          y2={y(0)}
          style={{ stroke: "var(--chart-axis)" }}
        />
        {legend.map((entry, i) => (
          <g key={entry.name} transform={`translate(${10 + i * entryWidth} ${HEIGHT - 18})`}>
            <rect width={10} height={10} y={-9} style={{ fill: entry.fill }} />
            <text x={14} className="chart-tick">
              {text(entry.name)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
