/** Edits the targets; saves them in the workbook only when the user presses Save. */
import { Button, Field, Input, makeStyles, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { ragLabel, type Rag } from "../../core/status";
import {
  RAG_CHOICES,
  TARGET_FIELDS,
  toDisplay,
  validateTargets,
  type TargetKey,
  type Targets,
} from "../targets";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))",
    gap: "8px",
  },
  actions: { display: "flex", columnGap: "8px", marginTop: "8px" },
});

function draftOf(targets: Targets): Record<TargetKey, string> {
  return Object.fromEntries(
    TARGET_FIELDS.map((f) => [f.key, String(toDisplay(f, targets[f.key]))]),
  ) as Record<TargetKey, string>;
}

export function TargetsEditor({
  targets,
  onSave,
  saving,
}: {
  targets: Targets;
  onSave: (targets: Targets) => void;
  saving: boolean;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState(() => draftOf(targets));
  const [belowBand, setBelowBand] = useState<Rag>(targets.caseloadBelowBand);
  const [errors, setErrors] = useState<Partial<Record<TargetKey, string>>>({});

  const save = () => {
    const result = validateTargets(draft, belowBand);
    if (result.errors) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onSave(result.targets);
  };

  return (
    <form
      aria-labelledby="targets-heading"
      // Our own messages name the field; the browser's bubbles would pre-empt them.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Text as="h2" weight="semibold" id="targets-heading">
        Targets
      </Text>
      <div className={styles.grid}>
        {TARGET_FIELDS.map((field) => (
          <Field
            key={field.key}
            label={`${field.label}${field.unit === "percent" ? " (%)" : ""}`}
            validationState={errors[field.key] ? "error" : "none"}
            validationMessage={errors[field.key]}
          >
            <Input
              type="number"
              inputMode="decimal"
              min={0}
              max={field.max}
              step={field.step}
              value={draft[field.key]}
              onChange={(_, d) => setDraft((prev) => ({ ...prev, [field.key]: d.value }))}
            />
          </Field>
        ))}
        <Field label="A caseload below the band is">
          <Select value={belowBand} onChange={(_, d) => setBelowBand(d.value as Rag)}>
            {RAG_CHOICES.map((rag) => (
              <option key={rag} value={rag}>
                {ragLabel(rag)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? "Saving targets…" : "Save targets"}
        </Button>
        <Button
          type="button"
          onClick={() => {
            setDraft(draftOf(targets));
            setBelowBand(targets.caseloadBelowBand);
          }}
        >
          Undo changes
        </Button>
      </div>
    </form>
  );
}
