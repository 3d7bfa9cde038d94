/**
 * Zip archives made in the tests: a zip bomb (a small file whose part inflates to hundreds of
 * MB) and one that lies about its sizes. Built by hand, since no library writes a bomb: a
 * deflate block of zeros compressed with a full flush does not depend on what came before, so
 * the same compressed bytes repeated inflate to that many times the zeros.
 */
import { constants, deflateRawSync } from "zlib";

interface Part {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  /** What the archive says the part inflates to. */
  declaredSize: number;
}

function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 14); // CRC: never checked, the archive is refused before that
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, part.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.declaredSize, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    directory.push(entry, name);
    offset += 30 + name.length + part.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/** Deflated bytes that inflate to `megabytes` MB of zeros, built from one repeated block. */
function deflatedZeros(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...new Array<Buffer>(megabytes).fill(block), last]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** An .xlsx-shaped archive whose sheet inflates to `megabytes` MB. `lying`: it declares 1 KB. */
export function zipBomb(megabytes: number, { lying = false } = {}): Buffer {
  const types = Buffer.from(CONTENT_TYPES);
  return zip([
    { name: "[Content_Types].xml", data: deflateRawSync(types), declaredSize: types.length },
    {
      name: "xl/worksheets/sheet1.xml",
      data: deflatedZeros(megabytes),
      declaredSize: lying ? 1024 : megabytes * 1024 * 1024,
    },
  ]);
}
