/** The plural suffixes i18next adds to a key (`count_one`, `count_other`); a caller names the key without them. */
type TPluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type TWithoutPlural<K extends string> = K extends `${infer Base}${TPluralSuffix}` ? Base : K;

/**
 * Every key of a namespace as i18next names it (`nav.dashboard`, `errors.AUTH.THROTTLED`), plural forms folded
 * into their base key. Derived from the Indonesian JSON, so a key that does not exist fails to compile.
 */
export type TKeyOf<T> = {
  [K in keyof T & string]: T[K] extends string
    ? TWithoutPlural<K>
    : T[K] extends Record<string, unknown>
      ? `${K}.${TKeyOf<T[K]>}`
      : never;
}[keyof T & string];
