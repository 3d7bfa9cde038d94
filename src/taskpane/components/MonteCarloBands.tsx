/** Monte Carlo on the Scenarios tab: the progress of a run with Cancel, then its bands. */
import {
  Button,
  Field,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { Band, MonteCarloResult } from "../../core/planning";
import { formatNumber, formatPercent } from "../format";
import type { MonteCarloState } from "../useMonteCarlo";
import { useRowStyles } from "./rowStyles";

export function MonteCarloBands({
  progress,
  result,
  cancel,
  stale,
}: Pick<MonteCarloState, "progress" | "result" | "cancel"> & {
  /** The form no longer matches what the bands were run from (edited, or a run was refused). */
  stale: boolean;
}) {
  const styles = useRowStyles();
  return (
    <>
      {progress && (
        <div className={styles.centred}>
          <Field
            label={`Monte Carlo: ${progress.done.toLocaleString("en-GB")} of ${progress.total.toLocaleString("en-GB")} runs`}
            className={styles.grow}
          >
            <ProgressBar value={progress.done} max={progress.total} />
          </Field>
          <Button onClick={cancel}>Cancel Monte Carlo</Button>
        </div>
      )}
      {result && <MonteCarloTable result={result} stale={stale} />}
    </>
  );
}

function bandText(b: Band, format: (v: number) => string): string {
  const value = (v: number | null) => (v === null ? "n/a" : format(v));
  return b.p50 === null ? "n/a" : `${format(b.p50)} (${value(b.p10)}–${value(b.p90)})`;
}

function MonteCarloTable({ result, stale }: { result: MonteCarloResult; stale: boolean }) {
  // Every third month keeps the pane readable; the sheet would carry every month.
  const step = result.months.length > 12 ? 3 : 1;
  const indexes = result.months
    .map((_, i) => i)
    .filter((i) => i % step === step - 1 || i === result.months.length - 1);
  return (
    <section aria-labelledby="mc-heading">
      <Text as="h2" weight="semibold" id="mc-heading">
        Monte Carlo bands ({result.runs.toLocaleString("en-GB")} runs): median (10th–90th
        percentile){stale ? " – out of date" : ""}
      </Text>
      {stale && (
        <Text as="p" role="note">
          Out of date: the form has changed since these bands were run. Press Monte Carlo bands
          again to update them.
        </Text>
      )}
      <Table size="small" aria-labelledby="mc-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Month</TableHeaderCell>
            <TableHeaderCell>Caseload per worker</TableHeaderCell>
            <TableHeaderCell>Vacancy rate</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {indexes.map((i) => (
            <TableRow key={result.months[i]}>
              <TableCell>{result.months[i]}</TableCell>
              <TableCell>{bandText(result.caseload[i], (v) => formatNumber(v))}</TableCell>
              <TableCell>{bandText(result.vacancyRate[i], (v) => formatPercent(v))}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
