// English hyphenation points from the `hyphen` package's en-us patterns (Liang's TeX patterns),
// marked with soft hyphens (U+00AD) for the shaper. At least two letters stay before a hyphen and
// three after it (TeX's \lefthyphenmin and \righthyphenmin for English); URLs, e-mail addresses and
// words with digits are left whole. Loaded on first use (only English text needs it).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
let hyphenateSync: HyphenateSync | undefined;

const SOFT = '\u00ad';
const LEFT_MIN = 2;
const RIGHT_MIN = 3;
const WORD = /[A-Za-z\u00ad]+/g;

/** `text` with soft hyphens at the allowed hyphenation points of its English words. */
export function hyphenateEnglish(text: string): string {
  hyphenateSync ??= (require('hyphen/en-us') as { hyphenateSync: HyphenateSync }).hyphenateSync;
  // Hyphenate token by token: a token holding :// @ / or a digit is left as it is.
  return text.replace(/\S+/g, (token) => {
    if (/[:/@\d]/.test(token) || token.length < 5) return token;
    return hyphenateSync!(token, { hyphenChar: SOFT, minWordLength: 5 }).replace(WORD, trimPoints);
  });
}

/** Drops hyphenation points closer than LEFT_MIN / RIGHT_MIN letters to the word's ends. */
function trimPoints(word: string): string {
  const parts = word.split(SOFT);
  if (parts.length === 1) return word;
  let out = '';
  let before = 0;
  const total = parts.reduce((a, p) => a + p.length, 0);
  parts.forEach((p, i) => {
    if (i > 0) out += before >= LEFT_MIN && total - before >= RIGHT_MIN ? SOFT : '';
    out += p;
    before += p.length;
  });
  return out;
}
