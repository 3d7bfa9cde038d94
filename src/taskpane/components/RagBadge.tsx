/** A RAG status shown as icon + words + colour, so it never relies on colour alone. */
import { makeStyles, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  ErrorCircle16Filled,
  QuestionCircle16Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import type { Rag } from "../../core/status";

const useStyles = makeStyles({
  badge: { display: "inline-flex", alignItems: "center", columnGap: "4px", whiteSpace: "nowrap" },
  green: { color: tokens.colorPaletteGreenForeground1 },
  amber: { color: tokens.colorPaletteDarkOrangeForeground1 },
  red: { color: tokens.colorPaletteRedForeground1 },
  none: { color: tokens.colorNeutralForeground3 },
});

export const RAG_WORDS: Readonly<Record<Rag, string>> = {
  green: "Green: on target",
  amber: "Amber: near target",
  red: "Red: off target",
};

export function RagBadge({ rag, reason }: { rag: Rag | null; reason?: string }) {
  const styles = useStyles();
  if (rag === null) {
    return (
      <span className={`${styles.badge} ${styles.none}`} title={reason}>
        <QuestionCircle16Regular aria-hidden />
        <span>No status{reason ? ` (${reason})` : ""}</span>
      </span>
    );
  }
  const Icon =
    rag === "green"
      ? CheckmarkCircle16Filled
      : rag === "amber"
        ? Warning16Filled
        : ErrorCircle16Filled;
  return (
    <span className={`${styles.badge} ${styles[rag]}`} data-rag={rag}>
      <Icon aria-hidden />
      <span>{RAG_WORDS[rag]}</span>
    </span>
  );
}
