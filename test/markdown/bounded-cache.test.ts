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

  it('bounds the compiled texts of variable expansion, however many distinct texts a long watch sees', () => {
    const context = { vars: { n: 1 } };
    for (let i = 0; i < compiledTexts.limit + 50; i++) expect(expandVariables(`edit ${i}: {{vars.n}}`, context, context).text).toBe(`edit ${i}: 1`);
    expect(compiledTexts.size).toBe(compiledTexts.limit);
  });
});
