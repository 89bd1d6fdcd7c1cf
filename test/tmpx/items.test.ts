import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
it('items', async () => {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(process.env.PDF!)), verbosity: 0 }).promise;
  const page = await pdf.getPage(Number(process.env.PAGE));
  const tc = await page.getTextContent();
  for (const it of tc.items as any[]) if (it.str && Math.abs(it.transform[5] - Number(process.env.Y)) < 1) console.log(JSON.stringify(it.str), it.transform[4].toFixed(2), it.width.toFixed(2), (it.transform[4]+it.width).toFixed(2));
});
