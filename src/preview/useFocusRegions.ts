/**
 * F6 and Shift+F6 (also Ctrl+F6, which browsers leave to the page more reliably) move the
 * keyboard focus between the workbench's regions, as Excel's F6 does: the grid, the formula
 * bar, the sheet tabs and the task pane. It is the way out of the grid, where Tab moves
 * between cells.
 */
import { useEffect } from "react";

interface Region {
  /** Holds everything that belongs to the region. */
  container: string;
  /** Where focus lands; the first tabbable element in the container when absent. */
  target?: string;
}

const REGIONS: Region[] = [
  { container: ".grid-scroller", target: "[role=grid]" },
  { container: ".formula-row", target: ".formula-bar" },
  { container: ".sheet-tabs", target: '[role=tab][tabindex="0"]' },
  { container: ".taskpane", target: '[role=tab][aria-selected="true"]' },
];

const TABBABLE =
  'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"]), a[href]';

function focusRegion(region: Region): boolean {
  const container = document.querySelector<HTMLElement>(region.container);
  if (!container) return false;
  const target =
    (region.target && container.querySelector<HTMLElement>(region.target)) ??
    container.querySelector<HTMLElement>(TABBABLE);
  if (!target) return false;
  target.focus();
  return document.activeElement === target;
}

/** Moves focus to the next (or previous) region that can take it. */
export function cycleFocus(backwards: boolean): void {
  const current = REGIONS.findIndex((r) =>
    document.querySelector(r.container)?.contains(document.activeElement),
  );
  const n = REGIONS.length;
  // From outside every region (the toolbar, the page), F6 starts at the grid.
  let index = current === -1 ? (backwards ? 0 : n - 1) : current;
  for (let tries = 0; tries < n; tries++) {
    index = (index + (backwards ? n - 1 : 1)) % n;
    if (focusRegion(REGIONS[index])) return;
  }
}

export function useFocusRegions(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "F6" || event.altKey || event.metaKey) return;
      event.preventDefault();
      cycleFocus(event.shiftKey);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
