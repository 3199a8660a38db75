// The demo's SPD (region-level) answers for the 2026 period, so the demo IID has both aspects.
// Categorical rows follow what public sources say of Pati where they say something (iid-rules.md §6.1, P29:
// Krenova award for innovators, facilitation of intellectual property); every figure of a numeric row is an
// example for the demo, not BPS or BPK data, and its note says so. Numeric rows keep the raw figures, and their
// tier is derived by the caller's domain rule (`SeedSpdTierFn`), exactly as `spd.set` does.

/** Raw figures as the SPD screen takes them: decimal strings, T-1 and T-2 for changes, `value` for levels. */
export interface DemoSpdRaw {
  readonly t1?: string;
  readonly t2?: string;
  readonly value?: string;
}

export type DemoSpdAnswer =
  | { readonly code: string; readonly tier: 1 | 2 | 3; readonly note: string }
  | { readonly code: string; readonly raw: DemoSpdRaw; readonly note: string };

const EXAMPLE = 'Angka contoh untuk demo, bukan data resmi.';

export const DEMO_SPD_ANSWERS: readonly DemoSpdAnswer[] = [
  { code: '1', tier: 3, note: 'Contoh demo: misi dan visi inovasi tercantum dalam RPJMD.' },
  { code: '2a', tier: 3, note: 'Contoh demo: APBD ditetapkan tepat waktu tiga tahun berturut-turut.' },
  { code: '2b', raw: { value: '4' }, note: `Komponen mandatory spending yang terpenuhi. ${EXAMPLE}` },
  { code: '3', raw: { t2: '1840', t1: '2012' }, note: `Jumlah izin terbit (T-2, T-1). ${EXAMPLE}` },
  {
    code: '4',
    raw: { t2: '38150000', t1: '40010000' },
    note: `Pendapatan per kapita dalam rupiah (T-2, T-1). ${EXAMPLE}`,
  },
  { code: '5a', raw: { t2: '4.17', t1: '3.88' }, note: `TPT dalam persen (T-2, T-1). ${EXAMPLE}` },
  { code: '5b', raw: { value: '3.88' }, note: `TPT tahun T-1 dalam persen. ${EXAMPLE}` },
  { code: '6', raw: { t2: '1250', t1: '1420' }, note: `Realisasi investasi, miliar rupiah. ${EXAMPLE}` },
  { code: '7', raw: { t2: '402', t1: '431' }, note: `PAD, miliar rupiah (T-2, T-1). ${EXAMPLE}` },
  { code: '8', tier: 3, note: 'Contoh demo: opini WTP atas LKPD tahun lalu.' },
  { code: '9', tier: 2, note: 'Contoh demo: nilai SAKIP B.' },
  { code: '10a', raw: { t2: '9.93', t1: '9.65' }, note: `Penduduk miskin, persen (T-2, T-1). ${EXAMPLE}` },
  { code: '10b', raw: { value: '9.65' }, note: `Penduduk miskin tahun T-1, persen. ${EXAMPLE}` },
  { code: '11a', raw: { t2: '73.42', t1: '74.10' }, note: `IPM (T-2, T-1). ${EXAMPLE}` },
  { code: '11b', raw: { value: '74.10' }, note: `IPM tahun terakhir. ${EXAMPLE}` },
  {
    code: '12',
    tier: 2,
    note: 'Krenova Pati Innovation Award: piagam dan insentif bagi inovator (sumber: iid-rules.md §6.1, P29).',
  },
  { code: '13a', raw: { value: '5' }, note: `Rekomendasi kebijakan dari kajian Bapperida. ${EXAMPLE}` },
  { code: '13b', tier: 2, note: 'Contoh demo: IKK kategori Baik.' },
  { code: '14', tier: 1, note: 'Contoh demo: RIPJ PID masih berupa rancangan.' },
  {
    code: '15',
    tier: 2,
    note: 'Sosialisasi dan fasilitasi Kekayaan Intelektual inovasi masyarakat (sumber: iid-rules.md §6.1, P29).',
  },
];
