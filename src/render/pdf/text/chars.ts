// Character classes the Chinese line composer needs (clreq, GB/T 15834), by code point.

/** How a character behaves in a line: spacing, compression and break rules all key on this. */
export const enum Kind {
  Han = 0, // ideographs, kana, full-width letters and symbols: break anywhere between them
  Latin = 1, // letters, digits and ASCII punctuation: a word, never split
  Open = 2, // full-width opening marks, ink on the right half
  Close = 3, // full-width closing marks and pause/stop marks, ink on the left half
  Middle = 4, // · ‧ : centred, never at a line start
  Dash = 5, // — and … : set in pairs, a pair never split
  Space = 6,
}

// L1: never at a line start (TYPOGRAPHY.md), plus their ASCII cousins.
const NO_START = new Set([...'、，。．；：！？”’）］｝】》〉」』〕〗·‧％〙〛｠｣〞〟ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻'].map((c) => c.codePointAt(0)!));
// L2: never at a line end.
const NO_END = new Set([...'“‘（［｛【《〈「『〔〖〘〚｟｢〝'].map((c) => c.codePointAt(0)!));
// Full-width closing marks whose right half is blank: compressible (P1, P2).
const CLOSE = new Set([...'、，。．；：！？”’）］｝】》〉」』〕〗〙〛｠｣〞'].map((c) => c.codePointAt(0)!));
const OPEN = new Set([...'“‘（［｛【《〈「『〔〖〘〚｟｢〝'].map((c) => c.codePointAt(0)!));

export function kindOf(cp: number): Kind {
  if (cp >= 0x4e00 && cp <= 0x9fff) return Kind.Han; // the common case first
  if (cp < 0x80) return cp === 0x20 || cp === 0x09 ? Kind.Space : Kind.Latin;
  if (cp === 0x20 || cp === 0x09 || cp === 0xa0 || cp === 0x3000) return cp === 0x3000 ? Kind.Han : Kind.Space;
  if (CLOSE.has(cp)) return Kind.Close;
  if (OPEN.has(cp)) return Kind.Open;
  if (cp === 0xb7 || cp === 0x2027 || cp === 0x30fb) return Kind.Middle;
  if (cp === 0x2014 || cp === 0x2026 || cp === 0x2e3a || cp === 0x2e3b) return Kind.Dash;
  if (isHanLike(cp)) return Kind.Han;
  return Kind.Latin;
}

/** Ideographs and other characters set on the em grid (kana, full-width forms, CJK symbols, enclosed numbers). */
export function isHanLike(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x3000 && cp <= 0x30ff) ||
    (cp >= 0x3100 && cp <= 0x312f) ||
    (cp >= 0x31a0 && cp <= 0x31ff) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x25a0 && cp <= 0x27bf) ||
    (cp >= 0x3200 && cp <= 0x33ff) ||
    (cp >= 0xac00 && cp <= 0xd7af)
  );
}

/** Is this a CJK character or mark (anything on the em grid)? Han–Latin spacing and the break rules hinge on it. */
export function isCjkKind(k: Kind): boolean {
  return k === Kind.Han || k === Kind.Open || k === Kind.Close || k === Kind.Middle || k === Kind.Dash;
}

export const noStart = (cp: number): boolean => NO_START.has(cp);
export const noEnd = (cp: number): boolean => NO_END.has(cp);

/** Letters and digits (not Han): the Latin side of the ¼ em Han–Latin gap (S1). */
export function isAlnum(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x370 && cp <= 0x52f);
}

export const isDigit = (cp: number): boolean => cp >= 0x30 && cp <= 0x39;
