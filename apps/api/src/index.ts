// Public entry of @inovda/api. The admin app imports only the router's type from here (type-only).
export { appRouter, type AppRouter } from './routers/index.ts';
export { createCaller } from './caller.ts';
export type { Context } from './context.ts';
