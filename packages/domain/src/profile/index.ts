export * from './check-eligibility.ts';
export * from './count-words.ts';
export * from './eligibility.ts';
export * from './profile-schema.ts';
export * from './validate-profile.ts';
