// The app router: one import and one key per area router (engineers append theirs here).
import { authRouter } from './auth.ts';
import { router } from '../trpc.ts';

export const appRouter = router({
  auth: authRouter,
});

export type AppRouter = typeof appRouter;
