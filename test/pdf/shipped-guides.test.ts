// The typography, page and PDF/UA-1 checkers on the shipped guides, as the real bin builds them:
// every guide of Huzhou in Chinese, of Tianjin + petroleum in English and of Rizhao bilingual, and one
// through `adapt-guide pdf --pdfa`. The whole `build --all` matrix in the three languages was checked
// for PDF/UA by hand the same way (docs/pdf.md); these builds run every code path it does.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { extractGlyphLines, inkRights } from '../support/glyph-check.js';
import { checkPages, notdefGlyphs } from '../support/page-check.js';
import { checkPdfUa } from '../support/pdfua-check.js';
import { extractPdf } from '../support/pdf-text.js';
import { englishTheme } from '../../src/render/pdf/english.js';
import { faceFor } from '../../src/render/pdf/text/fonts.js';
import { defaultTheme, indents, measureRights } from '../support/render.js';
import { checkTypography } from '../support/typography-check.js';

const GUIDES = ['quality-apprenticeship', 'core-skills', 'green-skills', 'skills-needs-analysis'];
const BUILDS = [
  { name: 'Huzhou', args: ['--city', 'huzhou'], dir: 'huzhou', suffix: '', lang: 'zh' },
  { name: 'Tianjin + petroleum', args: ['--city', 'tianjin', '--sector', 'petroleum', '--lang', 'en'], dir: 'tianjin+petroleum', suffix: '.en', lang: 'en' },
  { name: 'Rizhao', args: ['--city', 'rizhao', '--lang', 'bilingual'], dir: 'rizhao', suffix: '.bilingual', lang: 'bilingual' },
] as const;
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ag-shipped-pdf-'));
  for (const b of BUILDS) {
    const run = runCli([...b.args, '--format', 'md,pdf', '--out', out, '--quiet', '--force']);
    expect(run.code, run.stderr).toBe(0);
  }
});

for (const b of BUILDS) {
  describe(`the shipped guides (${b.name}, ${b.lang}) typeset to the rules`, () => {
    for (const guide of GUIDES) {
      it(`${guide}: no line-breaking, justification, 孤字, page-break, cover, heading, footer, contents, glyph or PDF/UA finding`, async () => {
        const markdown = readFileSync(join(out, b.dir, `${guide}${b.suffix}.md`), 'utf8');
        const theme = await defaultTheme();
        const r = { bytes: new Uint8Array(readFileSync(join(out, b.dir, `${guide}${b.suffix}.pdf`))) };
        const pdf = await extractPdf(r.bytes);
        expect(pdf.pages).toBeGreaterThanOrEqual(15);
        // The contents pages end where the first bookmarked heading's page begins.
        const contentsPages = [Math.min(...pdf.outline.map((o) => o.page)) - 1];
        const firstBodyPage = Math.max(...contentsPages, 0) + 1;
        const inkRight = inkRights(await extractGlyphLines(r.bytes));
        // The English edition is set at its own body size on a narrower text block: check it there.
        const page = b.lang === 'en' ? englishTheme(theme, faceFor(theme.fonts.latin.regular!)) : theme;
        const typography = checkTypography(pdf, { bodySize: page.sizes.body, rights: measureRights(page), indents: b.lang === 'en' ? [page.page.margins.left + page.english.indent * page.sizes.body] : indents(page), firstBodyPage, sourceText: markdown, lang: b.lang === 'en' ? 'en' : 'zh', inkRight });
        expect(typography).toEqual([]);
        if (b.lang === 'bilingual') {
          // The English of a bilingual edition, at the secondary size on the English measure: its lines too.
          const english = checkTypography(pdf, { bodySize: theme.sizes.body * theme.sizes.secondary, rights: measureRights(theme), firstBodyPage, lang: 'en', inkRight });
          expect(english.filter((f) => ['L1', 'L2', 'L3', 'J1', 'G2', 'widow'].includes(f.rule))).toEqual([]);
        }
        expect(checkPages(pdf, { page: theme.page, firstBodyPage })).toEqual([]);
        expect(await notdefGlyphs(r.bytes)).toEqual([]);
        expect(checkPdfUa(r.bytes)).toEqual([]);
      });
    }
  });
}

describe('adapt-guide pdf --pdfa', () => {
  it('makes a PDF with no PDF/UA finding', () => {
    const pdf = join(out, 'core-skills.pdfa.pdf');
    const run = runCli(['pdf', join(out, 'rizhao', 'core-skills.bilingual.md'), '-o', pdf, '--pdfa', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(checkPdfUa(readFileSync(pdf))).toEqual([]);
  });
});
