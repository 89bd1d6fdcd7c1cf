// Latin kerning from the font's GPOS table (kerning.ts): the same pair values fontkit's own OpenType
// layout applies, in the composer's widths and in the glyphs the writer places.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faceFor } from '../../src/render/pdf/text/fonts.js';
import { readKerning } from '../../src/render/pdf/text/kerning.js';
import { shape } from '../../src/render/pdf/text/shape.js';
import { openTrueType } from '../../src/render/pdf/text/truetype.js';
import { REPO } from '../support/corpus.js';
import { extractGlyphLines } from '../support/glyph-check.js';
import { defaultTheme, render } from '../support/render.js';

const require = createRequire(import.meta.url);
interface Layout {
  glyphs: { id: number; advanceWidth: number }[];
  positions: { xAdvance: number }[];
}
const fontkit = require('fontkit') as { create(b: Uint8Array): { layout(text: string, features: string[]): Layout } };
const FONTS = join(REPO, 'node_modules/@expo-google-fonts');
const SAMPLE = 'AVATAR WAVE Tolly Type, “Yes.” P. Fjord LT’s AW Vo Ye y, r. f) 7/4 “A” Kerning by V. Wyatt, Tą';

describe('kerning from the GPOS table', () => {
  // The Latin companion's faces, and the sans bold that sets headings (its Latin letters too).
  for (const file of ['noto-serif/400Regular/NotoSerif_400Regular.ttf', 'noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf', 'noto-serif/700Bold/NotoSerif_700Bold.ttf', 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf']) {
    it(`gives the pair values fontkit's layout applies (${file.split('/')[2]})`, () => {
      const path = join(FONTS, file);
      const kern = readKerning(openTrueType(path)!.table('GPOS'));
      const run = fontkit.create(readFileSync(path)).layout(SAMPLE, ['kern']);
      let pairs = 0;
      for (let i = 0; i + 1 < run.glyphs.length; i++) {
        const want = run.positions[i].xAdvance - run.glyphs[i].advanceWidth;
        expect(kern(run.glyphs[i].id, run.glyphs[i + 1].id), `pair ${i}`).toBe(want);
        if (want !== 0) pairs++;
      }
      expect(pairs).toBeGreaterThan(10); // the sample exercises real pairs
    });
  }

  it('gives nothing for a font without kerning, or an unknown pair', () => {
    expect(readKerning(undefined)(36, 57)).toBe(0);
    const kern = readKerning(openTrueType(join(FONTS, 'noto-serif/400Regular/NotoSerif_400Regular.ttf'))!.table('GPOS'));
    expect(kern(65000, 65001)).toBe(0);
  });

  it('narrows the measured line and the drawn glyphs alike', async () => {
    const theme = await defaultTheme();
    const latin = faceFor(theme.fonts.latin.regular!);
    const regular = faceFor(theme.fonts.regular);
    const size = 10;
    const s = shape([{ text: 'AVATAR', style: { face: regular, latin, color: '#000000' } }], size, () => {});
    const natural = [...'AVATAR'].reduce((w, c) => w + latin.advance(c.codePointAt(0)!) * size, 0);
    let kerned = 0;
    for (let i = 0; i < s.n; i++) kerned += s.adv[i] + s.gap[i];
    expect(kerned).toBeLessThan(natural - 0.5); // AV, VA, AT, TA, AR…
    expect(s.gap[1]).toBeCloseTo(latin.kern(0x41, 0x56) * size, 6);
    expect(latin.kern(0x41, 0x56)).toBeLessThan(0);

    // Drawn: each glyph starts where the previous one's advance plus the pair's kerning ends.
    const r = await render('AVATAR WAVE\n', { theme, bare: true });
    const line = (await extractGlyphLines(r.bytes)).find((l) => l.glyphs.map((g) => g.text).join('').startsWith('AVATAR'))!;
    const g = line.glyphs;
    for (let i = 1; i < 6; i++) {
      const want = latin.kern(g[i - 1].text.codePointAt(0)!, g[i].text.codePointAt(0)!) * theme.sizes.body;
      expect(g[i].x0 - g[i - 1].x1, `${g[i - 1].text}${g[i].text}`).toBeCloseTo(want, 2);
    }
  });
});
