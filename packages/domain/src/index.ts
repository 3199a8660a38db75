export * from './result.ts';
export * from './issues.ts';
export * from './editions/index.ts';
export * from './scoring/index.ts';
export * from './urusan/index.ts';
export * from './workflow/index.ts';
export * from './planner/index.ts';
export * from './portfolio/index.ts';
