// Captions: a table's title numbered by chapter ("表 3-2" / "Table 3-2"; a figure's label is made here
// too, "图 3-1" / "Figure 3-1", set under the picture by image.ts), and titles set apart (a
// checklist's): bold, flush left with space above, kept with the start of what follows.
import { otherLanguage } from '../document/bilingual.js';
import { plainText, type Caption, type Inline } from '../document/blocks.js';
import { bilingualText } from './bilingual.js';
import type { Flow } from './flow.js';

export function captionLabel(c: Pick<Caption, 'chapter' | 'index'>, lang: 'zh' | 'en', what: 'table' | 'figure' = 'table'): string {
  const n = c.chapter > 0 ? `${c.chapter}-${c.index}` : String(c.index);
  if (lang === 'en') return `${what === 'table' ? 'Table' : 'Figure'} ${n}  `;
  return `${what === 'table' ? '表' : '图'} ${n}\u3000`;
}

/** Sets a caption as a Caption element; `keep` points of what follows stay on its page. */
export function captionBlock(flow: Flow, inlines: readonly Inline[], keep: number, caption?: Caption): void {
  const { theme, tagger, lang } = flow.ctx;
  const size = theme.sizes.body;
  flow.space(size * theme.sizes.lineHeight * 0.6);
  const other = otherLanguage(lang, plainText(inlines));
  tagger.open('Caption', other ? { lang: other } : {});
  const label = (l: 'zh' | 'en'): Inline[] => (caption && caption.index > 0 ? [{ text: captionLabel(caption, l), bold: true, code: false }] : []);
  bilingualText(flow, inlines, { size, bold: true, color: theme.colors.heading, justify: false, keep: keep + size * 0.3 }, (zh, en) => [
    [...label(lang === 'en' ? 'en' : 'zh'), ...zh],
    en ? [...label('en'), ...en] : [],
  ]);
  tagger.close();
  flow.space(size * 0.3);
}
