import { z } from 'zod';

/** Unit kinds, as the Prisma enum `UnitKind`. */
export const UNIT_KINDS = ['OPD', 'RSUD', 'KECAMATAN', 'PUSKESMAS', 'UPTD', 'SEKOLAH'] as const;

export const ZUnitForm = z
  .object({
    name: z.string().trim().min(2, 'form.tooShort').max(200, 'form.tooLong'),
    short: z
      .string()
      .trim()
      .min(1, 'form.required')
      .max(40, 'form.tooLong')
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} .\-/]*$/u, 'form.shortFormat'),
    kind: z.enum(UNIT_KINDS),
    parentId: z.string().nullable(),
    urusan: z.array(z.string()),
    active: z.boolean(),
  })
  // UPTD, puskesmas, sekolah and kecamatan sit under an OPD; only OPD and RSUD may stand at the top.
  .refine((v) => v.parentId !== null || v.kind === 'OPD' || v.kind === 'RSUD', {
    message: 'form.parentRequired',
    path: ['parentId'],
  });
export type TUnitForm = z.infer<typeof ZUnitForm>;
