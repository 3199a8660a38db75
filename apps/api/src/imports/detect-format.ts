// The format of an uploaded import file, read from its bytes (never from its name or declared type): an XLSX
// (a ZIP that file-type recognises as an Office Open XML workbook) or CSV text. Everything else is refused with
// a reason the admin can act on (an old .xls, a PDF renamed to .xlsx, an empty file).
import type { ImportFormat } from '@inovda/db';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors.ts';
import { MAX_XLSX_UNCOMPRESSED_BYTES } from './limits.ts';
import { measureUnpackedSize, readZipTotals } from './zip-totals.ts';

const SNIFF_BYTES = 64 * 1024;
/** C0 control bytes allowed in text: tab, LF, FF, CR and ESC; any other (NUL above all) means binary. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function looksLikeText(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return true;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x20 && !TEXT_CONTROLS.has(byte)) return false;
  }
  return true;
}

/** XLSX or CSV, or an AppError (IMPORT.EMPTY_FILE, IMPORT.LEGACY_XLS, IMPORT.UNSUPPORTED_TYPE, IMPORT.UNREADABLE). */
export async function detectImportFormat(bytes: Uint8Array): Promise<ImportFormat> {
  if (bytes.length === 0) throw new AppError('IMPORT.EMPTY_FILE');
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === 'xlsx') {
    const totals = readZipTotals(bytes);
    if (!totals) throw new AppError('IMPORT.UNREADABLE', { reason: 'zip' });
    const tooLarge = () =>
      new AppError('IMPORT.TOO_LARGE_UNPACKED', { maxMb: MAX_XLSX_UNCOMPRESSED_BYTES / 1024 / 1024 });
    if (totals.uncompressedBytes > MAX_XLSX_UNCOMPRESSED_BYTES) throw tooLarge();
    // The declared sizes can lie: inflate (streamed, counted) before exceljs unpacks anything into memory.
    const unpacked = await measureUnpackedSize(bytes, MAX_XLSX_UNCOMPRESSED_BYTES);
    if (!unpacked) throw new AppError('IMPORT.UNREADABLE', { reason: 'zip' });
    if (unpacked.over) throw tooLarge();
    return 'XLSX';
  }
  // An OLE2 compound file: the Excel 97-2003 .xls (the same container holds .doc; both are refused).
  if (type?.ext === 'cfb') throw new AppError('IMPORT.LEGACY_XLS');
  if (type) throw new AppError('IMPORT.UNSUPPORTED_TYPE', { detected: ` (${type.mime})` });
  if (looksLikeText(bytes)) return 'CSV';
  throw new AppError('IMPORT.UNSUPPORTED_TYPE', { detected: '' });
}
