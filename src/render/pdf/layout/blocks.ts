// Lays out a sequence of blocks: the dispatcher, paragraphs (G1: one style for the whole
// document) and rules; the bigger block types have their own modules.
import { isEnglishText, otherLanguage } from '../document/bilingual.js';
import { plainText, type Block, type Inline } from '../document/blocks.js';
import { isEnglish } from '../english.js';
import { bilingualText, englishParagraph } from './bilingual.js';
import { num, rgb } from '../text/glyph-run.js';
import { codeBlock } from './code.js';
import { answerTableBlock } from './answer-table.js';
import { calloutBlock, quoteBlock } from './box.js';
import type { Flow } from './flow.js';
import { headingBlock } from './heading.js';
import { imageBlock } from './image.js';
import { captionBlock } from './caption.js';
import { needOf } from './keep.js';
import { listBlock } from './list.js';
import { tableBlock } from './table.js';

export interface BlockContext {
  /** Nesting depth of lists (0 outside lists). */
  depth: number;
  /** Inside a list, callout or quote: no first-line indent. */
  nested: boolean;
}

export function renderBlocks(flow: Flow, blocks: readonly Block[], bc: BlockContext = { depth: 0, nested: false }): void {
  blocks.forEach((b, i) => {
    const follows = i > 0 && blocks[i - 1].type === 'heading';
    flow.ctx.line = b.line;
    switch (b.type) {
      case 'heading':
        headingBlock(flow, b, needOf(flow, blocks, i + 1));
        break;
      case 'caption':
        captionBlock(flow, b.inlines, needOf(flow, blocks, i + 1));
        break;
      case 'paragraph':
        paragraph(flow, b.inlines, bc, follows);
        break;
      case 'list':
        listBlock(flow, b, bc);
        break;
      case 'table':
        tableBlock(flow, b);
        break;
      case 'answer-table':
        answerTableBlock(flow, b);
        break;
      case 'title-page':
        // Only where no cover carries it (a bare document): shown as it is written.
        renderBlocks(flow, b.blocks, bc);
        break;
      case 'callout':
        calloutBlock(flow, b, bc);
        break;
      case 'quote':
        quoteBlock(flow, b, bc);
        break;
      case 'code':
        codeBlock(flow, b);
        break;
      case 'image':
        imageBlock(flow, b);
        break;
      case 'rule':
        rule(flow);
        break;
    }
  });
}

function paragraph(flow: Flow, inlines: readonly Inline[], bc: BlockContext, afterHeading: boolean): void {
  const { theme, lang } = flow.ctx;
  const size = theme.sizes.body;
  const gap = theme.paragraph === 'gap' || bc.nested;
  // English: a smaller indent, none after a heading.
  const indent = !isEnglish(lang, inlines) ? 2 * size : afterHeading ? 0 : theme.english.indent * size;
  const o = { size, justify: true, firstIndent: gap ? 0 : indent, paragraph: true };
  // Bilingual: an English paragraph (after its Chinese one) in the secondary style.
  if (lang === 'bilingual' && isEnglishText(plainText(inlines))) englishParagraph(flow, inlines, o);
  else {
    const other = otherLanguage(lang, plainText(inlines));
    flow.ctx.tagger.open('P', other ? { lang: other } : {});
    bilingualText(flow, inlines, o);
    flow.ctx.tagger.close();
  }
  // G1: with indents, paragraphs follow each other with no extra space; otherwise half a line.
  flow.space(gap ? size * theme.sizes.lineHeight * (bc.nested ? 0.3 : 0.6) : 0);
}

function rule(flow: Flow): void {
  const size = flow.ctx.theme.sizes.body;
  flow.space(size);
  flow.reserve(2);
  // A list item that starts with a rule: its marker sits level with the rule.
  flow.placeMarker(flow.y + size * 0.3);
  const h = (flow.ctx.doc as unknown as { page: { height: number } }).page.height;
  const y = h - flow.y;
  flow.ctx.tagger.artifact(() =>
    flow.ctx.doc.addContent(`q 1 0 0 -1 0 ${num(h)} cm ${rgb(flow.ctx.theme.colors.rule)} RG 0.5 w ${num(flow.left)} ${num(y)} m ${num(flow.right)} ${num(y)} l S Q`),
  );
  flow.y += 1;
  flow.space(flow.ctx.theme.sizes.body);
}
