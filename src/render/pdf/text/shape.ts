// Turns styled text into measured characters with the spacing rules between them (S1 Han–Latin
// gap, P1 punctuation compression, the font's kerning of Latin pairs). No other OpenType shaping: CJK needs
// none, and skipping it keeps layout fast; Latin is set without ligatures.
import { isAlnum, isCjkKind, Kind, kindOf } from './chars.js';
import type { Face } from './fonts.js';

export interface TextStyle {
  face: Face;
  /** The Latin companion: Latin letters, digits and ASCII punctuation (and, with `latinPunct`, the
   * general punctuation: quotes, dashes) are set in it when it has them. */
  latin?: Face;
  latinPunct?: boolean;
  /** Faces tried in order for characters neither face has (symbols, arrows, emoji). */
  fallbacks?: readonly Face[];
  /** #rrggbb */
  color: string;
  /** URL (external) or `#name` (a heading inside the document). */
  link?: string;
}

export interface Span {
  text: string;
  style: TextStyle;
}

/** Glue classes between two characters; how each stretches and shrinks is in glue.ts (J1). */
export const enum Glue {
  None = 0,
  Word = 1, // a source space between words (the space character itself)
  HanLatin = 2, // the ¼ em S1 gap, added or a source space between Han and Latin
  Inter = 3, // between CJK characters (and beside full-width punctuation)
}

/** A paragraph measured at one size, as parallel arrays (fast to scan, cheap to keep). */
export interface Shaped {
  size: number;
  n: number;
  cps: Int32Array;
  kinds: Uint8Array;
  /** Advance of each character in points (spaces included). */
  adv: Float64Array;
  /** Width added before character i, in points: the ¼ em S1 gap, or the face's kerning of the Latin
   * pair (i - 1, i) (negative: closer). Not part of any glyph's advance: a line ending at i - 1 leaves it out. */
  gap: Float64Array;
  /** How the space before character i may stretch. */
  glue: Uint8Array;
  /** Compression taken before character i (P1), in points. */
  squeeze: Float64Array;
  styleOf: Uint16Array;
  styles: TextStyle[];
  /** Width of the hyphen a line ending before character i would add (a hyphenation point), else 0. */
  hyphen: Float64Array;
  /** UTF-16 offset of each character in `text`. */
  offsets: Int32Array;
  text: string;
}

const REPLACEMENT = 0x25a1; // □: a visible stand-in for characters the font lacks
const INVISIBLE = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff || cp === 0xad || (cp < 0x20 && cp !== 0x09 && cp !== 0x0a);

/** Measures spans at `size` points; `onMissing` hears of each code point the font lacks (replaced by □). */
export function shape(spans: readonly Span[], size: number, onMissing: (cp: number) => void): Shaped {
  let cap = 0;
  for (const s of spans) cap += s.text.length;
  // Every array in one buffer: a paragraph allocates one backing store, not eleven (most are small,
  // and a build shapes tens of thousands of them; separate stores cost allocation and GC time).
  const buffer = new ArrayBuffer(46 * cap + 8);
  const adv = new Float64Array(buffer, 0, cap);
  const gapAt = 8 * cap;
  const squeezeAt = 16 * cap;
  const hyphen = new Float64Array(buffer, 24 * cap, cap + 1);
  const cps = new Int32Array(buffer, 32 * cap + 8, cap);
  const offsets = new Int32Array(buffer, 36 * cap + 8, cap);
  const styleOf = new Uint16Array(buffer, 40 * cap + 8, cap);
  const units = new Uint16Array(buffer, 42 * cap + 8, cap); // the text's UTF-16 code units
  const kinds = new Uint8Array(buffer, 44 * cap + 8, cap);
  const glueAt = 45 * cap + 8;
  const styles: TextStyle[] = [];
  let n = 0;
  let utf16 = 0;
  for (const span of spans) {
    const face = span.style.face;
    const src = span.text;
    for (let k = 0; k < src.length; k++) {
      let cp = src.charCodeAt(k);
      if (cp >= 0xd800 && cp < 0xdc00 && k + 1 < src.length) {
        const lo = src.charCodeAt(k + 1);
        if (lo >= 0xdc00 && lo < 0xe000) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          k++;
        }
      }
      if (cp === 0x09 || cp === 0x0a || cp === 0x0d) cp = 0x20;
      if (cp === SOFT_HYPHEN && n > 0 && isLetter(cps[n - 1])) {
        // A hyphenation point: a line may end here with a hyphen (the face's, at this size).
        hyphen[n] = Math.max(0, (span.style.latin ?? face).advance(0x2d)) * size;
        continue;
      }
      if (INVISIBLE(cp)) continue;
      if (cp === 0x20 && (n === 0 || cps[n - 1] === 0x20)) continue; // collapse runs of spaces, drop leading ones
      let style = span.style;
      let a: number;
      const chosen = faceOf(style, cp);
      if (chosen) {
        if (chosen !== face) style = derived(style, chosen);
        a = chosen.advance(cp);
      } else {
        onMissing(cp);
        cp = REPLACEMENT;
        a = face.advance(cp);
        if (a < 0) a = 1;
      }
      let si = styles.indexOf(style);
      if (si < 0) si = styles.push(style) - 1;
      if (hyphen[n] > 0 && !isLetter(cp)) hyphen[n] = 0;
      cps[n] = cp;
      let kind = kindOf(cp);
      // A quote or bracket from a proportional (Latin) face behaves as Latin: no compression, no break after ’ in China’s.
      if ((kind === Kind.Close || kind === Kind.Open || kind === Kind.Middle) && a < 0.6) kind = Kind.Latin;
      kinds[n] = kind;
      adv[n] = a * size;
      styleOf[n] = si;
      offsets[n] = utf16;
      if (cp > 0xffff) {
        units[utf16++] = 0xd800 + ((cp - 0x10000) >> 10);
        units[utf16++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      } else units[utf16++] = cp;
      n++;
    }
  }
  while (n > 0 && cps[n - 1] === 0x20) n--; // no trailing space
  const length = n === 0 ? 0 : offsets[n - 1] + (cps[n - 1] > 0xffff ? 2 : 1);
  let text = '';
  for (let k = 0; k < length; k += 4096) text += String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 4096)) as unknown as number[]);
  const gap = new Float64Array(buffer, gapAt, n);
  const glue = new Uint8Array(buffer, glueAt, n);
  const squeeze = new Float64Array(buffer, squeezeAt, n);
  const quarter = size / 4;
  const fullWidth = size * 0.99;
  for (let i = 1; i < n; i++) {
    const kp = kinds[i - 1] as Kind;
    const kc = kinds[i] as Kind;
    if (kc === Kind.Space || kp === Kind.Space) {
      if (kc === Kind.Space) {
        // The space itself is the stretchable gap; between Han and Latin it is the S1 gap, ¼ em.
        if (i + 1 < n && hanLatinPair(cps[i - 1], cps[i + 1])) {
          adv[i] = quarter;
          glue[i] = Glue.HanLatin;
        } else glue[i] = Glue.Word;
      }
      continue;
    }
    if (hanLatinPair(cps[i - 1], cps[i])) {
      gap[i] = quarter; // S1
      glue[i] = Glue.HanLatin;
    } else if (isCjkKind(kp) || isCjkKind(kc)) {
      // J1: never stretch inside —— or ……
      if (!(kp === Kind.Dash && kc === Kind.Dash)) glue[i] = Glue.Inter;
    } else {
      // Two Latin characters in one face: its kerning (the glyph writer moves the pen by it).
      const face = styles[styleOf[i]].face;
      if (face === styles[styleOf[i - 1]].face) gap[i] = face.kern(cps[i - 1], cps[i]) * size;
    }
    // P1: two adjacent full-width marks take 1.5 em; take the blank half of the closing one, else of the opening one.
    if ((kp === Kind.Close || kp === Kind.Open) && (kc === Kind.Close || kc === Kind.Open) && adv[i - 1] >= fullWidth && adv[i] >= fullWidth) {
      if (kp === Kind.Close || kc === Kind.Open) squeeze[i] = size / 2;
    }
  }
  return { size, n, cps, kinds, adv, gap, glue, squeeze, styleOf, styles, hyphen: hyphen.subarray(0, n + 1), offsets, text };
}

const SOFT_HYPHEN = 0xad;

/** Latin script set in the Latin companion: letters, digits, ASCII and Latin-1 punctuation, Greek
 * and Cyrillic, super- and subscripts; general punctuation (quotes, dashes) only in English text. */
function isLatinScript(cp: number, punct: boolean): boolean {
  if (cp < 0x2000) return cp < 0x530 && cp !== 0xb7 && cp !== 0xd7 && cp !== 0xf7;
  if (cp <= 0x206f) return punct;
  return cp >= 0x2070 && cp <= 0x209f;
}

/** The face that sets `cp` in `style`, or undefined when no face of it has the character. */
function faceOf(style: TextStyle, cp: number): Face | undefined {
  if (style.latin && isLatinScript(cp, Boolean(style.latinPunct)) && style.latin.advance(cp) >= 0) return style.latin;
  if (style.face.advance(cp) >= 0) return style.face;
  for (const f of style.fallbacks ?? []) if (f.advance(cp) >= 0) return f;
  return undefined;
}

const variants = new WeakMap<TextStyle, Map<Face, TextStyle>>();
/** `style` with another face (kept, so runs group by identity). */
function derived(style: TextStyle, face: Face): TextStyle {
  let m = variants.get(style);
  if (!m) variants.set(style, (m = new Map()));
  let v = m.get(face);
  if (!v) m.set(face, (v = { ...style, face }));
  return v;
}
const isLetter = (cp: number) => (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp < 0x250 && cp !== 0xd7 && cp !== 0xf7);

/** S1: an ideograph (or kana) beside a Latin letter or digit. Full-width signs (％ ～ ＋), enclosed
 * numbers and symbols take no gap. */
function hanLatinPair(a: number, b: number): boolean {
  return (isIdeograph(a) && isAlnum(b)) || (isIdeograph(b) && isAlnum(a));
}

function isIdeograph(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x3041 && cp <= 0x30ff && cp !== 0x30fb) ||
    (cp >= 0xac00 && cp <= 0xd7af)
  );
}

/** A full-width opening mark at a line start loses its blank (left) half. */
export function startTrim(s: Shaped, i: number): number {
  return s.kinds[i] === Kind.Open && s.adv[i] >= s.size * 0.99 ? s.size / 2 : 0;
}

/** P2: a full-width closing mark at a line end is set half-width. */
export function endTrim(s: Shaped, i: number): number {
  return s.kinds[i] === Kind.Close && s.adv[i] >= s.size * 0.99 ? s.size / 2 : 0;
}
