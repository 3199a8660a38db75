// `pnpm --silent inovda ...` from the repo root: builds the bundled bin when its sources changed, then runs it
// in the directory the user ran pnpm from (INIT_CWD), so relative FILE paths mean what the user typed.
import { pathToFileURL } from 'node:url';
import { BIN, ensureBuilt } from './ensure-built.mjs';

ensureBuilt();
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
await import(pathToFileURL(BIN).href);
