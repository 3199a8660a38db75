// Reads a ZIP's central directory (APPNOTE 4.3.12/4.3.16) to learn how many entries it has and how large they
// declare to be unpacked, without unpacking anything. Used to refuse an XLSX "zip bomb" before exceljs inflates
// it. Declared sizes can lie, so `measureUnpackedSize` then inflates every entry as a stream and counts the bytes.
import { createInflateRaw } from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export interface ZipTotals {
  entries: number;
  uncompressedBytes: number;
}

/** Totals of a ZIP, or null when it is not a well-formed (non-ZIP64) archive. */
export function readZipTotals(bytes: Uint8Array): ZipTotals | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT);
  let eocd = -1;
  for (let at = bytes.length - EOCD_MIN; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64, which no spreadsheet of an acceptable size needs.
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null;
  if (offset + size > eocd) return null;
  let at = offset;
  let uncompressedBytes = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const uncompressed = view.getUint32(at + 24, true);
    if (uncompressed === 0xffffffff) return null;
    uncompressedBytes += uncompressed;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, uncompressedBytes };
}

/** Inflated bytes of one raw-deflate stream, counted chunk by chunk; stops as soon as `budget` is passed. */
function countInflated(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let count = 0;
    inflate.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > budget) {
        inflate.destroy();
        resolve(count);
      }
    });
    inflate.on('end', () => resolve(count));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

/**
 * The real unpacked size of a ZIP, found by inflating every entry as a stream and counting the bytes (memory
 * stays at one chunk); stops early and answers `{ over: true }` once the total passes `limit`. Declared sizes
 * are not trusted. Null when the archive is malformed (bad local header, unknown compression, corrupt data).
 */
export async function measureUnpackedSize(
  bytes: Uint8Array,
  limit: number,
): Promise<{ bytes: number; over: boolean } | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT);
  let eocd = -1;
  for (let at = bytes.length - EOCD_MIN; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) return null;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) return null;
    const data = bytes.subarray(start, start + compressed);
    if (method === 0) total += data.length;
    else if (method === 8) {
      try {
        total += await countInflated(data, limit - total);
      } catch {
        return null;
      }
    } else return null;
    if (total > limit) return { bytes: total, over: true };
  }
  return { bytes: total, over: false };
}
