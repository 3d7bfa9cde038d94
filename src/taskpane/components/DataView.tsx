/** The Data tab: where the data came from, the column mapping step, and the rejected rows. */
import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  COLUMN_LABELS,
  REQUIRED_COLUMNS,
  type ColumnMapping,
  type StaffingColumn,
} from "../../core/staffing";
import { rowAddress } from "../../workbook/a1";
import type { WorkbookHost } from "../../workbook/types";
import { messageOf } from "../errors";
import type { StaffingData } from "../useStaffingData";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "320px", overflowY: "auto" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: "4px 8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    cursor: "pointer",
    background: "none",
    color: tokens.colorNeutralForeground1,
    border: "none",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  stack: { display: "flex", flexDirection: "column", rowGap: "8px" },
});

const MAPPED_COLUMNS = Object.keys(COLUMN_LABELS) as StaffingColumn[];
const NOT_USED = "(not used)";

/** Sheet row of data row `rowIndex`: the header is at `headerRow`, data starts on the next row. */
export function sheetRowOf(data: StaffingData, rowIndex: number): number {
  return data.block.headerRow + 1 + rowIndex;
}

/** Rows read + rejected + blank = rows in the range; ignored rows are read, then left out. */
export function DataSummaryLine({ data }: { data: StaffingData }) {
  const total = data.block.rows.length;
  const read = data.records.length + data.ignoredRows.length;
  const ignored = data.ignoredRows.length;
  const blank = data.blankRows.length;
  return (
    <Text role="status">
      {read} rows read{ignored > 0 ? ` (${ignored} ignored as you chose)` : ""},{" "}
      {data.rejected.length} rejected, {blank > 0 ? `${blank} blank, ` : ""}of {total} in{" "}
      {data.block.tableName
        ? `table ${data.block.tableName}`
        : `${data.block.sheet}!${data.block.address}`}
      .
    </Text>
  );
}

export function MappingStep({
  data,
  onChoose,
}: {
  data: StaffingData;
  onChoose: (mapping: ColumnMapping) => void;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState<ColumnMapping>(data.mapping);
  const [problem, setProblem] = useState<string | null>(null);
  const headerName = (i: number | undefined) =>
    i === undefined ? NOT_USED : `${data.block.headers[i] || `(blank header, column ${i + 1})`}`;
  const ambiguous = new Set(data.detection.ambiguous.map((a) => a.column));
  const missing = REQUIRED_COLUMNS.filter((c) => data.mapping[c] === undefined);

  const apply = () => {
    const stillMissing = REQUIRED_COLUMNS.filter((c) => draft[c] === undefined);
    if (stillMissing.length > 0) {
      setProblem(`Choose a column for ${stillMissing.map((c) => COLUMN_LABELS[c]).join(", ")}.`);
      return;
    }
    setProblem(null);
    onChoose(draft);
  };

  return (
    <section aria-labelledby="mapping-heading" className={styles.stack}>
      <Text as="h2" weight="semibold" id="mapping-heading">
        Which column is which?
      </Text>
      <Text>
        {missing.length > 0
          ? `No column was found for ${missing.map((c) => COLUMN_LABELS[c]).join(", ")}. `
          : ""}
        {ambiguous.size > 0
          ? `More than one column could be ${[...ambiguous].map((c) => COLUMN_LABELS[c]).join(", ")}. `
          : ""}
        Choose the columns, then apply.
      </Text>
      {MAPPED_COLUMNS.map((column) => {
        const required = REQUIRED_COLUMNS.includes(column);
        const selected = headerName(draft[column]);
        return (
          <Field
            key={column}
            label={`${COLUMN_LABELS[column]} column${required ? " (required)" : ""}`}
            validationState={ambiguous.has(column) ? "warning" : undefined}
            validationMessage={
              ambiguous.has(column)
                ? `Several headers could be ${COLUMN_LABELS[column]}.`
                : undefined
            }
          >
            <Dropdown
              value={selected}
              selectedOptions={[draft[column] === undefined ? "none" : String(draft[column])]}
              onOptionSelect={(_, d) => {
                const index =
                  d.optionValue === "none" || d.optionValue === undefined
                    ? undefined
                    : Number(d.optionValue);
                setDraft((m) => ({ ...m, [column]: index }));
              }}
            >
              {!required && <Option value="none">{NOT_USED}</Option>}
              {data.block.headers.map((h, i) => (
                <Option key={i} value={String(i)} text={h || `(blank header, column ${i + 1})`}>
                  {h || `(blank header, column ${i + 1})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={apply}>
        Apply column choices
      </Button>
    </section>
  );
}

export function RejectedRows({
  data,
  host,
  onError,
}: {
  data: StaffingData;
  host: WorkbookHost;
  onError: (message: string) => void;
}) {
  const styles = useStyles();
  if (data.rejected.length === 0) return <Text>No rows were rejected.</Text>;
  const select = (rowIndex: number) => {
    const address = rowAddress(
      sheetRowOf(data, rowIndex),
      data.block.firstColumn,
      data.block.headers.length,
    );
    host.selectRange(data.block.sheet, address).catch((e: unknown) => onError(messageOf(e)));
  };
  return (
    <section aria-labelledby="rejected-heading">
      <Text as="h2" weight="semibold" id="rejected-heading">
        Rejected rows ({data.rejected.length})
      </Text>
      <Text as="p" size={200}>
        Select a row to show it in the sheet.
      </Text>
      <ul className={styles.list} aria-labelledby="rejected-heading">
        {data.rejected.map((r) => {
          const row = sheetRowOf(data, r.rowIndex);
          return (
            <li key={r.rowIndex}>
              <button
                type="button"
                className={styles.item}
                onClick={() => select(r.rowIndex)}
                aria-label={`Row ${row}: ${r.reason}. Select this row in the sheet.`}
              >
                <strong>Row {row}</strong>: {r.reason}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
