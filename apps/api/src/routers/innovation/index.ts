// innovation.*: registration and profile of innovations, their submission per period, and submitting.
import type { TRPCRouterRecord } from '@trpc/server';
import { create, submit, update } from './mutations.ts';
import { byId, list } from './queries.ts';

export const innovationRouter = { list, byId, create, update, submit } satisfies TRPCRouterRecord;
