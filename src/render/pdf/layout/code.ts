// Code blocks: each source line set ragged (long lines wrap at any character), on a grey tint.
import type { Block } from '../document/blocks.js';
import type { Flow } from './flow.js';
import { textBlock } from './text-block.js';

type Code = Extract<Block, { type: 'code' }>;

export function codeBlock(flow: Flow, b: Code): void {
  const { theme, tagger } = flow.ctx;
  const size = theme.sizes.table;
  flow.space(theme.sizes.body * 0.6);
  flow.reserve(size * 3);
  tagger.open('Code');
  flow.openBox({ fill: '#f3f3f3', bar: '#d0d0d0', left: flow.left, right: flow.right });
  flow.y += 4;
  flow.indent(10, 6, () => {
    for (const line of b.text.split('\n')) {
      const text = line.replace(/^ +/, (m) => '\u00a0'.repeat(m.length)) || ' ';
      textBlock(flow, [{ text, bold: false, code: true }], { size, justify: false, lineHeight: size * 1.45 });
      if (!line) flow.y += size * 1.45;
    }
  });
  flow.y += 4;
  flow.closeBox();
  tagger.close();
  flow.space(theme.sizes.body * 0.6);
}
