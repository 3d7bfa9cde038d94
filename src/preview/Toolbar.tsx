/**
 * The workbench's title bar: the workbook's name, and Import, Export and Reload sample. Replacing
 * the workbook (an import, the sample) always asks first, and says what happened afterwards,
 * including anything that could not be kept exactly.
 */
import { useRef } from "react";
import type { ChangeEvent } from "react";
import { KeyboardHelp } from "./KeyboardHelp";
import type { WorkbenchNotice } from "./notices";
import { ThemeToggle } from "./ThemeToggle";

export interface ToolbarProps {
  workbookName: string;
  /** Reads the file and replaces the workbook; resolves with notes on what was not kept. */
  onImport: (file: File) => Promise<string[]>;
  /** Downloads the workbook; resolves with the file name used and notes. */
  onExport: () => Promise<{ fileName: string; notes: string[] }>;
  onReset: () => Promise<void>;
  notify: (notice: WorkbenchNotice) => void;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Waits for the browser to paint (so a message shows before a long, blocking step). */
const painted = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function Toolbar({ workbookName, onImport, onExport, onReset, notify }: ToolbarProps) {
  const fileRef = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    notify({ kind: "info", text: `Importing ${file.name}…` });
    await painted();
    try {
      const notes = await onImport(file);
      notify({
        kind: notes.length > 0 ? "warning" : "info",
        text: [`Imported ${file.name}.`, ...notes].join(" "),
      });
    } catch (error) {
      notify({
        kind: "error",
        text: `Could not import ${file.name}: ${messageOf(error)}. Your workbook is unchanged.`,
      });
    }
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    // An import replaces every sheet, so nothing goes without the user's say-so.
    const replace = window.confirm(
      `Replace the current workbook with ${file.name}? Changes you have not exported will be lost: to keep them, choose Cancel and use Export .xlsx first.`,
    );
    if (replace) void importFile(file);
  };

  return (
    <div className="toolbar">
      <h1>
        <span className="workbook-name">{workbookName}</span>
        <span className="app-name"> · Social Care Workforce Planner · preview workbench</span>
      </h1>
      <div className="toolbar-actions">
        <button type="button" onClick={() => fileRef.current?.click()}>
          Import .xlsx
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Import .xlsx file"
          className="visually-hidden"
          // Reached through the Import button, so not a Tab stop of its own.
          tabIndex={-1}
          onChange={onFile}
        />
        <button
          type="button"
          onClick={() => {
            onExport().then(
              ({ fileName, notes }) =>
                notify({
                  kind: notes.length > 0 ? "warning" : "info",
                  text: [`Exported ${fileName}.`, ...notes].join(" "),
                }),
              (error: unknown) =>
                notify({ kind: "error", text: `Could not export: ${messageOf(error)}` }),
            );
          }}
        >
          Export .xlsx
        </button>
        <button
          type="button"
          onClick={() => {
            // The sample replaces every sheet, so nothing goes without the user's say-so.
            const replace = window.confirm(
              "Replace this workbook with the sample? Changes you have not exported to .xlsx will be lost.",
            );
            if (!replace) return;
            onReset().catch((error: unknown) =>
              notify({
                kind: "error",
                text: `Could not reload the sample: ${messageOf(error)}`,
              }),
            );
          }}
        >
          Reload sample
        </button>
        <ThemeToggle />
        <KeyboardHelp />
      </div>
    </div>
  );
}
