import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractPdf } from '../support/pdf-text.js';
it('y', async () => { const p = await extractPdf(readFileSync(process.env.PDF!)); for (const l of p.lines) if (l.text.includes(process.env.T!)) console.log(l.page+1, l.y); });
