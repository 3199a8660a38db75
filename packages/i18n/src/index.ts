// The browser-safe entry: languages, namespaces, options and types. The texts themselves come through
// `@inovda/i18n/catalogue` (all of them, for Node) or `@inovda/i18n/lazy` (one namespace at a time, for the admin).
export type { TKeyOf } from './keys.ts';
export * from './languages.ts';
export * from './namespaces.ts';
export type { TResources } from './resources.ts';
export type { TAppCode, TFieldMessageKey } from './app-codes.ts';
