/**
 * The pane's wrapping rows of controls, in one place: buttons and fields side by side that
 * wrap onto the next line in a narrow pane. `centred` lines up buttons with a progress bar or
 * text; `fields` lines up buttons with the bottom of labelled fields (the label sits above).
 */
import { makeStyles } from "@fluentui/react-components";

export const useRowStyles = makeStyles({
  centred: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  fields: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  grow: { flexGrow: 1 },
});
