// Packaged evidence is named by its detected content type (issue 10, finding 4: a PDF named .hta was packaged
// as .hta).
import { describe, expect, it } from 'vitest';
import { evidenceFileName } from '../uploads/detect-kind.ts';
import type { PackageData } from './load-package.ts';
import { listEvidenceEntries } from './package-files.ts';

describe('evidence names', () => {
  it('packages a PDF named .hta under .pdf', () => {
    const data = {
      pack: { sid: [{ code: '16' }] },
      innovations: [
        {
          innovationId: 'i1',
          profile: { name: 'Layanan' },
          answers: new Map([
            [
              '16',
              {
                evidence: [
                  {
                    id: 'e1',
                    sha256: 'a',
                    size: 1,
                    kind: 'PDF',
                    mimeType: 'application/pdf',
                    originalName: 'sk.hta',
                  },
                  {
                    id: 'e2',
                    sha256: 'b',
                    size: 1,
                    kind: 'JPEG',
                    mimeType: 'image/jpeg',
                    originalName: 'foto.html',
                  },
                ],
              },
            ],
          ]),
        },
      ],
    } as unknown as PackageData;
    expect(listEvidenceEntries(data).map((e) => e.path)).toEqual([
      'bukti/001-layanan/16-1-sk.pdf',
      'bukti/001-layanan/16-2-foto.jpg',
    ]);
  });

  it.each([
    ['laporan.hta', 'PDF', 'laporan.pdf'],
    ['laporan.pdf', 'PDF', 'laporan.pdf'],
    ['Laporan.PDF', 'PDF', 'Laporan.PDF'],
    ['foto.jpeg', 'JPEG', 'foto.jpeg'],
    ['foto.png', 'JPEG', 'foto.jpg'],
    ['tanpa-ekstensi', 'PNG', 'tanpa-ekstensi.png'],
    ['.hta', 'PDF', 'bukti.pdf'],
    ['v.1.2 final', 'MP4', 'v.1.mp4'],
  ])('%s holding %s is named %s', (given, kind, expected) => {
    expect(evidenceFileName(given, kind)).toBe(expected);
  });
});
