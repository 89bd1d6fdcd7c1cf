// Text at a fixed place outside the page flow (cover, table of contents, running header, footer).
import type { Composed } from '../text/compose.js';
import type { RenderContext } from './flow.js';
import { compose } from '../text/compose.js';
import { isEnglish } from '../english.js';
import { curlyQuotes } from '../text/quotes.js';

export interface PlacedText {
  text: string;
  x: number;
  /** Top of the first line (pdfkit's top-down coordinates). */
  top: number;
  width: number;
  size: number;
  bold?: boolean;
  color: string;
  align?: 'left' | 'center' | 'right';
  lineHeight?: number;
  link?: string;
}

export function composeAt(ctx: RenderContext, t: PlacedText): Composed {
  // English (cover, contents, header): curly quotes, set in the Latin face.
  const english = isEnglish(ctx.lang, [{ text: t.text, bold: false, code: false }]);
  const text = english ? curlyQuotes(t.text, '') : t.text;
  return compose([{ text, style: ctx.style(Boolean(t.bold), t.color, t.link, false, english) }], {
    size: t.size,
    measure: t.width,
    justify: false,
    onMissing: ctx.onMissing,
  });
}

/** Draws the text; returns its height. */
export function drawText(ctx: RenderContext, t: PlacedText, composed = composeAt(ctx, t)): number {
  const lh = t.lineHeight ?? t.size * 1.5;
  composed.lines.forEach((line, k) => {
    const baseline = t.top + k * lh + (lh - t.size) / 2 + t.size * 0.88;
    const x = t.align === 'center' ? t.x + (t.width - line.right) / 2 : t.align === 'right' ? t.x + t.width - line.right : t.x;
    ctx.writer.line(composed.shaped, line, x, baseline);
  });
  return composed.lines.length * lh;
}
