// Curly quotes and apostrophes for English text: ' and " become ‘ ’ and “ ”, chosen by the
// character before (an opening quote after a space, an opening bracket or dash, or at the start).
// Code is never passed here.

const OPENS_AFTER = /[\s([{\u2014\u2013\u201c\u2018-]/u;

/** Converts straight quotes in `text`; `before` is the character preceding it ('' at a paragraph start). */
export function curlyQuotes(text: string, before: string): string {
  let out = '';
  let prev = before;
  for (const ch of text) {
    if (ch === '"') out += prev === '' || OPENS_AFTER.test(prev) ? '\u201c' : '\u201d';
    else if (ch === "'") out += prev === '' || OPENS_AFTER.test(prev) ? '\u2018' : '\u2019';
    else out += ch;
    prev = ch;
  }
  return out;
}
