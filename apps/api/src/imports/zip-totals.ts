// Reads a ZIP's central directory (APPNOTE 4.3.12/4.3.16) to learn how many entries it has and how large they
// declare to be unpacked, without unpacking anything. Used to refuse an XLSX "zip bomb" before exceljs inflates
// it. Declared sizes can lie; the row cap and the upload size limit bound what is read afterwards.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
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
