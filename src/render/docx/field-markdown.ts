// A text field's own Markdown (bold, links, lists inside a body) as paragraphs of styled spans: what the
// DOCX prints for one field. Only the field is parsed, never the Markdown output of the whole guide.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import cjkFriendly from 'markdown-it-cjk-friendly';
import { BoundedCache } from '../text/bounded-cache.js';

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  /** An http(s) or mailto link. */
  link?: string;
  /** A hard line break before the text. */
  breakBefore?: boolean;
}

export type FieldBlock =
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; ordered: boolean; start: number; items: FieldBlock[][] }
  | { kind: 'quote'; blocks: FieldBlock[] };

let md: MarkdownIt | undefined;
function parser(): MarkdownIt {
  if (!md) {
    // Raw HTML was escaped when the text was resolved; anything left is text.
    md = new MarkdownIt({ html: false, linkify: false, typographer: false });
    md.use(cjkFriendly);
  }
  return md;
}

const SAFE_LINK = /^(https?:|mailto:)/i;

function spansOf(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  const style = { bold: 0, italic: 0, strike: 0 };
  let link: string | undefined;
  let pendingBreak = false;
  const push = (text: string, extra: Partial<Span> = {}) => {
    if (text === '') return;
    spans.push({
      text,
      ...(style.bold > 0 ? { bold: true } : {}),
      ...(style.italic > 0 ? { italic: true } : {}),
      ...(style.strike > 0 ? { strike: true } : {}),
      ...(link ? { link } : {}),
      ...(pendingBreak ? { breakBefore: true } : {}),
      ...extra,
    });
    pendingBreak = false;
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        push(t.content);
        break;
      case 'code_inline':
        push(t.content, { code: true });
        break;
      case 'strong_open':
        style.bold += 1;
        break;
      case 'strong_close':
        style.bold -= 1;
        break;
      case 'em_open':
        style.italic += 1;
        break;
      case 'em_close':
        style.italic -= 1;
        break;
      case 's_open':
        style.strike += 1;
        break;
      case 's_close':
        style.strike -= 1;
        break;
      case 'link_open': {
        const href = t.attrGet('href') ?? '';
        link = SAFE_LINK.test(href) ? href : undefined;
        break;
      }
      case 'link_close':
        link = undefined;
        break;
      case 'softbreak':
        push(SOFT);
        break;
      case 'hardbreak':
        pendingBreak = true;
        break;
      case 'image':
        push(t.content);
        break;
      default:
        if (t.content) push(t.content);
    }
  }
  return joinLines(spans);
}

/** A line break inside a paragraph: a space between words, nothing between Chinese characters. */
const SOFT = '\u0000';
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

function joinLines(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const [i, span] of spans.entries()) {
    if (span.text !== SOFT) {
      out.push(span);
      continue;
    }
    const before = out.at(-1)?.text.at(-1) ?? '';
    const after = spans[i + 1]?.text[0] ?? '';
    if (!(WIDE.test(before) && WIDE.test(after))) out.push({ ...span, text: ' ' });
  }
  return out;
}

/** Builds blocks from a token range, [from, to). */
function blocksOf(tokens: readonly Token[], from: number, to: number): FieldBlock[] {
  const blocks: FieldBlock[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    const close = closing(tokens, i);
    if (t.type === 'inline') {
      blocks.push({ kind: 'paragraph', spans: spansOf(t.children ?? []) });
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      const items: FieldBlock[][] = [];
      for (let j = i + 1; j < close; ) {
        const itemClose = closing(tokens, j);
        items.push(blocksOf(tokens, j + 1, itemClose));
        j = itemClose + 1;
      }
      blocks.push({ kind: 'list', ordered: t.type === 'ordered_list_open', start: Number(t.attrGet('start') ?? 1), items });
    } else if (t.type === 'blockquote_open') {
      blocks.push({ kind: 'quote', blocks: blocksOf(tokens, i + 1, close) });
    } else if (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block') {
      blocks.push({ kind: 'paragraph', spans: [{ text: t.content.replace(/\n$/, ''), code: t.type !== 'html_block' }] });
    } else if (t.nesting === 1 && close > i) {
      // Headings, tables and other containers inside a field print as their paragraphs.
      blocks.push(...blocksOf(tokens, i + 1, close));
    }
    i = close + 1;
  }
  return blocks;
}

/** The index of the token that closes the one at `i` (itself when it opens nothing). */
function closing(tokens: readonly Token[], i: number): number {
  if (tokens[i].nesting !== 1) return i;
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    depth += tokens[j].nesting;
    if (depth === 0) return j;
  }
  return tokens.length - 1;
}

/**
 * Characters at which markdown-it's inline rules (escape, code, strikethrough, emphasis, links, images,
 * autolinks, entities, line breaks) or its normalising of input can act; linkify, HTML and the
 * typographer are off. A one-line text without any is one plain span, as the parser would give it.
 */
const INLINE_SYNTAX = /[\\`~*_[<&\u0000\r\n]/;
/** What a line can start with to be more than a paragraph: a heading, rule, list, quote, fence, HTML, reference or table. */
const BLOCK_START = /^[\s#\-+*0-9>`~<[_=|]/;

/**
 * What a text parsed to, by text: the same text comes back in every variant of a guide (and in each
 * language's document of a bilingual build), so `build --all` parses each distinct text once. The values
 * are shared: nothing downstream changes a span or block (runs and paragraphs are new objects).
 */
const parsed = { blocks: new BoundedCache<string, FieldBlock[]>(10_000), spans: new BoundedCache<string, Span[]>(10_000) };

/** A body: paragraphs and lists. */
export function fieldBlocks(markdown: string): FieldBlock[] {
  // Most bodies of a guide are one line of plain text: no parser for them.
  if (markdown !== '' && !INLINE_SYNTAX.test(markdown) && !BLOCK_START.test(markdown) && !/\s$/.test(markdown)) return [{ kind: 'paragraph', spans: [{ text: markdown }] }];
  return parsed.blocks.getOrMake(markdown, parsedBlocks);
}

/** A one-line text (title, caption, cell): its spans. */
export function fieldSpans(markdown: string): Span[] {
  if (!INLINE_SYNTAX.test(markdown) && !/^\s|\s$/.test(markdown)) return markdown === '' ? [] : [{ text: markdown }];
  return parsed.spans.getOrMake(markdown, parsedSpans);
}

/** fieldBlocks by the parser, always (the tests hold the two to the same result). */
export function parsedBlocks(markdown: string): FieldBlock[] {
  const tokens = parser().parse(markdown, {});
  return blocksOf(tokens, 0, tokens.length);
}

/** fieldSpans by the parser, always. */
export function parsedSpans(markdown: string): Span[] {
  const tokens = parser().parseInline(markdown, {});
  return tokens.flatMap((t) => spansOf(t.children ?? []));
}
