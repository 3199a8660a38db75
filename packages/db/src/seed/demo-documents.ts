// Realistic demo evidence for the indicators the evidence check reads (16, 17, 18, 20, 21, 23, 24, 28, 31, 33, 34):
// one-page documents in the layout of a naskah dinas that name the innovation, so the demo shows what the check
// finds. About one claim in three gets a deliberately weaker document (a Perbup for a Perda claim, a smaller
// team, fewer years), so the demo also shows the warning. Text only: generated in code, nothing binary stored.

const MONTH = ['Januari', 'Maret', 'Mei', 'Juli', 'September', 'November'];
const PEOPLE = [
  'Siti Aminah',
  'Budi Santoso',
  'Dewi Lestari',
  'Agus Prasetyo',
  'Rina Wulandari',
  'Eko Saputro',
  'Nur Hidayah',
  'Joko Susilo',
];
const PD = [
  'Dinas Kesehatan',
  'Dinas Sosial',
  'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Komunikasi dan Informatika',
];

/** Codes with a realistic demo document. */
export const DOCUMENT_CODES = new Set(['16', '17', '18', '20', '21', '23', '24', '28', '31', '33', '34']);

function headOf(unitName: string): string[] {
  return ['PEMERINTAH KABUPATEN PATI', unitName.toUpperCase()];
}

const signBupati = (year: number, day: number) => [
  'Ditetapkan di Pati',
  `pada tanggal ${day} ${MONTH[day % MONTH.length]} ${year}`,
  'BUPATI PATI,',
  'ttd',
  'HARYANTO',
];

/**
 * The lines of a demo document for indicator `code` supporting `tier` (the seed passes the claim, or one below
 * it for a deliberately weaker document). `penerapanYear` dates an SK as the guide asks; `basis` picks the
 * figure of indicator 33.
 */
export function demoDocumentLines(
  code: string,
  tier: number,
  ctx: { name: string; unitName: string; penerapanYear: number | null; basis: string | null },
): string[] {
  const { name, unitName } = ctx;
  const year = ctx.penerapanYear ?? 2025;
  const upper = name.toUpperCase();
  switch (code) {
    case '16':
      if (tier >= 3)
        return [
          'BUPATI PATI',
          'PERATURAN DAERAH KABUPATEN PATI',
          'NOMOR 1 TAHUN 2022',
          'TENTANG',
          'PENYELENGGARAAN INOVASI DAERAH',
          `Lampiran: daftar inovasi daerah, antara lain ${name}`,
          ...signBupati(2022, 14),
        ];
      if (tier === 2)
        return [
          'BUPATI PATI',
          'PERATURAN BUPATI PATI',
          'NOMOR 27 TAHUN 2024',
          'TENTANG',
          'INOVASI DAERAH DI LINGKUNGAN PEMERINTAH KABUPATEN PATI',
          'LAMPIRAN: DAFTAR INOVASI DAERAH',
          `1. ${name} - ${unitName}`,
          ...signBupati(2024, 3),
        ];
      return [
        'BUPATI PATI',
        'KEPUTUSAN BUPATI PATI',
        `NOMOR 050/214/${year}`,
        'TENTANG',
        `PENETAPAN ${upper} SEBAGAI INOVASI DAERAH`,
        'MEMUTUSKAN:',
        `KESATU : Menetapkan ${name} sebagai inovasi daerah.`,
        ...signBupati(year, 8),
      ];
    case '17': {
      const size = [0, 8, 18, 34][tier] ?? 8;
      return [
        ...headOf(unitName),
        'SURAT TUGAS',
        'Nomor : 094/552/2025',
        `Dasar : Program pengelolaan inovasi ${name}.`,
        'Kepada nama-nama berikut sebagai tim pengelola inovasi:',
        'No Nama Peran dalam Tim',
        ...Array.from(
          { length: size },
          (_, i) => `${i + 1}. ${PEOPLE[i % PEOPLE.length]} ${i === 0 ? 'Ketua' : 'Anggota'}`,
        ),
        'Pati, 6 Januari 2025',
        `KEPALA ${unitName.toUpperCase()}`,
      ];
    }
    case '18':
      return [
        'DOKUMEN PELAKSANAAN ANGGARAN',
        'SATUAN KERJA PERANGKAT DAERAH (DPA-SKPD)',
        'TAHUN ANGGARAN 2025',
        `Urusan : ${unitName}`,
        `Kegiatan : Pengembangan ${name}`,
        '5.1.02.02 Belanja Jasa Tenaga Ahli Rp 125.000.000',
        'Pengguna Anggaran',
        `KEPALA ${unitName.toUpperCase()}`,
      ];
    case '20':
      return [
        ...headOf(unitName),
        'DAFTAR HADIR',
        `Kegiatan : Bimbingan Teknis Pelaksanaan ${name}`,
        'Hari/Tanggal : Selasa, 3 Juni 2025',
        'No Nama Jabatan Tanda Tangan',
        ...PEOPLE.slice(0, 5).map((p, i) => `${i + 1}. ${p} Staf ttd`),
      ];
    case '21':
      return [
        'RENCANA KERJA PEMERINTAH DAERAH',
        'KABUPATEN PATI TAHUN 2025',
        'BAB V RENCANA KERJA DAN PENDANAAN DAERAH',
        `Program Peningkatan Pelayanan Publik - Kegiatan: ${name}`,
      ];
    case '23':
      if (tier >= 3)
        return [
          'BUPATI PATI',
          'KEPUTUSAN BUPATI PATI',
          `NOMOR 800/311/${year}`,
          'TENTANG',
          `TIM PELAKSANA INOVASI ${upper}`,
          ...signBupati(year, 6),
        ];
      if (tier === 2)
        return [
          ...headOf(unitName),
          'SURAT TUGAS',
          'Nomor : 094/553/2025',
          `Menugaskan pelaksana inovasi ${name}:`,
          '1. Siti Aminah Ketua',
          'Pati, 6 Januari 2025',
          `KEPALA ${unitName.toUpperCase()}`,
        ];
      return [
        ...headOf(unitName),
        'LAPORAN KEGIATAN',
        `INOVASI ${upper}`,
        'Pelaksana: staf bidang pelayanan.',
      ];
    case '24': {
      const count = [0, 2, 4, 5][tier] ?? 2;
      return [
        'BUPATI PATI',
        'KEPUTUSAN BUPATI PATI',
        'NOMOR 050/188/2025',
        'TENTANG',
        `JEJARING PELAKSANAAN INOVASI ${upper}`,
        'Perangkat Daerah yang terlibat:',
        ...PD.slice(0, count).map((p, i) => `${i + 1}. ${p};`),
        ...signBupati(2025, 11),
      ];
    }
    case '28': {
      const days = [0, 7, 3, 1][tier] ?? 7;
      return [
        ...headOf(unitName),
        'STANDAR OPERASIONAL PROSEDUR',
        `Nama SOP : Pelayanan ${name}`,
        `Waktu penyelesaian : ${days} hari kerja`,
        'Pati, 1 Juli 2024',
        `KEPALA ${unitName.toUpperCase()}`,
      ];
    }
    case '31':
      return [
        'PERJANJIAN KERJA SAMA',
        'ANTARA',
        'PEMERINTAH KABUPATEN PATI',
        'DENGAN',
        'PEMERINTAH KABUPATEN REMBANG',
        'TENTANG',
        `REPLIKASI INOVASI ${upper}`,
      ];
    case '33': {
      const basis = ctx.basis ?? 'a';
      const figure: Record<string, string[]> = {
        a: [
          '',
          'Jumlah penerima manfaat : 150 orang',
          'Jumlah penerima manfaat : 350 orang',
          'Jumlah penerima manfaat : 800 orang',
        ],
        b: [
          '',
          'Cakupan unit penerima manfaat : 15 %',
          'Cakupan unit penerima manfaat : 35 %',
          'Cakupan unit penerima manfaat : 60 %',
        ],
        c: ['', 'Efisiensi belanja : 5 %', 'Efisiensi belanja : 15 %', 'Efisiensi belanja : 25 %'],
        d: [
          '',
          'Peningkatan pendapatan : 5 %',
          'Peningkatan pendapatan : 15 %',
          'Peningkatan pendapatan : 25 %',
        ],
        e: ['', 'Jumlah produk : 50 barang', 'Jumlah produk : 150 barang', 'Jumlah produk : 250 barang'],
      };
      return [
        ...headOf(unitName),
        'REKAPITULASI PENERIMA MANFAAT',
        `Inovasi ${name}`,
        figure[basis]?.[tier] ?? 'Tren kinerja positif',
      ];
    }
    case '34':
      if (tier >= 3)
        return [
          'LEMBAGA PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT',
          'UNIVERSITAS MURIA KUDUS',
          'LAPORAN AKHIR KAJIAN',
          `INOVASI ${upper}`,
        ];
      if (tier === 2)
        return [...headOf(unitName), 'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT', `INOVASI ${upper}`];
      return [...headOf(unitName), 'LAPORAN MONITORING DAN EVALUASI', `INOVASI ${upper}`];
    default:
      return [];
  }
}
