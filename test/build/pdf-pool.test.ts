// The PDF pool typesets on its workers and, when they have their next guide already, on the main thread
// too: whichever thread typesets a guide, its PDF is the same bytes. The pool runs the built worker
// (lib/), as the bin does.
import { describe, expect, it } from 'vitest';

// The built modules (the worker is lib/output/pdf-worker.js), typed by their sources.
const built = (name: string) => `../../lib/output/${name}.js`;
const { PdfPool } = (await import(built('pdf-pool'))) as typeof import('../../src/output/pdf-pool.js');
const { formatNamed } = (await import(built('formats'))) as typeof import('../../src/output/formats.js');

const context = (i: number) => ({ guide: `g${i}`, lang: 'zh' as const, variantDir: '/nonexistent', file: `g${i}.md`, sourceDateEpoch: '1700000000' });
const markdown = (i: number) => `# 第 ${i} 章\n\n学徒制是技能人才培养的重要方式。第 ${i} 段，共 ${i * 3} 项。\n\n- 一\n- 二\n`;

describe('PDF pool', () => {
  it('has the main thread typeset when every worker has a guide ahead, and every PDF is what one thread makes', async () => {
    const pool = new PdfPool(1, ['pdf']);
    try {
      const n = 5;
      const results = await Promise.all(Array.from({ length: n }, (_, i) => pool.render('pdf', markdown(i), context(i))));
      expect(pool.typesetHere).toBeGreaterThanOrEqual(1);
      expect(pool.typesetHere).toBeLessThan(n);
      for (const [i, result] of results.entries()) {
        const alone = await formatNamed('pdf')!.render(markdown(i), context(i));
        expect(result.diagnostics).toEqual(alone.diagnostics);
        expect(Buffer.from(result.bytes).equals(Buffer.from(alone.bytes)), `guide ${i}`).toBe(true);
      }
    } finally {
      await pool.close();
    }
  }, 120_000);
});
