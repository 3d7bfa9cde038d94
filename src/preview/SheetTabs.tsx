/**
 * The sheet tabs, as Excel has them: one tablist on one line, a single Tab stop (the active
 * sheet's tab; roving tabindex), arrow keys, Home and End between tabs, scroll buttons when
 * the tabs do not fit, F2 or a double-click to rename, and a button for a new sheet.
 */
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { KeyboardEvent as ReactKeyboardEvent } from "react";
import type { WorkbookModel } from "./workbookModel";

export interface SheetTabsProps {
  model: WorkbookModel;
  active: string;
}

export function SheetTabs({ model, active }: SheetTabsProps) {
  const sheets = model.sheetNames();
  // Effects follow the list's contents, not the fresh array each render returns.
  const sheetList = sheets.join("\n");
  const [renaming, setRenaming] = useState<string | null>(null);
  const strip = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState({ left: false, right: false });

  const measure = () => {
    const el = strip.current;
    if (!el) return;
    const left = el.scrollLeft > 0;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setOverflow((o) => (o.left === left && o.right === right ? o : { left, right }));
  };
  useLayoutEffect(() => {
    const el = strip.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(measure, [sheetList]);

  // The active sheet's tab stays in view, whichever way it became active.
  useEffect(() => {
    const tab = strip.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    tab?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [active, sheetList]);

  const open = (name: string) => model.selectCell(name, { row: 0, col: 0 });

  const onTabKeyDown = (event: ReactKeyboardEvent<HTMLButtonElement>, index: number) => {
    const target =
      event.key === "ArrowRight"
        ? Math.min(sheets.length - 1, index + 1)
        : event.key === "ArrowLeft"
          ? Math.max(0, index - 1)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? sheets.length - 1
              : null;
    if (target !== null) {
      event.preventDefault();
      // Automatic activation: the sheet opens as its tab gets focus. Focus moves now, not in a
      // later frame, so a key pressed straight after lands on the new tab.
      open(sheets[target]);
      strip.current?.querySelectorAll<HTMLElement>("[role=tab]")[target]?.focus();
    } else if (event.key === "F2") {
      event.preventDefault();
      setRenaming(sheets[index]);
    }
  };

  const scrollBy = (direction: 1 | -1) => {
    const el = strip.current;
    if (el) el.scrollBy({ left: direction * Math.max(80, el.clientWidth * 0.6) });
  };

  return (
    <nav className="sheet-tabs" aria-label="Sheets">
      {/* Mouse helpers, as Excel's: keyboard users move with the arrow keys in the tablist. */}
      <button
        type="button"
        className="tab-scroll"
        aria-label="Scroll sheet tabs left"
        tabIndex={-1}
        disabled={!overflow.left}
        onClick={() => scrollBy(-1)}
      >
        ◀
      </button>
      <button
        type="button"
        className="tab-scroll"
        aria-label="Scroll sheet tabs right"
        tabIndex={-1}
        disabled={!overflow.right}
        onClick={() => scrollBy(1)}
      >
        ▶
      </button>
      <div
        ref={strip}
        role="tablist"
        aria-label="Sheet tabs"
        className="sheet-tablist"
        onScroll={measure}
      >
        {sheets.map((name, index) =>
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
              tabIndex={name === active ? 0 : -1}
              title="Double-click (or F2) to rename"
              className={name === active ? "tab tab-active" : "tab"}
              onClick={() => open(name)}
              onDoubleClick={() => setRenaming(name)}
              onKeyDown={(event) => onTabKeyDown(event, index)}
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
        onClick={() => open(model.addSheet("Sheet"))}
      >
        +
      </button>
    </nav>
  );
}
