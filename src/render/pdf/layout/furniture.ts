// Page furniture from page 2 on: the running header (guide title) and the footer
// `第 N 页 共 M 页` / `Page N of M`, N counting physical pages (the cover is page 1). Artifacts.
import { words } from '../document/words.js';
import { num, rgb } from '../text/glyph-run.js';
import { composeAt, drawText } from './absolute-text.js';
import type { Flow } from './flow.js';

export function drawFurniture(flow: Flow, title: string): void {
  const { ctx } = flow;
  const { doc, theme, tagger, lang } = ctx;
  const { start, count } = doc.bufferedPageRange();
  const size = theme.sizes.furniture;
  const { margins, height } = theme.page;
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    tagger.artifact(() => {
      const headTop = margins.top - size * 3.2;
      // The running header is one line: a title too long for it keeps its first line.
      const head = { text: title, x: flow.left, top: headTop, width: flow.width, size, color: theme.colors.muted };
      const composed = composeAt(ctx, head);
      composed.lines.length = Math.min(composed.lines.length, 1);
      drawText(ctx, head, composed);
      const ruleY = height - (margins.top - size * 1.2);
      doc.addContent(`q 1 0 0 -1 0 ${num(height)} cm ${rgb(theme.colors.rule)} RG 0.4 w ${num(flow.left)} ${num(ruleY)} m ${num(flow.right)} ${num(ruleY)} l S Q`);
      const footTop = height - margins.bottom + size * 2;
      drawText(ctx, { text: words.pageOf[lang](i + 1, count), x: flow.left, top: footTop, width: flow.width, size, color: theme.colors.muted, align: 'center' });
    });
  }
}
