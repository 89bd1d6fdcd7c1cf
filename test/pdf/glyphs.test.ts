// Issue 20: the type family's fallbacks set every symbol a guide uses (no □, no .notdef), and the
// Han–Latin gap stays within ¼–⅓ em; checked on the glyphs' places in the PDF (glyph-check.ts).
import { describe, expect, it } from 'vitest';
import { corpusMarkdown, corpusParagraphs } from '../support/corpus.js';
import { extractGlyphLines, hanLatinGapFindings, missingGlyphFindings } from '../support/glyph-check.js';
import { extractPdf } from '../support/pdf-text.js';
import { defaultTheme, measureRights, render } from '../support/render.js';

const SYMBOLS = ['CO₂', 'H₂O', 'x²', '✔', '✘', '☐', '☑', '✅', '⚠', '①', '⑳', 'Ⓐ', '℃', '№', '™', '→', '⇒', '↑', '😀', '👍', '🚀', '≒'];

describe('glyphs', () => {
  it('sets CO₂, ✔, ☐, ①, ℃, arrows and emoji from the fallback fonts: no □, no .notdef, no warning', async () => {
    const markdown = `# 符号 Symbols\n\n${SYMBOLS.map((s, i) => `第${i + 1}项：${s}，`).join('')}完。\n\n- ☐ 待办\n- ✔ 完成\n`;
    const r = await render(markdown, { bare: true });
    expect(r.diagnostics.filter((d) => d.rule === 'pdf-missing-glyph')).toEqual([]);
    const lines = await extractGlyphLines(r.bytes);
    expect(missingGlyphFindings(lines, markdown)).toEqual([]);
    const text = (await extractPdf(r.bytes)).lines.map((l) => l.text).join('').replace(/\s+/g, '');
    for (const s of SYMBOLS) expect(text).toContain(s);
    // Each symbol comes from a font that has it: the glyph's width is not the .notdef box of the body font.
    const fonts = new Set(lines.flatMap((l) => l.glyphs).filter((g) => SYMBOLS.join('').includes(g.text) && !/[A-Za-z0-9]/.test(g.text)).map((g) => g.code));
    expect(fonts.has(0)).toBe(false);
  });

  it('finds a □ stand-in and a .notdef glyph (the check can fail)', async () => {
    const r = await render('# 字形\n\n西夏文𗀀。\n', { bare: true });
    const findings = missingGlyphFindings(await extractGlyphLines(r.bytes), '');
    expect(findings.map((f) => f.rule)).toContain('missing');
  });

  it('keeps the Han–Latin gap within ¼–⅓ em on every body line of the corpus, and ％ ～ take none', async () => {
    const { markdown } = corpusMarkdown(corpusParagraphs(false).slice(0, 60));
    const theme = await defaultTheme();
    const r = await render(`${markdown}\n增长50％以上，约～20km，共3个。\n`, { theme });
    const lines = await extractGlyphLines(r.bytes);
    expect(hanLatinGapFindings(lines, { bodySize: theme.sizes.body, rights: measureRights(theme), firstBodyPage: 2 })).toEqual([]);
    const line = lines.find((l) => l.glyphs.map((g) => g.text).join('').includes('50％'))!;
    const g = line.glyphs;
    const k = g.findIndex((x) => x.text === '％');
    expect(Math.abs(g[k].x0 - g[k - 1].x1)).toBeLessThan(0.2); // 0％: no gap
  });
});
