// Markdown → blocks, with markdown-it (GFM tables, CJK-friendly emphasis and line joining).
// Raw HTML is parsed so it can be reported, then shown as literal text: never passed through.
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { DiagnosticBag } from '../../../diagnostics/diagnostic.js';
import type { Block, CalloutKind, Inline, ListItem } from './blocks.js';
import { plainText } from './blocks.js';

/** GitHub's alert types: `> [!TIP]` alone on the quote's first line starts a callout; a bold line below it is its title. */
const CALLOUTS: Record<string, CalloutKind> = { NOTE: 'note', TIP: 'tip', IMPORTANT: 'important', WARNING: 'warning', CAUTION: 'caution' };
/** `<!-- kind: case-study -->`: a comment every renderer hides, naming what the next block is. */
const KIND_COMMENT = /^<!--[ \t]*kind:[ \t]*([a-z-]+)[ \t]*-->\s*$/;
const COMMENT = /^<!--[\s\S]*-->\s*$/;
const BOLD_LINE = /^\*\*(.+)\*\*[ \t]*$/;

interface CalloutMeta {
  callout?: CalloutKind;
  title?: string;
  /** An alert marker of a type GitHub does not know: the quote stays a quote, with a warning. */
  unknown?: string;
}

let md: MarkdownIt | undefined;
function parser(): MarkdownIt {
  if (!md) throw new Error('loadParser() first');
  return md;
}

/** Loads markdown-it and its CJK plugins once per process. */
async function loadParser(): Promise<MarkdownIt> {
  if (!md) {
    // Dynamic imports, so the bundle (scripts/bundle.mjs) carries them in the PDF's own chunk.
    const [{ default: MarkdownItCtor }, breaksModule, { default: cjkFriendly }] = await Promise.all([import('markdown-it'), import('markdown-it-cjk-breaks'), import('markdown-it-cjk-friendly')]);
    const cjkBreaks = (breaksModule as unknown as { default: (m: MarkdownIt) => void }).default;
    md = new MarkdownItCtor({ html: true, linkify: false, typographer: false });
    md.use(cjkFriendly);
    useGuardedCjkBreaks(md, cjkBreaks);
    // Before inline parsing (and cjk-breaks joining lines), take a callout's `[!TIP]` line and its
    // bold title line off its first paragraph, so the title and the body stay apart.
    md.core.ruler.before('inline', 'callout-marker', (state) => {
      const t = state.tokens;
      for (let i = 0; i + 2 < t.length; i++) {
        if (t[i].type !== 'blockquote_open' || t[i + 1].type !== 'paragraph_open' || t[i + 2].type !== 'inline') continue;
        const m = /^\[!([A-Za-z-]+)\][ \t]*([^\n]*)(?:\n|$)/.exec(t[i + 2].content);
        if (!m) continue;
        const kind = CALLOUTS[m[1].toUpperCase()];
        if (!kind) {
          t[i].meta = { unknown: m[1] } satisfies CalloutMeta;
          continue;
        }
        let rest = t[i + 2].content.slice(m[0].length);
        // The title: a bold line right below the marker (as GitHub shows it), or on the marker line (older files).
        let title = m[2].trim();
        const firstLine = rest.split('\n')[0];
        const bold = BOLD_LINE.exec(firstLine);
        if (!title && bold) {
          title = bold[1];
          rest = rest.slice(firstLine.length + 1);
        }
        const comment = i > 0 && t[i - 1].type === 'html_block' ? KIND_COMMENT.exec(t[i - 1].content) : null;
        const caseStudy = kind === 'note' && comment?.[1] === 'case-study';
        t[i].meta = { callout: caseStudy ? 'case-study' : kind, title } satisfies CalloutMeta;
        t[i + 2].content = rest;
      }
    });
  }
  return md;
}

/**
 * markdown-it-cjk-breaks 2.0 throws ("Expected a code point") when the text token nearest a line break
 * is empty — markdown-it leaves empty text tokens before `**bold**` at a line start, and the plugin makes
 * its own when it joins a line. Empty text tokens carry nothing, so they are dropped first, and each inline
 * is joined on its own so that any other failure leaves that paragraph's breaks as spaces, not a crash.
 * The plugin's rule is the one core rule it adds (`Ruler#getRules`), replaced by the guarded one (`Ruler#at`).
 */
function useGuardedCjkBreaks(parser: MarkdownIt, plugin: (m: MarkdownIt) => void): void {
  type Rule = (state: { tokens: Token[] }) => void;
  const before = parser.core.ruler.getRules('').length;
  parser.use(plugin);
  const rules = parser.core.ruler.getRules('') as unknown as Rule[];
  if (rules.length !== before + 1) return;
  const original = rules[rules.length - 1];
  parser.core.ruler.at('cjk_breaks', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'inline' || !token.children) continue;
      token.children = token.children.filter((c) => c.type !== 'text' || c.content !== '');
      try {
        original({ tokens: [token] });
      } catch {
        // Leave this paragraph's line breaks as they are.
      }
    }
  });
}

interface Ctx {
  bag: DiagnosticBag;
  file?: string;
  lineOffset: number;
  slugs: Map<string, number>;
}

export async function parseMarkdown(body: string, bag: DiagnosticBag, file: string | undefined, lineOffset: number): Promise<Block[]> {
  const tokens = (await loadParser()).parse(body, {});
  const ctx: Ctx = { bag, file, lineOffset, slugs: new Map() };
  const [blocks] = parseBlocks(tokens, 0, ctx, null);
  return blocks;
}

const lineOf = (t: Token, ctx: Ctx) => (t.map ? t.map[0] + 1 : 1) + ctx.lineOffset;

/** Parses block tokens from `i` until the closing token of type `until`; returns the blocks and the index after it. */
function parseBlocks(tokens: Token[], i: number, ctx: Ctx, until: string | null): [Block[], number] {
  const out: Block[] = [];
  let line = 1;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.map) line = lineOf(t, ctx);
    if (until && t.type === until) return [out, i + 1];
    switch (t.type) {
      case 'heading_open': {
        const inlines = parseInline(tokens[i + 1], ctx, line);
        out.push({ type: 'heading', level: Number(t.tag.slice(1)), inlines, slug: slugFor(plainText(inlines), ctx), line });
        i += 3;
        break;
      }
      case 'paragraph_open': {
        out.push(...paragraphBlocks(parseInline(tokens[i + 1], ctx, line), tokens[i + 1], line));
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open';
        const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
        const items: ListItem[] = [];
        i++;
        while (tokens[i] && tokens[i].type !== close) {
          const itemLine = lineOf(tokens[i], ctx);
          const [blocks, next] = parseBlocks(tokens, i + 1, ctx, 'list_item_close');
          items.push(checklistItem(blocks, itemLine));
          i = next;
        }
        out.push({ type: 'list', ordered, start: Number(t.attrGet('start') ?? 1), items, line });
        i++;
        break;
      }
      case 'blockquote_open': {
        const [blocks, next] = parseBlocks(tokens, i + 1, ctx, 'blockquote_close');
        const meta = t.meta as CalloutMeta | null;
        if (meta?.unknown) {
          ctx.bag.warning('pdf-unknown-alert', { type: meta.unknown }, { at: { file: ctx.file, line, col: 3 }, hint: 'hint-pdf-unknown-alert' });
        }
        if (meta?.callout) {
          const title = meta.title ? parseInline(parser().parseInline(meta.title, {})[0], ctx, line).map((x) => ({ ...x, bold: true })) : [];
          const body = blocks.filter((b) => !(b.type === 'paragraph' && !plainText(b.inlines).trim()));
          out.push({ type: 'callout', kind: meta.callout, title, blocks: body, line });
        } else out.push({ type: 'quote', blocks, line });
        i = next;
        break;
      }
      case 'table_open': {
        const [table, next] = parseTable(tokens, i, ctx, line);
        out.push(table);
        i = next;
        break;
      }
      case 'fence':
      case 'code_block':
        out.push({ type: 'code', text: t.content.replace(/\n$/, ''), line });
        i++;
        break;
      case 'hr':
        out.push({ type: 'rule', line });
        i++;
        break;
      case 'html_block': {
        const kind = KIND_COMMENT.exec(t.content)?.[1];
        if (kind === 'checklist' || kind === 'title-page') {
          const [block, next] = kind === 'checklist' ? answerTable(tokens, i + 1, ctx, line) : titlePage(tokens, i + 1, ctx, line);
          if (block) {
            out.push(block);
            i = next;
            break;
          }
        }
        // A comment shows nothing in any renderer, and nothing in the PDF.
        if (COMMENT.test(t.content)) {
          i++;
          break;
        }
        ctx.bag.warning('pdf-raw-html', {}, { at: { file: ctx.file, line, col: 1 } });
        out.push({ type: 'paragraph', inlines: [{ text: t.content.trim(), bold: false, code: true }], line });
        i++;
        break;
      }
      default:
        i++;
    }
  }
  return [out, i];
}

/** `<!-- kind: checklist -->`, an optional bold title line, a table: the checklist's answer table. */
function answerTable(tokens: Token[], i: number, ctx: Ctx, line: number): [Block | undefined, number] {
  let title: Inline[] = [];
  let at = i;
  if (tokens[at]?.type === 'paragraph_open' && BOLD_LINE.test(tokens[at + 1].content.trim()) && tokens[at + 3]?.type === 'table_open') {
    title = parseInline(tokens[at + 1], ctx, lineOf(tokens[at], ctx));
    at += 3;
  }
  if (tokens[at]?.type !== 'table_open') return [undefined, i];
  const [table, next] = parseTable(tokens, at, ctx, lineOf(tokens[at], ctx));
  return [{ type: 'answer-table', title, table, line }, next];
}

/** `<!-- kind: title-page -->`, a heading, and what follows it up to the next heading of its level or higher. */
function titlePage(tokens: Token[], i: number, ctx: Ctx, line: number): [Block | undefined, number] {
  const head = tokens[i];
  if (head?.type !== 'heading_open') return [undefined, i];
  let end = i + 3;
  while (end < tokens.length && !(tokens[end].type === 'heading_open' && tokens[end].level === head.level && tokens[end].tag <= head.tag)) end++;
  const [blocks] = parseBlocks(tokens.slice(0, end), i, ctx, null);
  return [{ type: 'title-page', blocks, line }, end];
}

/** A paragraph holding images becomes image blocks and the text around them. */
function paragraphBlocks(inlines: Inline[], t: Token, line: number): Block[] {
  const images = (t.children ?? []).filter((c) => c.type === 'image');
  if (images.length === 0) return [{ type: 'paragraph', inlines, line }];
  const out: Block[] = [];
  const rest = inlines.filter((x) => x.image === undefined);
  // markdown-it percent-encodes the path; the file system wants it as written.
  for (const img of images) out.push({ type: 'image', src: safeDecode(img.attrGet('src') ?? ''), alt: img.content, line });
  if (plainText(rest).trim()) out.push({ type: 'paragraph', inlines: rest, line });
  return out;
}

function checklistItem(blocks: Block[], line: number): ListItem {
  const first = blocks[0];
  if (first?.type === 'paragraph' && first.inlines.length > 0) {
    const m = /^\[([ xX])\][ \u00a0]+/.exec(first.inlines[0].text);
    if (m) {
      first.inlines[0] = { ...first.inlines[0], text: first.inlines[0].text.slice(m[0].length) };
      return { blocks, checked: m[1] !== ' ', line };
    }
  }
  return { blocks, line };
}

function parseTable(tokens: Token[], i: number, ctx: Ctx, line: number): [Extract<Block, { type: 'table' }>, number] {
  const header: Inline[][] = [];
  const rows: Inline[][][] = [];
  const aligns: ('left' | 'center' | 'right')[] = [];
  let row: Inline[][] | null = null;
  let inHead = false;
  for (i++; i < tokens.length && tokens[i].type !== 'table_close'; i++) {
    const t = tokens[i];
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) {
      if (inHead) header.push(...row);
      else rows.push(row);
      row = null;
    } else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
      const style = t.attrGet('style') ?? '';
      if (inHead) aligns.push(style.includes('right') ? 'right' : style.includes('center') ? 'center' : 'left');
      row.push(parseInline(tokens[i + 1], ctx, t.map ? lineOf(t, ctx) : line));
    }
  }
  return [{ type: 'table', header, rows, aligns, line }, i + 1];
}

/** Inline tokens → pieces of text with bold (E1: emphasis is bold for Han, italic for Latin letters), code and link. */
function parseInline(t: Token | undefined, ctx: Ctx, line: number): Inline[] {
  const out: Inline[] = [];
  let bold = 0;
  let em = 0;
  let link: string | undefined;
  let breakNext = false;
  for (const c of t?.children ?? []) {
    const push = (text: string, code = false) => {
      if (!text && !breakNext) return;
      const piece: Inline = { text, bold: bold > 0, code };
      if (em > 0) piece.italic = true;
      if (link) piece.link = link;
      if (breakNext) piece.breakBefore = true;
      breakNext = false;
      out.push(piece);
    };
    switch (c.type) {
      case 'text':
        push(c.content);
        break;
      case 'code_inline':
        push(c.content, true);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        breakNext = true;
        break;
      case 'strong_open':
        bold++;
        break;
      case 'em_open':
        bold++;
        em++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_close':
        bold--;
        em--;
        break;
      case 'link_open': {
        const href = c.attrGet('href') ?? '';
        // markdown-it percent-encodes hrefs; heading ids are plain text.
        link = href.startsWith('#') ? `#${safeDecode(href.slice(1))}` : /^(https?:|mailto:)/i.test(href) ? href : undefined;
        break;
      }
      case 'link_close':
        link = undefined;
        break;
      case 'image':
        out.push({ text: `［${c.content || c.attrGet('src') || ''}］`, bold: false, code: false, image: c.attrGet('src') ?? '' });
        break;
      case 'html_inline':
        ctx.bag.warning('pdf-raw-html', {}, { at: { file: ctx.file, line, col: 1 } });
        push(c.content, true);
        break;
      default:
        if (c.content) push(c.content);
    }
  }
  return out;
}

/** GitHub-style heading ids, so `[…](#标题)` links resolve. */
function slugFor(text: string, ctx: Ctx): string {
  const base = text.trim().toLowerCase().replace(/[\s]+/g, '-').replace(/[^\p{L}\p{N}_-]/gu, '') || 'section';
  const n = ctx.slugs.get(base) ?? 0;
  ctx.slugs.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
