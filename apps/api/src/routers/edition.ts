// Rule editions: the built-in packs of the domain and the region's custom editions (a clone of a built-in or
// custom pack with edited values, validated by the domain's pack schema). Everyone in the region reads them
// (the admin renders indicators, options and evidence kinds from `byCode`); only the ADMIN writes, and every
// write is audited in its own transaction.
//
// Reproducible scores: a custom edition whose rules a period has already scored (any SID answer of its
// submissions, or any SPD answer) is frozen. Edits of its rules are refused with EDITION.LOCKED (its name may
// still change); the ADMIN clones it into a new edition instead and chooses that for the next period. An
// edition that any period uses cannot be deleted (EDITION.IN_USE).
import {
  diffEditionPacks,
  getEdition,
  listEditions,
  summarizeProvenance,
  validateEditionPack,
  type EditionPackIssue,
  type TEditionPack,
} from '@inovda/domain';
import type { Prisma } from '@inovda/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import { listYears, loadEditionUsage } from '../services/edition-usage.ts';
import { authedProcedure, roleProcedure } from '../trpc.ts';

const customSelect = {
  id: true,
  code: true,
  name: true,
  baseCode: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

const ZCode = z.string().min(1).max(60);
const ZName = z.string().trim().min(2).max(200);

/** A custom edition's code, in the region, or EDITION.BUILT_IN / EDITION.UNKNOWN. */
function assertCustomCode(code: string): void {
  if (getEdition(code)) throw new AppError('EDITION.BUILT_IN', { code });
}

/** The pack with the edition's identity forced on it (the code, name and base are the row's, not the body's). */
function withIdentity(pack: unknown, identity: { code: string; name: string; basedOn: string }): unknown {
  return typeof pack === 'object' && pack !== null && !Array.isArray(pack) ? { ...pack, ...identity } : pack;
}

/** Validates with the domain or throws EDITION.INVALID naming the first issue's exact path (both languages). */
function validOrThrow(candidate: unknown): TEditionPack {
  const checked = validateEditionPack(candidate);
  if (checked.ok) return checked.value;
  const [first] = checked.error.issues;
  throw new AppError('EDITION.INVALID', {
    count: checked.error.issues.length,
    path: first?.path.join('.') ?? '',
    message: first?.messages.id ?? '',
    messageEn: first?.messages.en ?? '',
  });
}

/** The issues as they leave the API: exact path, Indonesian and English message, zod's code. */
function shapeIssues(issues: readonly EditionPackIssue[]) {
  return issues.map((issue) => ({
    path: [...issue.path],
    messages: issue.messages,
    zodCode: issue.zodCode,
  }));
}

/** Changed leaves as `{ 'sid.0.weightX100': value }` on each side, for a compact audit event. */
function auditValues(before: unknown, after: unknown) {
  const changes = diffEditionPacks(before, after);
  const side = (pick: 'before' | 'after') =>
    Object.fromEntries(changes.map((c) => [c.path.join('.'), c[pick] ?? null]));
  return { count: changes.length, before: side('before'), after: side('after') };
}

/**
 * The region's custom edition `code` with its pack, for an edit made from `version`: EDITION.UNKNOWN when it
 * does not exist, EDIT.CONFLICT at once when it changed since (the write itself re-checks with updateVersioned).
 */
async function loadCustomForEdit(
  tx: Prisma.TransactionClient,
  regionId: string,
  code: string,
  version: number,
) {
  const current = await tx.customEdition.findUnique({
    where: { regionId_code: { regionId, code } },
    select: { ...customSelect, pack: true },
  });
  if (!current) throw new AppError('EDITION.UNKNOWN', { code });
  if (current.version !== version)
    throw new AppError('EDIT.CONFLICT', { entity: 'CustomEdition', id: current.id, version });
  return current;
}

export const editionRouter = {
  /** Built-in and custom editions with their provenance summary and the periods that use them. */
  list: authedProcedure.query(async ({ ctx }) => {
    const { regionId } = ctx.user;
    const [rows, periods] = await Promise.all([
      ctx.prisma.customEdition.findMany({
        where: { regionId },
        select: { ...customSelect, pack: true },
        orderBy: { code: 'asc' },
      }),
      ctx.prisma.period.findMany({
        where: { regionId },
        select: { year: true, name: true, editionCode: true },
        orderBy: { year: 'asc' },
      }),
    ]);
    const periodsOf = (code: string) =>
      periods.filter((p) => p.editionCode === code).map(({ year, name }) => ({ year, name }));
    const custom = await Promise.all(
      rows.map(async ({ pack: stored, ...row }) => {
        const checked = validateEditionPack(stored);
        const usage = await loadEditionUsage(ctx.prisma, regionId, row.code);
        return {
          ...row,
          assessmentYear: checked.ok ? checked.value.assessmentYear : null,
          provenance: checked.ok ? summarizeProvenance(checked.value) : null,
          periods: periodsOf(row.code),
          locked: usage.some((p) => p.answered),
        };
      }),
    );
    return {
      builtIn: listEditions().map((p) => ({
        code: p.code,
        name: p.name,
        assessmentYear: p.assessmentYear,
        confidence: p.confidence,
        provenance: summarizeProvenance(p),
        periods: periodsOf(p.code),
      })),
      custom,
    };
  }),

  byCode: authedProcedure.input(z.object({ code: ZCode })).query(async ({ ctx, input }) => {
    const pack = await loadEditionPack(ctx.prisma, ctx.user.regionId, input.code);
    if (!pack) throw new AppError('EDITION.UNKNOWN', { code: input.code });
    return pack;
  }),

  /**
   * ADMIN: one edition for the editor: its pack, the custom row (version for the next edit, base code), the
   * periods on it and whether its rules are frozen by answers.
   */
  detail: roleProcedure('ADMIN')
    .input(z.object({ code: ZCode }))
    .query(async ({ ctx, input }) => {
      const { regionId } = ctx.user;
      const pack = await loadEditionPack(ctx.prisma, regionId, input.code);
      if (!pack) throw new AppError('EDITION.UNKNOWN', { code: input.code });
      const custom = getEdition(input.code)
        ? null
        : await ctx.prisma.customEdition.findUniqueOrThrow({
            where: { regionId_code: { regionId, code: input.code } },
            select: customSelect,
          });
      const periods = await loadEditionUsage(ctx.prisma, regionId, input.code);
      return {
        kind: custom ? ('CUSTOM' as const) : ('BUILT_IN' as const),
        pack,
        custom,
        periods,
        locked: custom === null || periods.some((p) => p.answered),
        provenance: summarizeProvenance(pack),
      };
    }),

  /**
   * ADMIN: clone a built-in or custom edition of the region into a new custom edition, optionally with an
   * edited pack (from `byCode`/`detail` of the base, changed). The code, name and base are forced on the pack.
   */
  createCustom: roleProcedure('ADMIN')
    .input(
      z.object({
        baseCode: ZCode,
        code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/),
        name: ZName,
        /** The edited pack; without it the base is cloned unchanged. */
        pack: z.unknown().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const base = await loadEditionPack(ctx.prisma, ctx.user.regionId, input.baseCode);
      if (!base) throw new AppError('EDITION.UNKNOWN', { code: input.baseCode });
      if (getEdition(input.code)) throw new AppError('EDITION.CODE_TAKEN', { code: input.code });
      const identity = { code: input.code, name: input.name, basedOn: input.baseCode };
      const pack = validOrThrow(withIdentity(input.pack === undefined ? base : input.pack, identity));
      return ctx.prisma.$transaction(async (tx) => {
        const taken = await tx.customEdition.findUnique({
          where: { regionId_code: { regionId: ctx.user.regionId, code: input.code } },
          select: { id: true },
        });
        if (taken) throw new AppError('EDITION.CODE_TAKEN', { code: input.code });
        const row = await tx.customEdition.create({
          data: {
            regionId: ctx.user.regionId,
            code: input.code,
            name: input.name,
            baseCode: input.baseCode,
            pack,
            createdById: ctx.user.id,
          },
          select: customSelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'edition.create-custom',
          entity: 'CustomEdition',
          entityId: row.id,
          after: { ...row, pack },
        });
        return row;
      });
    }),

  /**
   * ADMIN: replace a custom edition's pack and/or name. Versioned (a stale `version` gets EDIT.CONFLICT);
   * refused with EDITION.LOCKED when the rules change while a period on this edition holds answers.
   */
  update: roleProcedure('ADMIN')
    .input(
      z.object({
        code: ZCode,
        version: z.number().int().positive(),
        name: ZName.optional(),
        /** The whole edited pack; without it only the name changes. */
        pack: z.unknown().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      assertCustomCode(input.code);
      const { regionId } = ctx.user;
      return ctx.prisma.$transaction(async (tx) => {
        const current = await loadCustomForEdit(tx, regionId, input.code, input.version);
        const name = input.name ?? current.name;
        const identity = { code: current.code, name, basedOn: current.baseCode };
        const pack = validOrThrow(
          withIdentity(input.pack === undefined ? current.pack : input.pack, identity),
        );
        const values = auditValues(current.pack, pack);
        // Only the name and the identity fields (code, name, base) may change once answers exist.
        const rulesChanged = Object.keys(values.after).some(
          (path) => !['name', 'code', 'basedOn'].includes(path),
        );
        if (rulesChanged) {
          const answered = (await loadEditionUsage(tx, regionId, current.code)).filter((p) => p.answered);
          if (answered.length > 0)
            throw new AppError('EDITION.LOCKED', { code: current.code, years: listYears(answered) });
        }
        await updateVersioned('CustomEdition', { id: current.id, version: input.version }, (where) =>
          tx.customEdition.updateMany({ where, data: { name, pack, version: { increment: 1 } } }),
        );
        const row = await tx.customEdition.findUniqueOrThrow({
          where: { id: current.id },
          select: customSelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'edition.update',
          entity: 'CustomEdition',
          entityId: row.id,
          before: {
            name: current.name,
            version: current.version,
            changes: values.count,
            values: values.before,
          },
          after: { name: row.name, version: row.version, changes: values.count, values: values.after },
        });
        return row;
      });
    }),

  /**
   * ADMIN: check a pack without saving it: the domain's issues with their exact paths and messages in
   * Indonesian and English. A mutation only so that the ~40 KB pack travels in the body; it changes nothing
   * and therefore writes no audit event.
   */
  validate: roleProcedure('ADMIN')
    .input(z.object({ pack: z.unknown() }))
    .mutation(({ input }) => {
      const checked = validateEditionPack(input.pack);
      return checked.ok
        ? { ok: true as const, issues: [] }
        : { ok: false as const, issues: shapeIssues(checked.error.issues) };
    }),

  /** ADMIN: delete a custom edition no period uses (EDITION.IN_USE otherwise). The audit keeps its pack. */
  delete: roleProcedure('ADMIN')
    .input(z.object({ code: ZCode, version: z.number().int().positive() }))
    .mutation(async ({ ctx, input }) => {
      assertCustomCode(input.code);
      const { regionId } = ctx.user;
      return ctx.prisma.$transaction(async (tx) => {
        const current = await loadCustomForEdit(tx, regionId, input.code, input.version);
        const periods = await loadEditionUsage(tx, regionId, current.code);
        if (periods.length > 0)
          throw new AppError('EDITION.IN_USE', { code: current.code, years: listYears(periods) });
        await updateVersioned('CustomEdition', { id: current.id, version: input.version }, (where) =>
          tx.customEdition.deleteMany({ where }),
        );
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'edition.delete',
          entity: 'CustomEdition',
          entityId: current.id,
          before: current,
        });
        return { code: current.code, deleted: true as const };
      });
    }),
} satisfies TRPCRouterRecord;
