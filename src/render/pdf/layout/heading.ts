// Headings (H1): bold on the theme's scale (chapter ≥ 1.6× body, section ≈ 1.3×, subsection ≈ 1.15×),
// kept with the start of what follows (`keep`, from keep.ts); a level-1 heading starts a new page. Each heading becomes a named destination (TOC links), a bookmark and a TOC entry.
import type { Block } from '../document/blocks.js';
import { plainText } from '../document/blocks.js';
import type { Flow } from './flow.js';
import { otherLanguage } from '../document/bilingual.js';
import { bilingualText } from './bilingual.js';

type Heading = Extract<Block, { type: 'heading' }>;

interface OutlineItem {
  addItem(title: string): OutlineItem;
  outlineData: { Dest?: unknown[] };
}

const outlines = new WeakMap<object, { level: number; item: OutlineItem }[]>();

export function headingBlock(flow: Flow, b: Heading, keep: number): void {
  const { theme, tagger } = flow.ctx;
  const s = theme.sizes;
  const size = [s.h1, s.h2, s.h3, s.h4][Math.min(b.level, 4) - 1];
  if (b.level === 1) flow.startChapter();
  flow.space(size * (b.level <= 2 ? 1.4 : 1));
  const text = plainText(b.inlines).trim();
  // A list item that starts with a heading: its marker goes on the heading's first line too.
  const marker = flow.pendingMarker;
  flow.pendingMarker = (baseline) => {
    marker?.(baseline);
    record(flow, b, text, baseline - size * 1.1);
  };
  const other = otherLanguage(flow.ctx.lang, text);
  tagger.open(tagger.heading(b.level), other ? { lang: other } : {});
  bilingualText(flow, b.inlines, { size, bold: true, color: theme.colors.heading, justify: false, keep: keep + size * 0.5, lineHeight: size * 1.5 });
  tagger.close();
  flow.space(size * 0.5);
}

function record(flow: Flow, b: Heading, text: string, top: number): void {
  const { doc, headings } = flow.ctx;
  const pageHeight = (doc as unknown as { page: { height: number; dictionary: unknown } }).page.height;
  headings.push({ level: b.level, text, slug: b.slug, page: flow.page, y: top });
  doc.addNamedDestination(b.slug, 'XYZ', null, top, null);
  if (b.level > 3) return;
  let stack = outlines.get(doc);
  if (!stack) outlines.set(doc, (stack = []));
  while (stack.length && stack[stack.length - 1].level >= b.level) stack.pop();
  const parent = stack.length ? stack[stack.length - 1].item : (doc.outline as unknown as OutlineItem);
  const item = parent.addItem(text || b.slug);
  // pdfkit points bookmarks at the page top; point them at the heading instead.
  item.outlineData.Dest = [(doc as unknown as { page: { dictionary: unknown } }).page.dictionary, 'XYZ', null, pageHeight - top, null];
  stack.push({ level: b.level, item });
}
