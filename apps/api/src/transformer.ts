// The tRPC data transformer: superjson, plus a memo for outputs that many requests share. A cached, immutable
// value (a dashboard summary read by every steering screen) is walked by superjson once, not once per request;
// JSON.stringify of the result still runs per response.
import type { DataTransformer } from '@trpc/server';
import superjson from 'superjson';

type Serialized = ReturnType<typeof superjson.serialize>;

const shared = new WeakSet<object>();
const memo = new WeakMap<object, Serialized>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Marks `value` as shared between requests: it is frozen (deeply; Dates stay mutable, so none may be changed
 * by convention) and its serialized form is computed once, on first use. Returns the same value.
 */
export function shareOutput<T extends object>(value: T): T {
  shared.add(deepFreeze(value));
  return value;
}

function serialize(value: unknown): Serialized {
  if (typeof value !== 'object' || value === null || !shared.has(value)) return superjson.serialize(value);
  let done = memo.get(value);
  if (!done) memo.set(value, (done = superjson.serialize(value)));
  return done;
}

export const transformer = {
  serialize,
  deserialize: (value: Serialized): unknown => superjson.deserialize(value),
} satisfies DataTransformer;
