// User rows: user.create's own schema (ZUserCreate without the password) and its own checks (an OPERATOR
// needs a unit, the email is free), plus an email unique in the file. Each new account gets a random initial
// password, returned once by the commit, and must choose its own at first sign-in (mustChangePassword).
import { randomInt } from 'node:crypto';
import type { Prisma, Role } from '@inovda/db';
import { writeAuditMany } from '../audit.ts';
import { normalizeEmail } from '../auth/login.ts';
import { assertEmailFree, assertUnitForRole, userSelect, ZUserCreate } from '../routers/user.ts';
import { cellText } from './cells.ts';
import { chunksOf, WRITE_CHUNK_ROWS } from './limits.ts';
import { loadUnitsByShort, shortKey } from './region-units.ts';
import type { SheetRow } from './read-sheet.ts';
import {
  PARSE_OPTIONS,
  type ImportTarget,
  issueOfError,
  type ImportIssue,
  type RowOutcome,
  rowIssue,
  zodIssues,
} from './report.ts';

const ZUserRow = ZUserCreate.omit({ password: true });

export interface UserPlan {
  email: string;
  name: string;
  role: Role;
  unitId: string | null;
  locale: 'id' | 'en';
}

const FIELD_COLUMN: Record<string, string> = {
  email: 'email',
  name: 'nama',
  role: 'peran',
  unitId: 'unit',
  locale: 'bahasa',
};
/** Indonesian names of the roles, accepted besides the codes. */
const ROLE_ALIASES: Record<string, string> = { VERIFIKATOR: 'VERIFIER', PIMPINAN: 'VIEWER' };

export async function validateUserRows(
  tx: Prisma.TransactionClient,
  regionId: string,
  rows: readonly SheetRow[],
): Promise<RowOutcome<UserPlan>[]> {
  const units = await loadUnitsByShort(tx, regionId);
  const firstRowOf = new Map<string, number>();
  const outcomes: RowOutcome<UserPlan>[] = [];
  for (const { row, cells } of rows) {
    const errors: ImportIssue[] = [];
    const unitText = cellText(cells.unit);
    const unit = unitText ? units.get(shortKey(unitText)) : undefined;
    if (unitText && !unit) errors.push(rowIssue('unit', 'IMPORT.UNKNOWN_UNIT', { value: unitText }));
    const roleText = cellText(cells.peran)?.toUpperCase();
    const parsed = ZUserRow.safeParse(
      {
        email: cellText(cells.email) ?? undefined,
        name: cellText(cells.nama) ?? undefined,
        role: roleText ? (ROLE_ALIASES[roleText] ?? roleText) : undefined,
        unitId: unit?.id ?? null,
        locale: cellText(cells.bahasa)?.toLowerCase() ?? undefined,
      },
      PARSE_OPTIONS,
    );
    if (!parsed.success)
      errors.push(...zodIssues(parsed.error, (path) => FIELD_COLUMN[String(path[0])] ?? null));
    const email = parsed.success ? parsed.data.email : normalizeEmail(cellText(cells.email) ?? '');
    if (email) {
      const firstRow = firstRowOf.get(email);
      if (firstRow === undefined) firstRowOf.set(email, row);
      else errors.push(rowIssue('email', 'IMPORT.DUPLICATE_IN_FILE', { value: email, firstRow }));
    }
    if (parsed.success) {
      // The same refusals user.create gives, with the same words.
      if (!unitText || unit)
        await assertUnitForRole(tx, regionId, parsed.data.role, parsed.data.unitId).catch((error: unknown) =>
          errors.push(issueOfError('unit', error)),
        );
      await assertEmailFree(tx, parsed.data.email).catch((error: unknown) =>
        errors.push(issueOfError('email', error)),
      );
    }
    const value = parsed.success && errors.length === 0 ? parsed.data : undefined;
    outcomes.push({ row, errors, warnings: [], value });
  }
  return outcomes;
}

/** Letters and digits that cannot be confused when read aloud or copied by hand (no 0/O, 1/l/I). */
const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const PASSWORD_DIGITS = '23456789';

/**
 * A random initial password from `node:crypto`: four groups of four, about 92 bits, with a digit (the
 * password rule wants a non-letter) and never starting with a character a spreadsheet would run as a formula.
 */
export function generateInitialPassword(): string {
  const chars = Array.from({ length: 16 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]!);
  if (!chars.some((char) => PASSWORD_DIGITS.includes(char)))
    chars[randomInt(1, 16)] = PASSWORD_DIGITS[randomInt(PASSWORD_DIGITS.length)]!;
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join('')).join('-');
}

export interface CreatedUser {
  row: number;
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** Creates the accounts (password hashes made beforehand, outside the transaction); audited like user.create. */
export async function writeUsers(
  tx: Prisma.TransactionClient,
  { regionId, audit, importFileId }: ImportTarget,
  plans: readonly { row: number; plan: UserPlan; password: string; passwordHash: string }[],
): Promise<CreatedUser[]> {
  const created: CreatedUser[] = [];
  for (const chunk of chunksOf(plans, WRITE_CHUNK_ROWS)) {
    const users = await tx.user.createManyAndReturn({
      data: chunk.map(({ plan, passwordHash }) => ({
        ...plan,
        passwordHash,
        regionId,
        mustChangePassword: true,
      })),
      select: userSelect,
    });
    const byEmail = new Map(users.map((user) => [user.email, user]));
    await writeAuditMany(
      tx,
      users.map((user) => ({
        ...audit,
        action: 'user.create',
        entity: 'User',
        entityId: user.id,
        after: { ...user, importFileId, mustChangePassword: true },
      })),
    );
    for (const { row, plan, password } of chunk) {
      const user = byEmail.get(plan.email);
      if (!user) throw new Error(`user import: ${plan.email} was not returned`);
      created.push({ row, email: user.email, name: user.name, role: user.role, password });
    }
  }
  return created;
}
