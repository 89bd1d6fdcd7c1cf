// Refuses characters no text may hold: control characters (but tab and line breaks), lone surrogates and
// the noncharacters U+FFFE/U+FFFF, written as themselves or as character references, each at its line:col.
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';

const MAX_REPORTED = 10;

/** `U+0007` for a character (a code point as a string) no text may hold, else undefined. */
export function badCharacter(ch: string): string | undefined {
  const c = ch.codePointAt(0) ?? 0;
  const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
  const surrogate = c >= 0xd800 && c <= 0xdfff && ch.length === 1;
  return control || surrogate || c === 0xfffe || c === 0xffff ? `U+${c.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

// One pass over the text: raw characters that may be bad, and numeric character references.
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|&#(x[0-9a-fA-F]+|[0-9]+);/g;

export function checkCharacters(text: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (const m of text.matchAll(SUSPECT)) {
    let bad: string | undefined;
    if (m[1] !== undefined) {
      const cp = m[1][0] === 'x' ? Number.parseInt(m[1].slice(1), 16) : Number.parseInt(m[1], 10);
      bad = cp > 0x10ffff ? m[0] : badCharacter(String.fromCodePoint(cp));
    } else bad = badCharacter(m[0]);
    if (!bad) continue;
    // Lines are counted only up to each finding, so the scan stays one pass.
    for (let i = text.indexOf('\n', counted); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
      counted = i + 1;
    }
    out.push(error('xliff-bad-character', { char: bad }, { at: { file, line, col: m.index - lineStart + 1 }, hint: 'hint-bad-character' }));
    if (out.length >= MAX_REPORTED) break;
  }
  return out;
}
