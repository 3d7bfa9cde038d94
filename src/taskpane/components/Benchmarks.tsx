/**
 * The Benchmarks tab: a council's published DfE figures beside its region and England for a
 * chosen year, with the user's own current figures, an accessible SVG chart and a button that
 * writes a table and a native chart to a new sheet.
 */
import {
  Button,
  Combobox,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import {
  benchmarkRow,
  benchmarkYears,
  listAreas,
  regionOf,
  type BenchmarkMeasure,
} from "../../core/benchmark";
import { isWorkforceError, type WorkforceError } from "../../core/errors";
import { maxOf } from "../../core/ranges";
import type { StaffingSummary } from "../../core/summary";
import type { CellValue, WorkbookHost } from "../../workbook/types";
import type { Notice } from "../App";
import { columnLetters } from "../../workbook/a1";
import { messageOf } from "../errors";
import { formatNumber, formatPercent } from "../format";
import { isRecord, parseSaved, salvaged, serialise } from "../persisted";
import { readSetting } from "../savedSetting";

export const BENCHMARK_AREA_SETTING = "workforce.benchmarkArea";

const MEASURES: {
  key: BenchmarkMeasure;
  label: string;
  percent: boolean;
  own: keyof StaffingSummary["total"];
}[] = [
  { key: "vacancy_rate", label: "Vacancy rate", percent: true, own: "vacancyRate" },
  { key: "agency_rate", label: "Agency rate", percent: true, own: "agencyRate" },
  {
    key: "vacancy_agency_cover_rate",
    label: "Vacancy agency cover rate",
    percent: true,
    own: "vacancyAgencyCoverRate",
  },
  { key: "turnover_rate", label: "Turnover rate", percent: true, own: "turnoverRate" },
  { key: "absence_rate", label: "Absence rate", percent: true, own: "absenceRate" },
  { key: "caseload", label: "Caseload per worker", percent: false, own: "caseload" },
];

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "10px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  bar0: { fill: tokens.colorBrandBackground },
  bar1: { fill: tokens.colorPaletteBerryBackground3 },
  bar2: { fill: tokens.colorPaletteTealBackground2 },
  bar3: { fill: tokens.colorPaletteMarigoldBackground3 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "11px" },
});

type Value = number | WorkforceError;

interface Column {
  name: string;
  values: Record<BenchmarkMeasure, Value> | null;
}

export function Benchmarks({
  host,
  summary,
  notify,
}: {
  host: WorkbookHost;
  summary: StaffingSummary | null;
  notify: (notice: Notice) => void;
}) {
  const styles = useStyles();
  const areas = useMemo(() => listAreas().filter((a) => a.level === "Local authority"), []);
  const years = useMemo(() => benchmarkYears(), []);
  const [area, setArea] = useState<string>(areas[0]?.name ?? "");
  const [query, setQuery] = useState<string>(areas[0]?.name ?? "");
  const [year, setYear] = useState<number>(years[years.length - 1] ?? 2025);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    readSetting(
      host,
      BENCHMARK_AREA_SETTING,
      (text) =>
        parseSaved<{ area: string } | null>(text, "benchmark settings", 1, null, (d) => {
          if (!isRecord(d) || typeof d.area !== "string") return "expected a council name.";
          return areas.some((a) => a.name === d.area)
            ? { area: d.area }
            : salvaged(null, [`"${d.area.slice(0, 80)}" is not a council in the DfE figures`]);
        }),
      (text) => live && notify({ intent: "warning", text }),
      "Using the first council in the list.",
    ).then(
      (saved) => {
        const savedArea = saved.value?.area;
        if (live && savedArea) {
          setArea(savedArea);
          setQuery(savedArea);
        }
      },
      (e: unknown) => live && notify({ intent: "error", text: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [host, areas, notify]);

  const chooseArea = (name: string) => {
    setArea(name);
    setQuery(name);
    host
      .setSetting(BENCHMARK_AREA_SETTING, serialise(1, { area: name }))
      .catch((e: unknown) => notify({ intent: "error", text: messageOf(e) }));
  };

  const columns = useMemo((): Column[] => {
    const row = (name: string): Column => {
      const r = benchmarkRow(name, year);
      return { name, values: isWorkforceError(r) ? null : r.values };
    };
    const region = regionOf(area);
    const cols = [row(area), ...(isWorkforceError(region) ? [] : [row(region)]), row("England")];
    if (summary) {
      const own = {} as Record<BenchmarkMeasure, Value>;
      for (const m of MEASURES) own[m.key] = summary.total[m.own];
      cols.push({ name: "Your data (now)", values: own });
    }
    return cols;
  }, [area, year, summary]);

  const show = (m: (typeof MEASURES)[number], v: Value | undefined) =>
    v === undefined ? "n/a" : m.percent ? formatPercent(v) : formatNumber(v);

  const writeSheet = async () => {
    setBusy(true);
    try {
      const sheet = await host.addSheet(`Benchmarks – ${area} ${year}`);
      const headers = ["Measure", ...columns.map((c) => c.name)];
      const cells = (m: (typeof MEASURES)[number]): CellValue[] => [
        m.label,
        ...columns.map((c) => {
          const v = c.values?.[m.key];
          return v === undefined || isWorkforceError(v) ? null : v;
        }),
      ];
      const rates = MEASURES.filter((m) => m.percent);
      await host.writeCells(sheet, "A1", [
        [`DfE children's social work workforce benchmarks, ${year}: ${area}`],
        [
          "Source: Department for Education, Children's social work workforce. Contains public sector information licensed under the Open Government Licence v3.0.",
        ],
      ]);
      // Rates and caseload have different units, so they get separate tables.
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
        rows: MEASURES.filter((m) => !m.percent).map(cells),
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
      notify({ intent: "success", text: `Benchmarks written to the sheet "${sheet}".` });
    } catch (e) {
      notify({ intent: "error", text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  // Until the user types, the list shows every council, not just the one selected.
  const filtered =
    query === area
      ? areas
      : areas.filter((a) => a.name.toLowerCase().includes(query.trim().toLowerCase()));
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Field label="Council">
          <Combobox
            value={query}
            selectedOptions={[area]}
            onChange={(e) => setQuery(e.target.value)}
            onOptionSelect={(_, d) => d.optionValue && chooseArea(d.optionValue)}
            freeform
          >
            {filtered.slice(0, 200).map((a) => (
              <Option key={a.name} value={a.name}>
                {a.name}
              </Option>
            ))}
          </Combobox>
        </Field>
        <Field label="Year">
          <Dropdown
            value={String(year)}
            selectedOptions={[String(year)]}
            onOptionSelect={(_, d) => d.optionValue && setYear(Number(d.optionValue))}
          >
            {years.map((y) => (
              <Option key={y} value={String(y)}>
                {String(y)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Table size="small" aria-label={`Benchmarks for ${area}, ${year}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Measure</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c.name}>{c.name}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {MEASURES.map((m) => (
            <TableRow key={m.key}>
              <TableCell>{m.label}</TableCell>
              {columns.map((c) => {
                const v = c.values?.[m.key];
                return (
                  <TableCell
                    key={c.name}
                    title={v !== undefined && isWorkforceError(v) ? v.message : undefined}
                  >
                    {show(m, v)}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {MEASURES.map((m) => (
        <BarChart
          key={m.key}
          title={`${m.label}, ${year}`}
          bars={columns.map((c) => {
            const v = c.values?.[m.key];
            return {
              name: c.name,
              value: v === undefined || isWorkforceError(v) ? null : v,
              text: show(m, v),
            };
          })}
          classes={[styles.bar0, styles.bar1, styles.bar2, styles.bar3]}
          labelClass={styles.label}
        />
      ))}
      <Text size={200}>
        Source: Department for Education, Children&apos;s social work workforce (Open Government
        Licence v3.0).
      </Text>
      <div>
        <Button onClick={() => void writeSheet()} disabled={busy}>
          {busy ? "Writing benchmarks…" : "Write benchmarks and chart to a new sheet"}
        </Button>
      </div>
    </div>
  );
}

/** A horizontal bar chart in plain SVG: a title and a text description for screen readers, values printed on the bars. */
export function BarChart({
  title,
  bars,
  classes,
  labelClass,
}: {
  title: string;
  bars: { name: string; value: number | null; text: string }[];
  classes: string[];
  labelClass: string;
}) {
  const id = useMemo(() => `chart-${title.replace(/[^A-Za-z0-9]/g, "-")}`, [title]);
  const max =
    maxOf(
      bars.map((b) => b.value ?? 0),
      0,
    ) || 1;
  const rowHeight = 22;
  const labelWidth = 120;
  const width = 320;
  const height = bars.length * rowHeight + 8;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: `${width * 1.4}px` }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{bars.map((b) => `${b.name}: ${b.text}`).join("; ")}</desc>
      {bars.map((b, i) => {
        const barWidth = b.value === null ? 0 : ((width - labelWidth - 50) * b.value) / max;
        const y = 4 + i * rowHeight;
        return (
          <g key={b.name}>
            <text x={0} y={y + 14} className={labelClass}>
              {b.name.length > 18 ? `${b.name.slice(0, 17)}…` : b.name}
            </text>
            <rect
              x={labelWidth}
              y={y + 3}
              width={barWidth}
              height={rowHeight - 8}
              className={classes[i % classes.length]}
            />
            <text x={labelWidth + barWidth + 4} y={y + 14} className={labelClass}>
              {b.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
