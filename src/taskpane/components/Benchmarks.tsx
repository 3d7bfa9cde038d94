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
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { BenchmarkMeasure } from "../../core/benchmark";
import { isWorkforceError, type WorkforceError } from "../../core/errors";
import type { StaffingSummary } from "../../core/summary";
import { bundledData } from "../../workbook/bundledData";
import type { WorkbookHost } from "../../workbook/types";
import type { Notice } from "../notices";
import { writeBenchmarkSheet, type BenchmarkColumn } from "../benchmarkSheet";
import { messageOf } from "../errors";
import { BarChart } from "./BarChart";
import { useRowStyles } from "./rowStyles";
import { formatNumber, formatPercent } from "../format";
import { isRecord, parseSaved, salvaged, serialise } from "../persisted";
import { useSavedSetting } from "../useSavedSetting";

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
});

type Value = number | WorkforceError;

type Column = BenchmarkColumn;

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
  const rows = useRowStyles();
  const dfe = bundledData().benchmarks;
  const areas = useMemo(() => dfe.areas().filter((a) => a.level === "Local authority"), [dfe]);
  const years = useMemo(() => dfe.years(), [dfe]);
  const [area, setArea] = useState<string>(areas[0]?.name ?? "");
  const [query, setQuery] = useState<string>(areas[0]?.name ?? "");
  const [year, setYear] = useState<number>(years[years.length - 1] ?? 2025);
  const [busy, setBusy] = useState(false);

  const saved = useSavedSetting(
    host,
    BENCHMARK_AREA_SETTING,
    (text) =>
      parseSaved<{ area: string } | null>(text, "benchmark settings", 1, null, (d) => {
        if (!isRecord(d) || typeof d.area !== "string") return "expected a council name.";
        return areas.some((a) => a.name === d.area)
          ? { area: d.area }
          : salvaged(null, [`"${d.area.slice(0, 80)}" is not a council in the DfE figures`]);
      }),
    { notify, consequence: "Using the first council in the list." },
  );
  const savedArea = saved.value?.area;
  // The saved council, once read, is chosen (the user's own choice is saved at once).
  useEffect(() => {
    if (savedArea) {
      setArea(savedArea);
      setQuery(savedArea);
    }
  }, [savedArea]);

  const chooseArea = (name: string) => {
    setArea(name);
    setQuery(name);
    host
      .setSetting(BENCHMARK_AREA_SETTING, serialise(1, { area: name }))
      .catch((e: unknown) => notify({ intent: "error", text: messageOf(e) }));
  };

  const columns = useMemo((): Column[] => {
    const row = (name: string): Column => {
      const r = dfe.row(name, year);
      return { name, values: isWorkforceError(r) ? null : r.values };
    };
    const region = dfe.regionOf(area);
    const cols = [row(area), ...(isWorkforceError(region) ? [] : [row(region)]), row("England")];
    if (summary) {
      const own = {} as Record<BenchmarkMeasure, Value>;
      for (const m of MEASURES) own[m.key] = summary.total[m.own];
      cols.push({ name: "Your data (now)", values: own });
    }
    return cols;
  }, [dfe, area, year, summary]);

  const show = (m: (typeof MEASURES)[number], v: Value | undefined) =>
    v === undefined ? "n/a" : m.percent ? formatPercent(v) : formatNumber(v);

  const writeSheet = async () => {
    setBusy(true);
    try {
      const sheet = await writeBenchmarkSheet(host, { area, year, columns, measures: MEASURES });
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
      <div className={rows.fields}>
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
