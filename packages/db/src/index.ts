// Public entry of @inovda/db: the client factory plus the generated client's types, enums and the Prisma namespace,
// so other packages import everything database-related from here and never from the generated folder.
export { createDb, ensureDataDir, parsePgUrl, redactUrl } from './client.ts';
export { fastSqlOf, type FastSql } from './fast-sql.ts';
export { dbOptionsFromEnv, describeDbOptions, REPO_ROOT, resolveDataDir } from './env.ts';
export type { CreateDbOptions, Db, DbKind, DbLogger, DbTarget, PgConnectionConfig } from './client.ts';
export * from './generated/prisma/client.ts';
