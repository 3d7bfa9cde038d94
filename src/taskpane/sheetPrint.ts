/**
 * Whether a sheet the pane wrote has been changed since: a fingerprint of its used values,
 * taken right after the pane writes it and saved with the scenario, compared with the sheet as
 * it reads now. Deleting a scenario removes only sheets the user has not changed, unless asked.
 */
import type { SheetValues, WorkbookHost } from "../workbook/types";

/** FNV-1a over UTF-16 code units: short, stable, and enough to tell an edit from none. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The fingerprint of a sheet's used values: where they are and a hash of them. */
export function sheetPrint(used: SheetValues | null): string {
  if (!used) return "empty";
  return `${used.address}:${fnv1a(JSON.stringify(used.values))}`;
}

/**
 * Reads a sheet and fingerprints it; null when the host cannot read it (too big, or gone),
 * which makes the sheet count as changed: kept unless the user asks for it to go.
 */
export async function readSheetPrint(host: WorkbookHost, sheet: string): Promise<string | null> {
  try {
    return sheetPrint(await host.readSheet(sheet));
  } catch {
    return null;
  }
}

export interface SheetStates {
  unchanged: string[];
  /** Changed since the pane wrote them, or written before the pane kept fingerprints. */
  changed: string[];
  gone: string[];
}

/** Where each of a scenario's sheets stands now. */
export async function sheetStates(
  host: WorkbookHost,
  sheets: readonly string[],
  prints: Readonly<Record<string, string>>,
): Promise<SheetStates> {
  const present = new Set(await host.listSheets());
  const states: SheetStates = { unchanged: [], changed: [], gone: [] };
  for (const sheet of sheets) {
    if (!present.has(sheet)) {
      states.gone.push(sheet);
      continue;
    }
    const saved = prints[sheet];
    const now = saved === undefined ? null : await readSheetPrint(host, sheet);
    (now !== null && now === saved ? states.unchanged : states.changed).push(sheet);
  }
  return states;
}
