// User rows: user.create's own schema (ZUserCreate without the password) and its own checks (an OPERATOR
// needs a unit, the email is free), plus an email unique in the file. Each new account gets a random initial
// password, returned once by the commit, and must choose its own at first sign-in (mustChangePassword).
// The natural key is the (normalised) e-mail. In UPSERT mode a row whose e-mail belongs to an account of this
// region updates only its name, role, unit and language, with user.update's rules (any role user.create
// allows, a unit for an OPERATOR, never the importing admin's own role); an empty unit or language cell keeps
// the stored value. The password, e-mail, active flag and mustChangePassword are never touched by an update.
// An e-mail of another region's account stays refused (USER.EMAIL_TAKEN), as in CREATE_ONLY mode.
import { randomInt } from 'node:crypto';
import type { Prisma, Role } from '@inovda/db';
import { writeAuditMany } from '../audit.ts';
import { normalizeEmail } from '../auth/login.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { assertEmailFree, assertUnitForRole, userSelect, ZUserCreate } from '../services/users.ts';
import { cellText } from './cells.ts';
import { actionOf, collectChanges, refusesExisting } from './changes.ts';
import { chunksOf, WRITE_CHUNK_ROWS } from './limits.ts';
import { loadUnitsByShort, shortKey } from './region-units.ts';
import type { SheetRow } from './read-sheet.ts';
import { updateEachAudited } from './update-audited.ts';
import {
  type ImportCheck,
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
  /** The account an UPDATE row changes, at the version the check read; null for a new account. */
  existing: { id: string; version: number } | null;
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

const existingSelect = {
  id: true,
  regionId: true,
  email: true,
  name: true,
  role: true,
  unitId: true,
  locale: true,
  version: true,
  unit: { select: { short: true } },
} as const satisfies Prisma.UserSelect;

export async function validateUserRows(
  tx: Prisma.TransactionClient,
  { regionId, actorId, mode }: ImportCheck,
  rows: readonly SheetRow[],
): Promise<RowOutcome<UserPlan>[]> {
  const units = await loadUnitsByShort(tx, regionId);
  const emails = rows.flatMap(({ cells }) => {
    const text = cellText(cells.email);
    return text ? [normalizeEmail(text)] : [];
  });
  const accounts = await tx.user.findMany({ where: { email: { in: emails } }, select: existingSelect });
  const accountOf = new Map(accounts.map((account) => [account.email, account]));
  const firstRowOf = new Map<string, number>();
  const outcomes: RowOutcome<UserPlan>[] = [];
  for (const { row, cells } of rows) {
    const errors: ImportIssue[] = [];
    const email = normalizeEmail(cellText(cells.email) ?? '');
    const found = email ? accountOf.get(email) : undefined;
    // Only this region's accounts are matched; another region's e-mail is refused below, as by user.create.
    const current = found?.regionId === regionId && !refusesExisting(mode) ? found : undefined;
    const unitText = cellText(cells.unit);
    const unit = unitText ? units.get(shortKey(unitText)) : undefined;
    if (unitText && !unit) errors.push(rowIssue('unit', 'IMPORT.UNKNOWN_UNIT', { value: unitText }));
    const roleText = cellText(cells.peran)?.toUpperCase();
    const localeText = cellText(cells.bahasa)?.toLowerCase();
    const parsed = ZUserRow.safeParse(
      {
        email: cellText(cells.email) ?? undefined,
        name: cellText(cells.nama) ?? undefined,
        role: roleText ? (ROLE_ALIASES[roleText] ?? roleText) : undefined,
        unitId: unit?.id ?? (current && !unitText ? current.unitId : null),
        locale: localeText ?? current?.locale ?? undefined,
      },
      PARSE_OPTIONS,
    );
    if (!parsed.success)
      errors.push(...zodIssues(parsed.error, (path) => FIELD_COLUMN[String(path[0])] ?? null));
    if (email) {
      const firstRow = firstRowOf.get(email);
      if (firstRow === undefined) firstRowOf.set(email, row);
      else errors.push(rowIssue('email', 'IMPORT.DUPLICATE_IN_FILE', { value: email, firstRow }));
    }
    if (parsed.success) {
      // The same refusals user.create / user.update give, with the same words.
      if (!unitText || unit)
        await assertUnitForRole(tx, regionId, parsed.data.role, parsed.data.unitId).catch((error: unknown) =>
          errors.push(issueOfError('unit', error)),
        );
      if (!current)
        await assertEmailFree(tx, parsed.data.email).catch((error: unknown) =>
          errors.push(issueOfError('email', error)),
        );
      else if (current.id === actorId && parsed.data.role !== current.role)
        errors.push(rowIssue('peran', 'USER.CANNOT_CHANGE_SELF'));
    }
    const unitShort = parsed.success && parsed.data.unitId ? (unit?.short ?? current?.unit?.short) : null;
    const changes =
      current && parsed.success
        ? collectChanges([
            ['nama', current.name, parsed.data.name],
            ['peran', current.role, parsed.data.role],
            ['unit', current.unit?.short, unitShort],
            ['bahasa', current.locale, parsed.data.locale],
          ])
        : [];
    const value =
      parsed.success && errors.length === 0
        ? { ...parsed.data, existing: current ? { id: current.id, version: current.version } : null }
        : undefined;
    outcomes.push({
      row,
      errors,
      warnings: [],
      action: email ? actionOf(current !== undefined, changes) : null,
      match: current ? { entityId: current.id, version: current.version } : null,
      changes,
      value,
    });
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
      data: chunk.map(({ plan: { existing: _existing, ...plan }, passwordHash }) => ({
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

/**
 * Updates the changed accounts (name, role, unit, language only) at the version the check read, audited like
 * user.update; an EDIT.CONFLICT rolls the whole import back.
 */
export async function updateUsers(
  tx: Prisma.TransactionClient,
  { regionId, audit, importFileId }: ImportTarget,
  plans: readonly UserPlan[],
): Promise<number> {
  const targets = plans.map((plan) => {
    if (!plan.existing) throw new Error('user import: an update without its account');
    return { ...plan, existing: plan.existing };
  });
  const events = await updateEachAudited({
    plans: targets,
    idOf: ({ existing }) => existing.id,
    readAll: (ids) => tx.user.findMany({ where: { id: { in: ids } }, select: userSelect }),
    update: async ({ existing, name, role, unitId, locale }) => {
      await updateVersioned('User', existing, (where) =>
        tx.user.updateMany({
          where: { ...where, regionId },
          data: { name, role, unitId, locale, version: { increment: 1 } },
        }),
      );
    },
    event: (before, after) => ({
      ...audit,
      action: 'user.update',
      entity: 'User',
      before,
      after: { ...after, importFileId, passwordChanged: false },
    }),
  });
  await writeAuditMany(tx, events);
  return plans.length;
}
