// Links a guide must never carry: `javascript:`, `vbscript:`, `data:` and `file:` (they run script or
// reach the reader's disk). Found by parsing the text as Markdown (so entities, backslash escapes,
// reference definitions and autolinks are read as a renderer reads them), then compared the way a
// browser reads a scheme: ASCII whitespace and control characters dropped, case ignored.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** A single HTML comment and nothing else (`<!-- a --><img …><!-- b -->` is not one). */
const ONE_COMMENT = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;
const UNSAFE_SCHEME = /^(?:javascript|vbscript|data|file):/;

let md: MarkdownIt | undefined;
function parser(): MarkdownIt {
  if (!md) {
    md = new MarkdownIt('commonmark', { html: true });
    // markdown-it's own filter would hide the very links we look for; its docs name this as the way to see them.
    md.validateLink = () => true;
    md.normalizeLink = (url) => url;
    // Emphasis never makes or hides a tag or a link (its delimiters are read after them): not pairing it
    // saves about a sixth of the parse, which every text and every Markdown output goes through.
    md.disable('emphasis');
    // Inline content is parsed by `tokens` below, only where it can hold what we look for.
    md.disable('inline');
  }
  return md;
}

/**
 * The tokens of a Markdown text as markdown-it reads it, with inline content parsed only where a link,
 * an image or a tag can start. Each of those begins at a `[` (links, images, links to a reference
 * definition) or a `<` (tags, autolinks) written in the content itself: an entity or an escape yields
 * text, never one of them. Any other inline content is left unparsed (no children): it holds none.
 * This is what markdown-it's own inline stage does (`md.inline.parse` per inline token, with the
 * block stage's references in `env`), done for fewer tokens: most of a guide's paragraphs have neither.
 */
function tokens(markdown: string): Token[] {
  const p = parser();
  const env = {};
  const all = p.parse(markdown, env);
  for (const t of all) if (t.type === 'inline' && t.children && /[[<]/.test(t.content)) p.inline.parse(t.content, p, env, t.children);
  return all;
}

/** The scheme a browser would see in `href`: `java\tscript:` and ` JAVASCRIPT:` are `javascript:`. */
export function isUnsafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  return UNSAFE_SCHEME.test(href.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase());
}

/** The first live HTML (a tag, not a comment) and the first unsafe link of a whole Markdown file, with their lines. */
export function liveContent(markdown: string): { html?: { text: string; line: number }; link?: { href: string; line: number } } {
  const found: ReturnType<typeof liveContent> = {};
  const walk = (tokens: Token[], line: number) => {
    for (const t of tokens) {
      const at = t.map ? t.map[0] + 1 : line;
      if ((t.type === 'html_block' || t.type === 'html_inline') && !ONE_COMMENT.test(t.content)) found.html ??= { text: t.content.trim().split('\n')[0]!.slice(0, 60), line: at };
      const href = t.type === 'link_open' ? t.attrGet('href') : t.type === 'image' ? t.attrGet('src') : null;
      if (href !== null && isUnsafeHref(href)) found.link ??= { href: href.slice(0, 60), line: at };
      if (t.children) walk(t.children, at);
    }
  };
  walk(tokens(markdown), 1);
  return found;
}

/** Every unsafe link or image source in a Markdown text, as written after entity decoding. */
export function unsafeLinks(markdown: string): string[] {
  // Every unsafe form needs a colon, written or as an entity (`&colon;`, `&#58;`).
  if (!/[:&]/.test(markdown) || !/[[<]/.test(markdown)) return [];
  const found: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      const href = t.type === 'link_open' ? t.attrGet('href') : t.type === 'image' ? t.attrGet('src') : null;
      if (href !== null && isUnsafeHref(href)) found.push(href);
      if (t.children) walk(t.children);
    }
  };
  walk(tokens(markdown));
  return found;
}
