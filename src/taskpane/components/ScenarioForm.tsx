/**
 * The scenario form: name, horizon, start month, agency policy and every assumption field the
 * core specs put in the form (the advanced ones folded away), then the cohorts.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  AGENCY_POLICIES,
  assumptionField,
  MAX_PROJECTION_MONTHS,
  type AgencyPolicy,
} from "../../core/planning";
import { FORM_FIELDS, openingLine, POLICY_LABELS, type ScenarioDraft } from "../scenarioForm";
import type { PrefillNote } from "../useCohortPrefill";
import { CohortFieldsets } from "./CohortFieldset";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: "8px" },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
    gap: "8px",
    // Grid items default to their content's width; a long option text would overflow the pane.
    "& > *": { minWidth: 0 },
  },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  // A native select is as wide as its longest option unless told otherwise.
  select: { minWidth: 0, maxWidth: "100%" },
  selectElement: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface ScenarioFormProps {
  draft: ScenarioDraft;
  /** What the pre-fill took from the workbook (its cohorts), or why it could not. */
  prefillNote?: PrefillNote | null;
  onEdit: (change: (draft: ScenarioDraft) => ScenarioDraft) => void;
  /** The message naming the field at fault, from the last Run or Save. */
  problem: string | null;
  /** What the pane is doing ("Writing the scenario…"); the buttons wait for it. */
  busy: string | null;
  liveFormula: boolean;
  onLiveFormula: (on: boolean) => void;
  onRun: () => void;
  onSave: () => void;
  onNew: () => void;
  onMonteCarlo: () => void;
  monteCarloRunning: boolean;
}

export function ScenarioForm(props: ScenarioFormProps) {
  const { draft, onEdit, problem, busy } = props;
  const styles = useStyles();
  const assumptionInputs = (advanced: boolean) =>
    FORM_FIELDS.filter((f) => f.advanced === advanced).map((f) => (
      <Field key={f.key} label={f.label}>
        <Input
          type="number"
          value={draft.values[f.key] ?? ""}
          onChange={(_, d) => onEdit((x) => ({ ...x, values: { ...x.values, [f.key]: d.value } }))}
        />
      </Field>
    ));
  return (
    <form
      aria-labelledby="scenario-heading"
      // Our own messages name the field; the browser's bubbles would pre-empt them.
      noValidate
      className={styles.stack}
      onSubmit={(e) => {
        e.preventDefault();
        props.onRun();
      }}
    >
      <Text as="h2" weight="semibold" id="scenario-heading">
        {draft.id ? `Edit scenario "${draft.name}"` : "New scenario"}
      </Text>
      <Text size={200}>{openingLine(draft)}</Text>
      {props.prefillNote && (
        <Text
          size={200}
          role="status"
          className={props.prefillNote.warning ? styles.problem : undefined}
        >
          {props.prefillNote.text}
        </Text>
      )}
      <div className={styles.grid}>
        <Field label="Scenario name" required>
          <Input value={draft.name} onChange={(_, d) => onEdit((x) => ({ ...x, name: d.value }))} />
        </Field>
        <Field label="Months to project">
          <Input
            type="number"
            min={1}
            max={MAX_PROJECTION_MONTHS}
            value={draft.months}
            onChange={(_, d) => onEdit((x) => ({ ...x, months: d.value }))}
          />
        </Field>
        <Field label={assumptionField("startMonth").label}>
          <Input
            value={draft.startMonth}
            onChange={(_, d) => onEdit((x) => ({ ...x, startMonth: d.value }))}
          />
        </Field>
        <Field label={assumptionField("agencyPolicy").label}>
          <Select
            className={styles.select}
            select={{ className: styles.selectElement }}
            value={draft.agencyPolicy}
            onChange={(_, d) => onEdit((x) => ({ ...x, agencyPolicy: d.value as AgencyPolicy }))}
          >
            {AGENCY_POLICIES.map((p) => (
              <option key={p} value={p}>
                {POLICY_LABELS[p]}
              </option>
            ))}
          </Select>
        </Field>
        {assumptionInputs(false)}
      </div>
      <details>
        <summary>More assumptions (newcomers and uncertainty)</summary>
        <div className={styles.grid}>{assumptionInputs(true)}</div>
      </details>

      <CohortFieldsets
        cohorts={draft.cohorts}
        startMonth={draft.startMonth}
        onChange={(cohorts) => onEdit((x) => ({ ...x, cohorts }))}
      />
      <Checkbox
        checked={props.liveFormula}
        onChange={(_, d) => props.onLiveFormula(d.checked === true)}
        label="Also write a live WORKFORCE.PROJECT formula on the sheet"
      />
      {problem && (
        <Text role="alert" className={styles.problem}>
          {problem}
        </Text>
      )}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy !== null}>
          Run scenario to a new sheet
        </Button>
        <Button onClick={props.onSave} disabled={busy !== null}>
          Save scenario
        </Button>
        <Button onClick={props.onNew}>New scenario</Button>
        <Button onClick={props.onMonteCarlo} disabled={props.monteCarloRunning}>
          Monte Carlo bands
        </Button>
      </div>
      {busy && <Text role="status">{busy}</Text>}
    </form>
  );
}
