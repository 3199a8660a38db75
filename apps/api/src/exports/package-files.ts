// The file list of a package: stable, readable names inside the ZIP. Evidence files are named by innovation
// and indicator (`bukti/003-layanan-antar-obat/16-1-surat-keputusan.pdf`), so a reviewer finds a file without
// the database. The same list feeds export.preview and the ZIP writer.
import { EXTENSION_OF_KIND } from '../uploads/detect-kind.ts';
import type { PackageData, PackageEvidence, PackageInnovation } from './load-package.ts';

export interface EvidenceEntry {
  kind: 'evidence';
  path: string;
  evidence: PackageEvidence;
  innovationId: string;
  code: string;
}

export interface ProfileEntry {
  kind: 'profile';
  path: string;
  innovation: PackageInnovation;
}

/** Lower-case ASCII words joined by '-', at most `max` characters, never empty. */
export function slugify(text: string, max = 50): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'berkas';
}

/** The extension of the detected content type, never the one the uploader gave (a PDF named .hta is .pdf). */
function extensionOf(evidence: PackageEvidence): string {
  return (EXTENSION_OF_KIND as Record<string, string>)[evidence.kind] ?? evidence.kind.toLowerCase();
}

/** The folder of one innovation: its position in the package and its name. */
function innovationFolder(index: number, item: PackageInnovation): string {
  return `${String(index + 1).padStart(3, '0')}-${slugify(item.profile.name ?? item.innovationId)}`;
}

export function listProfileEntries(data: PackageData): ProfileEntry[] {
  return data.innovations.map((innovation, index) => ({
    kind: 'profile',
    path: `profil/${innovationFolder(index, innovation)}.pdf`,
    innovation,
  }));
}

/** Every evidence file of every included answer, in indicator order, numbered within its indicator. */
export function listEvidenceEntries(data: PackageData): EvidenceEntry[] {
  const entries: EvidenceEntry[] = [];
  data.innovations.forEach((item, index) => {
    const folder = innovationFolder(index, item);
    for (const indicator of data.pack.sid) {
      const answer = item.answers.get(indicator.code);
      answer?.evidence.forEach((evidence, n) => {
        const base = slugify(evidence.originalName.replace(/\.[^.]*$/, ''), 40);
        entries.push({
          kind: 'evidence',
          path: `bukti/${folder}/${indicator.code}-${n + 1}-${base}.${extensionOf(evidence)}`,
          evidence,
          innovationId: item.innovationId,
          code: indicator.code,
        });
      });
    }
  });
  return entries;
}
