// Places composed lines on pages: G2's no-孤行 rule (a paragraph's last line never alone at the top
// of a page), its mirror (no first line alone at the bottom), a paragraph of three lines or fewer
// never split, and keep-with-next; each line marked as tagged content.
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
  /** Points of what follows that must stay on this page with the block's last line (keep-with-next, H1). */
  keep?: number;
  align?: 'left' | 'center' | 'right';
  /** A running-text paragraph: in a bilingual edition its English is set on the English measure (bilingual.ts). */
  paragraph?: boolean;
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
    segments[segments.length - 1].push({ text: inl.text, style: ctx.style(Boolean(o.bold) || inl.bold, c, inl.link, inl.italic, english, inl.bold && !o.bold) });
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

/** Inline text composed at the flow's measure: one composition per hard-broken segment. */
export function composeSegments(flow: Flow, inlines: readonly Inline[], o: TextOptions): Composed[] {
  return spansOf(flow, inlines, o).map((spans, k) => composeText(flow, spans, o, flow.width, k === 0));
}

/** Lays out inline text as one paragraph (hard breaks start new lines; `segs` if already composed). Returns the number of lines. */
export function textBlock(flow: Flow, inlines: readonly Inline[], o: TextOptions, segs = composeSegments(flow, inlines, o)): number {
  const lh = o.lineHeight ?? o.size * flow.ctx.theme.sizes.lineHeight;
  const lines: { c: Composed; k: number; indent: number }[] = [];
  segs.forEach((c, si) => c.lines.forEach((_, k) => lines.push({ c, k, indent: si === 0 && k === 0 ? o.firstIndent ?? 0 : 0 })));
  if (lines.length === 0) return 0;
  const forced = lines.find((l) => l.c.lines[l.k].forced);
  if (forced) {
    // L4 was needed: say so, with the length of the longest unbreakable run.
    const longest = Math.max(...forced.c.shaped.text.split(/[\s\p{Script=Han}\p{P}]+/u).map((w) => [...w].length));
    flow.ctx.bag.warning('pdf-long-word', { length: longest }, { at: { file: flow.ctx.file, line: flow.ctx.line, col: 1 } });
  }
  const keep = o.keep ?? 0;
  let i = 0;
  while (i < lines.length) {
    const left = lines.length - i;
    // G2: a paragraph of three lines or fewer is never split; a longer one needs two lines to start.
    if (i === 0) flow.reserve((left <= 3 ? left : 2) * lh + (left <= 2 ? keep : 0));
    const room = flow.room();
    const fits = Math.floor((room + 0.01) / lh);
    let fit = fits;
    if (fit >= left) {
      // Keep-with-next (H1): what follows must start on this page too, or the block moves.
      if (keep > 0 && room < left * lh + keep - 0.01) fit = 0;
    } else if (i === 0 && left <= 3) fit = 0;
    else {
      if (left - fit === 1) fit--; // no widow: the last line never alone on the next page
      if (i === 0 && fit < 2) fit = 0; // no orphan: the first line never alone at a page foot
    }
    // At a page top nothing is gained by moving on: set what fits (at least one line).
    if (fit <= 0 && flow.atPageTop) fit = Math.max(1, Math.min(fits, left));
    const n = Math.max(0, Math.min(fit, left));
    if (n === 0) {
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
