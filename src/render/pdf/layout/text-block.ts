// Places composed lines on pages: G2's no-孤行 rule (a paragraph's last line never alone at the top
// of a page) and its mirror (no first line alone at the bottom), each line marked as tagged content.
import type { Inline } from '../document/blocks.js';
import { englishInlines, isEnglish } from '../english.js';
import { compose, type Composed } from '../text/compose.js';
import type { Span } from '../text/shape.js';
import type { Flow } from './flow.js';

export interface TextOptions {
  size: number;
  bold?: boolean;
  color?: string;
  justify: boolean;
  firstIndent?: number;
  lineHeight?: number;
  /** Keep this many body lines of what follows on the same page (H1: a heading keeps two lines with it). */
  keepAfter?: number;
  /** Space that will follow the block (counted with keepAfter). */
  spaceAfter?: number;
  align?: 'left' | 'center' | 'right';
}

/** Inline pieces → styled spans; code keeps the regular face in the code colour. */
export function spansOf(flow: Flow, inlines: readonly Inline[], o: { bold?: boolean; color?: string; justify?: boolean }): Span[][] {
  const { ctx } = flow;
  const english = isEnglish(ctx.lang, inlines);
  if (english) inlines = englishInlines(inlines, Boolean(o.justify));
  const color = o.color ?? ctx.theme.colors.text;
  const segments: Span[][] = [[]];
  for (const inl of inlines) {
    if (inl.breakBefore) segments.push([]);
    const c = inl.link ? ctx.theme.colors.link : inl.code ? ctx.theme.colors.code : color;
    segments[segments.length - 1].push({ text: inl.text, style: ctx.style(Boolean(o.bold) || inl.bold, c, inl.link, inl.italic, english) });
  }
  return segments.filter((s) => s.length > 0);
}

export function composeText(flow: Flow, spans: Span[], o: TextOptions, width = flow.width, first = true): Composed {
  return compose(spans, {
    size: o.size,
    measure: width,
    firstIndent: first ? o.firstIndent ?? 0 : 0,
    justify: o.justify,
    onMissing: flow.ctx.onMissing,
  });
}

/** Lays out inline text as one paragraph (hard breaks start new lines). Returns the number of lines. */
export function textBlock(flow: Flow, inlines: readonly Inline[], o: TextOptions): number {
  const lh = o.lineHeight ?? o.size * flow.ctx.theme.sizes.lineHeight;
  const segs = spansOf(flow, inlines, o).map((spans, k) => composeText(flow, spans, o, flow.width, k === 0));
  const lines: { c: Composed; k: number; indent: number }[] = [];
  segs.forEach((c, si) => c.lines.forEach((_, k) => lines.push({ c, k, indent: si === 0 && k === 0 ? o.firstIndent ?? 0 : 0 })));
  if (lines.length === 0) return 0;
  const forced = lines.find((l) => l.c.lines[l.k].forced);
  if (forced) {
    // L4 was needed: say so, with the length of the longest unbreakable run.
    const longest = Math.max(...forced.c.shaped.text.split(/[\s\p{Script=Han}\p{P}]+/u).map((w) => [...w].length));
    flow.ctx.bag.warning('pdf-long-word', { length: longest }, { at: { file: flow.ctx.file, line: flow.ctx.line, col: 1 } });
  }
  const keepAfter = o.keepAfter ? o.keepAfter * flow.ctx.theme.sizes.body * flow.ctx.theme.sizes.lineHeight + (o.spaceAfter ?? 0) : 0;
  let i = 0;
  while (i < lines.length) {
    const left = lines.length - i;
    // First line of the block: orphan control (need two lines, or all) and keep-with-next.
    if (i === 0) flow.reserve(Math.min(left, 2) * lh + (left <= 2 ? keepAfter : 0));
    let fit = Math.floor((flow.room() + 0.01) / lh);
    if (fit >= left && keepAfter > 0 && flow.room() < left * lh + keepAfter && !flow.atPageTop) fit = 0;
    if (fit < left) {
      // Widow control: never leave the last line alone on the next page.
      if (left - fit === 1 && fit >= 2) fit--;
      else if (left - fit === 1 && i === 0) fit = 0;
    }
    const n = Math.max(0, Math.min(fit, left));
    if (n === 0) {
      if (flow.atPageTop) {
        drawLine(flow, lines[i], lh, o); // a line taller than the page: set it anyway
        i++;
      }
      flow.newPage();
      continue;
    }
    for (let j = 0; j < n; j++) drawLine(flow, lines[i + j], lh, o);
    i += n;
    if (i < lines.length) flow.newPage();
  }
  return lines.length;
}

function drawLine(flow: Flow, { c, k, indent }: { c: Composed; k: number; indent: number }, lh: number, o: TextOptions): void {
  const line = c.lines[k];
  const size = c.shaped.size;
  // Centre the ideographic em box (0.88 em above the baseline, 0.12 below) in the line.
  const baseline = flow.y + (lh - size) / 2 + size * 0.88;
  let x = flow.left + indent;
  if (o.align === 'center') x = flow.left + (flow.width - line.right) / 2;
  else if (o.align === 'right') x = flow.right - line.right;
  flow.placeMarker(baseline);
  flow.ctx.tagger.expectText();
  flow.ctx.writer.line(c.shaped, line, x, baseline);
  flow.y += lh;
}
