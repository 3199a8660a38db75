// The labelled corpus: for every indicator whose guide names a document, documents of each kind and of the
// wrong kind, right and wrong years, with and without the innovation's name. Each case's expected tier is set
// here from the guide's rules (reference §4.2), by construction, not by running the domain.
import * as T from './templates.ts';
import type { DocSpec, Innovation } from './templates.ts';

export type Tier = 0 | 1 | 2 | 3;

export interface CorpusCase {
  readonly id: string;
  readonly indicator: string;
  readonly claimedTier: 1 | 2 | 3;
  readonly basis?: string;
  readonly innovation: Innovation & { readonly penerapanYear: number; readonly regionName: string };
  readonly documents: readonly DocSpec[];
  readonly expectedTier: Tier;
  /** What the case varies, in words. */
  readonly label: string;
  /** True when every document's facts stand on its first page, so a phone photo of page 1 carries them. */
  readonly photoable: boolean;
}

const INNOVATIONS: Innovation[] = [
  {
    name: 'SIJAKAPATI (Sistem Informasi Jejaring Kesehatan Pati)',
    unit: 'Dinas Kesehatan',
    unitShort: 'dinkes',
  },
  { name: 'Berdenting (Bersama Cegah Stunting)', unit: 'Dinas Sosial', unitShort: 'dinsos' },
  { name: 'Sipenak Adminduk', unit: 'Dinas Kependudukan dan Pencatatan Sipil', unitShort: 'disdukcapil' },
  { name: 'Gerai Literasi Desa', unit: 'Dinas Kearsipan dan Perpustakaan', unitShort: 'arpusda' },
];

type Variant = {
  label: string;
  expected: Tier;
  docs: (s: string, inv: Innovation) => DocSpec[];
  photoable?: boolean;
  wrongName?: boolean;
};

function build(indicator: string, variants: Variant[], basis?: string): CorpusCase[] {
  return variants.map((v, i) => {
    const inv = INNOVATIONS[i % INNOVATIONS.length] ?? INNOVATIONS[0];
    if (!inv) throw new Error('no innovation');
    const other = INNOVATIONS[(i + 1) % INNOVATIONS.length] ?? inv;
    const subject = v.wrongName ? other.name : inv.name;
    return {
      id: `${indicator}-${String(i + 1).padStart(2, '0')}`,
      indicator,
      claimedTier: 3,
      ...(basis ? { basis } : {}),
      innovation: { ...inv, penerapanYear: 2025, regionName: 'Kabupaten Pati' },
      documents: v.docs(subject, inv),
      expectedTier: v.expected,
      label: v.label,
      photoable: v.photoable ?? true,
    };
  });
}

const events = (whens: string[], subject: string, inv: Innovation, cert = true) =>
  whens.flatMap((w) => [
    T.eventDoc('UNDANGAN', w, subject, inv.unit),
    T.eventDoc('DAFTAR HADIR', w, subject, inv.unit),
    ...(cert ? [T.eventDoc('SERTIFIKAT', w, subject, inv.unit)] : []),
  ]);
const W = ['Senin, ' + T.date(12, 2, 2024), 'Selasa, ' + T.date(3, 6, 2025), 'Rabu, ' + T.date(21, 1, 2026)];

/**
 * The tier of indicator 33's bases b-e for a stated figure, from the technical guide's bands (reference §4.3):
 * b coverage >= 5 % / > 20 % / > 50 %; c spending efficiency and d added income > 0 % / > 10 % / > 20 % (d:
 * >= 10 % and >= 20 %); e products 1-100 / 101-200 / > 200.
 */
function expected33(basis: 'b' | 'c' | 'd' | 'e', v: number): Tier {
  switch (basis) {
    case 'b':
      return v > 50 ? 3 : v > 20 ? 2 : v >= 5 ? 1 : 0;
    case 'c':
      return v > 20 ? 3 : v > 10 ? 2 : v > 0 ? 1 : 0;
    case 'd':
      return v >= 20 ? 3 : v >= 10 ? 2 : v > 0 ? 1 : 0;
    case 'e':
      return v > 200 ? 3 : v > 100 ? 2 : v >= 1 ? 1 : 0;
  }
}

/** Every case of the corpus, in a fixed order. */
export function listCases(): CorpusCase[] {
  return [
    ...build('16', [
      { label: 'SK Bupati, tahun penerapan', expected: 1, docs: (s) => [T.skBupati(2025, s, 1)] },
      { label: 'SK Bupati, tahun lain', expected: 0, docs: (s) => [T.skBupati(2023, s, 0)] },
      {
        label: 'SK Bupati, inovasi lain',
        expected: 0,
        wrongName: true,
        docs: (s) => [T.skBupati(2025, s, 0)],
      },
      {
        label: 'SK Kepala Dinas a.n. Bupati',
        expected: 1,
        docs: (s, inv) => [T.skKepalaDinas(2025, s, inv.unit, true, 0)],
      },
      {
        label: 'SK Kepala Dinas tanpa a.n.',
        expected: 0,
        docs: (s, inv) => [T.skKepalaDinas(2025, s, inv.unit, false, 1)],
      },
      { label: 'Perbup menyebut inovasi', expected: 2, docs: (s) => [T.perbup(2024, s, false, 2)] },
      {
        label: 'Perbup, nama di lampiran',
        expected: 2,
        photoable: false,
        docs: (s) => [T.perbup(2023, s, true, 1)],
      },
      { label: 'Perbup ditetapkan 2026', expected: 0, docs: (s) => [T.perbup(2026, s, false, 0)] },
      {
        label: 'Perbup, inovasi lain',
        expected: 0,
        wrongName: true,
        docs: (s) => [T.perbup(2024, s, false, 0)],
      },
      {
        label: 'Perda + Perbup yang menyebut inovasi',
        expected: 3,
        docs: (s) => [T.perda(2022, 2), T.perbup(2024, s, false, 0)],
      },
      { label: 'Perda saja', expected: 0, docs: () => [T.perda(2022, 1)] },
      {
        label: 'Perda + Perbup inovasi lain',
        expected: 0,
        wrongName: true,
        docs: (s) => [T.perda(2022, 0), T.perbup(2024, s, false, 0)],
      },
      {
        label: 'dokumen salah: DPA',
        expected: 0,
        docs: (s, inv) => [T.budget(2025, s, inv.unit, '50.000.000')],
      },
      {
        label: 'dokumen salah: surat tugas',
        expected: 0,
        photoable: false,
        docs: (s, inv) => [T.teamLetter('ST', 5, 2025, s, inv.unit)],
      },
    ]),
    ...build('17', [
      ...[8, 10, 11, 25, 31, 40].map((n): Variant => ({
        label: `Surat Tugas ${n} orang`,
        expected: n > 30 ? 3 : n > 10 ? 2 : 1,
        photoable: false,
        docs: (s, inv) => [T.teamLetter('ST', n, 2025, s, inv.unit)],
      })),
      {
        label: 'SK Bupati 12 orang',
        expected: 2,
        photoable: false,
        docs: (s, inv) => [T.teamLetter('SK', 12, 2024, s, inv.unit)],
      },
      {
        label: 'SK tahun 2022',
        expected: 0,
        photoable: false,
        docs: (s, inv) => [T.teamLetter('SK', 35, 2022, s, inv.unit)],
      },
      {
        label: 'SK inovasi lain',
        expected: 0,
        photoable: false,
        wrongName: true,
        docs: (s, inv) => [T.teamLetter('ST', 33, 2025, s, inv.unit)],
      },
      { label: 'dokumen salah: RKPD', expected: 0, docs: (s) => [T.rkpd(2025, s)] },
    ]),
    ...build('18', [
      ...[[2026], [2025, 2026], [2024, 2025], [2024, 2025, 2026], [2024, 2026]].map((years): Variant => ({
        label: `DPA ${years.join('+')}`,
        expected: years.length === 3 ? 3 : years.length === 2 && years[1] === (years[0] ?? 0) + 1 ? 2 : 1,
        docs: (s, inv) => years.map((y) => T.budget(y, s, inv.unit, '125.000.000')),
      })),
      { label: 'DPA 2022', expected: 0, docs: (s, inv) => [T.budget(2022, s, inv.unit, '80.000.000')] },
      {
        label: 'DPA inovasi lain',
        expected: 0,
        wrongName: true,
        docs: (s, inv) => [T.budget(2025, s, inv.unit, '80.000.000')],
      },
      { label: 'dokumen salah: RKPD', expected: 0, docs: (s) => [T.rkpd(2025, s)] },
    ]),
    ...build('20', [
      { label: '1 bimtek lengkap', expected: 1, docs: (s, inv) => events(W.slice(0, 1), s, inv) },
      { label: '2 bimtek lengkap', expected: 2, docs: (s, inv) => events(W.slice(0, 2), s, inv) },
      { label: '3 bimtek lengkap', expected: 3, docs: (s, inv) => events(W, s, inv) },
      { label: '3 bimtek tanpa sertifikat', expected: 0, docs: (s, inv) => events(W, s, inv, false) },
      {
        label: 'bimtek 2021',
        expected: 0,
        docs: (s, inv) => events(['Kamis, ' + T.date(4, 3, 2021)], s, inv),
      },
      {
        label: '2 undangan, 1 daftar hadir',
        expected: 1,
        docs: (s, inv) => [...events(W.slice(0, 1), s, inv), T.eventDoc('UNDANGAN', W[1] ?? '', s, inv.unit)],
      },
      { label: 'dokumen salah: SOP', expected: 0, docs: (s, inv) => [T.sop(3, s, inv.unit)] },
    ]),
    ...build('21', [
      ...[[2025], [2024], [2024, 2025], [2024, 2025, 2026], [2026]].map((years): Variant => ({
        label: `RKPD ${years.join('+')}`,
        expected: years.length === 3 ? 3 : years.length === 2 ? 2 : years[0] === 2026 ? 0 : 1,
        docs: (s) => years.map((y) => T.rkpd(y, s)),
      })),
      { label: 'RKPD inovasi lain', expected: 0, wrongName: true, docs: (s) => [T.rkpd(2025, s)] },
      {
        label: 'dokumen salah: DPA',
        expected: 0,
        docs: (s, inv) => [T.budget(2025, s, inv.unit, '10.000.000')],
      },
    ]),
    ...build('23', [
      { label: 'laporan kegiatan', expected: 1, docs: (s, inv) => [T.report('KEGIATAN', s, inv.unit)] },
      {
        label: 'Surat Tugas Kepala Dinas',
        expected: 2,
        photoable: false,
        docs: (s, inv) => [T.teamLetter('ST', 6, 2025, s, inv.unit)],
      },
      { label: 'SK Bupati', expected: 3, docs: (s) => [T.skBupati(2025, s, 0)] },
      {
        label: 'SK Kepala Dinas a.n. Bupati',
        expected: 3,
        docs: (s, inv) => [T.skKepalaDinas(2025, s, inv.unit, true, 0)],
      },
      { label: 'SK inovasi lain', expected: 0, wrongName: true, docs: (s) => [T.skBupati(2025, s, 0)] },
      {
        label: 'dokumen salah: sertifikat',
        expected: 0,
        docs: (s, inv) => [T.eventDoc('SERTIFIKAT', W[0] ?? '', s, inv.unit)],
      },
    ]),
    ...build('22', [
      ...(
        [
          ['PEMERINTAH', 'AKADEMISI'],
          ['PEMERINTAH', 'AKADEMISI', 'BISNIS'],
          ['PEMERINTAH', 'KOMUNITAS', 'MEDIA', 'BISNIS'],
          ['PEMERINTAH', 'AKADEMISI', 'BISNIS', 'KOMUNITAS', 'MEDIA'],
        ] as T.PartnerKind[][]
      ).map((kinds): Variant => ({
        label: `SK kolaborasi ${kinds.length} unsur aktor`,
        expected: kinds.length >= 5 ? 3 : kinds.length === 4 ? 2 : kinds.length === 3 ? 1 : 0,
        docs: (s) => [T.partnersLetter(kinds, s)],
      })),
      {
        label: 'dua SK: 3 + 3 unsur, 5 unsur berbeda',
        expected: 3,
        docs: (s) => [
          T.partnersLetter(['PEMERINTAH', 'AKADEMISI', 'BISNIS'], s, 2024, 12),
          T.partnersLetter(['PEMERINTAH', 'KOMUNITAS', 'MEDIA'], s, 2025, 77),
        ],
      },
      {
        label: 'SK kolaborasi 5 unsur tahun 2021 (di luar T-2..T-0)',
        expected: 0,
        docs: (s) => [T.partnersLetter(['PEMERINTAH', 'AKADEMISI', 'BISNIS', 'KOMUNITAS', 'MEDIA'], s, 2021)],
      },
      {
        label: 'SK kolaborasi inovasi lain',
        expected: 0,
        wrongName: true,
        docs: (s) => [T.partnersLetter(['PEMERINTAH', 'AKADEMISI', 'BISNIS', 'KOMUNITAS', 'MEDIA'], s)],
      },
    ]),
    ...build('24', [
      ...[1, 2, 3, 4, 5, 7].map((n): Variant => ({
        label: `SK jejaring ${n} PD`,
        expected: n >= 5 ? 3 : n >= 3 ? 2 : n === 2 ? 1 : 0,
        docs: (s) => [T.networkLetter(n, s)],
      })),
      {
        label: 'SK jejaring inovasi lain',
        expected: 0,
        wrongName: true,
        docs: (s) => [T.networkLetter(5, s)],
      },
    ]),
    ...build('28', [
      ...[7, 6, 5, 2, 1].map((d): Variant => ({
        label: `SOP ${d} hari`,
        expected: d <= 1 ? 3 : d <= 5 ? 2 : 1,
        docs: (s, inv) => [T.sop(d, s, inv.unit)],
      })),
      { label: 'SOP inovasi lain', expected: 0, wrongName: true, docs: (s, inv) => [T.sop(1, s, inv.unit)] },
      {
        label: 'dokumen salah: laporan monev',
        expected: 0,
        docs: (s, inv) => [T.report('MONEV', s, inv.unit)],
      },
    ]),
    ...build('31', [
      { label: 'PKS 1 daerah', expected: 1, docs: (s) => [T.pks('Rembang', s)] },
      { label: 'PKS 2 daerah', expected: 2, docs: (s) => [T.pks('Rembang', s), T.pks('Kudus', s)] },
      {
        label: 'PKS 3 daerah',
        expected: 3,
        docs: (s) => [T.pks('Rembang', s), T.pks('Kudus', s), T.pks('Blora', s)],
      },
      {
        label: 'PKS daerah sama dua kali',
        expected: 1,
        docs: (s) => [T.pks('Grobogan', s), T.pks('Grobogan', s)],
      },
      { label: 'PKS inovasi lain', expected: 0, wrongName: true, docs: (s) => [T.pks('Demak', s)] },
    ]),
    ...build(
      '33',
      [
        ...[150, 200, 201, 500, 501, 1250].map((n): Variant => ({
          label: `${n} penerima manfaat`,
          expected: n > 500 ? 3 : n > 200 ? 2 : 1,
          docs: (s, inv) => [T.beneficiaries(n, s, inv.unit)],
        })),
        {
          label: 'rekap inovasi lain',
          expected: 0,
          wrongName: true,
          docs: (s, inv) => [T.beneficiaries(800, s, inv.unit)],
        },
      ],
      'a',
    ),
    // Indicator 33, bases b-e: the figure a monitoring report states, against the chosen basis's own bands.
    ...(
      [
        ['b', [4, 5, 20, 20.5, 50, 75.25]],
        ['c', [0.5, 10, 10.5, 20, 21]],
        ['d', [2, 10, 12.5, 20, 35]],
        ['e', [40, 100, 101, 200, 201]],
      ] as const
    ).flatMap(([basis, values]) =>
      build(
        '33',
        [
          ...values.map((v): Variant => ({
            label: `basis ${basis}: ${v}`,
            expected: expected33(basis, v),
            docs: (s, inv) => [T.outcomeReport(basis, v, s, inv.unit)],
          })),
          {
            label: `basis ${basis}: laporan inovasi lain`,
            expected: 0,
            wrongName: true,
            docs: (s, inv) => [T.outcomeReport(basis, values[values.length - 1] ?? 0, s, inv.unit)],
          },
        ],
        basis,
      ).map((c) => ({ ...c, id: `33${basis}-${c.id.slice(3)}` })),
    ),
    ...build('34', [
      { label: 'laporan monev internal', expected: 1, docs: (s, inv) => [T.report('MONEV', s, inv.unit)] },
      { label: 'laporan SKM', expected: 2, docs: (s, inv) => [T.report('SKM', s, inv.unit)] },
      { label: 'kajian universitas', expected: 3, docs: (s, inv) => [T.report('KAJIAN', s, inv.unit)] },
      {
        label: 'laporan inovasi lain',
        expected: 0,
        wrongName: true,
        docs: (s, inv) => [T.report('SKM', s, inv.unit)],
      },
      { label: 'dokumen salah: SOP', expected: 0, docs: (s, inv) => [T.sop(2, s, inv.unit)] },
    ]),
  ];
}
