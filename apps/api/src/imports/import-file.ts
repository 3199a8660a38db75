// Uploaded import files: checked by content, kept in the database between the preview and the commit (so any
// API replica can serve either step), owned by the admin who uploaded them, purged after a day.
import { createHash } from 'node:crypto';
import type { ImportKind, PrismaClient } from '@inovda/db';
import { type AuditInput, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { assertSameRegion, type ScopeUser } from '../scope.ts';
import { detectImportFormat } from './detect-format.ts';
import { IMPORT_FILE_TTL_MS, MAX_IMPORT_BYTES } from './limits.ts';

const importFileSelect = {
  id: true,
  regionId: true,
  ownerId: true,
  kind: true,
  format: true,
  fileName: true,
  size: true,
  sha256: true,
  createdAt: true,
} as const;

/** A display name from the client: its last path segment, printable characters only, at most 200. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((char) => char >= ' ' && char !== '\u007f').join('');
  const clean = printable.trim().slice(0, 200);
  return clean || 'impor';
}

export async function storeImportFile(
  prisma: PrismaClient,
  actor: ScopeUser,
  audit: Pick<AuditInput, 'actor' | 'requestId'>,
  input: { kind: ImportKind; fileName: string; bytes: Uint8Array; now: Date },
) {
  if (input.bytes.length > MAX_IMPORT_BYTES)
    throw new AppError('IMPORT.FILE_TOO_LARGE', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  const format = await detectImportFormat(input.bytes);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return prisma.$transaction(async (tx) => {
    await tx.importFile.deleteMany({
      where: {
        regionId: actor.regionId,
        createdAt: { lt: new Date(input.now.getTime() - IMPORT_FILE_TTL_MS) },
      },
    });
    const file = await tx.importFile.create({
      data: {
        regionId: actor.regionId,
        ownerId: actor.id,
        kind: input.kind,
        format,
        fileName: input.fileName,
        size: input.bytes.length,
        sha256,
        content: input.bytes as Uint8Array<ArrayBuffer>,
        createdAt: input.now,
      },
      select: importFileSelect,
    });
    await writeAudit(tx, {
      ...audit,
      action: 'import.upload',
      entity: 'ImportFile',
      entityId: file.id,
      after: { kind: file.kind, format, fileName: file.fileName, size: file.size, sha256 },
    });
    return file;
  });
}

/** The stored file with its content, if it is the caller's (same region, same admin). */
export async function loadImportFile(prisma: Pick<PrismaClient, 'importFile'>, actor: ScopeUser, id: string) {
  const file = await prisma.importFile.findUnique({
    where: { id },
    select: { ...importFileSelect, content: true },
  });
  if (!file) throw new AppError('NOT_FOUND', { entity: 'ImportFile', id });
  assertSameRegion(actor, file.regionId);
  if (file.ownerId !== actor.id) throw new AppError('IMPORT.NOT_OWNER');
  return file;
}
