export * from './decide-transition.ts';
export * from './package.ts';
export * from './permissions.ts';
export * from './states.ts';
export * from './transitions.ts';
export * from './verdict.ts';
export * from './state-groups.ts';
