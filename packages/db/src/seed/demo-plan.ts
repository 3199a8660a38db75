// How the 17 real Pati innovations appear in the demo: their workflow state in the 2026 period and the
// profile facts the fixture supports (urusan, tahapan, inisiator, dates only where a source gives them).
import type { BentukInovasi, Inisiator, SubmissionState, Tahapan } from '../generated/prisma/enums.ts';

export interface InnovationPlan {
  state: SubmissionState;
  /** Urusan slug (the same slugs as @inovda/domain URUSAN). */
  urusan: string;
  tahapan: Tahapan;
  inisiator: Inisiator;
  bentuk: BentukInovasi;
  /** ISO dates, only where the fixture's source states them. */
  waktuUjiCoba?: string;
  waktuPenerapan?: string;
  /** Replications by other regions stated by the source (indicator 31). */
  replications?: number;
  /** Verifier's reason when the whole submission is rejected. */
  rejectionNote?: string;
}

export const INNOVATION_PLANS: Readonly<Record<string, InnovationPlan>> = {
  BERDENTING: {
    state: 'SENT',
    urusan: 'kesehatan',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
    waktuUjiCoba: '2023-06-14',
    replications: 1,
  },
  SIJAKAPATI: {
    state: 'SENT',
    urusan: 'pekerjaan-umum-penataan-ruang',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
    waktuPenerapan: '2023-07-12',
    replications: 1,
  },
  'Mal Pelayanan Publik (MPP) Kabupaten Pati': {
    state: 'READY_TO_SEND',
    urusan: 'penanaman-modal',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
  },
  'e-PBB': {
    state: 'READY_TO_SEND',
    urusan: 'keuangan',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
    waktuPenerapan: '2020-01-01',
  },
  'Jangan Gori': {
    state: 'VERIFIED',
    urusan: 'administrasi-kependudukan-pencatatan-sipil',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
    waktuPenerapan: '2021-10-01',
  },
  'Pati Maju': {
    state: 'VERIFIED',
    urusan: 'komunikasi-informatika',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
  },
  SILASETO: {
    state: 'VERIFIED',
    urusan: 'pekerjaan-umum-penataan-ruang',
    tahapan: 'PENERAPAN',
    inisiator: 'ASN',
    bentuk: 'TATA_KELOLA',
  },
  'Cluwak Pregnancy Tool': {
    state: 'IN_REVIEW',
    urusan: 'kesehatan',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
  },
  'Tong Asap Ikan Gantung': {
    state: 'IN_REVIEW',
    urusan: 'kelautan-perikanan',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'LAINNYA',
  },
  'Tarjilu Okke': {
    state: 'RETURNED',
    urusan: 'administrasi-kependudukan-pencatatan-sipil',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
  },
  'Silang Layang': {
    state: 'RETURNED',
    urusan: 'perpustakaan',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
  },
  'Motor Pintar': {
    state: 'SUBMITTED',
    urusan: 'perpustakaan',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
  },
  '1 Hektar 10 Ton': {
    state: 'SUBMITTED',
    urusan: 'pertanian',
    tahapan: 'PENERAPAN',
    inisiator: 'KEPALA_DAERAH',
    bentuk: 'LAINNYA',
  },
  'Aplikasi Determination of Starch in Cassava': {
    state: 'REJECTED',
    urusan: 'penelitian-pengembangan',
    tahapan: 'UJI_COBA',
    inisiator: 'MASYARAKAT',
    bentuk: 'LAINNYA',
    rejectionNote:
      'Karya pelajar SMK swasta pemenang Krenova, bukan inovasi yang diterapkan perangkat daerah. / A private-school ' +
      'student entry of the Krenova contest, not an innovation applied by the regional government.',
  },
  'Puspa Melati': {
    state: 'DRAFT',
    urusan: 'kesehatan',
    tahapan: 'INISIATIF',
    inisiator: 'OPD',
    bentuk: 'PELAYANAN_PUBLIK',
  },
  'Sabtu Bersih': {
    state: 'DRAFT',
    urusan: 'pendidikan',
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    bentuk: 'LAINNYA',
  },
  'Wayang Bathok': {
    state: 'DRAFT',
    urusan: 'kebudayaan',
    tahapan: 'PENERAPAN',
    inisiator: 'MASYARAKAT',
    bentuk: 'LAINNYA',
  },
};

/** The plan of a fixture innovation; throws when the fixture gained an innovation the plan does not cover. */
export function planFor(name: string): InnovationPlan {
  const plan = INNOVATION_PLANS[name];
  if (!plan) throw new Error(`Seed: no demo plan for fixture innovation "${name}"`);
  return plan;
}
