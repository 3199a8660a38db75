// Housekeeping on a real database with an injected clock: what is past its time goes, what is not stays.
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Upload } from '@tus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/session.ts';
import { createHarness, type Harness } from '../../test/harness.ts';
import { runHousekeeping, sweepPartialUploads, sweepUnattachedEvidence } from './housekeeping.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('housekeeping', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('purges sessions once they expire and login attempts after a day, never earlier', async () => {
    const t0 = h.clock.now();
    const session = await createSession(h.prisma, {
      userId: h.users.viewer.id,
      ip: '10.0.0.9',
      userAgent: null,
      now: t0,
      config: h.auth,
    });
    await h.prisma.loginAttempt.create({
      data: { email: 'x@uji.id', ip: '10.0.0.9', success: false, createdAt: t0 },
    });
    const deps = {
      prisma: h.prisma,
      storage: h.storage,
      uploadDir: join(h.dataDir, 'uploads'),
      uploadGraceMs: DAY,
      evidenceGraceMs: 7 * DAY,
    };
    const early = await runHousekeeping(deps, new Date(t0.getTime() + 23 * HOUR));
    expect(early).toMatchObject({ loginAttempts: 0 });
    expect(await h.prisma.session.count({ where: { id: session.sessionId } })).toBe(1);
    await runHousekeeping(deps, new Date(t0.getTime() + 25 * HOUR));
    expect(await h.prisma.loginAttempt.count({ where: { email: 'x@uji.id' } })).toBe(0);
    expect(await h.prisma.session.count({ where: { id: session.sessionId } })).toBe(1);
    await runHousekeeping(deps, new Date(session.expiresAt.getTime() + 1));
    expect(await h.prisma.session.count({ where: { id: session.sessionId } })).toBe(0);
  });

  it('removes partial uploads older than the grace period, keeps newer ones', async () => {
    const dir = join(h.dataDir, 'tus');
    const store = new FileStore({ directory: dir });
    const t0 = h.clock.now();
    const make = (id: string, createdAt: Date, size = 100) =>
      store.create(new Upload({ id, size, offset: 0, creation_date: createdAt.toISOString() }));
    await make('old', t0);
    await make('new', new Date(t0.getTime() + 20 * HOUR));
    expect(await sweepPartialUploads(dir, new Date(t0.getTime() + 23 * HOUR), DAY)).toBe(0);
    expect(await sweepPartialUploads(dir, new Date(t0.getTime() + 25 * HOUR), DAY)).toBe(1);
    await expect(store.getUpload('old')).rejects.toBeTruthy();
    expect((await store.getUpload('new')).id).toBe('new');
  });

  it('removes evidence never attached within the grace period, with its bytes unless something else uses them', async () => {
    const t0 = h.clock.now();
    const old = new Date(t0.getTime() - 8 * DAY);
    const file = async (text: string, regionId = h.region.id, createdAt = old) => {
      const blob = await h.storage.put(Buffer.from(`%PDF-1.4 ${text}`));
      return h.prisma.evidenceFile.create({
        data: {
          regionId,
          sha256: blob.sha256,
          size: blob.size,
          kind: 'PDF',
          mimeType: 'application/pdf',
          originalName: `${text}.pdf`,
          createdAt,
        },
      });
    };
    const orphan = await file('yatim');
    const recent = await file('baru', h.region.id, new Date(t0.getTime() - DAY));
    const shared = await file('bersama');
    const sharedElsewhere = await h.prisma.evidenceFile.create({
      data: { ...shared, id: undefined, regionId: h.otherRegion.id, createdAt: t0 },
    });
    const reused = await file('dipakai-ulang');
    await h.prisma.auditEvent.create({
      data: {
        regionId: h.region.id,
        action: 'evidence.upload-reused',
        entity: 'EvidenceFile',
        entityId: reused.id,
        at: new Date(t0.getTime() - DAY),
      },
    });
    // Attached once and detached since: the trigger stamped it, so it stays.
    const detached = await file('dilepas');
    const innovation = await h.prisma.innovation.create({
      data: { regionId: h.region.id, unitId: h.units.dinasA, name: 'Uji', urusan: 'kesehatan' },
    });
    const submission = await h.prisma.submission.create({
      data: { periodId: h.period.id, innovationId: innovation.id },
    });
    const answer = await h.prisma.indicatorAnswer.create({
      data: { submissionId: submission.id, code: '16' },
    });
    await h.prisma.answerEvidence.create({ data: { answerId: answer.id, evidenceId: detached.id } });
    expect(
      (await h.prisma.evidenceFile.findUniqueOrThrow({ where: { id: detached.id } })).firstAttachedAt,
    ).not.toBeNull();
    await h.prisma.answerEvidence.deleteMany({ where: { evidenceId: detached.id } });

    const removed = await sweepUnattachedEvidence(h.prisma, h.storage, t0, 7 * DAY);
    expect(removed).toBe(2); // the orphan, and this region's row of the shared content
    const left = new Set((await h.prisma.evidenceFile.findMany({ select: { id: true } })).map((r) => r.id));
    expect([orphan.id, shared.id].filter((id) => left.has(id))).toEqual([]);
    expect([recent.id, sharedElsewhere.id, reused.id, detached.id].every((id) => left.has(id))).toBe(true);
    expect(await h.storage.has(orphan.sha256)).toBe(false);
    expect(await h.storage.has(shared.sha256)).toBe(true);
    const audits = await h.prisma.auditEvent.findMany({
      where: { action: 'evidence.sweep' },
      select: { entityId: true },
    });
    expect(audits.map((a) => a.entityId).sort()).toEqual([orphan.id, shared.id].sort());
  });
});
