// Prints one text field of a node in the document's language(s), each language's text inside its own
// field bookmark: inline (titles, cells) or as paragraphs and lists (bodies, list items).
import { isSlot, type GuideNode, type Lang, type OutputLang } from '../../model/types.js';
import { pair } from '../markdown/language.js';
import { fieldAt, type TextResolver } from '../text/resolve-text.js';
import { para, type Block, type Inline, type Para } from './blocks.js';
import type { Bookmarks } from './bookmarks.js';
import { fieldBlocks, fieldSpans, type FieldBlock } from './field-markdown.js';
import { runsOf } from './runs.js';

export interface FieldText {
  lang: Lang;
  text: string;
}

const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ').trim();

export class FieldPrinter {
  /** Each list of the document is its own numbering instance (an ordered list starts at its own number). */
  private lists = 0;

  constructor(
    readonly lang: OutputLang,
    private readonly resolve: TextResolver,
    readonly bookmarks: Bookmarks,
  ) {}

  /** The texts a field prints: one, or zh and en in a bilingual document where they differ (a slot prints once). */
  texts(node: GuideNode, field: string): FieldText[] {
    if (this.lang !== 'bilingual') {
      const text = this.resolve(node, field, this.lang).trim();
      return text === '' ? [] : [{ lang: this.lang, text }];
    }
    const zh = this.resolve(node, field, 'zh').trim();
    if (isSlot(fieldAt(node.fields, field))) return [{ lang: 'zh', text: zh }];
    const [first, en] = pair(zh, this.resolve(node, field, 'en').trim());
    if (first === '') return [];
    return en === undefined ? [{ lang: 'zh', text: first }] : [{ lang: 'zh', text: first }, { lang: 'en', text: en }];
  }

  /** A one-line field as runs: bilingual texts joined by ` / ` (or a line break), each in its bookmark. */
  inline(node: GuideNode, field: string, options: { bold?: boolean; join?: 'slash' | 'break'; prefix?: (lang: Lang, text: string) => string } = {}): Inline[] {
    const out: Inline[] = [];
    for (const [i, t] of this.texts(node, field).entries()) {
      if (i > 0) out.push(...(options.join === 'break' ? runsOf([{ text: '', breakBefore: true }]) : runsOf([{ text: ' / ' }], options)));
      const prefix = options.prefix?.(t.lang, t.text) ?? '';
      if (prefix) out.push(...runsOf([{ text: prefix }], options));
      out.push(...this.bookmarks.fieldRuns(node.id, field, t.lang, runsOf(fieldSpans(oneLine(t.text)), options)));
    }
    return out;
  }

  /** A body as paragraphs (lists inside it as list paragraphs): zh then en in a bilingual document. */
  block(node: GuideNode, field: string, style?: string): Block[] {
    return this.texts(node, field).flatMap((t) => this.bookmarks.fieldBlocks(node.id, field, t.lang, this.paragraphs(fieldBlocks(t.text), style, 0)));
  }

  /**
   * A list item's text: its first paragraph carries the item's number or bullet, the rest are indented
   * under it; bilingual one-liners stay one paragraph (zh, a line break, en).
   */
  item(node: GuideNode, field: string, list: { ordered: boolean; instance: number; level: number }): Block[] {
    const texts = this.texts(node, field);
    const oneLiners = texts.every((t) => !t.text.includes('\n'));
    if (oneLiners) return [para(this.inline(node, field, { join: 'break' }), { list })];
    const blocks = texts.flatMap((t) => this.bookmarks.fieldBlocks(node.id, field, t.lang, this.paragraphs(fieldBlocks(t.text), undefined, list.level + 1)));
    const first = blocks[0];
    if (first?.kind === 'p' && !first.list) first.list = list;
    for (const b of blocks.slice(1)) if (b.kind === 'p' && !b.list && !b.style) b.style = 'ListContinue';
    return blocks;
  }

  /** A new list's numbering instance. */
  newList(): number {
    return ++this.lists;
  }

  private paragraphs(blocks: readonly FieldBlock[], style: string | undefined, level: number): Para[] {
    return blocks.flatMap((b): Para[] => {
      if (b.kind === 'paragraph') return [para(runsOf(b.spans), style ? { style } : {})];
      if (b.kind === 'quote') return this.paragraphs(b.blocks, style ?? 'Quote', level);
      const instance = this.newList();
      return b.items.flatMap((item) => {
        const paras = this.paragraphs(item, style, level + 1);
        if (paras.length === 0) paras.push(para([]));
        paras[0].list = { ordered: b.ordered, level, instance };
        return paras;
      });
    });
  }
}
