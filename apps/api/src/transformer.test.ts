import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { shareOutput, transformer } from './transformer.ts';

describe('transformer', () => {
  it('serializes like superjson, and round-trips dates', () => {
    const value = { at: new Date('2026-11-28T00:00:00Z'), n: 1, list: [{ a: 'x' }] };
    const out = transformer.serialize(value);
    expect(out).toEqual(superjson.serialize(value));
    expect(transformer.deserialize(out)).toEqual(value);
  });

  it('walks a shared output once: the same serialized object for every request', () => {
    const value = shareOutput({ at: new Date('2026-11-28T00:00:00Z'), rows: [{ n: 1 }] });
    const first = transformer.serialize(value);
    expect(transformer.serialize(value)).toBe(first);
    expect(first).toEqual(superjson.serialize(value));
  });

  it('freezes a shared output, so it cannot drift from its memo', () => {
    const value = shareOutput({ rows: [{ n: 1 }] });
    expect(() => {
      (value.rows[0] as { n: number }).n = 2;
    }).toThrow(TypeError);
  });

  it('serializes an unshared value afresh each time', () => {
    const value = { n: 1 };
    const first = transformer.serialize(value);
    value.n = 2;
    expect(transformer.deserialize(transformer.serialize(value))).toEqual({ n: 2 });
    expect(first).not.toBe(transformer.serialize(value));
  });
});
