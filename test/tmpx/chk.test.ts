import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractPdf } from '../support/pdf-text.js';
import { checkTypography } from '../support/typography-check.js';
it('x', async () => {
  const pdf = await extractPdf(readFileSync(process.env.PDF!));
  const f = checkTypography(pdf, { bodySize: 10.5, rights: [523.28, 513.28], indents: [93], firstBodyPage: 2 });
  const by: Record<string, number> = {};
  for (const x of f) by[x.rule] = (by[x.rule] ?? 0) + 1;
  console.log(by, f.slice(0, 12));
  if (process.env.LINES) console.log(pdf.lines.filter(l => l.page === Number(process.env.LINES)).map(l => `${l.left.toFixed(2)} ${l.right.toFixed(2)} ${l.size} ${l.artifact?'A':''} ${l.text}`).join('\n'));
});
