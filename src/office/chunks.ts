/**
 * Splitting big reads and writes so that no request to Excel, nor its response, passes
 * Excel on the web's limit of 5 MB ("Resource limits and performance optimization for Office
 * Add-ins", office-js-docs-pr docs/concepts/resource-limits-and-performance-optimization.md:
 * "Split the operation into smaller pieces as needed. Call context.sync() for each
 * sub-operation"). Pure arithmetic, so the rule is tested without Excel.
 */

/** Excel on the web's limit for one request and for one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one write may carry: well under the limit, since the request also carries addresses,
 * property names and the other operations of its batch.
 */
export const WRITE_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Cells per read request. A response's size is not known before it arrives, so reads are cut
 * by cells: 40,000 cells of typical HR data (short text, numbers) is well under 1 MB. A chunk
 * Excel still finds too big is read again in halves (see `halve`).
 */
export const READ_CELLS_PER_REQUEST = 40_000;

/** Bytes a cell value takes in a request or response (UTF-8 JSON), counted without building it. */
export function cellBytes(value: unknown): number {
  if (value === null || value === undefined) return 4; // null
  if (typeof value === "number") return 24; // the longest a double prints as
  if (typeof value === "boolean") return 5;
  if (typeof value !== "string") return 64;
  let bytes = 3; // quotes and a comma
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x22 || code === 0x5c)
      bytes += 6; // escaped in JSON
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one four-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a row takes, with the separators. */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const value of row) bytes += cellBytes(value);
  return bytes;
}

/** A run of rows [start, end) to send in one request. */
export interface RowChunk {
  start: number;
  end: number;
}

/**
 * Consecutive row chunks, each within `budget` bytes by `bytesOf` (a row larger than the budget
 * goes alone: Excel then reports it, and the user is told which limit it passed). At least one
 * chunk, even for no rows, so a caller always syncs once.
 */
export function chunkRows(
  rowCount: number,
  bytesOf: (row: number) => number,
  budget = WRITE_BUDGET_BYTES,
): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let used = 0;
  for (let row = 0; row < rowCount; row++) {
    const bytes = bytesOf(row);
    if (row > start && used + bytes > budget) {
      chunks.push({ start, end: row });
      start = row;
      used = 0;
    }
    used += bytes;
  }
  chunks.push({ start, end: rowCount });
  return chunks;
}

/** Rows per read request for a block `columns` wide. */
export function readRowsPerRequest(columns: number, cells = READ_CELLS_PER_REQUEST): number {
  return Math.max(1, Math.floor(cells / Math.max(1, columns)));
}

/** The two halves of a chunk Excel found too big; null when it is one row already. */
export function halve(chunk: RowChunk): [RowChunk, RowChunk] | null {
  if (chunk.end - chunk.start <= 1) return null;
  const middle = chunk.start + Math.floor((chunk.end - chunk.start) / 2);
  return [
    { start: chunk.start, end: middle },
    { start: middle, end: chunk.end },
  ];
}
