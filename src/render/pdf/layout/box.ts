// Callouts (GitHub's five alert types, and the case study) and block quotes: a tinted box with a
// bar on the left that continues across page breaks (drawn per page segment by the flow, so the tint
// and the bar are on both parts); it splits only between lines, never before its first block starts.
import type { Block } from '../document/blocks.js';
import type { ColorName } from '../theme.js';
import type { BlockContext } from './blocks.js';
import { renderBlocks } from './blocks.js';
import type { Flow } from './flow.js';
import { bilingualText } from './bilingual.js';
import { calloutNeed, needOf } from './keep.js';

type Callout = Extract<Block, { type: 'callout' }>;
type Quote = Extract<Block, { type: 'quote' }>;

const LABELS: Record<Callout['kind'], { zh: string; en: string }> = {
  note: { zh: '注意', en: 'Note' },
  tip: { zh: '提示', en: 'Tip' },
  important: { zh: '重要', en: 'Important' },
  warning: { zh: '警告', en: 'Warning' },
  caution: { zh: '小心', en: 'Caution' },
  'case-study': { zh: '案例', en: 'Case study' },
};

const FILLS: Record<Callout['kind'], [ColorName, ColorName]> = {
  note: ['note', 'noteBar'],
  tip: ['tip', 'tipBar'],
  important: ['important', 'importantBar'],
  warning: ['warning', 'warningBar'],
  caution: ['caution', 'cautionBar'],
  'case-study': ['caseStudy', 'caseStudyBar'],
};

/** Inner padding of a box; the typography checker needs it to know the measure inside boxes. */
export const BOX_PADDING = 10;

export function calloutBlock(flow: Flow, b: Callout, bc: BlockContext): void {
  const { theme, tagger, lang } = flow.ctx;
  const c = theme.colors;
  const [fill, bar] = FILLS[b.kind].map((name) => c[name]);
  const size = theme.sizes.body;
  const label = LABELS[b.kind][lang === 'en' ? 'en' : 'zh'];
  const titleText = b.title.length ? b.title : [{ text: label, bold: true, code: false }];
  flow.space(size);
  // Start the box where its title and the start of its first block fit (no empty tinted band).
  flow.reserve(calloutNeed(flow, b) - size);
  tagger.open('Div');
  flow.openBox({ fill, bar, left: flow.left, right: flow.right, padded: true });
  flow.y += BOX_PADDING * 0.6;
  flow.indent(BOX_PADDING + 3, BOX_PADDING, () => {
    tagger.open('Caption');
    bilingualText(flow, titleText, { size, bold: true, color: bar, justify: false, keep: needOf(flow, b.blocks, 0) });
    tagger.close();
    renderBlocks(flow, b.blocks, { depth: bc.depth, nested: true });
  });
  flow.y += BOX_PADDING * 0.4;
  flow.closeBox();
  tagger.close();
  flow.space(size);
}

export function quoteBlock(flow: Flow, b: Quote, bc: BlockContext): void {
  const { theme, tagger } = flow.ctx;
  const size = theme.sizes.body;
  flow.space(size * 0.6);
  flow.reserve(size * theme.sizes.lineHeight * 2);
  tagger.open('BlockQuote');
  flow.openBox({ fill: '#ffffff', bar: theme.colors.quoteBar, left: flow.left, right: flow.right });
  flow.indent(BOX_PADDING + 3, 0, () => renderBlocks(flow, b.blocks, { depth: bc.depth, nested: true }));
  flow.closeBox();
  tagger.close();
  flow.space(size * 0.6);
}
