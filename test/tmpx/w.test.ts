import { it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { render } from '../support/render.js';
it('w', async () => {
  for (const t of ['FULLWIDTH', '逗号U+FF0C', '[。]表示', 'IDEOGRAPHIC FULL STOP', '结束，逗号U+FF0C FULLWIDTH']) {
    const r = await render(t, { bare: true });
    const pdf = await getDocument({ data: new Uint8Array(r.bytes), verbosity: 0 }).promise;
    const tc = await (await pdf.getPage(1)).getTextContent();
    console.log(t, (tc.items as any[]).filter(i => i.str).map(i => `${JSON.stringify(i.str)} ${i.transform[4].toFixed(2)} ${i.width.toFixed(3)}`).join(' | '));
  }
});
