/**
 * Reading a setting the pane saved, the same way for every setting: a damaged value is kept
 * beside it in the workbook (persisted.ts `keepDamagedCopy`) and reported with what was lost,
 * and whatever is still valid is used.
 */
import type { WorkbookHost } from "../workbook/types";
import { messageOf } from "./errors";
import { keepDamagedCopy, type LoadResult } from "./persisted";

/**
 * When `result` (read from `text` under `key`) is damaged: keeps the text beside the setting
 * and gives `warn` one message: the problem, then `consequence` (what the pane uses instead),
 * then where the damaged text is kept. Never rejects.
 */
async function reportIfDamaged<T>(
  host: WorkbookHost,
  key: string,
  text: string | null,
  result: LoadResult<T>,
  warn: (message: string) => void,
  consequence: string,
): Promise<void> {
  if (result.status !== "damaged" || text === null) return;
  let kept: string;
  try {
    kept =
      (await keepDamagedCopy(host, key, text)) === null
        ? "Earlier damaged copies already fill the room kept for them, so this one is not kept."
        : "The saved text is kept unchanged in the workbook, so nothing is lost.";
  } catch (error) {
    kept = `The saved text could not be kept: ${messageOf(error)}`;
  }
  warn([result.problem, consequence, kept].filter((part) => part !== "").join(" "));
}

/** Reads `key` with `load`, reporting a damaged value as `reportIfDamaged` does. */
export async function readSetting<T>(
  host: WorkbookHost,
  key: string,
  load: (text: string | null) => LoadResult<T>,
  warn: (message: string) => void,
  consequence: string,
): Promise<LoadResult<T>> {
  const text = await host.getSetting(key);
  const result = load(text);
  await reportIfDamaged(host, key, text, result, warn, consequence);
  return result;
}
