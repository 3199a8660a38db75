export type { NextAction } from './next-best-actions.ts';
export { nextBestActions } from './next-best-actions.ts';
export type { BestSetPlan } from './plan-best-set.ts';
export { planBestSet } from './plan-best-set.ts';
export type { TNextActionType } from './price-candidates.ts';
