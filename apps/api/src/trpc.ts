// tRPC root: superjson, the error formatter, and the three procedure kinds every router builds on.
import { Prisma, type Role } from '@inovda/db';
import { initTRPC, type TRPC_ERROR_CODE_KEY, type TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import type { Context } from './context.ts';
import { AppError, type ErrorParams, type Lang } from './errors.ts';
import { describeAppError } from './http-errors.ts';
import { type Logger, rootLogger } from './log/logger.ts';
import { transformer } from './transformer.ts';

const zodLocales = { id: z.locales.id().localeError };
/** Errors already logged, so an internal error is written to the log exactly once. */
const logged = new WeakSet<object>();

/** Logs an unexpected failure once, with the request id (the request's own logger when there is one). */
export function logInternalError(
  error: unknown,
  requestId: string | null,
  path?: string,
  logger: Logger = rootLogger(),
): void {
  if (typeof error === 'object' && error !== null) {
    if (logged.has(error)) return;
    logged.add(error);
  }
  logger.error(
    { err: error, requestId: requestId ?? undefined, path },
    'Kesalahan internal / internal error',
  );
}

/** Field messages in the request's language; issues with a custom message keep it. */
function flattenZod(error: ZodError, lang: Lang) {
  return z.flattenError(error, (issue) => {
    if (issue.code === 'custom') {
      const text = (issue.params as Record<string, unknown> | undefined)?.[lang];
      return typeof text === 'string' ? text : issue.message;
    }
    if (lang === 'en') return issue.message;
    const localized = zodLocales.id({ ...issue, input: issue.input } as Parameters<typeof zodLocales.id>[0]);
    return typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
  });
}

function prismaFields(error: Prisma.PrismaClientKnownRequestError): string {
  const meta = (error.meta ?? {}) as {
    target?: unknown;
    driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } };
  };
  const fields = meta.target ?? meta.driverAdapterError?.cause?.constraint?.fields;
  return Array.isArray(fields) ? fields.join(', ') : typeof fields === 'string' ? fields : '';
}

/** Maps known causes to AppErrors; anything else that is internal becomes a generic, logged INTERNAL. */
function normalizeError(error: TRPCError, requestId: string, path: string): TRPCError {
  if (error instanceof AppError) return error;
  const cause = error.cause;
  if (cause instanceof AppError) return cause;
  if (cause instanceof Prisma.PrismaClientKnownRequestError) {
    if (cause.code === 'P2002')
      return new AppError('VALIDATION.DUPLICATE', { fields: prismaFields(cause) }, { cause });
    if (cause.code === 'P2025') return new AppError('NOT_FOUND', {}, { cause });
  }
  if (error.code !== 'INTERNAL_SERVER_ERROR') return error;
  return toInternalError(cause ?? error, requestId, path);
}

/** Logs an unexpected failure once and returns the generic INTERNAL error the client sees instead. */
export function toInternalError(cause: unknown, requestId: string, path: string, logger?: Logger): AppError {
  logInternalError(cause, requestId, path, logger);
  const internal = new AppError('INTERNAL', { requestId });
  logged.add(internal);
  return internal;
}

/** App codes of tRPC's own errors (bad input, unknown path, parse errors), which are not AppErrors. */
const TRPC_CODE_TO_APP: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  BAD_REQUEST: 'VALIDATION.INVALID_INPUT',
  PARSE_ERROR: 'VALIDATION.INVALID_INPUT',
  PAYLOAD_TOO_LARGE: 'VALIDATION.INVALID_INPUT',
  UNPROCESSABLE_CONTENT: 'VALIDATION.INVALID_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHORIZED: 'AUTH.UNAUTHENTICATED',
  FORBIDDEN: 'AUTH.FORBIDDEN',
  INTERNAL_SERVER_ERROR: 'INTERNAL',
};

function describeError(error: TRPCError, requestId: string | null): { appCode: string; params: ErrorParams } {
  if (error instanceof AppError) return { appCode: error.appCode, params: error.params };
  const appCode = TRPC_CODE_TO_APP[error.code] ?? `TRPC.${error.code}`;
  return { appCode, params: appCode === 'INTERNAL' ? { requestId: requestId ?? '-' } : {} };
}

const t = initTRPC.context<Context>().create({
  transformer,
  // Never send stack traces to clients, whatever NODE_ENV says; internal errors are in the server log.
  isDev: false,
  errorFormatter({ shape, error, ctx }) {
    const lang = ctx?.lang ?? 'id';
    // Without a context (its creation failed), the request id travels in the INTERNAL error's params.
    const paramId = error instanceof AppError ? error.params.requestId : undefined;
    const requestId = ctx?.requestId ?? (typeof paramId === 'string' ? paramId : null);
    const { appCode, params } = describeError(error, requestId);
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const flat = zodError ? flattenZod(zodError, lang) : null;
    const { message, messages } = describeAppError(appCode, params, lang);
    return {
      ...shape,
      message,
      data: {
        ...shape.data,
        appCode,
        params,
        fieldErrors: flat?.fieldErrors ?? null,
        formErrors: flat?.formErrors ?? null,
        requestId,
        messages,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapErrors = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (!result.ok) throw normalizeError(result.error, ctx.requestId, path);
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError('AUTH.UNAUTHENTICATED');
  return next({ ctx: { user: ctx.user } });
});

/** Signed in with one of `roles`; scope (region, unit) is checked by the procedure with scope.ts. */
export function roleProcedure(...roles: [Role, ...Role[]]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) throw new AppError('AUTH.FORBIDDEN', { role: ctx.user.role });
    return next();
  });
}
