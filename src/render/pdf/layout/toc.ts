// The table of contents: laid out once before the body (the entries and their line counts are known,
// their page numbers are not), which tells how many pages to reserve; filled in at exactly those
// places once the headings know their pages, so reservation and filling cannot disagree.
import { words } from '../document/words.js';
import type { Composed } from '../text/compose.js';
import { num, rgb } from '../text/glyph-run.js';
import { composeAt, drawText, type PlacedText } from './absolute-text.js';
import type { Flow } from './flow.js';
import type { TagHandle } from './tagger.js';

export interface TocEntry {
  level: number;
  text: string;
  slug: string;
}

interface PlacedEntry {
  entry: TocEntry;
  composed: Composed;
  indent: number;
  /** Page of the TOC (0 = its first page) and top of the entry's first line on it. */
  page: number;
  top: number;
  lines: number;
}

export interface TocPlan {
  title: { text: PlacedText; composed: Composed };
  entries: PlacedEntry[];
  lineHeight: number;
  firstPage: number;
  pages: number;
  /** The contents' heading and TOC elements, made where their pages are so that the structure tree
   * reads cover, contents, body; filled last. */
  tags: { title: TagHandle; toc: TagHandle };
}

/** Entry leading in body sizes: the usual one, and the tightest used to save a page. */
const LEADING = 1.8;
const MIN_LEADING = 1.5;

/** Headings shown: levels 1–2, or 1–3 when there are few. */
export function tocEntries(all: TocEntry[]): TocEntry[] {
  const top = all.filter((e) => e.level <= 2);
  return top.length >= 4 ? top : all.filter((e) => e.level <= 3);
}

interface Frame {
  top: number;
  bottom: number;
  /** Where the first entry starts on the first page (under the title). */
  firstTop: number;
}

/** Places the entries top to bottom, an entry never split; a page break only where the next one does not fit. */
function place(entries: { lines: number }[], lh: number, f: Frame): { page: number; top: number }[] {
  let page = 0;
  let y = f.firstTop;
  return entries.map((e) => {
    const h = e.lines * lh;
    if (y + h > f.bottom + 0.01 && y > f.top + 0.01) {
      page++;
      y = f.top;
    }
    const at = { page, top: y };
    y += h;
    return at;
  });
}

const pageCount = (at: { page: number }[]) => (at.length ? at[at.length - 1].page + 1 : 1);

/**
 * The leading: LEADING, unless the entries then spill onto one more page than they need at
 * MIN_LEADING (say two entries alone on a last page); then the loosest leading, in steps of 0.01
 * body size, that keeps them on the fewer pages.
 */
export function tocLeading(entries: { lines: number }[], size: number, f: Frame): { lh: number; at: { page: number; top: number }[] } {
  const loose = place(entries, LEADING * size, f);
  const fewest = pageCount(place(entries, MIN_LEADING * size, f));
  if (pageCount(loose) === fewest) return { lh: LEADING * size, at: loose };
  for (let k = Math.round((LEADING - 0.01) * 100); k >= MIN_LEADING * 100; k--) {
    const lh = (k / 100) * size;
    const at = place(entries, lh, f);
    if (pageCount(at) === fewest) return { lh, at };
  }
  return { lh: MIN_LEADING * size, at: place(entries, MIN_LEADING * size, f) };
}

/** Lays the contents out and reserves their pages. */
export function reserveToc(flow: Flow, entries: TocEntry[]): TocPlan {
  const { ctx } = flow;
  const { theme, lang } = ctx;
  const size = theme.sizes.body;
  const numberWidth = size * 3;
  const titleText: PlacedText = { text: words.contents[lang], x: flow.left, top: flow.top, width: flow.width, size: theme.sizes.h1, bold: true, color: theme.colors.heading };
  const title = { text: titleText, composed: composeAt(ctx, titleText) };
  const titleHeight = Math.max(1, title.composed.lines.length) * theme.sizes.h1 * 1.5;
  const composed = entries.map((entry) => {
    const indent = (entry.level - 1) * size * 2;
    const c = composeAt(ctx, { text: entry.text, x: 0, top: 0, width: flow.width - indent - numberWidth, size, bold: entry.level === 1, color: theme.colors.text });
    return { entry, composed: c, indent, lines: Math.max(1, c.lines.length) };
  });
  const { lh, at } = tocLeading(composed, size, { top: flow.top, bottom: flow.bottom, firstTop: flow.top + titleHeight + theme.sizes.h1 });
  const placed = composed.map((e, i) => ({ ...e, ...at[i] }));
  const pages = pageCount(at);
  const firstPage = flow.page + 1;
  for (let i = 0; i < pages; i++) flow.newPage();
  const tags = { title: ctx.tagger.create('H1'), toc: ctx.tagger.create('TOC') };
  return { title, entries: placed, lineHeight: lh, firstPage, pages, tags };
}

/** Fills the reserved pages, each entry where reserveToc placed it, once the headings know their pages. */
export function fillToc(flow: Flow, plan: TocPlan, pageOf: Map<string, number>): void {
  const { ctx } = flow;
  const { doc, theme, tagger } = ctx;
  const size = theme.sizes.body;
  const lh = plan.lineHeight;
  let page = plan.firstPage;
  doc.switchToPage(page);
  // The contents' title is a heading before the TOC element: ISO 32000-1 Table 333 lets a TOC hold
  // only TOCI, TOC and Caption (Matterhorn 09-006).
  tagger.enter(plan.tags.title);
  tagger.content();
  drawText(ctx, plan.title.text, plan.title.composed);
  tagger.close();
  tagger.enter(plan.tags.toc);
  for (const { entry, composed, indent, page: p, top: y, lines: n } of plan.entries) {
    if (plan.firstPage + p !== page) {
      tagger.pageBreak();
      doc.switchToPage((page = plan.firstPage + p));
    }
    const target = pageOf.get(entry.slug);
    // TOCI > Reference > Link: the entry and its page number, and the link annotation over them
    // (OBJR). Table 333 gives a TOCI Lbl, Reference, NonStruct, P or TOC children, not Link.
    tagger.open('TOCI');
    if (target !== undefined) {
      tagger.open('Reference');
      tagger.open('Link');
    }
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
      // The whole entry is a link to its heading; `structParent` (pdfkit, untyped) makes it the Link's OBJR.
      const link = { structParent: tagger.current, Contents: new String(entry.text) } as unknown as PDFKit.Mixins.AnnotationOption;
      doc.goTo(x, y, flow.right - x, n * lh, entry.slug, link);
      tagger.close();
      tagger.close();
    }
    tagger.close();
  }
  tagger.close();
}
