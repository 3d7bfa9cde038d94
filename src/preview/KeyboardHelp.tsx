/** The page's help for the keyboard: a toolbar button opening a dialog that lists the keys. */
import { useRef } from "react";

const KEYS: [string, string][] = [
  ["Arrow keys", "Move one cell"],
  [
    "Ctrl+Arrow",
    "Move to the edge of the data (the last filled cell before a gap, or the next filled cell)",
  ],
  ["Shift+Arrow, Ctrl+Shift+Arrow", "Extend the selection one cell, or to the edge of the data"],
  ["Home, Ctrl+Home", "Move to the start of the row, or to A1"],
  ["Ctrl+End", "Move to the last used cell (last used row and column)"],
  ["Shift+Home, Ctrl+Shift+Home, Ctrl+Shift+End", "Extend the selection the same way"],
  ["Page Down, Page Up", "Move one screen down or up"],
  ["Tab, Shift+Tab", "Move right or left; Tab never leaves the grid"],
  [
    "Enter, Shift+Enter",
    "Move down or up; after Tabs, Enter goes to the next row under the cell where you started",
  ],
  [
    "Typing, F2",
    "Start editing the cell (F2 keeps its contents); Enter or Tab commits, Esc cancels",
  ],
  ["Delete, Backspace", "Clear the selected cells"],
  ["Ctrl+C, Ctrl+V", "Copy and paste (tab-separated, as Excel puts on the clipboard)"],
  ["Ctrl+Z", "Undo the last change (a typed value, a paste, rows or columns, a pane change)"],
  ["Ctrl+Y, Ctrl+Shift+Z", "Redo what was undone"],
  ["Shift+Space, Ctrl+Space", "Select the whole rows or columns of the selection"],
  [
    "Ctrl+Shift+=, Ctrl+-",
    "Insert or delete the selected rows or columns (for cells: their rows); right-click for both",
  ],
  [
    "F6, Shift+F6 (or Ctrl+F6)",
    "Move between the grid, the formula bar, the sheet tabs and the task pane",
  ],
  ["Left, Right, Home, End (on a sheet tab)", "Open the previous, next, first or last sheet"],
  ["F2 (on a sheet tab)", "Rename the sheet"],
];

export function KeyboardHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} className="help-dialog" aria-labelledby="keyboard-help-title">
        <h2 id="keyboard-help-title">Keyboard shortcuts</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {KEYS.map(([keys, action]) => (
              <tr key={keys}>
                <th scope="row">{keys}</th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
