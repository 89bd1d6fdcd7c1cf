// The process-long cache of compiled texts keeps at most its limit, dropping the least recently used.
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/render/text/bounded-cache.js';
import { compiledTexts, expandVariables } from '../../src/render/text/expand-variables.js';

describe('BoundedCache', () => {
  it('drops the least recently used entry past its limit', () => {
    const c = new BoundedCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    c.set('c', 3);
    expect(c.size).toBe(2);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
  });

  it('getOrMake makes a missing value once, and counts a hit as a use', () => {
    const c = new BoundedCache<string, string>(2);
    const made: string[] = [];
    const make = (key: string) => (made.push(key), key.toUpperCase());
    expect(c.getOrMake('a', make)).toBe('A');
    expect(c.getOrMake('b', make)).toBe('B');
    expect(c.getOrMake('a', make)).toBe('A');
    c.set('c', 'C');
    expect(made).toEqual(['a', 'b']);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe('A');
  });

  it('keeps the same entries as a plain least-recently-used map, over any sequence of gets and sets', () => {
    // The reference: a Map re-inserted on every use (iteration order = order of use).
    const reference = new Map<number, number>();
    const c = new BoundedCache<number, number>(5);
    let seed = 7;
    const next = (n: number) => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536) % n;
    for (let i = 0; i < 5000; i++) {
      const key = next(12);
      if (next(2) === 0) {
        const value = reference.get(key);
        if (value !== undefined) {
          reference.delete(key);
          reference.set(key, value);
        }
        expect(c.get(key)).toBe(value);
      } else {
        reference.delete(key);
        reference.set(key, i);
        if (reference.size > 5) reference.delete(reference.keys().next().value!);
        c.set(key, i);
      }
      expect(c.size).toBe(reference.size);
    }
    for (const [key, value] of reference) expect(c.get(key)).toBe(value);
  });

  it('bounds the compiled texts of variable expansion, however many distinct texts a long watch sees', () => {
    const context = { vars: { n: 1 } };
    for (let i = 0; i < compiledTexts.limit + 50; i++) expect(expandVariables(`edit ${i}: {{vars.n}}`, context, context).text).toBe(`edit ${i}: 1`);
    expect(compiledTexts.size).toBe(compiledTexts.limit);
  });
});
