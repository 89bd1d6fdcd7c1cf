// Our font embedding (src/render/pdf/text/embedded-font.ts): a face goes into the PDF as a Type0 font
// whose subset holds the glyphs written, with widths and a ToUnicode map, so the text copies back as
// written — also where one glyph stands for two characters (… and ⋯).
import { describe, expect, it } from 'vitest';
import { toUnicodeCMap } from '../../src/render/pdf/text/embedded-font.js';
import { extractPdf } from '../support/pdf-text.js';
import { render } from '../support/render.js';

describe('embedded fonts', () => {
  it('write each face used once, as a subset Type0 font with widths and a ToUnicode map', async () => {
    const { bytes } = await render('# 标题\n\n正文**加粗**，省略……和⋯⋯，English text 𠀀。\n');
    const pdf = Buffer.from(bytes).toString('latin1');
    const type0 = [...pdf.matchAll(/\/Subtype \/Type0\n\/BaseFont \/([A-Z]{6})\+(\S+)/g)].map((m) => m[2]);
    // The theme's family: Chinese body in Noto Serif SC, bold in Noto Sans SC, Latin in Noto Serif (issue 20).
    expect(type0.sort()).toEqual(['NotoSansSC-Bold', 'NotoSerif-Regular', 'NotoSerifSC-Regular']);
    expect(pdf.match(/\/Subtype \/CIDFontType2/g)).toHaveLength(3);
    expect(pdf.match(/\/CIDToGIDMap \/Identity/g)).toHaveLength(3);
    expect(pdf).toMatch(/\/W \[0 \[\d/);
    const text = (await extractPdf(bytes)).lines.map((l) => l.text).join('');
    expect(text).toContain('正文加粗，省略……和⋯⋯，English text');
  });

  it('set strong Latin text in running text in the Latin bold (bold italic), and headings in the sans bold', async () => {
    const faces = async (md: string) => {
      const pdf = Buffer.from((await render(md, { bare: true })).bytes).toString('latin1');
      return [...pdf.matchAll(/\/Subtype \/Type0\n\/BaseFont \/[A-Z]{6}\+(\S+)/g)].map((m) => m[1]).sort();
    };
    expect(await faces('Running text with **strong words**, ***strong emphasis*** and **加粗**.\n')).toEqual([
      'NotoSansSC-Bold',
      'NotoSerif-Bold',
      'NotoSerif-BoldItalic',
      'NotoSerif-Regular',
    ]);
    expect(await faces('# A Heading in Latin\n')).toEqual(['NotoSansSC-Bold']);
  });

  it('map each glyph id to the UTF-16 of its characters, astral ones as surrogate pairs', () => {
    const cmap = toUnicodeCMap([[0], [0x4e2d], [0x20000], [0x66, 0x69]]);
    expect(cmap).toContain('1 beginbfrange\n<0000> <0003> [<0000> <4e2d> <d840 dc00> <0066 0069>]\nendbfrange');
    const many = toUnicodeCMap(Array.from({ length: 300 }, (_, i) => [0x4e00 + i]));
    expect(many).toContain('2 beginbfrange\n<0000> <00ff> [');
    expect(many).toContain('\n<0100> <012b> [');
  });
});
