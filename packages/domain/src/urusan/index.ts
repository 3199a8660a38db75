export * from './urusan.ts';
export * from './urusan-name.ts';
