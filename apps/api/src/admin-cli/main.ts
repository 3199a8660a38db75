// inovda-admin, the process: reads the environment, runs one command (run.ts), prints problems as plain
// bilingual messages (a stack only for real bugs) and exits with its code.
import { MigrationError } from '@inovda/db/migrate';
import { EnvError, loadEnv } from '../env.ts';
import { HELP } from './help.ts';
import { AdminError, both, processIo } from './io.ts';
import { runAdmin } from './run.ts';

async function main(): Promise<void> {
  const io = processIo();
  let code: number;
  try {
    code = await runAdmin(process.argv.slice(2), io, loadEnv());
  } catch (error) {
    if (error instanceof AdminError || error instanceof EnvError || error instanceof MigrationError) {
      io.err(error.message);
      code = error instanceof AdminError ? error.exitCode : 1;
    } else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n${HELP}`);
      code = 2;
    } else {
      io.err(`${both('Gagal', 'Failed')}: ${(error as Error).stack ?? String(error)}`);
      code = 1;
    }
  }
  // Prisma's schema engine leaves a timer pending; the command is done.
  process.exit(code);
}

await main();
