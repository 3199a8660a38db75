// The national submission package as a ZIP: inovasi.xlsx, inovasi.csv, one PDF profile per innovation, every
// evidence file named by innovation and indicator, and manifest.json with the sha256 and size of each of those
// files. Generated files are small and built first, so the manifest (and its hash, which the audit records)
// is complete before a byte is sent; evidence is then streamed one file at a time from storage, hashed on the
// way and the archive aborted if a blob does not match its content address. Memory stays bounded by one
// generated document, not by the package size.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Transform, type Writable } from 'node:stream';
import { PREDICATE_LABELS } from '@inovda/domain';
import { ZipArchive } from 'archiver';
import type { Storage } from '../storage/index.ts';
import type { PackageData } from './load-package.ts';
import { type EvidenceEntry, listEvidenceEntries, listProfileEntries } from './package-files.ts';
import { renderProfilePdf } from './profile-pdf.ts';
import { writeInnovationsCsv, writeXlsx } from './workbook.ts';

const MANIFEST_NAME = 'manifest.json';
export const MANIFEST_FORMAT = 'inovda-paket-iid/1';

interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export function sha256Hex(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

export interface PreparedPackage {
  manifest: { files: ManifestFile[] } & Record<string, unknown>;
  manifestJson: Buffer;
  /** sha256 of manifest.json: identifies the package's content (recorded in the audit event). */
  manifestSha256: string;
  /** Streams the ZIP into `out` (an HTTP response); rejects if storage fails or a blob is corrupt. */
  write(out: Writable): Promise<void>;
}

/** Passes bytes through and fails at the end when their sha256 is not `expected`. */
function verifyingStream(expected: string, path: string): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      const actual = hash.digest('hex');
      callback(
        actual === expected
          ? null
          : new Error(`evidence ${path}: content hash ${actual} != address ${expected}`),
      );
    },
  });
}

export async function preparePackage(
  data: PackageData,
  storage: Storage,
  generatedAt: Date,
): Promise<PreparedPackage> {
  const generated: { path: string; content: Buffer }[] = [
    { path: 'inovasi.xlsx', content: await writeXlsx(data, generatedAt) },
    { path: 'inovasi.csv', content: await writeInnovationsCsv(data) },
  ];
  for (const entry of listProfileEntries(data)) {
    generated.push({
      path: entry.path,
      content: await renderProfilePdf(data, entry.innovation, generatedAt),
    });
  }
  const evidence = listEvidenceEntries(data);
  for (const entry of evidence) {
    // A row whose blob is gone is a broken invariant; refuse before anything is sent or audited.
    if (!(await storage.has(entry.evidence.sha256))) {
      throw new Error(`evidence ${entry.evidence.id} has a row but no blob ${entry.evidence.sha256}`);
    }
  }
  const files: ManifestFile[] = [
    ...generated.map(({ path, content }) => ({ path, sha256: sha256Hex(content), size: content.length })),
    ...evidence.map(({ path, evidence: e }) => ({ path, sha256: e.sha256, size: e.size })),
  ];
  const manifest = {
    format: MANIFEST_FORMAT,
    generatedAt: generatedAt.toISOString(),
    region: data.region,
    period: { id: data.period.id, year: data.period.year, name: data.period.name, edition: data.pack.code },
    iid: {
      verified: { iid: data.verified.iid, predicate: PREDICATE_LABELS[data.verified.predicate] },
      claimed: { iid: data.claimed.iid, predicate: PREDICATE_LABELS[data.claimed.predicate] },
    },
    innovations: data.innovations.map((i) => ({
      submissionId: i.submissionId,
      innovationId: i.innovationId,
      name: i.profile.name ?? '',
      unit: i.unit.name,
      state: i.state,
      claimedMaturityX100: i.claimedMaturityX100,
      verifiedMaturityX100: i.verifiedMaturityX100,
    })),
    files,
  };
  const manifestJson = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');

  const write = async (out: Writable) => {
    const archive = new ZipArchive({ zlib: { level: 6 } });
    const failed = new Promise<never>((_resolve, reject) => archive.on('error', reject));
    failed.catch(() => undefined);
    archive.pipe(out);
    const appendAndWait: AppendAndWait = async (source, name, store = false, broken) => {
      const entered = once(archive, 'entry');
      archive.append(source as Buffer, { name, date: generatedAt, store });
      await Promise.race([entered, failed, ...(broken ? [broken] : [])]);
    };
    for (const { path, content } of generated) await appendAndWait(content, path);
    for (const entry of evidence) await appendEvidence(storage, entry, appendAndWait);
    await appendAndWait(manifestJson, MANIFEST_NAME);
    await Promise.race([archive.finalize(), failed]);
  };
  return { manifest, manifestJson, manifestSha256: sha256Hex(manifestJson), write };
}

type AppendAndWait = (
  source: Buffer | NodeJS.ReadableStream,
  name: string,
  store?: boolean,
  broken?: Promise<never>,
) => Promise<void>;

async function appendEvidence(storage: Storage, entry: EvidenceEntry, appendAndWait: AppendAndWait) {
  const stream = await storage.get(entry.evidence.sha256);
  if (!stream)
    throw new Error(`evidence ${entry.evidence.id} has a row but no blob ${entry.evidence.sha256}`);
  const verified = verifyingStream(entry.evidence.sha256, entry.path);
  stream.on('error', (error) => verified.destroy(error));
  // A read failure or a hash mismatch ends the whole package: a ZIP with a wrong file must not complete.
  const broken = once(verified, 'error').then(([error]) => Promise.reject(error as Error));
  broken.catch(() => undefined);
  // Evidence (PDF, JPEG, PNG, MP4) is already compressed: stored as is, not deflated again.
  await appendAndWait(stream.pipe(verified), entry.path, true, broken);
}
