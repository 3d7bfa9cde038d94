/** The saved scenarios: open, duplicate, delete (after a confirmation) and compare two to four. */
import { Button, Checkbox, makeStyles, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { SavedScenario } from "../scenarios";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  confirm: { display: "flex", flexDirection: "column", rowGap: "4px", flexBasis: "100%" },
  list: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
  },
});

export interface SavedScenariosProps {
  scenarios: readonly SavedScenario[];
  /** False until the saved scenarios have been read (so "none yet" is never said too early). */
  loaded: boolean;
  busy: boolean;
  compare: readonly string[];
  onCompareChange: (ids: string[]) => void;
  onOpen: (scenario: SavedScenario) => void;
  onDuplicate: (scenario: SavedScenario) => void;
  /** Deletes the scenario, and its sheets only when `withSheets` (they may hold the user's edits). */
  onDelete: (scenario: SavedScenario, withSheets: boolean) => void;
  onCompare: () => void;
}

export function SavedScenarios(props: SavedScenariosProps) {
  const { scenarios, compare, onCompareChange } = props;
  const styles = useStyles();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [withSheets, setWithSheets] = useState(false);
  const ask = (id: string | null) => {
    setConfirming(id);
    setWithSheets(false);
  };
  const count = compare.length;
  return (
    <section aria-labelledby="saved-heading" className={styles.stack}>
      <Text as="h2" weight="semibold" id="saved-heading">
        Saved scenarios
      </Text>
      {props.loaded && scenarios.length === 0 && <Text>No saved scenarios yet.</Text>}
      <ul className={styles.list}>
        {scenarios.map((s) => (
          <li key={s.id} className={styles.row} data-scenario={s.name}>
            <Checkbox
              checked={compare.includes(s.id)}
              onChange={(_, d) =>
                onCompareChange(
                  d.checked === true ? [...compare, s.id] : compare.filter((id) => id !== s.id),
                )
              }
              label={`Compare ${s.name}`}
            />
            <Text size={200}>
              {s.sheets.length === 0 ? "not run yet" : `sheets: ${s.sheets.join(", ")}`}
            </Text>
            <Button size="small" onClick={() => props.onOpen(s)} aria-label={`Open ${s.name}`}>
              Open
            </Button>
            <Button
              size="small"
              onClick={() => props.onDuplicate(s)}
              aria-label={`Duplicate ${s.name}`}
            >
              Duplicate
            </Button>
            {confirming === s.id ? (
              <div role="group" aria-label={`Delete ${s.name}?`} className={styles.confirm}>
                {s.sheets.length > 0 && (
                  <Checkbox
                    checked={withSheets}
                    onChange={(_, d) => setWithSheets(d.checked === true)}
                    label={`Also delete its sheets: ${s.sheets.join(", ")} (any changes you made on them are lost)`}
                  />
                )}
                <div className={styles.row}>
                  <Button
                    size="small"
                    appearance="primary"
                    onClick={() => {
                      ask(null);
                      props.onDelete(s, withSheets);
                    }}
                    aria-label={`Confirm delete ${s.name}`}
                  >
                    {withSheets ? "Delete scenario and sheets" : "Delete scenario"}
                  </Button>
                  <Button size="small" onClick={() => ask(null)} aria-label={`Keep ${s.name}`}>
                    Keep
                  </Button>
                </div>
              </div>
            ) : (
              <Button size="small" onClick={() => ask(s.id)} aria-label={`Delete ${s.name}`}>
                Delete
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button disabled={count < 2 || count > 4 || props.busy} onClick={props.onCompare}>
          Compare selected ({count}) on a new sheet
        </Button>
        {(count === 1 || count > 4) && <Text size={200}>Choose two to four scenarios.</Text>}
      </div>
    </section>
  );
}
