// The table of contents: its pages are reserved before the body is laid out (the entries' line
// count is known, their page numbers are not), then filled in with real page numbers and links.
import { words } from '../document/words.js';
import type { Composed } from '../text/compose.js';
import { num, rgb } from '../text/glyph-run.js';
import { composeAt, drawText } from './absolute-text.js';
import type { Flow, RenderContext } from './flow.js';

export interface TocEntry {
  level: number;
  text: string;
  slug: string;
}

interface TocPlan {
  entries: { entry: TocEntry; composed: Composed; indent: number }[];
  firstPage: number;
  pages: number;
}

const lineHeightOf = (ctx: RenderContext) => ctx.theme.sizes.body * 1.8;

/** Headings shown: levels 1–2, or 1–3 when there are few. */
export function tocEntries(all: TocEntry[]): TocEntry[] {
  const top = all.filter((e) => e.level <= 2);
  return top.length >= 4 ? top : all.filter((e) => e.level <= 3);
}

export function reserveToc(flow: Flow, entries: TocEntry[]): TocPlan {
  const { ctx } = flow;
  const size = ctx.theme.sizes.body;
  const numberWidth = size * 3;
  const planned = entries.map((entry) => {
    const indent = (entry.level - 1) * size * 2;
    const composed = composeAt(ctx, { text: entry.text, x: 0, top: 0, width: flow.width - indent - numberWidth, size, bold: entry.level === 1, color: ctx.theme.colors.text });
    return { entry, composed, indent };
  });
  // Lay the entries out as fillToc will (an entry never splits), to know how many pages to reserve.
  const lh = lineHeightOf(ctx);
  let pages = 1;
  let y = flow.top + ctx.theme.sizes.h1 * 2.5;
  for (const p of planned) {
    const h = Math.max(1, p.composed.lines.length) * lh;
    if (y + h > flow.bottom + 0.01 && y > flow.top) {
      pages++;
      y = flow.top;
    }
    y += h;
  }
  const firstPage = flow.page + 1;
  for (let i = 0; i < pages; i++) flow.newPage();
  return { entries: planned, firstPage, pages };
}

/** Fills the reserved pages once the headings know their pages. */
export function fillToc(flow: Flow, plan: TocPlan, pageOf: Map<string, number>): void {
  const { ctx } = flow;
  const { doc, theme, tagger, lang } = ctx;
  const size = theme.sizes.body;
  const lh = lineHeightOf(ctx);
  let page = plan.firstPage;
  doc.switchToPage(page);
  tagger.open('TOC');
  tagger.open('H1');
  tagger.content();
  let y = flow.top + drawText(ctx, { text: words.contents[lang], x: flow.left, top: flow.top, width: flow.width, size: theme.sizes.h1, bold: true, color: theme.colors.heading }) + theme.sizes.h1;
  tagger.close();
  for (const { entry, composed, indent } of plan.entries) {
    const n = Math.max(1, composed.lines.length);
    if (y + n * lh > flow.bottom + 0.01 && page < plan.firstPage + plan.pages - 1) {
      tagger.stop();
      doc.switchToPage(++page);
      y = flow.top;
    }
    const target = pageOf.get(entry.slug);
    tagger.open('TOCI');
    tagger.content();
    const x = flow.left + indent;
    drawText(ctx, { text: entry.text, x, top: y, width: flow.width, size, color: theme.colors.text, lineHeight: lh }, composed);
    const lastLine = composed.lines[composed.lines.length - 1];
    const lastTop = y + (n - 1) * lh;
    const numText = target === undefined ? '' : String(target + 1);
    if (numText) {
      drawText(ctx, { text: numText, x: flow.left, top: lastTop, width: flow.width, size, color: theme.colors.text, align: 'right', lineHeight: lh });
      // Dot leaders (round-capped dashes of zero length) between the entry and its page number.
      const from = x + (lastLine?.right ?? 0) + size * 0.6;
      const to = flow.right - size * (numText.length * 0.6 + 0.6);
      if (to - from > size) {
        const h = theme.page.height;
        const base = h - (lastTop + (lh - size) / 2 + size * 0.88);
        tagger.artifact(() =>
          doc.addContent(`q 1 0 0 -1 0 ${num(h)} cm ${rgb(theme.colors.muted)} RG 1 J 0.9 w [0 ${num(size * 0.45)}] 0 d ${num(from)} ${num(base + 1)} m ${num(to)} ${num(base + 1)} l S Q`),
        );
      }
      // The whole entry is a link to its heading.
      doc.goTo(x, y, flow.right - x, n * lh, entry.slug);
    }
    tagger.close();
    y += n * lh;
  }
  tagger.close();
}
