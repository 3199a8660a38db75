import type { TKeyOf } from './keys.ts';
import type { TResources } from './resources.ts';

/**
 * Every application error code (`AUTH.THROTTLED`, `NOT_FOUND`): the keys of the `errors` namespace, less its
 * two helper groups (`area.*`, the fallback per area; `field.*`, custom field messages). A closed union: the
 * API's status map must name each one, and raising a code that has no words fails to compile.
 */
export type TAppCode = Exclude<TKeyOf<TResources['errors']>, `area.${string}` | `field.${string}`>;

/** The custom field messages of zod refinements (`field.PASSWORD_NEEDS_SYMBOL`). */
export type TFieldMessageKey = Extract<TKeyOf<TResources['errors']>, `field.${string}`>;
