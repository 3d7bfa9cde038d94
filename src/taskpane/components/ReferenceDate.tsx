/**
 * The reference date: leavers and starters count in the year to it (DfE: the year to
 * 30 September). Editable and saved in the workbook; the latest 30 September by default.
 */
import { Button, Field, Input, makeStyles, Text } from "@fluentui/react-components";
import { useState } from "react";
import { longDate, parseDateText, ymdFromSerial, yearTo } from "../../core/dates";
import type { DateNotes } from "../../core/staffing";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  stack: { display: "flex", flexDirection: "column", rowGap: "6px" },
});

/** "30/09/2021", the way a UK user types a date. */
export function ukDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

function notesText(dates: DateNotes): string[] {
  const lines: string[] = [];
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (dates.leavingAfter > 0)
    lines.push(
      `${n(dates.leavingAfter, "leaving date is", "leaving dates are")} after the reference date: still in post on it, not counted as leavers.`,
    );
  if (dates.leavingBefore > 0)
    lines.push(
      `${n(dates.leavingBefore, "leaving date is", "leaving dates are")} before the year: not counted as leavers.`,
    );
  if (dates.startAfter > 0)
    lines.push(
      `${n(dates.startAfter, "start date is", "start dates are")} after the reference date: not counted as starters.`,
    );
  return lines;
}

export function ReferenceDate({
  referenceDate,
  saved,
  dates,
  onSet,
}: {
  referenceDate: number;
  saved: boolean;
  dates: DateNotes | null;
  onSet: (serial: number) => void;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState(ukDate(referenceDate));
  const [problem, setProblem] = useState<string | null>(null);
  const { first, last } = yearTo(referenceDate);

  const set = () => {
    const serial = parseDateText(draft);
    if (serial === null) {
      setProblem(
        `Reference date: "${draft}" is not a date. Type it as dd/mm/yyyy, e.g. 30/09/2025.`,
      );
      return;
    }
    setProblem(null);
    onSet(serial);
  };

  return (
    <section aria-labelledby="reference-heading" className={styles.stack}>
      <Text as="h2" weight="semibold" id="reference-heading">
        Staffing list: reference date
      </Text>
      <Text>
        Leavers and starters count from {longDate(first)} to {longDate(last)}
        {saved ? "." : " (the latest 30 September, as DfE's census counts them)."}
      </Text>
      <div className={styles.row}>
        <Field
          label="Staffing list reference date (dd/mm/yyyy)"
          validationState={problem ? "error" : undefined}
          validationMessage={problem ?? undefined}
        >
          <Input value={draft} onChange={(_, d) => setDraft(d.value)} />
        </Field>
        <Button onClick={set}>Set the list's reference date</Button>
      </div>
      {dates && notesText(dates).map((line) => <Text key={line}>{line}</Text>)}
    </section>
  );
}
