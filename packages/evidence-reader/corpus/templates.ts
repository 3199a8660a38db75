// Text of realistic Indonesian government documents for the labelled corpus. Written apart from the domain's
// own test texts (packages/domain/src/evidence/test-documents.ts), with the layout of Permendagri 1/2023 (kop,
// title, nomor, tentang, konsiderans, diktum, signature block), so the benchmark does not grade the domain on
// the wording it was written against.

/** A document to render: a file name and its lines, page by page. */
export interface DocSpec {
  readonly fileName: string;
  readonly pages: readonly (readonly string[])[];
}

export interface Innovation {
  readonly name: string;
  readonly unit: string;
  readonly unitShort: string;
}

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
export const date = (day: number, month: number, year: number) => `${day} ${MONTHS[month - 1]} ${year}`;

const KOP = (unit: string) => [
  'PEMERINTAH KABUPATEN PATI',
  unit.toUpperCase(),
  'Jalan Raya Pati - Kudus Km. 4 Pati 59163, Telepon (0295) 381102',
];
const MENGINGAT = [
  'Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
  '2. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;',
  '3. Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian',
  'Penghargaan dan/atau Insentif Inovasi Daerah;',
];
const FILLER = [
  'Pasal 2',
  'Penyelenggaraan inovasi daerah dilaksanakan secara terencana, terpadu dan terkoordinasi',
  'dengan memperhatikan kebutuhan masyarakat serta kewenangan daerah.',
  'Pasal 3',
  'Pembiayaan pelaksanaan inovasi daerah dibebankan pada Anggaran Pendapatan dan Belanja',
  'Daerah dan sumber lain yang sah dan tidak mengikat sesuai ketentuan peraturan perundang-undangan.',
];

/** Extra pages of body text (articles), so files have realistic length. */
export function fillerPages(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    `- ${i + 2} -`,
    ...FILLER,
    ...FILLER.map((l) => l.replace('Pasal', 'Pasal 1')),
  ]);
}

const signature = (place: string, when: string, signer: string[]) => [
  '',
  `Ditetapkan di ${place}`,
  `pada tanggal ${when}`,
  ...signer,
];

export function perda(year: number, extraPages: number): DocSpec {
  return {
    fileName: `perda-${year}.pdf`,
    pages: [
      [
        'BUPATI PATI',
        'PROVINSI JAWA TENGAH',
        '',
        'PERATURAN DAERAH KABUPATEN PATI',
        `NOMOR 1 TAHUN ${year}`,
        '',
        'TENTANG',
        'PENYELENGGARAAN INOVASI DAERAH',
        '',
        'DENGAN RAHMAT TUHAN YANG MAHA ESA',
        'BUPATI PATI,',
        'Menimbang : a. bahwa untuk meningkatkan kinerja penyelenggaraan pemerintahan daerah perlu inovasi daerah;',
        ...MENGINGAT,
        ...signature('Pati', date(14, 3, year), ['BUPATI PATI,', '', 'ttd', '', 'HARYANTO']),
      ],
      ...fillerPages(extraPages),
    ],
  };
}

export function perbup(year: number, subject: string, nameOnLampiran: boolean, extraPages: number): DocSpec {
  const about = nameOnLampiran
    ? 'PENETAPAN INOVASI DAERAH DI LINGKUNGAN PEMERINTAH KABUPATEN PATI'
    : `INOVASI DAERAH ${subject.toUpperCase()}`;
  const first = [
    'BUPATI PATI',
    'PROVINSI JAWA TENGAH',
    '',
    'PERATURAN BUPATI PATI',
    `NOMOR 27 TAHUN ${year}`,
    '',
    'TENTANG',
    about,
    '',
    'DENGAN RAHMAT TUHAN YANG MAHA ESA',
    'BUPATI PATI,',
    ...MENGINGAT,
    '5. Peraturan Daerah Kabupaten Pati Nomor 1 Tahun 2022;',
    ...signature('Pati', date(2, 6, year), ['BUPATI PATI,', '', 'ttd', '', 'HARYANTO']),
  ];
  const lampiran = [
    'LAMPIRAN',
    `PERATURAN BUPATI PATI NOMOR 27 TAHUN ${year}`,
    'DAFTAR INOVASI DAERAH',
    'No Nama Inovasi Perangkat Daerah',
    `1. ${subject} Dinas Kesehatan`,
    '2. Sistem Antrean Daring Dinas Kependudukan',
  ];
  return {
    fileName: `perbup-${year}.pdf`,
    pages: nameOnLampiran
      ? [first, lampiran, ...fillerPages(extraPages)]
      : [first, ...fillerPages(extraPages)],
  };
}

export function skBupati(year: number, subject: string, extraPages: number): DocSpec {
  return {
    fileName: `sk-bupati-${year}.pdf`,
    pages: [
      [
        'BUPATI PATI',
        'PROVINSI JAWA TENGAH',
        '',
        'KEPUTUSAN BUPATI PATI',
        `NOMOR 050/214/${year}`,
        '',
        'TENTANG',
        `PENETAPAN ${subject.toUpperCase()} SEBAGAI INOVASI DAERAH`,
        'BUPATI PATI,',
        ...MENGINGAT,
        'MEMUTUSKAN:',
        `Menetapkan : KESATU Menetapkan ${subject} sebagai inovasi daerah Kabupaten Pati.`,
        ...signature('Pati', date(8, 2, year), ['BUPATI PATI,', '', 'ttd', '', 'HARYANTO']),
      ],
      ...fillerPages(extraPages),
    ],
  };
}

export function skKepalaDinas(
  year: number,
  subject: string,
  unit: string,
  onBehalf: boolean,
  extraPages: number,
): DocSpec {
  return {
    fileName: `sk-kadin-${year}.pdf`,
    pages: [
      [
        ...KOP(unit),
        '',
        `KEPUTUSAN KEPALA ${unit.toUpperCase()} KABUPATEN PATI`,
        `NOMOR 445/${onBehalf ? 118 : 119}/${year}`,
        'TENTANG',
        `INOVASI DAERAH ${subject.toUpperCase()}`,
        ...MENGINGAT,
        'MEMUTUSKAN:',
        `KESATU : Menetapkan ${subject} sebagai inovasi pada ${unit}.`,
        ...signature('Pati', date(20, 1, year), [
          ...(onBehalf ? ['a.n. BUPATI PATI'] : []),
          `KEPALA ${unit.toUpperCase()}`,
          '',
          'ttd',
          '',
          'dr. ANIK SULISTYOWATI',
        ]),
      ],
      ...fillerPages(extraPages),
    ],
  };
}

const PEOPLE = [
  'Siti Aminah',
  'Budi Santoso',
  'Dewi Lestari',
  'Agus Prasetyo',
  'Rina Wulandari',
  'Eko Saputro',
  'Nur Hidayah',
  'Joko Susilo',
  'Sri Rahayu',
  'Ahmad Fauzi',
];
const ROLES = ['Anggota', 'Operator', 'Petugas Lapangan', 'Verifikator', 'Admin Data'];

/** An SK (of the Bupati) or a Surat Tugas (of the head of the unit) listing the team of the innovation. */
export function teamLetter(
  kind: 'SK' | 'ST',
  size: number,
  year: number,
  subject: string,
  unit: string,
): DocSpec {
  const rows = Array.from({ length: size }, (_, i) => {
    const role = i === 0 ? 'Ketua' : i === 1 ? 'Sekretaris' : ROLES[i % ROLES.length];
    const nip = `19${String(70 + (i % 25))}0${(i % 9) + 1}1520050${String(1000 + i).slice(1)}`;
    return `${i + 1}. ${PEOPLE[i % PEOPLE.length]} ${nip} ${role}`;
  });
  const perPage = 24;
  const listPages = Array.from({ length: Math.ceil(rows.length / perPage) }, (_, p) =>
    rows.slice(p * perPage, (p + 1) * perPage),
  );
  const head =
    kind === 'SK'
      ? [
          'BUPATI PATI',
          'PROVINSI JAWA TENGAH',
          'KEPUTUSAN BUPATI PATI',
          `NOMOR 800/311/${year}`,
          'TENTANG',
          `TIM PENGELOLA INOVASI ${subject.toUpperCase()}`,
          'BUPATI PATI,',
          ...MENGINGAT,
        ]
      : [
          ...KOP(unit),
          'SURAT TUGAS',
          `Nomor : 094/552/${year}`,
          `Dasar : Program pengelolaan inovasi ${subject}.`,
          'MENUGASKAN',
          'Kepada : nama-nama terlampir sebagai tim pengelola inovasi.',
        ];
  const signer =
    kind === 'SK'
      ? ['BUPATI PATI,', '', 'ttd', '', 'HARYANTO']
      : [`KEPALA ${unit.toUpperCase()}`, '', 'ttd', '', 'dr. ANIK SULISTYOWATI'];
  const tail =
    kind === 'SK'
      ? signature('Pati', date(6, 1, year), signer)
      : ['', `Pati, ${date(6, 1, year)}`, ...signer];
  return {
    fileName: `${kind.toLowerCase()}-tim-${year}.pdf`,
    pages: [
      head.concat(tail),
      ...listPages.map((rowsOnPage, p) => [
        p === 0 ? 'LAMPIRAN' : `LAMPIRAN (lanjutan)`,
        'No Nama NIP Peran dalam Tim',
        ...rowsOnPage,
      ]),
    ],
  };
}

export function budget(year: number, subject: string, unit: string, amount: string): DocSpec {
  return {
    fileName: `dpa-${year}.pdf`,
    pages: [
      [
        'DOKUMEN PELAKSANAAN ANGGARAN',
        'SATUAN KERJA PERANGKAT DAERAH (DPA-SKPD)',
        'PEMERINTAH KABUPATEN PATI',
        `TAHUN ANGGARAN ${year}`,
        `Urusan Pemerintahan : ${unit}`,
        'Program : Program Pemenuhan Upaya Kesehatan Perorangan',
        `Kegiatan : Pengembangan ${subject}`,
        'Kode Rekening Uraian Jumlah',
        `5.1.02.02 Belanja Jasa Tenaga Ahli Rp ${amount}`,
        '5.1.02.01 Belanja Alat Tulis Kantor Rp 4.500.000',
        `Pati, ${date(3, 1, year)}`,
        'Pengguna Anggaran',
        `KEPALA ${unit.toUpperCase()}`,
      ],
    ],
  };
}

export function rkpd(year: number, subject: string): DocSpec {
  return {
    fileName: `rkpd-${year}.pdf`,
    pages: [
      [
        'RENCANA KERJA PEMERINTAH DAERAH',
        `KABUPATEN PATI TAHUN ${year}`,
        'BAB V',
        'RENCANA KERJA DAN PENDANAAN DAERAH',
        'Tabel 5.1 Program dan Kegiatan Prioritas',
        `Program Peningkatan Pelayanan Publik - Kegiatan: ${subject}`,
        'Indikator kinerja: cakupan layanan 85%',
      ],
    ],
  };
}

export function eventDoc(
  kind: 'UNDANGAN' | 'DAFTAR HADIR' | 'SERTIFIKAT',
  when: string,
  subject: string,
  unit: string,
): DocSpec {
  const title = `Bimbingan Teknis Pelaksanaan ${subject}`;
  const body =
    kind === 'UNDANGAN'
      ? [
          ...KOP(unit),
          `Nomor : 005/77`,
          'Perihal : Undangan',
          'Yth. Pelaksana Inovasi',
          `Dengan hormat, kami mengundang Saudara mengikuti ${title}`,
          `pada Hari/Tanggal : ${when}`,
          'Tempat : Aula Dinas',
        ]
      : kind === 'DAFTAR HADIR'
        ? [
            ...KOP(unit),
            'DAFTAR HADIR',
            `Kegiatan : ${title}`,
            `Hari/Tanggal : ${when}`,
            'No Nama Jabatan Tanda Tangan',
            ...PEOPLE.slice(0, 6).map((p, i) => `${i + 1}. ${p} Staf ttd`),
          ]
        : [
            'SERTIFIKAT',
            'diberikan kepada',
            PEOPLE[0] ?? '',
            `sebagai peserta ${title}`,
            `yang diselenggarakan pada tanggal ${when}`,
            `KEPALA ${unit.toUpperCase()}`,
          ];
  return {
    fileName: `${kind.toLowerCase().replace(' ', '-')}-${when.replace(/ /g, '-')}.pdf`,
    pages: [body],
  };
}

export function sop(days: number, subject: string, unit: string): DocSpec {
  return {
    fileName: 'sop.pdf',
    pages: [
      [
        ...KOP(unit),
        'STANDAR OPERASIONAL PROSEDUR',
        `Nama SOP : Pelayanan ${subject}`,
        'Nomor SOP : 060/12/2024',
        'Langkah: 1. Pemohon mengajukan berkas (10 menit) 2. Petugas memverifikasi (30 menit) 3. Penerbitan dokumen',
        `Waktu penyelesaian : ${days} (${['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'][days] ?? days}) hari kerja`,
        `Pati, ${date(1, 7, 2024)}`,
        `KEPALA ${unit.toUpperCase()}`,
      ],
    ],
  };
}

export function pks(region: string, subject: string): DocSpec {
  return {
    fileName: `pks-${region.toLowerCase()}.pdf`,
    pages: [
      [
        'PERJANJIAN KERJA SAMA',
        'ANTARA',
        'PEMERINTAH KABUPATEN PATI',
        'DENGAN',
        `PEMERINTAH KABUPATEN ${region.toUpperCase()}`,
        'TENTANG',
        `REPLIKASI INOVASI ${subject.toUpperCase()}`,
        `Pada hari ini Senin tanggal ${date(15, 9, 2025)}, kedua belah pihak sepakat`,
        `bahwa Pemerintah Kabupaten ${region} mereplikasi inovasi ${subject} milik Pemerintah Kabupaten Pati.`,
      ],
    ],
  };
}

export function report(
  kind: 'MONEV' | 'SKM' | 'KAJIAN' | 'KEGIATAN',
  subject: string,
  unit: string,
): DocSpec {
  const head =
    kind === 'KAJIAN'
      ? [
          'LEMBAGA PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT',
          'UNIVERSITAS MURIA KUDUS',
          'LAPORAN AKHIR KAJIAN',
        ]
      : [
          ...KOP(unit),
          {
            MONEV: 'LAPORAN MONITORING DAN EVALUASI',
            SKM: 'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT',
            KEGIATAN: 'LAPORAN KEGIATAN',
          }[kind],
        ];
  return {
    fileName: `laporan-${kind.toLowerCase()}.pdf`,
    pages: [
      [
        ...head,
        `INOVASI ${subject.toUpperCase()}`,
        'TAHUN 2025',
        'BAB I PENDAHULUAN',
        'Laporan ini menyajikan hasil pelaksanaan inovasi selama tahun berjalan.',
      ],
    ],
  };
}

export function beneficiaries(count: number, subject: string, unit: string): DocSpec {
  const rows = PEOPLE.slice(0, 8).map((p, i) => `${i + 1}. ${p} Desa Kayen ttd`);
  return {
    fileName: 'penerima-manfaat.pdf',
    pages: [
      [
        ...KOP(unit),
        'REKAPITULASI PENERIMA MANFAAT',
        `Inovasi ${subject}`,
        'No Nama Alamat Tanda Tangan',
        ...rows,
        `Jumlah penerima manfaat : ${count.toLocaleString('id-ID')} orang`,
      ],
    ],
  };
}

export const PERANGKAT_DAERAH = [
  'Dinas Kesehatan',
  'Dinas Sosial',
  'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Pendidikan dan Kebudayaan',
  'Dinas Komunikasi dan Informatika',
  'Inspektorat Daerah',
];

/** An SK of the Bupati naming the Perangkat Daerah of the innovation's network. */
export function networkLetter(count: number, subject: string): DocSpec {
  return {
    fileName: `sk-jejaring-${count}.pdf`,
    pages: [
      [
        'BUPATI PATI',
        'PROVINSI JAWA TENGAH',
        'KEPUTUSAN BUPATI PATI',
        'NOMOR 050/188/2025',
        'TENTANG',
        `JEJARING PELAKSANAAN INOVASI ${subject.toUpperCase()}`,
        'BUPATI PATI,',
        'MEMUTUSKAN:',
        'KESATU : Perangkat Daerah yang terlibat dalam jejaring inovasi:',
        ...PERANGKAT_DAERAH.slice(0, count).map((pd, i) => `${i + 1}. ${pd};`),
        ...signature('Pati', date(11, 4, 2025), ['BUPATI PATI,', '', 'ttd', '', 'HARYANTO']),
      ],
    ],
  };
}

/** One party of each stakeholder kind of indicator 22, as an SK would name them (the implementer first). */
export const PARTNERS = {
  PEMERINTAH: 'Dinas Kesehatan Kabupaten Pati',
  AKADEMISI: 'Fakultas Kesehatan Universitas Muhammadiyah Kudus',
  BISNIS: 'PT Telkom Indonesia (Persero) Tbk Witel Pati',
  KOMUNITAS: 'Karang Taruna Kabupaten Pati',
  MEDIA: 'Radio Republik Indonesia Stasiun Pati',
} as const;
export type PartnerKind = keyof typeof PARTNERS;

/** An SK of a Kepala Dinas on behalf of the Bupati naming the parties that carry out the innovation together. */
export function partnersLetter(
  kinds: readonly PartnerKind[],
  subject: string,
  year = 2025,
  no = 61,
): DocSpec {
  return {
    fileName: `sk-kolaborasi-${kinds.length}-${year}-${no}.pdf`,
    pages: [
      [
        'KEPUTUSAN BUPATI PATI',
        `NOMOR 440/${no}/${year}`,
        'TENTANG',
        `TIM KOLABORASI PELAKSANAAN INOVASI ${subject.toUpperCase()}`,
        'BUPATI PATI,',
        'MEMUTUSKAN:',
        'KESATU : Pihak yang terlibat dalam pelaksanaan inovasi daerah:',
        ...kinds.map((kind, i) => `${i + 1}. ${PARTNERS[kind]};`),
        'KEDUA : Para pihak melaksanakan tugas sesuai perannya masing-masing.',
        ...signature('Pati', date(17, 2, year), ['BUPATI PATI,', '', 'ttd', '', 'HARYANTO']),
      ],
    ],
  };
}

/** The line of a monitoring report that states the figure of indicator 33's basis b-e. */
const OUTCOME_LINE = {
  b: (v: string) => `Persentase cakupan unit penerima manfaat terhadap unit sasaran: ${v} %`,
  c: (v: string) => `Efisiensi belanja sesudah inovasi dibanding sebelum inovasi: ${v} %`,
  d: (v: string) => `Kenaikan pendapatan sesudah inovasi dibanding sebelum inovasi: ${v} %`,
  e: (v: string) => `Jumlah produk yang dihasilkan dan diperjualbelikan : ${v} unit`,
} as const;
export type OutcomeBasis = keyof typeof OUTCOME_LINE;

/** A monitoring report stating the measured figure of indicator 33 for basis b-e (Indonesian decimal comma). */
export function outcomeReport(basis: OutcomeBasis, value: number, subject: string, unit: string): DocSpec {
  const text = value.toLocaleString('id-ID', { maximumFractionDigits: 2 });
  return {
    fileName: `laporan-kemanfaatan-${basis}.pdf`,
    pages: [
      [
        ...KOP(unit),
        'LAPORAN MONITORING DAN EVALUASI',
        `INOVASI ${subject.toUpperCase()}`,
        'TAHUN 2025',
        'BAB III HASIL PELAKSANAAN',
        'Pengukuran dilakukan dengan membandingkan data sebelum dan sesudah inovasi diterapkan.',
        OUTCOME_LINE[basis](text),
        'Data bersumber dari rekapitulasi bulanan perangkat daerah pelaksana.',
      ],
    ],
  };
}
