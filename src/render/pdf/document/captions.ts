// Titles written as a bold paragraph of their own become captions: before a table, the table's
// caption, numbered by chapter (the content never numbers them); before a list (a checklist) or
// its one-line legend, a caption block kept with what follows. A callout without a title whose
// first paragraph is bold throughout takes that paragraph as its title. A picture with alt text
// (set under it as its caption) is numbered by chapter as a figure.
import type { Block, Inline } from './blocks.js';

/** A paragraph that is bold throughout (spaces aside). */
function boldTitle(b: Block | undefined): Inline[] | null {
  if (b?.type !== 'paragraph') return null;
  const visible = b.inlines.filter((i) => i.text.trim());
  if (visible.length === 0 || !visible.every((i) => i.bold && !i.code && !i.image) || b.inlines.some((i) => i.breakBefore)) return null;
  return b.inlines;
}

const isLegend = (b: Block | undefined) => b?.type === 'paragraph' && !b.inlines.some((i) => i.breakBefore) && b.inlines.map((i) => i.text).join('').length <= 60;

export function attachCaptions(blocks: Block[]): Block[] {
  const chapter = { n: 0, tables: 0, figures: 0 };
  return walk(blocks, chapter);
}

function walk(blocks: Block[], chapter: { n: number; tables: number; figures: number }): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'heading' && b.level === 1) {
      chapter.n++;
      chapter.tables = 0;
      chapter.figures = 0;
    }
    if (b.type === 'image' && b.alt.trim()) {
      out.push({ ...b, figure: { chapter: chapter.n, index: ++chapter.figures } });
      continue;
    }
    const title = boldTitle(b);
    const next = blocks[i + 1];
    if (title && next?.type === 'table' && !next.caption) {
      // A caption the content numbered itself ("Table A5.", "表A5") keeps its own number.
      const numbered = /^\s*(?:表|Table)\s*[A-Z]?\d/u.test(title.map((t) => t.text).join(''));
      out.push({ ...next, caption: { inlines: title, chapter: chapter.n, index: numbered ? 0 : ++chapter.tables } });
      i++;
      continue;
    }
    if (title && (next?.type === 'list' || (isLegend(next) && blocks[i + 2]?.type === 'list'))) {
      out.push({ type: 'caption', inlines: title, line: b.line });
      continue;
    }
    if (b.type === 'callout') {
      const first = b.title.length === 0 ? boldTitle(b.blocks[0]) : null;
      out.push(first ? { ...b, title: first, blocks: walk(b.blocks.slice(1), chapter) } : { ...b, blocks: walk(b.blocks, chapter) });
      continue;
    }
    if (b.type === 'quote') {
      out.push({ ...b, blocks: walk(b.blocks, chapter) });
      continue;
    }
    if (b.type === 'list') {
      out.push({ ...b, items: b.items.map((it) => ({ ...it, blocks: walk(it.blocks, chapter) })) });
      continue;
    }
    out.push(b);
  }
  return out;
}
