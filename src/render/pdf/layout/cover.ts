// The cover (page 1): title, locality, edition, and who adapted the guide from what — an adapted
// guide never presents the ILO as its publisher, so the adapter is named and the notice says so.
// Every element is measured before it is placed: the band's text shrinks to fit the band, and the
// notice sits on the bottom margin, shrinking (to NOTICE_MIN) when it would reach the edition.
import { splitPair } from '../document/bilingual.js';
import type { FrontMatter } from '../document/front-matter.js';
import { words } from '../document/words.js';
import { num, rgb } from '../text/glyph-run.js';
import { composeAt, drawText, type PlacedText } from './absolute-text.js';
import type { Flow, RenderContext } from './flow.js';

/** The smallest size the cover notice may shrink to, in points. */
const NOTICE_MIN = 7;

interface CoverText {
  text: string;
  size: number;
  bold?: boolean;
  color: string;
  lineHeight: number;
  /** Space after it. */
  after: number;
  tag: 'H1' | 'P';
  lang?: string;
}

export function coverPage(flow: Flow, front: FrontMatter, title: string): void {
  const { ctx } = flow;
  const { theme, doc, tagger, lang } = ctx;
  const { width: pw, height: ph, margins } = theme.page;
  const s = theme.sizes;
  flow.newPage();
  const band = ph * 0.42;
  tagger.artifact(() => doc.addContent(`q 1 0 0 -1 0 ${num(ph)} cm ${rgb(theme.colors.cover)} rg 0 ${num(ph - band)} ${num(pw)} ${num(band)} re f Q`));
  const x = margins.left;
  const w = pw - margins.left - margins.right;
  const bi = lang === 'bilingual';
  tagger.open('Sect');

  // The band: locality, title, subtitle, shrunk together until they end a line above the band's edge.
  const bandText = (k: number): CoverText[] => {
    const out: CoverText[] = [];
    const add = (text: string | undefined, size: number, o: Partial<CoverText> & { color: string; tag: CoverText['tag'] }) => {
      if (!text) return;
      const pair = bi ? splitPair(text) : null;
      if (!pair) out.push({ text, size, lineHeight: size * 1.35, after: size * 0.6, ...o });
      else {
        out.push({ text: pair[0], size, lineHeight: size * 1.35, after: size * 0.25, ...o });
        out.push({ text: pair[1], size: size * 0.72, lineHeight: size * 0.72 * 1.35, after: size * 0.6, ...o, bold: false, lang: 'en' });
      }
    };
    add(front.locality, s.coverSubtitle * k, { color: '#ffffff', tag: 'P' });
    add(title, s.coverTitle * k, { color: '#ffffff', bold: true, tag: 'H1' });
    add(front.subtitle, s.coverSubtitle * k, { color: '#dfe7f2', tag: 'P' });
    return out;
  };
  const bandBottom = band - s.body * 2;
  let k = 1;
  let items = bandText(k);
  let height = stackHeight(ctx, items, w);
  while (height > bandBottom - margins.top && k > 0.55) {
    k -= 0.05;
    items = bandText(k);
    height = stackHeight(ctx, items, w);
  }
  let y = Math.max(margins.top, Math.min(band * 0.3, bandBottom - height));
  for (const item of items) y = place(ctx, item, x, y, w);

  y = band + s.body * 3;
  if (front.edition) {
    y = place(ctx, { text: words.edition[lang] + front.edition, size: s.coverSubtitle, color: theme.colors.text, lineHeight: s.coverSubtitle * 1.5, after: 0, tag: 'P' }, x, y, w);
  }

  // The notice: on the bottom margin, as large as fits between the edition and the margin.
  const notes = noticeOf(front, lang);
  const noticeText = (size: number): CoverText[] =>
    notes.flatMap((note) => {
      const pair = bi ? splitPair(note) : null;
      const para = (text: string, sz: number, l?: string): CoverText => ({ text, size: sz, color: theme.colors.muted, lineHeight: sz * 1.5, after: sz * 0.4, tag: 'P', ...(l ? { lang: l } : {}) });
      return pair ? [para(pair[0], size), para(pair[1], size * 0.92, 'en')] : [para(note, size)];
    });
  const room = ph - margins.bottom - (y + s.body * 2);
  let size = s.body;
  let notice = noticeText(size);
  while (stackHeight(ctx, notice, w) > room && size > NOTICE_MIN) {
    size = Math.max(NOTICE_MIN, size - 0.25);
    notice = noticeText(size);
  }
  // Too long even at the smallest size: it moves up, over the space above it, never below the margin.
  let foot = ph - margins.bottom - stackHeight(ctx, notice, w);
  for (const item of notice) foot = place(ctx, item, x, foot, w);
  tagger.close();
}

/** Height of texts stacked with their spaces (the last one's space is not counted). */
function stackHeight(ctx: RenderContext, items: readonly CoverText[], width: number): number {
  return items.reduce((h, it, i) => h + composeAt(ctx, placed(it, 0, 0, width)).lines.length * it.lineHeight + (i < items.length - 1 ? it.after : 0), 0);
}

function placed(it: CoverText, x: number, top: number, width: number): PlacedText {
  return { text: it.text, x, top, width, size: it.size, color: it.color, lineHeight: it.lineHeight, ...(it.bold ? { bold: true } : {}) };
}

/** Draws one cover text as its own structure element; returns where the next one starts. */
function place(ctx: RenderContext, it: CoverText, x: number, top: number, width: number): number {
  ctx.tagger.open(it.tag, it.lang ? { lang: it.lang } : {});
  ctx.tagger.content();
  const h = drawText(ctx, placed(it, x, top, width));
  ctx.tagger.close();
  return top + h + it.after;
}

/** The content's own attribution sentence says who adapted what; the composed one is for bare Markdown files. */
function noticeOf(front: FrontMatter, lang: RenderContext['lang']): string[] {
  if (front.attribution) return [front.attribution];
  if (front.adapter && front.source) return [words.adapted[lang](front.adapter, front.source), words.notOfficial[lang]];
  if (front.adapter) return [lang === 'en' ? `Adapted by ${front.adapter}.` : `本指南由${front.adapter}改编。`];
  return [];
}
