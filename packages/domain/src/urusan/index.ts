export * from './urusan.ts';
export * from './urusan-name.ts';
export * from './suggest-urusan.ts';
