// Keeps raw HTML out of the Markdown: a `<` that would open a tag or comment is written as `&lt;`.
// Autolinks (`<https://…>`, `<name@example.org>`) and code spans / fenced code keep their `<`.

const TAG_START = /<(?=[A-Za-z/!?])/g;
const AUTOLINK = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

function guardLine(line: string): { text: string; changed: boolean } {
  let changed = false;
  const parts: string[] = [];
  let last = 0;
  for (const match of line.matchAll(CODE_SPAN)) {
    parts.push(guardProse(line.slice(last, match.index)), match[0]);
    last = match.index! + match[0].length;
  }
  parts.push(guardProse(line.slice(last)));
  function guardProse(prose: string): string {
    return prose.replace(TAG_START, (lt, offset: number) => {
      if (AUTOLINK.test(prose.slice(offset))) return lt;
      changed = true;
      return '&lt;';
    });
  }
  return { text: parts.join(''), changed };
}

/** The text with HTML neutralised, and whether anything was. */
export function guardHtml(markdown: string): { text: string; changed: boolean } {
  if (!markdown.includes('<')) return { text: markdown, changed: false };
  let fence: string | undefined;
  let changed = false;
  const lines = markdown.split('\n').map((line) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length) fence = undefined;
      return line;
    }
    if (opener) {
      fence = opener[1];
      return line;
    }
    const guarded = guardLine(line);
    changed ||= guarded.changed;
    return guarded.text;
  });
  return { text: lines.join('\n'), changed };
}
