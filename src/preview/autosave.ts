/**
 * The workbook kept in this browser between visits (localStorage), within its quota, and never
 * in a way that can stop the workbench starting:
 * - saving a workbook too big for the quota says so and leaves the workbench working;
 * - a save that cannot be reopened is moved aside once (never overwritten by a later damage),
 *   so the user can download it, and the workbench opens without it;
 * - storage that cannot be used at all (blocked, full) only means nothing is kept.
 *
 * Saves are compact: each row's runs of filled cells as [row, first column, ...contents].
 */
import { checkSnapshot, SnapshotError, type SheetCell, type WorkbookSnapshot } from "./snapshot";

export const AUTOSAVE_KEY = "workforce-preview:workbook";
/** Where a save that could not be reopened is kept, as the text it was. */
export const DAMAGED_KEY = "workforce-preview:workbook.damaged";
/** When and why it was set aside. */
export const DAMAGED_INFO_KEY = "workforce-preview:workbook.damaged.info";
const FORMAT_VERSION = 2;

/**
 * Most characters one save may take. Browsers give a site about 5 million characters of
 * localStorage in all; the rest is left for settings and a damaged copy.
 */
export const MAX_SAVE_CHARS = 3_500_000;
/** Above this many filled cells a save cannot fit, so it is not even attempted. */
export const MAX_SAVE_CELLS = 700_000;

type Run = [row: number, col: number, ...contents: SheetCell[2][]];

interface CompactSnapshot extends Omit<WorkbookSnapshot, "sheets"> {
  version: typeof FORMAT_VERSION;
  sheets: { name: string; runs: Run[] }[];
}

/** A snapshot as compact runs (cells must be in row order, as snapshots list them). */
export function encodeSnapshot(snapshot: WorkbookSnapshot): string {
  const compact: CompactSnapshot = {
    ...snapshot,
    version: FORMAT_VERSION,
    sheets: snapshot.sheets.map(({ name, cells }) => {
      const runs: Run[] = [];
      let run: Run | null = null;
      for (const [row, col, content] of cells) {
        if (run && run[0] === row && run[1] + run.length - 2 === col) run.push(content);
        else {
          run = [row, col, content];
          runs.push(run);
        }
      }
      return { name, runs };
    }),
  };
  return JSON.stringify(compact);
}

/** A saved text as a checked snapshot (this format, or the earlier list of [row, col, content]). */
export function decodeSnapshot(text: string): WorkbookSnapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SnapshotError("the saved text is cut short or damaged");
  }
  if (
    typeof data === "object" &&
    data !== null &&
    (data as { version?: unknown }).version === FORMAT_VERSION
  ) {
    const compact = data as CompactSnapshot;
    if (!Array.isArray(compact.sheets)) return checkSnapshot(data);
    const sheets = compact.sheets.map((sheet) => {
      const cells: unknown[] = [];
      const runs: unknown = (sheet as { runs?: unknown }).runs;
      if (Array.isArray(runs)) {
        for (const run of runs) {
          if (!Array.isArray(run)) {
            cells.push(run);
            continue;
          }
          for (let i = 2; i < run.length; i++) cells.push([run[0], Number(run[1]) + i - 2, run[i]]);
        }
      }
      return { ...sheet, cells };
    });
    return checkSnapshot({ ...compact, sheets });
  }
  return checkSnapshot(data);
}

export type SaveResult =
  | { status: "saved" }
  | { status: "too big"; cells: number }
  | { status: "unavailable"; reason: string };

export interface DamagedSave {
  text: string;
  reason: string;
  /** When it was set aside (ISO time). */
  at: string;
  /** False when storage had no room for it: only this visit can download it. */
  keptInBrowser: boolean;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}

export class Autosave {
  /** Damaged saves found this visit that storage could not keep (offered for download). */
  private readonly unkept: DamagedSave[] = [];

  constructor(private readonly storage: Storage | null) {}

  /** The saved workbook's text, or null when there is none or storage cannot be read. */
  savedText(): string | null {
    try {
      return this.storage?.getItem(AUTOSAVE_KEY) ?? null;
    } catch {
      return null; // storage blocked by the browser: there is nothing to reopen
    }
  }

  /**
   * Saves the workbook. `cells` is how many cells it holds (WorkbookModel.filledCellCount), so a
   * workbook that cannot fit is refused before any work. A refused save removes the previous
   * one, which would otherwise reopen an older workbook without a word.
   */
  save(cells: number, snapshot: () => WorkbookSnapshot): SaveResult {
    if (!this.storage) return { status: "unavailable", reason: "this browser keeps no storage" };
    if (cells > MAX_SAVE_CELLS) return this.tooBig(cells);
    const text = encodeSnapshot(snapshot());
    if (text.length > MAX_SAVE_CHARS) return this.tooBig(cells);
    try {
      this.storage.setItem(AUTOSAVE_KEY, text);
      return { status: "saved" };
    } catch (error) {
      // Over the quota (shared with everything else this site keeps), or storage refused.
      if (isQuotaError(error)) return this.tooBig(cells);
      return { status: "unavailable", reason: "the browser refused to store it" };
    }
  }

  private tooBig(cells: number): SaveResult {
    this.forget();
    return { status: "too big", cells };
  }

  /** Removes the save (Reload sample starts afresh). */
  forget(): void {
    try {
      this.storage?.removeItem(AUTOSAVE_KEY);
    } catch {
      // Storage blocked: there is nothing to remove.
    }
  }

  /**
   * Moves a save that could not be reopened out of the way, keeping it once: an earlier damaged
   * save is never overwritten (this one is then offered for download this visit only).
   */
  setAside(text: string, reason: string): DamagedSave {
    const damaged: DamagedSave = {
      text,
      reason,
      at: new Date().toISOString(),
      keptInBrowser: false,
    };
    this.forget(); // frees the room the copy needs
    try {
      if (this.storage && this.storage.getItem(DAMAGED_KEY) === null) {
        this.storage.setItem(DAMAGED_KEY, text);
        this.storage.setItem(DAMAGED_INFO_KEY, JSON.stringify({ reason, at: damaged.at }));
        damaged.keptInBrowser = true;
      }
    } catch {
      try {
        this.storage?.removeItem(DAMAGED_KEY);
      } catch {
        // Nothing more can be done with storage; the copy stays downloadable this visit.
      }
    }
    if (!damaged.keptInBrowser) this.unkept.push(damaged);
    return damaged;
  }

  /** Every damaged save there is to offer: the one kept in the browser, then this visit's. */
  damagedSaves(): DamagedSave[] {
    const found: DamagedSave[] = [];
    try {
      const text = this.storage?.getItem(DAMAGED_KEY);
      if (text !== null && text !== undefined) {
        let info: { reason?: unknown; at?: unknown } = {};
        try {
          info = JSON.parse(this.storage?.getItem(DAMAGED_INFO_KEY) ?? "{}") as typeof info;
        } catch {
          // The note beside it is damaged too; the copy itself is what matters.
        }
        found.push({
          text,
          reason: typeof info.reason === "string" ? info.reason : "it could not be reopened",
          at: typeof info.at === "string" ? info.at : "",
          keptInBrowser: true,
        });
      }
    } catch {
      // Storage blocked: only this visit's copies are known.
    }
    return [...found, ...this.unkept];
  }

  /** Deletes the damaged copy kept in the browser (after the user has downloaded it). */
  discardDamaged(): void {
    try {
      this.storage?.removeItem(DAMAGED_KEY);
      this.storage?.removeItem(DAMAGED_INFO_KEY);
    } catch {
      // Storage blocked: nothing is kept there.
    }
  }
}
