// The typography checker on the long mixed Chinese/English text, at several column widths.
import { describe, expect, it } from 'vitest';
import { corpusMarkdown, corpusParagraphs } from '../support/corpus.js';
import { extractPdf } from '../support/pdf-text.js';
import { defaultTheme, indents, measureRights, render } from '../support/render.js';
import { checkTypography } from '../support/typography-check.js';

// Every character of the corpus is in the theme's fonts or fallbacks (≒ in Noto Sans Math).
const expected = (text: string) => text;

describe('typography of the clreq corpus', () => {
  it('passes every rule at the default A4 measure (whole corpus)', async () => {
    const { markdown, text } = corpusMarkdown(corpusParagraphs(true));
    const theme = await defaultTheme();
    const r = await render(markdown, { theme });
    const pdf = await extractPdf(r.bytes);
    expect(r.pages).toBe(pdf.pages);
    const findings = checkTypography(pdf, { bodySize: theme.sizes.body, rights: measureRights(theme), indents: indents(theme), firstBodyPage: 2, expectedText: expected(text) });
    expect(findings).toEqual([]);
  });

  for (const measure of [180, 263, 330.5]) {
    it(`passes every rule at a ${measure} pt measure`, async () => {
      const { markdown, text } = corpusMarkdown(corpusParagraphs(false).slice(0, 40));
      const theme = await defaultTheme();
      const side = (theme.page.width - measure) / 2;
      theme.page.margins.left = side;
      theme.page.margins.right = side;
      const r = await render(markdown, { theme });
      const pdf = await extractPdf(r.bytes);
      const findings = checkTypography(pdf, { bodySize: theme.sizes.body, rights: measureRights(theme), indents: indents(theme), firstBodyPage: 2, expectedText: expected(text) });
      expect(findings).toEqual([]);
    });
  }
});
