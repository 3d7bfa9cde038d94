/**
 * A setting the pane saved in the workbook, read once per host the same way everywhere
 * (readSetting: a damaged value is kept beside it and reported, and what is still valid used).
 */
import { useEffect, useRef, useState } from "react";
import type { WorkbookHost } from "../workbook/types";
import { messageOf } from "./errors";
import type { Notify } from "./notices";
import type { LoadResult } from "./persisted";
import { readSetting } from "./savedSetting";

export interface SavedSettingReport {
  notify: Notify;
  /** The warning's title when the saved value is damaged ("Saved targets could not all be read"). */
  title?: string;
  /** What the pane uses instead of what was lost, for the warning. */
  consequence: string;
}

export interface SavedSetting<T> {
  /** The saved value, or `load(null)`'s fallback until it is read. */
  value: T;
  /** "loading" until read; "failed" when the host could not read it (already reported). */
  status: "loading" | "loaded" | "failed";
  /** Sets the value in the pane (saving it is the caller's job: it knows the text to write). */
  setValue: (value: T | ((current: T) => T)) => void;
}

/**
 * Reads `key` with `load` when the pane opens on `host` (and again for a new host). `load` and
 * `report` are read when the setting is, so they need not be stable.
 */
export function useSavedSetting<T>(
  host: WorkbookHost,
  key: string,
  load: (text: string | null) => LoadResult<T>,
  report: SavedSettingReport,
): SavedSetting<T> {
  const [value, setValue] = useState<T>(() => load(null).value);
  const [status, setStatus] = useState<SavedSetting<T>["status"]>("loading");
  const latest = useRef({ load, report });
  latest.current = { load, report };

  useEffect(() => {
    let live = true;
    const { load: read, report: told } = latest.current;
    setStatus("loading");
    readSetting(
      host,
      key,
      read,
      (text) => {
        if (live) told.notify({ intent: "warning", title: told.title, text });
      },
      told.consequence,
    ).then(
      (result) => {
        if (!live) return;
        setValue(result.value);
        setStatus("loaded");
      },
      (e: unknown) => {
        if (!live) return;
        told.notify({ intent: "error", text: messageOf(e) });
        setStatus("failed");
      },
    );
    return () => {
      live = false;
    };
  }, [host, key]);

  return { value, status, setValue };
}
