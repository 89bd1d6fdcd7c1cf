// Keep-with-next (H1): how much of a block must share a page with the heading, caption or title
// before it — its first two lines (all of them for a paragraph G2 will not split), a table's header
// and two rows, a callout's title and its first block's start. Estimates from the same composer.
import { splitBreakPair, splitInlinePair } from '../document/bilingual.js';
import type { Block, Inline } from '../document/blocks.js';
import { BOX_PADDING } from './box.js';
import type { Flow } from './flow.js';
import { compose } from '../text/compose.js';
import { spansOf } from './text-block.js';

/**
 * Points from the top of the block at `i` to the end of the first `want` lines of what follows from
 * it there, as G2 would set them (a paragraph of three lines or fewer whole, a longer one two lines).
 */
export function needOf(flow: Flow, blocks: readonly Block[], i: number, want = 2, depth = 0): number {
  const b = blocks[i];
  const { sizes } = flow.ctx.theme;
  const lh = sizes.body * sizes.lineHeight;
  if (!b || depth > 4 || want <= 0) return 0;
  switch (b.type) {
    case 'paragraph': {
      const n = paragraphLines(flow, b);
      if (n >= want) return (n <= 3 ? n : Math.max(2, want)) * lh;
      if (Math.ceil(n) >= want) return n * lh;
      // Too short to hold them: the lines of the next block count too.
      return n * lh + needOf(flow, blocks, i + 1, want - n, depth + 1);
    }
    case 'heading':
    case 'caption':
      return 2 * lh + needOf(flow, blocks, i + 1, 2, depth + 1);
    case 'list': {
      const first = b.items[0];
      return lh * 0.3 + (first ? Math.max(lh, needOf(flow, first.blocks, 0, want, depth + 1)) : 0);
    }
    case 'table': {
      const tlh = sizes.table * 1.5;
      return sizes.body * 0.8 + (b.caption ? 2 * lh : 0) + 4 * tlh + 6 * 3.5;
    }
    case 'callout':
      return calloutNeed(flow, b, depth);
    case 'quote':
      return sizes.body * 0.6 + Math.max(lh, needOf(flow, b.blocks, 0, want, depth + 1));
    default:
      return 2 * lh;
  }
}

/** A callout's space before, padding, title and the start of its first block. */
export function calloutNeed(flow: Flow, b: Extract<Block, { type: 'callout' }>, depth = 0): number {
  const { sizes } = flow.ctx.theme;
  const lh = sizes.body * sizes.lineHeight;
  const titleLines = b.title.length ? lineCount(flow, b.title, sizes.body, 0, BOX_PADDING * 2 + 3) : 1;
  // A bilingual title has its English below: one more (smaller) line at least.
  const english = flow.ctx.lang === 'bilingual' ? lh * sizes.secondary : 0;
  return sizes.body + BOX_PADDING * 0.6 + titleLines * lh + english + Math.max(lh, needOf(flow, b.blocks, 0, 2, depth + 1));
}

/** A paragraph's lines at the current measure, counted once per paragraph and measure. */
const counted = new WeakMap<Block, { width: number; n: number }>();
function paragraphLines(flow: Flow, b: Extract<Block, { type: 'paragraph' }>): number {
  const hit = counted.get(b);
  if (hit && hit.width === flow.width) return hit.n;
  const { sizes } = flow.ctx.theme;
  const n = lineCount(flow, b.inlines, sizes.body, flow.ctx.theme.paragraph === 'indent' ? 2 * sizes.body : 0);
  counted.set(b, { width: flow.width, n });
  return n;
}

/** Lines of body text the inlines take (a bilingual pair's English counted at its smaller line height). */
function lineCount(flow: Flow, inlines: readonly Inline[], size: number, indent: number, inset = 0): number {
  // Measuring only: a missing glyph is reported where the block is set, with its own line.
  const quiet = () => {};
  const count = (xs: readonly Inline[], sz: number) =>
    spansOf(flow, xs, {}).reduce((n, spans, k) => n + compose(spans, { size: sz, measure: flow.width - inset, firstIndent: k === 0 ? indent : 0, justify: false, onMissing: quiet }).lines.length, 0);
  const pair = flow.ctx.lang === 'bilingual' ? splitInlinePair(inlines) ?? splitBreakPair(inlines) : null;
  if (!pair) return count(inlines, size);
  const k = flow.ctx.theme.sizes.secondary;
  return count(pair[0], size) + count(pair[1], size * k) * k;
}
