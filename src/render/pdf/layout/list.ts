// Ordered, unordered and nested lists, and checklists (☐): the marker hangs in the indent and
// sits on the baseline of the item's first line, wherever a page break puts it.
import type { Block } from '../document/blocks.js';
import { num, rgb } from '../text/glyph-run.js';
import type { BlockContext } from './blocks.js';
import { renderBlocks } from './blocks.js';
import type { Flow } from './flow.js';
import { composeText } from './text-block.js';

type List = Extract<Block, { type: 'list' }>;
const BULLETS = ['•', '◦', '▪'];

export function listBlock(flow: Flow, b: List, bc: BlockContext): void {
  const { theme, tagger } = flow.ctx;
  const size = theme.sizes.body;
  const lh = size * theme.sizes.lineHeight;
  const last = b.start + b.items.length - 1;
  const indent = b.ordered ? Math.max(2, String(last).length * 0.6 + 1) * size : 2 * size;
  flow.space(lh * 0.3);
  tagger.open('L');
  b.items.forEach((item, k) => {
    tagger.open('LI');
    // Checklists use ☐ / ☑ when the font has them (Noto Sans SC has neither: then a drawn box).
    const box = item.checked === undefined ? undefined : item.checked ? 0x2611 : 0x2610;
    const boxGlyph = box !== undefined && flow.ctx.faces.regular.advance(box) > 0;
    const label = box !== undefined ? (boxGlyph ? String.fromCodePoint(box) : null) : b.ordered ? `${b.start + k}.` : BULLETS[bc.depth % BULLETS.length];
    const markerLeft = flow.left;
    // LI = Lbl (the bullet, number or box) + LBody; a drawn box reads as the character it stands for.
    const lbl = tagger.create('Lbl', label === null ? { actual: String.fromCodePoint(box!) } : {});
    flow.indent(indent, 0, () => {
      const textLeft = flow.left;
      // An item that starts with a list (`- - a`) sets both markers on its first line.
      const outer = flow.pendingMarker;
      flow.pendingMarker = (baseline) => {
        outer?.(baseline);
        tagger.contentOf(lbl);
        if (label === null) checkbox(flow, markerLeft, baseline, size, item.checked === true);
        else {
          const c = composeText(flow, [{ text: label, style: flow.ctx.style(false, theme.colors.text) }], { size, justify: false }, indent);
          const line = c.lines[0];
          // Numbers align right against the text; bullets sit in the indent's first em.
          const x = b.ordered ? textLeft - size * 0.4 - line.right : markerLeft + size * 0.5;
          flow.ctx.writer.line(c.shaped, line, x, baseline);
        }
        tagger.end(lbl);
      };
      tagger.open('LBody');
      renderBlocks(flow, item.blocks, { depth: bc.depth + 1, nested: true });
      // An empty item (`-` alone) still shows its marker, on a line of its own.
      if (flow.markerPending) {
        flow.reserve(lh);
        flow.placeMarker(flow.y + (lh - size) / 2 + size * 0.88);
        flow.y += lh;
      }
      tagger.close();
      flow.pendingMarker = null;
    });
    tagger.close();
    flow.space(lh * 0.15);
  });
  tagger.close();
  flow.space(lh * 0.3);
}

/** ☐ is not in Noto Sans SC: draw the box (and a tick for a done item) as vector graphics. */
function checkbox(flow: Flow, left: number, baseline: number, size: number, checked: boolean): void {
  const doc = flow.ctx.doc as unknown as { page: { height: number }; addContent(s: string): void };
  const h = doc.page.height;
  const side = size * 0.78;
  const x = left + size * 0.35;
  const yTop = baseline - size * 0.8;
  let ops = `q 1 0 0 -1 0 ${num(h)} cm ${rgb(flow.ctx.theme.colors.text)} RG 0.7 w ${num(x)} ${num(h - yTop - side)} ${num(side)} ${num(side)} re S`;
  if (checked) {
    ops += ` 1.1 w ${num(x + side * 0.2)} ${num(h - yTop - side * 0.55)} m ${num(x + side * 0.42)} ${num(h - yTop - side * 0.8)} l ${num(x + side * 0.85)} ${num(h - yTop - side * 0.2)} l S`;
  }
  doc.addContent(ops + ' Q');
}
