/**
 * Values in the Status, Leaver and Case holder columns the add-in does not recognise, each with
 * how many rows hold it, and a choice of what it means. Rows holding them are not counted until
 * the user says; the answers are saved in the workbook and apply to every list.
 */
import { Button, Field, makeStyles, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import {
  COLUMN_LABELS,
  emptyValueMapping,
  STATUS_LABELS,
  type StatusChoice,
  type UnrecognisedValue,
  type ValueMapping,
} from "../../core/staffing";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "8px" },
});

/** More distinct values than this are summarised: a column of free text is not a status. */
const SHOWN = 40;

const FLAG_LABELS = {
  leaver: { yes: "Left in the year", no: "Did not leave" },
  caseHolder: { yes: "Holds cases", no: "Holds no cases" },
} as const;

function choicesFor(value: UnrecognisedValue): [string, string][] {
  if (value.column === "status") return Object.entries(STATUS_LABELS);
  const labels = FLAG_LABELS[value.column];
  return [
    ["yes", labels.yes],
    ["no", labels.no],
  ];
}

const idOf = (v: UnrecognisedValue) => `${v.column}:${v.key}`;

export function ValueMeanings({
  values,
  onApply,
}: {
  values: readonly UnrecognisedValue[];
  onApply: (meanings: ValueMapping) => void;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const shown = values.slice(0, SHOWN);
  const rows = values.reduce((sum, v) => sum + v.count, 0);

  const apply = () => {
    const meanings = emptyValueMapping();
    for (const value of values) {
      const choice = draft[idOf(value)];
      if (choice === undefined) continue;
      if (value.column === "status") meanings.status[value.key] = choice as StatusChoice;
      else meanings[value.column][value.key] = choice === "yes";
    }
    onApply(meanings);
    setDraft({});
  };

  return (
    <section aria-labelledby="values-heading" className={styles.stack}>
      <Text as="h2" weight="semibold" id="values-heading">
        Values the add-in does not recognise
      </Text>
      <Text>
        {rows} row{rows === 1 ? "" : "s"} hold{rows === 1 ? "s" : ""} a value below and{" "}
        {rows === 1 ? "is" : "are"} not counted until you say what it means. Your answers are saved
        in this workbook.
      </Text>
      {shown.map((value) => {
        const choices = choicesFor(value);
        const chosen = draft[idOf(value)];
        const label = `${COLUMN_LABELS[value.column]} "${value.text}" (${value.count} row${value.count === 1 ? "" : "s"})`;
        return (
          <Field key={idOf(value)} label={label}>
            {/* A native select: quick to use with the keyboard, and fine with long lists. */}
            <Select
              value={chosen ?? ""}
              onChange={(_, d) => {
                const picked = d.value;
                setDraft((x) => {
                  const next = { ...x };
                  if (picked === "") delete next[idOf(value)];
                  else next[idOf(value)] = picked;
                  return next;
                });
              }}
            >
              <option value="">Choose what it means</option>
              {choices.map(([key, text]) => (
                <option key={key} value={key}>
                  {text}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      {values.length > SHOWN && (
        <Text>
          …and {values.length - SHOWN} more values. So many different values suggest this column is
          not what it seems: check which column is which.
        </Text>
      )}
      <div>
        <Button appearance="primary" onClick={apply} disabled={Object.keys(draft).length === 0}>
          Apply value meanings
        </Button>
      </div>
    </section>
  );
}
