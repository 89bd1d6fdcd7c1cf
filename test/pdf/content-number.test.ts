// The content stream's number format (glyph-run.ts `num`) is written from integers for speed; it must
// print exactly what String(Math.round(v * 1000) / 1000) prints, or PDFs would change.
import { describe, expect, it } from 'vitest';
import { num } from '../../src/render/pdf/text/glyph-run.js';

const reference = (v: number) => {
  const r = Math.round(v * 1000) / 1000;
  return r === 0 ? '0' : String(r);
};

describe('content stream numbers', () => {
  it('print as the rounded number would, at every thousandth and beside the rounding edges', () => {
    const wrong: string[] = [];
    for (let k = -1_000_000; k <= 1_000_000; k += 7) {
      for (const v of [k / 1000, k / 1000 + 0.0004, k / 1000 - 0.0004999, k / 1000 + 0.0005]) {
        if (num(v) !== reference(v)) wrong.push(`${v}: ${num(v)} ≠ ${reference(v)}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('has no -0, no exponent and no trailing zeros', () => {
    expect([-0.0004, -0, 0.0004].map(num)).toEqual(['0', '0', '0']);
    expect(num(-0.0005)).toBe('0');
    expect(num(0.0005)).toBe('0.001');
    expect(num(-12.34)).toBe('-12.34');
    expect(num(841.8898)).toBe('841.89');
    expect(num(1.05)).toBe('1.05');
    expect(num(0.007)).toBe('0.007');
    expect(num(-0.07)).toBe('-0.07');
    expect(num(1e7 + 0.25)).toBe('10000000.25');
  });
});
