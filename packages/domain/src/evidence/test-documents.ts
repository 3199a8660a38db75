// Test-only builders of evidence document texts (not exported from the package). The benchmark corpus has
// its own, independent templates (packages/evidence-reader/corpus), so the domain is not tuned to one wording.
import type { EvidenceDocumentInput } from './types.ts';

export const INNOVATION = {
  name: 'SIJAKAPATI (Sistem Informasi Jejaring Kesehatan Pati)',
  penerapanYear: 2025,
  regionName: 'Kabupaten Pati',
};
const OTHER_NAME = 'Gerakan Pati Bersih Sampah';

type Opts = { names?: boolean; year?: number; ocr?: boolean };

function doc(name: string, pages: string[][], ocr = false): EvidenceDocumentInput {
  return {
    name,
    readable: true,
    pages: pages.map((lines, i) => ({ page: i + 1, text: lines.join('\n'), ocr })),
  };
}

const subject = (names: boolean) => (names ? INNOVATION.name : OTHER_NAME);

export function perda({ names = false, year = 2022, ocr = false }: Opts = {}) {
  return doc(
    'perda.pdf',
    [
      [
        'BUPATI PATI',
        'PROVINSI JAWA TENGAH',
        'PERATURAN DAERAH KABUPATEN PATI',
        `NOMOR 1 TAHUN ${year}`,
        'TENTANG',
        'PENYELENGGARAAN INOVASI DAERAH',
        'DENGAN RAHMAT TUHAN YANG MAHA ESA',
        'BUPATI PATI,',
        'Menimbang : a. bahwa inovasi daerah perlu diatur;',
        names
          ? `Lampiran memuat ${subject(true)}`
          : 'Pasal 1 Dalam Peraturan Daerah ini yang dimaksud dengan:',
      ],
      ['Ditetapkan di Pati', `pada tanggal 12 Januari ${year}`, 'BUPATI PATI,', 'HARYANTO'],
    ],
    ocr,
  );
}

export function perbup({ names = true, year = 2024, ocr = false }: Opts = {}) {
  return doc(
    'perbup.pdf',
    [
      [
        'BUPATI PATI',
        'PROVINSI JAWA TENGAH',
        'PERATURAN BUPATI PATI',
        `NOMOR 12 TAHUN ${year}`,
        'TENTANG',
        'INOVASI DAERAH DI LINGKUNGAN PEMERINTAH KABUPATEN PATI',
        'BUPATI PATI,',
        'Mengingat : 1. Peraturan Daerah Kabupaten Pati Nomor 1 Tahun 2022;',
      ],
      [
        'LAMPIRAN PERATURAN BUPATI PATI',
        'DAFTAR INOVASI DAERAH',
        `1. ${subject(names)}`,
        'Ditetapkan di Pati',
        `pada tanggal 3 Maret ${year}`,
        'BUPATI PATI,',
      ],
    ],
    ocr,
  );
}

export function skBupati({ names = true, year = 2025, ocr = false }: Opts = {}) {
  return doc(
    'sk-bupati.pdf',
    [
      [
        'BUPATI PATI',
        'PROVINSI JAWA TENGAH',
        'KEPUTUSAN BUPATI PATI',
        `NOMOR 050/123/${year}`,
        'TENTANG',
        `PENETAPAN INOVASI DAERAH ${subject(names).toUpperCase()}`,
        'BUPATI PATI,',
        'MEMUTUSKAN:',
      ],
      ['Ditetapkan di Pati', `pada tanggal 10 Februari ${year}`, 'BUPATI PATI,'],
    ],
    ocr,
  );
}

export function skKadinAn({
  names = true,
  year = 2025,
  onBehalf = true,
}: Opts & { onBehalf?: boolean } = {}) {
  return doc('sk-kadin.pdf', [
    [
      'PEMERINTAH KABUPATEN PATI',
      'DINAS KESEHATAN',
      'KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN PATI',
      `NOMOR 440/77/${year}`,
      'TENTANG',
      `TIM PELAKSANA INOVASI ${subject(names).toUpperCase()}`,
    ],
    [
      'Ditetapkan di Pati',
      `pada tanggal 5 Mei ${year}`,
      ...(onBehalf ? ['a.n. BUPATI PATI'] : []),
      'KEPALA DINAS KESEHATAN',
      'dr. ANDRE',
    ],
  ]);
}

export function team(kind: 'SK' | 'ST', size: number, { names = true, year = 2025, ocr = false }: Opts = {}) {
  const title =
    kind === 'SK'
      ? ['KEPUTUSAN BUPATI PATI', `NOMOR 050/9/${year}`]
      : ['SURAT TUGAS', `Nomor: 800/15/${year}`];
  const rows = Array.from(
    { length: size },
    (_, i) =>
      `${i + 1}. Pegawai ${i + 1} 1980010120050110${String(i).padStart(2, '0')} ${i === 0 ? 'Ketua' : 'Anggota'}`,
  );
  return doc(
    `${kind}-tim.pdf`,
    [
      [
        'PEMERINTAH KABUPATEN PATI',
        ...title,
        `Tim pengelola inovasi ${subject(names)}`,
        'Dengan susunan sebagai berikut:',
      ],
      [
        'No Nama NIP Peran',
        ...rows,
        'Ditetapkan di Pati',
        `pada tanggal 2 Januari ${year}`,
        'KEPALA DINAS KESEHATAN',
      ],
    ],
    ocr,
  );
}

export function dpa(year: number, { names = true, ocr = false }: Opts = {}) {
  return doc(
    `dpa-${year}.pdf`,
    [
      [
        'DOKUMEN PELAKSANAAN ANGGARAN',
        'SATUAN KERJA PERANGKAT DAERAH',
        `TAHUN ANGGARAN ${year}`,
        'Urusan: Kesehatan',
        `Kegiatan: Pengembangan ${subject(names)}`,
        'Belanja Jasa Tenaga Ahli Rp 125.000.000,00',
      ],
    ],
    ocr,
  );
}

export function rkpd(year: number, { names = true }: Opts = {}) {
  return doc(`rkpd-${year}.pdf`, [
    [
      'RENCANA KERJA PEMERINTAH DAERAH',
      `KABUPATEN PATI TAHUN ${year}`,
      'BAB V PROGRAM DAN KEGIATAN',
      `Program penguatan sistem kesehatan: ${subject(names)}`,
    ],
  ]);
}

export function eventDocs(
  kind: 'UNDANGAN' | 'DAFTAR HADIR' | 'SERTIFIKAT',
  date: string,
  { names = true }: Opts = {},
) {
  return doc(`${kind.toLowerCase()}-${date}.pdf`, [
    [
      'PEMERINTAH KABUPATEN PATI',
      kind,
      `Bimbingan Teknis Pengelolaan ${subject(names)}`,
      `Hari/Tanggal : Senin, ${date}`,
    ],
  ]);
}

export function sop(days: string, { names = true }: Opts = {}) {
  return doc('sop.pdf', [
    [
      'STANDAR OPERASIONAL PROSEDUR',
      `Layanan ${subject(names)}`,
      '1. Pemohon mengisi formulir 15 menit',
      `Waktu penyelesaian: ${days}`,
      'Ditetapkan di Pati',
      'pada tanggal 1 Juli 2024',
      'KEPALA DINAS KESEHATAN',
    ],
  ]);
}

export function replication(region: string, { names = true }: Opts = {}) {
  return doc(`pks-${region}.pdf`, [
    [
      'PERJANJIAN KERJA SAMA',
      'ANTARA',
      'PEMERINTAH KABUPATEN PATI',
      'DENGAN',
      `PEMERINTAH KABUPATEN ${region.toUpperCase()}`,
      `TENTANG REPLIKASI INOVASI ${subject(names).toUpperCase()}`,
    ],
  ]);
}

export function report(title: string, issuerLine: string, { names = true }: Opts = {}) {
  return doc('laporan.pdf', [[issuerLine, title, `Inovasi ${subject(names)}`, 'Tahun 2025']]);
}

export function beneficiaries(count: number, { names = true, ocr = false }: Opts = {}) {
  return doc(
    'penerima.pdf',
    [
      [
        'DAFTAR PENERIMA MANFAAT',
        `Inovasi ${subject(names)}`,
        'No Nama Alamat Tanda Tangan',
        '1. Siti Desa Kayen ttd',
        `Jumlah penerima manfaat: ${count.toLocaleString('id-ID')} orang`,
      ],
    ],
    ocr,
  );
}

export function unreadable(name = 'scan.pdf'): EvidenceDocumentInput {
  return { name, readable: false, pages: [] };
}

const PD = [
  'Dinas Kesehatan',
  'Dinas Sosial',
  'Badan Perencanaan Pembangunan Daerah',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Kecamatan Kayen',
  'Inspektorat',
  'Dinas Pendidikan dan Kebudayaan',
];

export function jejaring(count: number, { names = true }: Opts = {}) {
  return doc('sk-jejaring.pdf', [
    [
      'BUPATI PATI',
      'KEPUTUSAN BUPATI PATI',
      'NOMOR 050/41/2025',
      `TENTANG JEJARING INOVASI ${subject(names).toUpperCase()}`,
      'Perangkat daerah yang terlibat:',
      ...PD.slice(0, count).map((p, i) => `${i + 1}. ${p}`),
      'Ditetapkan di Pati',
      'pada tanggal 4 April 2025',
      'BUPATI PATI,',
    ],
  ]);
}

export function regions(names: string[]) {
  return names.map((name) => replication(name));
}

/** The documents of `count` complete bimtek events (invitation, attendance, certificate each) in 2024-2026. */
export function bimtek(
  count: number,
  { certificates = true, names = true }: { certificates?: boolean; names?: boolean } = {},
) {
  const dates = ['12 Februari 2024', '3 Juni 2025', '20 Januari 2026', '7 Juli 2025'].slice(0, count);
  return dates.flatMap((date) => [
    eventDocs('UNDANGAN', date, { names }),
    eventDocs('DAFTAR HADIR', date, { names }),
    ...(certificates ? [eventDocs('SERTIFIKAT', date, { names })] : []),
  ]);
}

/** One party of each stakeholder kind, in the order the builder below takes them (government first). */
const ACTORS = [
  'Dinas Kesehatan Kabupaten Pati',
  'Universitas Muria Kudus',
  'PT Bank Jateng Cabang Pati',
  'Komunitas Relawan Sehat Pati',
  'Radio Suara Pati',
];

/** An SK naming the first `count` parties of ACTORS as the innovation's collaborators. */
export function actors(count: number, { names = true, year = 2025 }: Opts = {}) {
  return doc('sk-kolaborasi.pdf', [
    [
      'BUPATI PATI',
      'KEPUTUSAN BUPATI PATI',
      `NOMOR 050/77/${year}`,
      `TENTANG TIM KOLABORASI INOVASI ${subject(names).toUpperCase()}`,
      'Pihak yang terlibat dalam pelaksanaan inovasi:',
      ...ACTORS.slice(0, count).map((p, i) => `${i + 1}. ${p}`),
      'Ditetapkan di Pati',
      `pada tanggal 10 Maret ${year}`,
      'BUPATI PATI,',
    ],
  ]);
}

/** A monitoring report whose result line states indicator 33's figure (read by OCR when `ocr`). */
export function outcome(line: string, { names = true, ocr = false }: Opts = {}) {
  return doc(
    'laporan-monev.pdf',
    [
      [
        'PEMERINTAH KABUPATEN PATI',
        'DINAS KESEHATAN',
        'LAPORAN MONITORING DAN EVALUASI',
        `INOVASI ${subject(names).toUpperCase()}`,
        'TAHUN 2025',
        line,
      ],
    ],
    ocr,
  );
}
