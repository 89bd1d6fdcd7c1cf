import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractPdf } from '../support/pdf-text.js';
it('t', async () => { const p = await extractPdf(readFileSync('tmp/t.pdf')); for (const l of p.lines) console.log(l.page, l.artifact, l.role, JSON.stringify(l.text)); });
