// Matrix entries of the bulk import: ADMIN only. Each call gets its own uploaded file, owned by region A's admin,
// so the ADMIN of region B is refused the file (SCOPE.OUT_OF_SCOPE, FORBIDDEN); the limits are not region data.
import { storeImportFile } from '../../src/imports/import-file.ts';
import type { Harness } from '../harness.ts';
import { allowOnly, type MatrixTable } from './types.ts';

let serial = 0;

/** A stored one-row units CSV with a short code no other call uses. */
async function uploadedFile(h: Harness): Promise<{ fileId: string }> {
  serial += 1;
  const csv = `Kode singkat;Nama unit;Jenis unit\r\nMATRIX-${serial};Unit Matriks ${serial};OPD\r\n`;
  const admin = h.users.admin;
  const file = await storeImportFile(
    h.prisma,
    admin,
    { actor: { id: admin.id, regionId: admin.regionId }, requestId: 'matrix' },
    { kind: 'UNITS', fileName: 'matrix.csv', bytes: Buffer.from(csv), now: h.clock.now() },
  );
  return { fileId: file.id };
}

export const importEntries: MatrixTable = {
  'import.limits': { expect: allowOnly('admin', 'otherRegion') },
  'import.preview': { input: uploadedFile, expect: allowOnly('admin') },
  'import.commit': { input: uploadedFile, expect: allowOnly('admin') },
  'import.discard': { input: uploadedFile, expect: allowOnly('admin') },
};
