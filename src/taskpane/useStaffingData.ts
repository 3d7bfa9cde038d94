/**
 * Reads the staffing data through the host, maps its columns and reads its rows.
 * - Refreshes on host.onDataChanged, debounced, so typing in a sheet does not flood Excel.
 * - Keeps the last good result on screen while a refresh runs (no flicker).
 * - Each request takes a sequence number; a response that is not the latest is dropped, so a
 *   slow, stale read can never overwrite a newer one.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  detectColumns,
  readStaffing,
  REQUIRED_COLUMNS,
  type ColumnDetection,
  type ColumnMapping,
  type RejectedRow,
  type StaffingRecord,
} from "../core/staffing";
import type { DataBlock, WorkbookHost } from "../workbook/types";
import { messageOf } from "./errors";

export const REFRESH_DEBOUNCE_MS = 300;

export interface StaffingData {
  block: DataBlock;
  detection: ColumnDetection;
  mapping: ColumnMapping;
  records: StaffingRecord[];
  rejected: RejectedRow[];
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
export function readBlock(block: DataBlock, chosen: ColumnMapping | null): StaffingData {
  const detection = detectColumns(block.headers);
  const mapping = chosen ?? detection.mapping;
  const { records, rejected } = readStaffing(block.headers, block.rows, mapping);
  if (records.length + rejected.length !== block.rows.length) {
    // readStaffing promises every row is either read or rejected; losing rows silently is the one thing we must not do.
    throw new Error(
      `Internal error: ${block.rows.length} rows in the table but ${records.length} read and ${rejected.length} rejected.`,
    );
  }
  const missing = REQUIRED_COLUMNS.some((c) => mapping[c] === undefined);
  const needsMapping = chosen === null && (missing || detection.ambiguous.length > 0);
  return { block, detection, mapping, records, rejected, needsMapping };
}

export function headersKey(headers: readonly string[]): string {
  return headers.join("\u0001");
}

export function useStaffingData(
  host: WorkbookHost,
  chosenMapping: { headersKey: string; mapping: ColumnMapping } | null,
): StaffingDataState {
  const [data, setData] = useState<StaffingData | null>(null);
  const [empty, setEmpty] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);
  const mappingRef = useRef(chosenMapping);
  mappingRef.current = chosenMapping;

  const refresh = useCallback(() => {
    const request = ++latestRequest.current;
    setLoading(true);
    host.findStaffingData().then(
      (block) => {
        if (request !== latestRequest.current) return; // a newer read has started
        setError(null);
        if (block === null) {
          setData(null);
          setEmpty(true);
        } else {
          const chosen = mappingRef.current;
          const mapping =
            chosen && chosen.headersKey === headersKey(block.headers) ? chosen.mapping : null;
          try {
            setData(readBlock(block, mapping));
            setEmpty(false);
          } catch (problem) {
            setError(messageOf(problem));
          }
        }
        setLoading(false);
      },
      (problem: unknown) => {
        if (request !== latestRequest.current) return;
        setError(messageOf(problem));
        setLoading(false);
      },
    );
  }, [host]);

  // Re-read when the user picks a mapping.
  const mappingKey = chosenMapping ? JSON.stringify(chosenMapping) : "";
  useEffect(() => {
    refresh();
  }, [refresh, mappingKey]);

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
