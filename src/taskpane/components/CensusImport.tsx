/**
 * "Import census return" on the Data tab: reads a DfE census return (XML, or a CSV table with
 * the item names as headers), writes its workers to a NEW sheet, shows the DfE figures and the
 * census checks, and offers "Plan from this census". Host failures go to `notify`.
 */
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import {
  analyseCensus,
  analyseCensusFile,
  isMissing,
  isoDate,
  MAX_CENSUS_BYTES,
  parseDate,
  tooLargeMessage,
  ukDate,
  type CensusAnalysis,
  type Figure,
} from "../../core/census";
import type { WorkbookHost } from "../../workbook/types";
import type { Notice } from "../notices";
import { asyeInPost, presetFromCensus, type ScenarioPreset } from "../censusPlan";
import { REFERENCE_CELL, writeCensusSheet, type WrittenCensus } from "../censusSheet";
import { messageOf } from "../errors";
import type { Targets } from "../targets";
import { CensusProblems } from "./CensusProblems";

export interface CensusState {
  analysis: CensusAnalysis;
  written: WrittenCensus;
  fileName: string;
  /** A CSV table may hold labels and UK dates; XML may not. */
  lenient: boolean;
}

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto auto",
    columnGap: "12px",
    rowGap: "2px",
    margin: 0,
    "& dd": { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-all",
  },
  hidden: { display: "none" },
});

const number = (f: Figure, digits = 1) =>
  isMissing(f) ? "n/a" : f.toLocaleString("en-GB", { maximumFractionDigits: digits });
const percent = (f: Figure) => (isMissing(f) ? "n/a" : `${(f * 100).toFixed(1)}%`);

function Figures({ analysis }: { analysis: CensusAnalysis }) {
  const styles = useStyles();
  const i = analysis.indicators;
  const asye = asyeInPost(analysis);
  const rows: [string, string][] = [
    ["In post (FTE / headcount)", `${number(i.inpost_fte)} / ${number(i.inpost_headcount, 0)}`],
    ["Agency (FTE)", number(i.agency_fte)],
    ["Vacancies (FTE)", number(i.vacancy_fte)],
    ["Vacancy rate", percent(i.vacancy_rate_fte)],
    ["Agency rate", percent(i.agency_rate_fte)],
    ["Starters / leavers (FTE)", `${number(i.starters_fte)} / ${number(i.leavers_fte)}`],
    ["Turnover rate", percent(i.turnover_rate_fte)],
    ["Caseload (cases per case-holding FTE)", number(i.caseload_fte)],
    ["Absence rate", percent(i.absence_rate_fte)],
    ["In ASYE (headcount)", String(asye.headcount)],
  ];
  return (
    <dl className={styles.figures} aria-label="DfE figures from the census return">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: "contents" }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CensusImport({
  host,
  state,
  onState,
  notify,
  onPlan,
  targets,
}: {
  host: WorkbookHost;
  state: CensusState | null;
  onState: (state: CensusState) => void;
  notify: (notice: Notice) => void;
  onPlan: (preset: ScenarioPreset) => void;
  targets: Targets;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [dateText, setDateText] = useState(state ? isoDate(state.analysis.reference) : "");

  const importFile = async (file: File) => {
    if (file.size > MAX_CENSUS_BYTES) {
      notify({ intent: "error", title: file.name, text: tooLargeMessage(file.size) });
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      const analysis = analyseCensusFile(text, { bytes: file.size });
      if (analysis.workers.length === 0) {
        const why = analysis.problems.filter((p) => p.source === "File").map((p) => p.reason);
        notify({
          intent: "error",
          title: `${file.name} was not imported`,
          text: why.join(" ") || "It holds no workers.",
        });
        return;
      }
      const written = await writeCensusSheet(host, analysis, file.name);
      // The new sheet comes to the front, as Excel shows a sheet it has just added.
      await host.selectRange(written.sheet, "A1");
      // A CSV table (not XML) may hold labels and UK dates, as readCensusFile allows.
      const lenient = !/^\uFEFF?\s*</.test(text);
      onState({ analysis, written, fileName: file.name, lenient });
      setDateText(isoDate(analysis.reference));
      notify({
        intent: "success",
        text: `${analysis.workers.length} workers from ${file.name} written to the new sheet "${written.sheet}".`,
      });
    } catch (e) {
      notify({ intent: "error", text: messageOf(e) });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  };

  const changeReference = (text: string) => {
    setDateText(text);
    const day = parseDate(text);
    if (!state || day === undefined || day === state.analysis.reference) return;
    const analysis = analyseCensus(state.analysis.census, {
      reference: day,
      lenient: state.lenient,
      blankRows: state.analysis.blankRows,
    });
    onState({ ...state, analysis });
    // The sheet's reference date cell feeds its CENSUS formula: keep it the pane's.
    host
      .writeCells(state.written.sheet, REFERENCE_CELL, [[isoDate(day)]], { replace: true })
      .catch((e: unknown) => notify({ intent: "error", text: messageOf(e) }));
  };

  const dateValid = parseDate(dateText) !== undefined;
  return (
    <section aria-labelledby="census-heading" className={styles.stack}>
      <Text as="h2" weight="semibold" id="census-heading">
        DfE census return
      </Text>
      <Text size={200}>
        Read your children&apos;s social work workforce census return (the XML sent to DfE, or a CSV
        with the census item names as headers) onto a new sheet, with DfE&apos;s figures and checks.
      </Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
          {busy ? "Importing…" : "Import census return"}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xml,.csv,text/xml,application/xml,text/csv"
          aria-label="Census return file"
          data-testid="census-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      {state && (
        <>
          <Text>
            {state.fileName}: {state.analysis.workers.length} workers on the sheet &quot;
            {state.written.sheet}&quot;
            {state.analysis.census.header.lea ? `, LA ${state.analysis.census.header.lea}` : ""}.
          </Text>
          <Field
            label="Reference date"
            hint={
              state.analysis.referenceSource === "header"
                ? "From the return's header."
                : "The return has none; change it to the census date."
            }
            validationState={dateValid ? undefined : "error"}
            validationMessage={dateValid ? undefined : "Enter a date as yyyy-mm-dd or dd/mm/yyyy."}
          >
            <Input value={dateText} onChange={(_, d) => changeReference(d.value)} />
          </Field>
          <Text size={200}>
            Figures on {ukDate(state.analysis.reference)}, as DfE defines them:
          </Text>
          <Figures analysis={state.analysis} />
          <Text size={200}>
            The same figures in a cell:{" "}
            <span className={styles.formula}>{state.written.formula}</span>
          </Text>
          <div>
            <Button onClick={() => onPlan(presetFromCensus(state.analysis, targets))}>
              Plan from this census
            </Button>
          </div>
          <CensusProblems
            problems={state.analysis.problems}
            workerCount={state.analysis.workers.length}
            sheet={state.written.sheet}
            host={host}
            onError={(text) => notify({ intent: "error", text })}
          />
        </>
      )}
    </section>
  );
}
