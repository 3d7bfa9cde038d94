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
  badge: { display: "inline-flex", alignItems: "center", columnGap: "4px" },
  icon: { flexShrink: 0 },
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

/** Short words for narrow cells (the per-team table); still icon + word + colour. */
export const RAG_SHORT: Readonly<Record<Rag, string>> = {
  green: "Green",
  amber: "Amber",
  red: "Red",
};

export function RagBadge({
  rag,
  reason,
  compact = false,
}: {
  rag: Rag | null;
  reason?: string;
  compact?: boolean;
}) {
  const styles = useStyles();
  if (rag === null) {
    return (
      <span className={`${styles.badge} ${styles.none}`} title={reason}>
        <QuestionCircle16Regular aria-hidden className={styles.icon} />
        <span>{compact ? "No status" : `No status${reason ? ` (${reason})` : ""}`}</span>
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
    <span className={`${styles.badge} ${styles[rag]}`} data-rag={rag} title={RAG_WORDS[rag]}>
      <Icon aria-hidden className={styles.icon} />
      <span>{compact ? RAG_SHORT[rag] : RAG_WORDS[rag]}</span>
    </span>
  );
}
