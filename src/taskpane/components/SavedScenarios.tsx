/** The saved scenarios: open, duplicate, delete (after a confirmation) and compare two to four. */
import { Button, Checkbox, makeStyles, Text } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { DeleteChoice } from "../scenarioDelete";
import type { SavedScenario } from "../scenarios";
import type { SheetStates } from "../sheetPrint";

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
  /** Where the scenario's sheets stand (unchanged since written, changed, gone), for the confirmation. */
  inspectSheets: (scenario: SavedScenario) => Promise<SheetStates>;
  /** Deletes the scenario, and of its sheets only those `choice` asks for. */
  onDelete: (scenario: SavedScenario, choice: DeleteChoice) => void;
  onCompare: () => void;
}

export function SavedScenarios(props: SavedScenariosProps) {
  const { scenarios, compare, onCompareChange } = props;
  const styles = useStyles();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [choice, setChoice] = useState<DeleteChoice>(NOTHING);
  const [states, setStates] = useState<SheetStates | null>(null);
  // The scenario whose sheets are being looked at: a late answer for another one is dropped.
  const asked = useRef<string | null>(null);
  const ask = (s: SavedScenario | null) => {
    asked.current = s?.id ?? null;
    setConfirming(s?.id ?? null);
    setChoice(NOTHING);
    setStates(null);
    if (!s) return;
    props.inspectSheets(s).then(
      (found) => {
        if (asked.current === s.id) setStates(found);
      },
      // Unreadable: every sheet counts as changed, so none goes unless asked.
      () => {
        if (asked.current === s.id) setStates({ unchanged: [], changed: [...s.sheets], gone: [] });
      },
    );
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
                {s.sheets.length > 0 && states === null && (
                  <Text size={200}>Checking its sheets…</Text>
                )}
                {states && <DeleteChoices states={states} choice={choice} onChoice={setChoice} />}
                <div className={styles.row}>
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={s.sheets.length > 0 && states === null}
                    onClick={() => {
                      ask(null);
                      props.onDelete(s, choice);
                    }}
                    aria-label={`Confirm delete ${s.name}`}
                  >
                    {choice.unchanged || choice.changed
                      ? "Delete scenario and sheets"
                      : "Delete scenario"}
                  </Button>
                  <Button size="small" onClick={() => ask(null)} aria-label={`Keep ${s.name}`}>
                    Keep
                  </Button>
                </div>
              </div>
            ) : (
              <Button size="small" onClick={() => ask(s)} aria-label={`Delete ${s.name}`}>
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

const NOTHING: DeleteChoice = { unchanged: false, changed: false };

/** The confirmation's choices: the sheets as written, and apart from them the ones changed since. */
function DeleteChoices({
  states,
  choice,
  onChoice,
}: {
  states: SheetStates;
  choice: DeleteChoice;
  onChoice: (choice: DeleteChoice) => void;
}) {
  return (
    <>
      {states.unchanged.length > 0 && (
        <Checkbox
          checked={choice.unchanged}
          onChange={(_, d) => onChoice({ ...choice, unchanged: d.checked === true })}
          label={`Also delete its sheets: ${states.unchanged.join(", ")} (as the pane wrote them)`}
        />
      )}
      {states.changed.length > 0 && (
        <Checkbox
          checked={choice.changed}
          onChange={(_, d) => onChoice({ ...choice, changed: d.checked === true })}
          label={`Also delete the sheets changed since the pane wrote them: ${states.changed.join(", ")} (your changes on them are lost)`}
        />
      )}
      {states.gone.length > 0 && (
        <Text size={200}>Already gone from the workbook: {states.gone.join(", ")}.</Text>
      )}
    </>
  );
}
