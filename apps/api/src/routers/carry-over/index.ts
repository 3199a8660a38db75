// carryOver.*: year-to-year carry-over of innovations with the two-year rule (domain `decideCarryOver`), and
// the development note a re-submission may need.
import type { TRPCRouterRecord } from '@trpc/server';
import { candidates } from './candidates.ts';
import { carry } from './carry.ts';
import { setDevelopmentNote } from './development-note.ts';

export const carryOverRouter = { candidates, carry, setDevelopmentNote } satisfies TRPCRouterRecord;
