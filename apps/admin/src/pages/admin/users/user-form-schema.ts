import { ZRole } from '@inovda/domain';
import { z } from 'zod';

/** The server's password rule (apps/api ZNewPassword): 10..128 characters with a digit or a symbol. */
const ZPassword = z
  .string()
  .min(10, 'form.passwordLength')
  .max(128, 'form.passwordLength')
  .refine((value) => /[^\p{L}]/u.test(value), 'form.passwordSymbol');

const base = {
  email: z.string().trim().max(254, 'form.tooLong').pipe(z.email('form.email')),
  name: z.string().trim().min(2, 'form.tooShort').max(200, 'form.tooLong'),
  role: ZRole,
  unitId: z.string().nullable(),
  active: z.boolean(),
};

/** An operator works for one unit; the server says the same (USER.OPERATOR_NEEDS_UNIT). */
const operatorHasUnit = (v: { role: string; unitId: string | null }) => v.role !== 'OPERATOR' || !!v.unitId;
const unitIssue = { message: 'form.operatorNeedsUnit', path: ['unitId'] };

/** Creating a user: a first password is required. */
export const ZUserCreateForm = z.object({ ...base, password: ZPassword }).refine(operatorHasUnit, unitIssue);
export type TUserCreateForm = z.infer<typeof ZUserCreateForm>;

/** Editing a user: the password field stays empty unless the admin sets a new one. */
export const ZUserEditForm = z
  .object({ ...base, password: z.union([z.literal(''), ZPassword]) })
  .refine(operatorHasUnit, unitIssue);
