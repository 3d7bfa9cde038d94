/**
 * Checks an .xlsx (a zip archive) before any library inflates it, so a zip bomb (a few MB that
 * inflate to gigabytes) is refused with a message instead of freezing the page and exhausting
 * its memory. Two checks: the sizes the archive declares in its central directory, then the
 * sizes its parts really inflate to, counted in a stream and stopped at the limit, since a
 * crafted archive can declare small sizes and hold huge ones.
 */

/**
 * Most bytes the parts of one workbook may inflate to in all: a workbook of 2 million filled
 * cells unpacks to about 100 MB, and parsing much more than this exhausts a browser tab.
 */
export const MAX_INFLATED_BYTES = 300 * 1024 * 1024;

export class ZipProblem extends Error {
  override readonly name = "ZipProblem";
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

const megabytes = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024).toLocaleString("en-GB")} KB`
    : `${Math.round(bytes / (1024 * 1024)).toLocaleString("en-GB")} MB`;

/** The archive's entries, from its central directory. Throws ZipProblem when it is not a zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record is in the last 22 bytes plus up to 64 KB of comment.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipProblem("it is not an .xlsx file (it is not a zip archive)");
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (directoryStart === ZIP64_MARKER || directorySize === ZIP64_MARKER) {
    throw new ZipProblem("it is a ZIP64 archive, which Excel does not write for workbooks");
  }
  if (directoryStart + directorySize > bytes.length) {
    throw new ZipProblem("it is cut short or damaged (its table of contents is missing)");
  }
  const entries: ZipEntry[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new ZipProblem("it is damaged (its table of contents does not read)");
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if (
      entry.compressedSize === ZIP64_MARKER ||
      entry.uncompressedSize === ZIP64_MARKER ||
      entry.localHeaderOffset === ZIP64_MARKER
    ) {
      throw new ZipProblem("it is a ZIP64 archive, which Excel does not write for workbooks");
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new ZipProblem(`it is damaged (its part ${entry.name} cannot be found)`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) {
    throw new ZipProblem(`it is cut short (its part ${entry.name} is incomplete)`);
  }
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Bytes `data` inflates to, counted without keeping them; stops once past `limit`. */
async function inflatedLength(data: Uint8Array, limit: number): Promise<number> {
  // The archive is an ordinary ArrayBuffer read from a file, never shared memory.
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > limit) return total;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * Refuses (ZipProblem) an archive whose parts inflate to more than `limit` bytes, by their
 * declared sizes first and then by really inflating them as a stream.
 */
export async function checkInflatedSize(
  bytes: Uint8Array,
  limit = MAX_INFLATED_BYTES,
): Promise<void> {
  const entries = zipEntries(bytes);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limit) {
    throw new ZipProblem(
      `it would unpack to ${megabytes(declared)}, more than the ${megabytes(limit)} the workbench opens (a file this compressed is usually a "zip bomb", not a workbook)`,
    );
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.method === 0) {
      total += entry.compressedSize;
    } else if (entry.method === 8) {
      // Stop as soon as a part passes what it declares or what is left of the limit.
      const allowed = Math.min(limit - total, entry.uncompressedSize);
      const size = await inflatedLength(entryData(bytes, entry), allowed).catch(() => {
        throw new ZipProblem(`it is damaged (its part ${entry.name} does not unpack)`);
      });
      if (size > entry.uncompressedSize) {
        throw new ZipProblem(
          `its part ${entry.name} unpacks to more than the ${megabytes(entry.uncompressedSize)} it declares, which only a crafted file (a "zip bomb") does`,
        );
      }
      total += size;
    } else {
      throw new ZipProblem(`its part ${entry.name} is compressed in a way Excel files never are`);
    }
    if (total > limit) {
      throw new ZipProblem(
        `it unpacks to more than the ${megabytes(limit)} the workbench opens (a "zip bomb", not a workbook)`,
      );
    }
  }
}
