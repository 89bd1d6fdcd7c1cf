// Keeps live HTML and script out of the Markdown, the one guard every text passes: a `<` that would
// open a tag or comment is written as `&lt;`; autolinks (`<https://…>`, `<name@example.org>`) and code
// spans / fenced code keep their `<`. A text holding a `javascript:`, `vbscript:`, `data:` or `file:`
// link (in any spelling a renderer decodes) has its link syntax disarmed: it reads as plain text.
import { unsafeLinks } from './unsafe-links.js';

const TAG_START = /<(?=[A-Za-z/!?])/g;
const AUTOLINK = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

type Prose = (prose: string) => string;

/** `guard` applied to the prose of a line, not to its code spans. */
function outsideCode(line: string, guard: Prose): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of line.matchAll(CODE_SPAN)) {
    parts.push(guard(line.slice(last, match.index)), match[0]);
    last = match.index! + match[0].length;
  }
  parts.push(guard(line.slice(last)));
  return parts.join('');
}

/** `guard` applied to every line outside fenced code. */
function outsideFences(markdown: string, guard: Prose): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length) fence = undefined;
        return line;
      }
      if (opener) {
        fence = opener[1];
        return line;
      }
      return outsideCode(line, guard);
    })
    .join('\n');
}

const escapeTags: Prose = (prose) => prose.replace(TAG_START, (lt, offset: number) => (AUTOLINK.test(prose.slice(offset)) ? lt : '&lt;'));
/** No `[` opens a link or reference, no `<` an autolink. */
const disarmLinks: Prose = (prose) => prose.replace(/(?<!\\)\[/g, '\\[').replace(/</g, '&lt;');

/** The text with HTML neutralised, and whether anything was. */
export function guardHtml(markdown: string): { text: string; changed: boolean } {
  if (!markdown.includes('<')) return { text: markdown, changed: false };
  const text = outsideFences(markdown, escapeTags);
  return { text, changed: text !== markdown };
}

/** The text with every link disarmed when one is unsafe; `unsafe` lists those found (empty: the text is unchanged). */
export function guardLinks(markdown: string): { text: string; unsafe: string[] } {
  const unsafe = unsafeLinks(markdown);
  if (unsafe.length === 0) return { text: markdown, unsafe };
  return { text: outsideFences(markdown, disarmLinks), unsafe };
}
