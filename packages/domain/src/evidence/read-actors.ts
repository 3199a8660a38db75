// Indicator 22's figure: which kinds of actor a document names (reference §4.2, 22 Keterlibatan aktor inovasi).
import { sameWord } from './fuzzy.ts';
import type { TextLine } from './text-lines.ts';

/**
 * The five kinds of stakeholder of indicator 22 ("akademisi, bisnis, komunitas, pemerintah, dan media") and
 * the words that name a party of each kind. Short or ambiguous words are matched exactly (PT, CV, TV); "media
 * sosial" is a channel, not a media actor; bare "masyarakat" names no party.
 */
const ACTOR_WORDS: readonly (readonly [string, readonly (readonly string[])[]])[] = [
  [
    'AKADEMISI',
    [
      ['UNIVERSITAS'],
      ['POLITEKNIK'],
      ['INSTITUT'],
      ['SEKOLAH', 'TINGGI'],
      ['PERGURUAN', 'TINGGI'],
      ['AKADEMISI'],
      ['FAKULTAS'],
    ],
  ],
  [
    'BISNIS',
    [
      ['PT'],
      ['CV'],
      ['BANK'],
      ['BUMD'],
      ['BUMN'],
      ['PERUSAHAAN'],
      ['KOPERASI'],
      ['CSR'],
      ['SWASTA'],
      ['PERSERO'],
      ['UMKM'],
    ],
  ],
  [
    'KOMUNITAS',
    [
      ['KOMUNITAS'],
      ['LSM'],
      ['YAYASAN'],
      ['KARANG', 'TARUNA'],
      ['PKK'],
      ['FORUM'],
      ['ORMAS'],
      ['RELAWAN'],
      ['TOKOH', 'MASYARAKAT'],
      ['KELOMPOK', 'MASYARAKAT'],
    ],
  ],
  [
    'PEMERINTAH',
    [
      ['PEMERINTAH'],
      ['DINAS'],
      ['BADAN'],
      ['KECAMATAN'],
      ['KELURAHAN'],
      ['PEMERINTAH', 'DESA'],
      ['PUSKESMAS'],
      ['KEMENTERIAN'],
      ['SEKRETARIAT', 'DAERAH'],
    ],
  ],
  [
    'MEDIA',
    [
      ['RADIO'],
      ['TELEVISI'],
      ['TV'],
      ['SURAT', 'KABAR'],
      ['KORAN'],
      ['HARIAN'],
      ['WARTAWAN'],
      ['JURNALIS'],
      ['PERS'],
      ['MEDIA', 'MASSA'],
      ['MEDIA', 'ONLINE'],
      ['PORTAL', 'BERITA'],
    ],
  ],
];
const EXACT_ONLY = new Set([
  'PT',
  'CV',
  'TV',
  'PKK',
  'LSM',
  'CSR',
  'PERS',
  'BANK',
  'BUMD',
  'BUMN',
  'UMKM',
  'ORMAS',
]);

function wordAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((p, k) => {
    const w = words[i + k] ?? '';
    return EXACT_ONLY.has(p) || p.length <= 4 ? w === p : sameWord(w, p);
  });
}

/** The kinds of stakeholder named in the document (keys), each once, and the line where the last new one was read. */
export function readActorKinds(lines: readonly TextLine[]): { keys: string[]; line: TextLine } | null {
  const keys: string[] = [];
  let last: TextLine | null = null;
  for (const line of lines) {
    for (const [kind, phrases] of ACTOR_WORDS) {
      if (keys.includes(kind)) continue;
      const named = line.words.some(
        (_, i) =>
          phrases.some((p) => wordAt(line.words, i, p)) &&
          !(kind === 'MEDIA' && sameWord(line.words[i + 1] ?? '', 'SOSIAL')),
      );
      if (named) {
        keys.push(kind);
        last = line;
      }
    }
  }
  return last ? { keys, line: last } : null;
}
