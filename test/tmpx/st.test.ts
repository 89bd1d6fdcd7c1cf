import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
it('st', async () => {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync('tmp/f.pdf')), verbosity: 0 }).promise;
  const page = await pdf.getPage(3);
  const st = await page.getStructTree();
  console.log(JSON.stringify(st).slice(0, 1500));
  const tc = await page.getTextContent({ includeMarkedContent: true });
  console.log(JSON.stringify(tc.items.slice(0, 6)));
});
