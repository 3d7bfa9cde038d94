/**
 * The in-cell editor: Enter and Tab commit and move on as in Excel (the grid decides where),
 * Escape abandons the edit, and clicking elsewhere commits it.
 */
import { useRef } from "react";
import { cellAddress } from "../workbook/a1";
import type { CellRef } from "../workbook/a1";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT, type ColumnLayout } from "./gridLayout";

export interface Editing {
  ref: CellRef;
  text: string;
}

export interface Advance {
  key: "Tab" | "Enter";
  shift: boolean;
}

export interface CellEditorProps {
  editing: Editing;
  layout: ColumnLayout;
  onChange: (editing: Editing) => void;
  /**
   * Ends the edit: commit or not, then (after a commit) Tab or Enter moves on; `refocus` is
   * false when focus went elsewhere (a click), so the grid does not take it back.
   */
  onEnd: (commit: boolean, then?: Advance, refocus?: boolean) => void;
}

export function CellEditor({ editing, layout, onChange, onEnd }: CellEditorProps) {
  // Set while a key ends the edit, so the blur that follows does not commit a second time.
  const ending = useRef(false);
  const end = (commit: boolean, then?: Advance) => {
    ending.current = true;
    onEnd(commit, then);
  };
  return (
    <input
      className="cell-editor"
      aria-label={`Edit cell ${cellAddress(editing.ref)}`}
      autoFocus
      value={editing.text}
      style={{
        top: HEADER_HEIGHT + editing.ref.row * ROW_HEIGHT,
        left: ROW_HEADER_WIDTH + layout.left(editing.ref.col),
        minWidth: layout.width(editing.ref.col),
      }}
      onChange={(event) => onChange({ ref: editing.ref, text: event.target.value })}
      onBlur={() => {
        if (!ending.current) onEnd(true, undefined, false);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === "Tab") {
          event.preventDefault();
          end(true, { key: event.key, shift: event.shiftKey });
        } else if (event.key === "Escape") {
          event.preventDefault();
          end(false);
        }
      }}
    />
  );
}
