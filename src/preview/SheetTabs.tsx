/** The sheet tabs under the grid: choose, rename (double-click or F2) and add sheets. */
import { useState } from "react";
import type { WorkbookModel } from "./workbookModel";

export function SheetTabs({ model, active }: { model: WorkbookModel; active: string }) {
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <nav className="sheet-tabs" aria-label="Sheets">
      <div role="tablist" aria-label="Sheet tabs">
        {model.sheetNames().map((name) =>
          renaming === name ? (
            <input
              key={name}
              className="tab-rename"
              aria-label={`New name for sheet ${name}`}
              defaultValue={name}
              autoFocus
              onFocus={(event) => event.currentTarget.select()}
              onBlur={() => setRenaming(null)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  const to = event.currentTarget.value.trim();
                  if (to !== "" && to !== name) model.renameSheet(name, to);
                  setRenaming(null);
                } else if (event.key === "Escape") {
                  setRenaming(null);
                }
              }}
            />
          ) : (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={name === active}
              title="Double-click (or F2) to rename"
              className={name === active ? "tab tab-active" : "tab"}
              onClick={() => model.selectCell(name, { row: 0, col: 0 })}
              onDoubleClick={() => setRenaming(name)}
              onKeyDown={(event) => {
                if (event.key === "F2") setRenaming(name);
              }}
            >
              {name}
            </button>
          ),
        )}
      </div>
      <button
        type="button"
        aria-label="New sheet"
        className="tab-add"
        onClick={() => {
          const name = model.addSheet("Sheet");
          model.selectCell(name, { row: 0, col: 0 });
        }}
      >
        +
      </button>
    </nav>
  );
}
