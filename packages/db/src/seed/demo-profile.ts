// Profile JSON of a demo innovation, built only from what the fixture states (its paraphrased description,
// expansion, start year and source). Sections the sources do not cover are left out rather than invented,
// so the readiness checks show honest gaps (e.g. rancang bangun below 300 words).
import type { FixtureInnovation } from './fixture.ts';

const DASAR_HUKUM =
  'Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah; Peraturan Menteri Dalam Negeri Nomor 104 ' +
  'Tahun 2018 tentang Penilaian dan Pemberian Penghargaan dan/atau Insentif Inovasi Daerah.';

export function buildDemoProfile(innovation: FixtureInnovation): Record<string, unknown> {
  return {
    ringkasan: innovation.description,
    ...(innovation.expansion ? { kepanjangan: innovation.expansion } : {}),
    ...(innovation.startYear ? { tahunMulai: innovation.startYear } : {}),
    rancangBangun: { dasarHukum: DASAR_HUKUM, metodePembaharuan: innovation.description },
    sumber: [innovation.source],
    demo: true,
  };
}
