// Where Markdown emphasis, strikethrough and links open and close in a text, read by markdown-it with the
// renderer's CJK-friendly flanking rules, so the codes a translator sees are the marks the guide shows.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import cjkFriendly from 'markdown-it-cjk-friendly';

export interface MarkdownSpan {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  role: 'b' | 'i' | 's' | 'link';
}

/** Emphasis and links (paired), and autolinks `<https://…>` (whole), as offsets into the text. */
export interface MarkdownMarks {
  spans: MarkdownSpan[];
  autolinks: { start: number; end: number }[];
}

let md: MarkdownIt | undefined;

function parser(): MarkdownIt {
  if (!md) {
    md = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(cjkFriendly);
    // Escapes and entities stay tokens of their own (`text_special`), whose markup is their source form.
    md.core.ruler.disable('text_join');
  }
  return md;
}

const ROLES: { [type: string]: MarkdownSpan['role'] } = { strong: 'b', em: 'i', s: 's' };

/** Thrown when the tokens cannot be placed in the text; the text then gets no Markdown codes at all. */
class Misaligned extends Error {}

export function markdownMarks(text: string): MarkdownMarks {
  const marks: MarkdownMarks = { spans: [], autolinks: [] };
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let cursor = 0;
  try {
    for (const block of parser().parse(text, {})) {
      if (block.type !== 'inline' || !block.children) continue;
      if (block.map) cursor = Math.max(cursor, lineStarts[block.map[0]] ?? cursor);
      cursor = placeInline(text, block.children, cursor, marks);
    }
  } catch (e) {
    if (e instanceof Misaligned) return { spans: [], autolinks: [] };
    throw e;
  }
  return marks;
}

/** Only block markup, indentation and line breaks lie between one inline token and the next. */
const GAP = /^[\s>#*+\-=_~`\d.)|:\\]*$/;

function placeInline(text: string, tokens: Token[], from: number, marks: MarkdownMarks): number {
  let cursor = from;
  const find = (s: string): number => {
    const at = text.indexOf(s, cursor);
    if (at < 0 || !GAP.test(text.slice(cursor, at))) throw new Misaligned();
    return at;
  };
  const open: { type: string; start: number; openEnd: number }[] = [];
  let inAutolink = false;
  for (const t of tokens) {
    if (inAutolink) {
      if (t.type === 'link_close') inAutolink = false;
      continue;
    }
    switch (t.type) {
      case 'text':
        if (t.content !== '') cursor = find(t.content) + t.content.length;
        break;
      case 'text_special':
        cursor = find(t.markup) + t.markup.length;
        break;
      case 'softbreak':
      case 'hardbreak':
        break;
      case 'code_inline':
        cursor = codeSpanEnd(text, find(t.markup), t.markup);
        break;
      case 'em_open':
      case 'strong_open':
      case 's_open': {
        const at = find(t.markup);
        open.push({ type: t.type.replace('_open', ''), start: at, openEnd: at + t.markup.length });
        cursor = at + t.markup.length;
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 's_close': {
        const o = open.pop();
        const type = t.type.replace('_close', '');
        if (!o || o.type !== type) throw new Misaligned();
        const at = find(t.markup);
        marks.spans.push({ start: o.start, openEnd: o.openEnd, closeStart: at, end: at + t.markup.length, role: ROLES[type]! });
        cursor = at + t.markup.length;
        break;
      }
      case 'link_open': {
        if (t.markup === 'autolink') {
          const at = find('<');
          const end = text.indexOf('>', at) + 1;
          if (end === 0) throw new Misaligned();
          marks.autolinks.push({ start: at, end });
          cursor = end;
          inAutolink = true;
          break;
        }
        const at = find('[');
        open.push({ type: 'link', start: at, openEnd: at + 1 });
        cursor = at + 1;
        break;
      }
      case 'link_close': {
        const o = open.pop();
        if (!o || o.type !== 'link') throw new Misaligned();
        const at = find(']');
        const end = linkEnd(text, at);
        marks.spans.push({ start: o.start, openEnd: o.openEnd, closeStart: at, end, role: 'link' });
        cursor = end;
        break;
      }
      default:
        // Images and anything else: left as plain text (the variables in it are still protected).
        throw new Misaligned();
    }
  }
  if (open.length > 0) throw new Misaligned();
  return cursor;
}

/** The end of a code span that opens at `at` with the backtick run `ticks`: the next run of exactly as many. */
function codeSpanEnd(text: string, at: number, ticks: string): number {
  let i = at + ticks.length;
  for (;;) {
    const close = text.indexOf(ticks, i);
    if (close < 0) throw new Misaligned();
    let run = close + ticks.length;
    while (text[run] === '`') run++;
    if (run === close + ticks.length && text[close - 1] !== '`') return run;
    i = run;
  }
}

/** After a link's `]`: its `(destination "title")`, or `[label]`, or nothing (a shortcut reference). */
function linkEnd(text: string, at: number): number {
  const after = at + 1;
  if (text[after] === '[') {
    const close = text.indexOf(']', after);
    if (close < 0) throw new Misaligned();
    return close + 1;
  }
  if (text[after] !== '(') return after;
  const helpers = parser().helpers;
  let pos = skipSpace(text, after + 1);
  const dest = helpers.parseLinkDestination(text, pos, text.length);
  if (dest.ok) pos = skipSpace(text, dest.pos);
  if (text[pos] !== ')') {
    const title = helpers.parseLinkTitle(text, pos, text.length);
    if (title.ok) pos = skipSpace(text, title.pos);
  }
  if (text[pos] !== ')') throw new Misaligned();
  return pos + 1;
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  return pos;
}
