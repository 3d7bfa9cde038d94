/**
 * The census return's check results: every failing worker with its row, item and reason.
 * Selecting a worker's entry selects that worker's row on the sheet the import wrote.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CensusProblem } from "../../core/census";
import { workerRowAddress, workerSheetRow } from "../censusSheet";
import type { WorkbookHost } from "../../workbook/types";
import { messageOf } from "../errors";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "320px", overflowY: "auto" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: "4px 8px",
    cursor: "pointer",
    background: "none",
    color: tokens.colorNeutralForeground1,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  plain: { padding: "4px 8px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteMarigoldForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Entries shown at once; the rest are counted (a return can have thousands). */
const SHOWN = 500;

function itemText(p: CensusProblem): string {
  if (!p.item) return p.reason;
  const value = p.value !== undefined && p.value !== "" ? ` "${shorten(p.value)}"` : "";
  return `${p.item}${value} ${p.reason}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function CensusProblems({
  problems,
  workerCount,
  sheet,
  host,
  onError,
}: {
  problems: readonly CensusProblem[];
  workerCount: number;
  /** The sheet the workers were written to; null before writing (nothing to select). */
  sheet: string | null;
  host: WorkbookHost;
  onError: (message: string) => void;
}) {
  const styles = useStyles();
  const errors = problems.filter((p) => p.severity === "error").length;
  const workers = new Set(problems.filter((p) => p.worker >= 0).map((p) => p.worker)).size;
  if (problems.length === 0) {
    return <Text>All {workerCount} workers pass the census checks.</Text>;
  }
  const select = (worker: number) => {
    if (sheet === null) return;
    host.selectRange(sheet, workerRowAddress(worker)).catch((e: unknown) => onError(messageOf(e)));
  };
  return (
    <section aria-labelledby="census-checks-heading">
      <Text as="h3" block weight="semibold" id="census-checks-heading">
        Census checks: {errors} error{errors === 1 ? "" : "s"}, {problems.length - errors} warning
        {problems.length - errors === 1 ? "" : "s"} on {workers} of {workerCount} workers
      </Text>
      <Text as="p" block size={200}>
        Invalid items count as missing; no worker is left out. Select a worker to show its row.
      </Text>
      <ul className={styles.list} aria-labelledby="census-checks-heading">
        {problems.slice(0, SHOWN).map((p, i) => {
          const label = p.severity === "error" ? "Error" : "Warning";
          const where =
            p.worker >= 0 && sheet !== null ? `Row ${workerSheetRow(p.worker)}` : p.source;
          const body = (
            <>
              <span className={p.severity === "error" ? styles.error : styles.warning}>
                {label}
              </span>{" "}
              <strong>{where}</strong>
              {p.worker >= 0 && sheet !== null ? ` (${p.source})` : ""}: {itemText(p)}
            </>
          );
          return (
            <li key={i}>
              {p.worker >= 0 && sheet !== null ? (
                <button
                  type="button"
                  className={styles.item}
                  onClick={() => select(p.worker)}
                  aria-label={`${label}, row ${workerSheetRow(p.worker)}: ${itemText(p)}. Select this worker in the sheet.`}
                >
                  {body}
                </button>
              ) : (
                <div className={styles.plain}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {problems.length > SHOWN && (
        <Text size={200}>
          …and {problems.length - SHOWN} more; fix these and import again to see the rest.
        </Text>
      )}
    </section>
  );
}
