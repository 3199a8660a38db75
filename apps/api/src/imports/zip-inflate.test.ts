// The XLSX zip-bomb check counts the bytes it really inflates, not the sizes the archive declares (issue 10,
// finding 5: a 1 MB file that inflated to 1 GB was accepted).
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError, renderMessage } from '../errors.ts';
import { detectImportFormat } from './detect-format.ts';
import { MAX_XLSX_UNCOMPRESSED_BYTES } from './limits.ts';

/** A ZIP whose central directory declares `declared` bytes for every entry, whatever the data inflates to. */
function zipOf(entries: { name: string; data: Buffer; stored?: boolean }[], declared?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = entry.stored ? entry.data : deflateRawSync(entry.data);
    const size = entry.stored ? entry.data.length : (declared ?? entry.data.length);
    const method = entry.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}

const contentTypes = Buffer.from(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
);

describe('XLSX zip bomb', () => {
  it('refuses an XLSX that really inflates beyond the limit while declaring small sizes', async () => {
    const bomb = zipOf(
      [
        { name: '[Content_Types].xml', data: contentTypes, stored: true },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(MAX_XLSX_UNCOMPRESSED_BYTES + 1024) },
      ],
      100,
    );
    expect(bomb.length).toBeLessThan(1_000_000);
    const error = await detectImportFormat(bomb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ appCode: 'IMPORT.TOO_LARGE_UNPACKED' });
    expect(renderMessage('IMPORT.TOO_LARGE_UNPACKED', 'id', (error as AppError).params)).toBe(
      'Berkas XLSX terlalu besar setelah dibuka (lebih dari 100 MB isi). Hapus lembar, gambar atau baris yang tidak perlu, atau bagi menjadi beberapa berkas.',
    );
  });

  it('accepts an XLSX that inflates within the limit', async () => {
    const ok = zipOf([
      { name: '[Content_Types].xml', data: contentTypes, stored: true },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200_000, 0x41) },
    ]);
    await expect(detectImportFormat(ok)).resolves.toBe('XLSX');
  });
});
