/** The scenario form's recruitment cohorts: one fieldset per cohort, and Add cohort. */
import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { COHORT_KINDS, type CohortKind } from "../../core/planning";
import { COHORT_KIND_LABELS, newCohortDraft, type CohortDraft } from "../scenarioForm";

const useStyles = makeStyles({
  cohort: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))",
    gap: "6px",
    alignItems: "end",
    padding: "6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // A fieldset is as wide as its content by default; let it and its fields shrink to the pane.
    minWidth: 0,
    margin: 0,
    "& > *": { minWidth: 0 },
    // Fluent's Input and a native input keep their default width (about 20 characters) unless told.
    "& .fui-Input, & .fui-Select": { minWidth: 0, maxWidth: "100%" },
    "& input": { minWidth: 0, width: "100%" },
  },
  select: { minWidth: 0, maxWidth: "100%" },
  selectElement: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
});

/** The optional number fields of a cohort: draft key, label, and the input's bounds. */
const OPTIONAL_NUMBERS: readonly [
  "rampUpMonths" | "annualTurnover" | "retentionMonths" | "leaveAtContractEnd",
  string,
  number,
  number | undefined,
][] = [
  ["rampUpMonths", "ramp-up months", 0, undefined],
  ["annualTurnover", "annual turnover %", 0, 100],
  ["retentionMonths", "first contract months", 1, undefined],
  ["leaveAtContractEnd", "leaving at contract end %", 0, 100],
];

export function CohortFieldsets({
  cohorts,
  startMonth,
  onChange,
}: {
  cohorts: readonly CohortDraft[];
  /** A new cohort starts in the scenario's first month. */
  startMonth: string;
  onChange: (cohorts: CohortDraft[]) => void;
}) {
  const styles = useStyles();
  const set = (i: number, change: Partial<CohortDraft>) =>
    onChange(cohorts.map((c, j) => (j === i ? { ...c, ...change } : c)));
  const add = () => onChange([...cohorts, newCohortDraft(startMonth)]);
  return (
    <>
      <Text as="h3" weight="semibold" id="cohorts-heading">
        Recruitment cohorts
      </Text>
      {cohorts.length === 0 && (
        <Text>
          No cohorts yet: add international recruits, an ASYE intake, permanent or agency starters.
        </Text>
      )}
      {cohorts.map((c, i) => (
        <fieldset key={i} className={styles.cohort} aria-label={`Cohort ${i + 1}`}>
          <Field label={`Cohort ${i + 1} kind`}>
            <Select
              className={styles.select}
              select={{ className: styles.selectElement }}
              value={c.kind}
              onChange={(_, d) => set(i, { kind: d.value as CohortKind })}
            >
              {COHORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {COHORT_KIND_LABELS[k]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={`Cohort ${i + 1} month (YYYY-MM)`}>
            <Input value={c.month} onChange={(_, d) => set(i, { month: d.value })} />
          </Field>
          <Field label={`Cohort ${i + 1} FTE`}>
            <Input
              type="number"
              min={0}
              value={c.fte}
              onChange={(_, d) => set(i, { fte: d.value })}
            />
          </Field>
          {OPTIONAL_NUMBERS.map(([key, label, min, max]) => (
            <Field key={key} label={`Cohort ${i + 1} ${label} (optional)`}>
              <Input
                type="number"
                min={min}
                max={max}
                value={c[key]}
                onChange={(_, d) => set(i, { [key]: d.value })}
              />
            </Field>
          ))}
          <Field label={`Cohort ${i + 1} label (optional)`}>
            <Input value={c.label} onChange={(_, d) => set(i, { label: d.value })} />
          </Field>
          <Button
            aria-label={`Remove cohort ${i + 1}`}
            onClick={() => onChange(cohorts.filter((_, j) => j !== i))}
          >
            Remove
          </Button>
        </fieldset>
      ))}
      <div className={styles.row}>
        <Button onClick={add}>Add cohort</Button>
      </div>
    </>
  );
}
