/**
 * Reads the staffing data through the host, maps its columns and reads its rows.
 * - Refreshes on host.onDataChanged, debounced, so typing in a sheet does not flood Excel.
 * - Keeps the last good result on screen while a refresh runs (no flicker).
 * - Each request takes a sequence number; a response that is not the latest is dropped, so a
 *   slow, stale read can never overwrite a newer one.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import {
  detectColumns,
  readStaffing,
  REQUIRED_COLUMNS,
  type ColumnDetection,
  type ColumnMapping,
  type StaffingRead,
  type ValueMapping,
} from "../core/staffing";
import type { DataBlock, WorkbookHost } from "../workbook/types";
import type { DataSettings } from "./useDataSettings";
import { messageOf } from "./errors";

export const REFRESH_DEBOUNCE_MS = 300;

export interface StaffingData extends StaffingRead {
  block: DataBlock;
  detection: ColumnDetection;
  mapping: ColumnMapping;
  /** True when a required column is missing or a header is ambiguous and the user has not chosen. */
  needsMapping: boolean;
}

export interface StaffingDataState {
  data: StaffingData | null;
  /** True once a read has finished and found nothing to read. */
  empty: boolean;
  loading: boolean;
  error: string | null;
  refresh: () => void;
}

/** Builds the data from a block: the user's mapping (if any, for these headers) wins. */
export function readBlock(
  block: DataBlock,
  chosen: ColumnMapping | null,
  values: ValueMapping,
  referenceDate: number,
): StaffingData {
  const detection = detectColumns(block.headers);
  const mapping = chosen ?? detection.mapping;
  const read = readStaffing(block.headers, block.rows, mapping, { values, referenceDate });
  const accounted =
    read.records.length + read.rejected.length + read.ignoredRows.length + read.blankRows.length;
  if (accounted !== block.rows.length) {
    // readStaffing promises every row is read, rejected, ignored or blank; losing rows silently is the one thing we must not do.
    throw new Error(
      `Internal error: ${block.rows.length} rows in the table but ${accounted} accounted for.`,
    );
  }
  const missing = REQUIRED_COLUMNS.some((c) => mapping[c] === undefined);
  const needsMapping = chosen === null && (missing || detection.ambiguous.length > 0);
  return { ...read, block, detection, mapping, needsMapping };
}

export function headersKey(headers: readonly string[]): string {
  return headers.join("\u0001");
}

/** Reads the staffing data with the saved settings; nothing is read until they are loaded. */
export function useStaffingData(
  host: WorkbookHost,
  settings: DataSettings | null,
): StaffingDataState {
  const [data, setData] = useState<StaffingData | null>(null);
  const [empty, setEmpty] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const refresh = useCallback(() => {
    const current = settingsRef.current;
    if (current === null) return; // the saved settings are still being read
    const request = ++latestRequest.current;
    setLoading(true);
    host.findStaffingData().then(
      (block) => {
        if (request !== latestRequest.current) return; // a newer read has started
        // A transition: React renders the figures in slices and yields between them, so the
        // page around the pane (the workbench's grid) keeps answering keys meanwhile.
        startTransition(() => {
          setError(null);
          if (block === null) {
            setData(null);
            setEmpty(true);
          } else {
            const chosen = current.columns;
            const mapping =
              chosen && chosen.headersKey === headersKey(block.headers) ? chosen.mapping : null;
            try {
              setData(readBlock(block, mapping, current.values, current.referenceDate));
              setEmpty(false);
            } catch (problem) {
              setError(messageOf(problem));
            }
          }
          setLoading(false);
        });
      },
      (problem: unknown) => {
        if (request !== latestRequest.current) return;
        setError(messageOf(problem));
        setLoading(false);
      },
    );
  }, [host]);

  // Read once the settings are loaded, and again whenever the user changes one.
  useEffect(() => {
    refresh();
  }, [refresh, settings]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    let disposed = false;
    host
      .onDataChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(refresh, REFRESH_DEBOUNCE_MS);
      })
      .then(
        (off) => {
          if (disposed) off();
          else unsubscribe = off;
        },
        (problem: unknown) => {
          if (!disposed) setError(messageOf(problem));
        },
      );
    return () => {
      disposed = true;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [host, refresh]);

  return { data, empty, loading, error, refresh };
}
