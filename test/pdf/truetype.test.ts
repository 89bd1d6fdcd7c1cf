// Our TrueType reader and subsetter (src/render/pdf/text/truetype.ts, subset.ts) stand in for fontkit on
// the shipped fonts: the same metrics, glyph ids and advances, and a subset whose glyphs are the same
// outlines. Pinned to the fontkit the package installs: when it changes, this says whether ours still agrees.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TrueTypeSubset } from '../../src/render/pdf/text/subset.js';
import { openTrueType } from '../../src/render/pdf/text/truetype.js';
import { REPO } from '../support/corpus.js';

const require = createRequire(import.meta.url);
type Glyph = { id: number; advanceWidth: number; path: { toSVG(): string } };
interface Font {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  glyphForCodePoint(cp: number): Glyph;
  getGlyph(id: number): Glyph;
}
const fontkit = require('fontkit') as { create(b: Uint8Array): Font };
const FONTS = join(REPO, 'node_modules/@expo-google-fonts/noto-sans-sc');
const text = readFileSync(join(REPO, 'guides/international/quality-apprenticeship/guide.yaml'), 'utf8');
const sample = [...new Set([...text, ...'…⋯—“”‘’《》（），。、；：！？·', ...Array.from({ length: 200 }, (_, i) => String.fromCodePoint(0x4e00 + i * 97))])].map((c) => c.codePointAt(0)!);

describe('the TrueType reader', () => {
  it('is pinned to fontkit 2.0.4', () => {
    const manifest = JSON.parse(readFileSync(join(dirname(require.resolve('fontkit')), '../package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe('2.0.4');
  });

  for (const file of ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf']) {
    it(`reads ${file.split('/')[1]} as fontkit does`, () => {
      const path = join(FONTS, file);
      const ours = openTrueType(path)!;
      const theirs = fontkit.create(readFileSync(path));
      for (const key of ['postscriptName', 'unitsPerEm', 'ascent', 'descent', 'capHeight', 'xHeight', 'italicAngle'] as const) expect(ours[key], key).toBe(theirs[key]);
      expect(ours.bbox).toEqual({ minX: theirs.bbox.minX, minY: theirs.bbox.minY, maxX: theirs.bbox.maxX, maxY: theirs.bbox.maxY });
      for (const cp of sample) {
        const g = theirs.glyphForCodePoint(cp);
        expect(ours.glyphIdOf(cp), `U+${cp.toString(16)}`).toBe(g.id);
        expect(ours.advanceOf(ours.glyphIdOf(cp)), `U+${cp.toString(16)}`).toBe(g.advanceWidth);
      }
      // A subset's glyphs, read back by fontkit, are the original outlines and advances.
      const subset = new TrueTypeSubset(ours);
      const ids = sample.slice(0, 80).map((cp) => ours.glyphIdOf(cp));
      const newIds = ids.map((id) => subset.includeGlyph(id));
      const back = fontkit.create(subset.encode());
      ids.forEach((id, i) => {
        const a = theirs.getGlyph(id);
        const b = back.getGlyph(newIds[i]);
        expect(b.advanceWidth).toBe(a.advanceWidth);
        expect(b.path.toSVG()).toBe(a.path.toSVG());
      });
    });
  }
});
