import { z } from 'zod';

/** A claimed or verified tier: 0 (empty or invalid), 1, 2 or 3. */
export const ZTier = z
  .number()
  .int()
  .min(0)
  .max(3)
  .meta({ description: 'Tingkat (tier) 0..3; 0 = kosong / tidak valid.' });

/** Tiers keyed by indicator or SPD row code; a code that is absent counts as tier 0. */
export const ZTierMap = z.record(z.string(), ZTier).meta({
  description: 'Tingkat per kode indikator; kode yang tidak ada bernilai 0. Kode diperiksa terhadap edisi.',
});

/**
 * One innovation of a portfolio: its id, name, urusan (slug or official name, resolved by {@link parsePortfolio})
 * and tiers per SID indicator code.
 */
export const ZPortfolioInnovation = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'Pengenal unik inovasi di dalam berkas.' }),
    name: z.string().optional().meta({ description: 'Nama inovasi (opsional, untuk tampilan).' }),
    urusan: z
      .string()
      .min(1)
      .meta({
        description:
          'Slug urusan dari daftar URUSAN (UU 23/2014), atau nama resminya (huruf besar/kecil dan spasi ' +
          'bebas, mis. "Pekerjaan Umum dan Penataan Ruang"); nilai lain ditolak dengan saran slug terdekat. ' +
          'Yandas: pendidikan, kesehatan, pekerjaan-umum-penataan-ruang, perumahan-kawasan-permukiman, ' +
          'trantibum-linmas, sosial.',
        examples: ['kesehatan', 'pariwisata', 'Pekerjaan Umum dan Penataan Ruang'],
      }),
    indicators: ZTierMap,
  })
  .meta({ title: 'Inovasi' });

/**
 * The portfolio interchange document read by `inovda score|plan` and other tools: an edition code, the
 * SPD tiers of the region and its innovations. Shape only; codes are checked against the edition by
 * {@link parsePortfolio}.
 */
export const ZPortfolio = z
  .strictObject({
    $schema: z.string().optional(),
    edition: z.string().min(1).meta({ description: 'Kode edisi, mis. iga-2026, iga-2024, iga-2023.' }),
    spd: ZTierMap,
    innovations: z.array(ZPortfolioInnovation),
  })
  .meta({
    title: 'Portofolio IID Inovda',
    description: 'Data satu Pemda untuk menghitung Indeks Inovasi Daerah (IID): SPD dan inovasi (SID).',
  });

export type TTier = z.infer<typeof ZTier>;
export type TTierMap = z.infer<typeof ZTierMap>;
export type TPortfolioInnovation = z.infer<typeof ZPortfolioInnovation>;
export type TPortfolio = z.infer<typeof ZPortfolio>;
