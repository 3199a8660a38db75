// Server-side caller of the app router (tests, scripts, benchmarks): runs procedures without HTTP.
import { appRouter } from './routers/index.ts';
import { createCallerFactory } from './trpc.ts';

export const createCaller = createCallerFactory(appRouter);
