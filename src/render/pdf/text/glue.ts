// How each gap of a line may stretch and shrink (TYPOGRAPHY.md J1), and prefix sums of the
// paragraph's widths, stretch and shrink, so that the line breaker measures any line in O(1).
//
// Stretch, per gap: between CJK characters up to 0.09 em (pdf.js reads wider gaps as spaces, C1);
// a P1-compressed pair of marks may get its blank half back (first: its stretch is the largest);
// the Han–Latin gap from ¼ to ⅓ em; a Latin word space by half its width on Latin lines, and no
// more than a Han gap on CJK lines (more CJK gaps than word spaces). Shrink: a word space by a quarter of its width; the blank
// half of a full-width mark (clreq's push-in). Never inside a Latin word, a number, —— or …….
import { Kind } from './chars.js';
import { endTrim, Glue, startTrim, type Shaped } from './shape.js';

/** Widest even stretch between CJK characters, in em. */
export const INTER_STRETCH = 0.09;
/** The Han–Latin gap grows from ¼ to at most ⅓ em. */
export const HAN_LATIN_STRETCH = 1 / 12;
/** A Latin word space stretches by this share of its width, and shrinks by WORD_SHRINK of it. */
export const WORD_STRETCH = 0.5;
export const WORD_SHRINK = 1 / 3;

/** A paragraph's prefix sums; for a line of characters a..e (inclusive) the inner gaps are (a, e]. */
export class Metrics {
  /** x of each character from the paragraph's first, at natural width. */
  readonly x: Float64Array;
  /** Stretch of the gaps that are not word spaces (CJK, Han–Latin, compressed pairs). */
  readonly stretch: Float64Array;
  /** Word spaces: count, stretch (Latin lines) and shrink. */
  readonly words: Float64Array;
  readonly wordStretch: Float64Array;
  /** Shrink of word spaces and push-in points. */
  readonly shrink: Float64Array;
  /** Gaps between CJK characters: a line with more of them than word spaces is a CJK line (its word spaces stretch like Han gaps). */
  readonly inters: Float64Array;

  constructor(readonly s: Shaped) {
    const n = s.n;
    // One backing store for the six sums (a build measures tens of thousands of paragraphs).
    const all = new Float64Array(6 * n);
    this.x = all.subarray(0, n);
    this.stretch = all.subarray(n, 2 * n);
    this.words = all.subarray(2 * n, 3 * n);
    this.wordStretch = all.subarray(3 * n, 4 * n);
    this.shrink = all.subarray(4 * n, 5 * n);
    this.inters = all.subarray(5 * n, 6 * n);
    for (let i = 1; i < n; i++) {
      this.x[i] = this.x[i - 1] + s.adv[i - 1] + s.gap[i] - s.squeeze[i];
      const g = gapStretch(s, i);
      const isWord = s.glue[i] === Glue.Word;
      this.stretch[i] = this.stretch[i - 1] + (isWord ? 0 : g);
      this.words[i] = this.words[i - 1] + (isWord ? 1 : 0);
      this.wordStretch[i] = this.wordStretch[i - 1] + (isWord ? g : 0);
      this.shrink[i] = this.shrink[i - 1] + gapShrink(s, i);
      this.inters[i] = this.inters[i - 1] + (s.glue[i] === Glue.Inter ? 1 : 0);
    }
  }

  /** Natural width of the line a..e (P2 and the opening-bracket trim applied), plus `hyphen`. */
  width(a: number, e: number, hyphen = 0): number {
    return this.x[e] - this.x[a] + this.s.adv[e] - endTrim(this.s, e) - startTrim(this.s, a) + hyphen;
  }

  /** Total stretch of the line a..e. */
  lineStretch(a: number, e: number): number {
    const words = this.words[e] - this.words[a];
    const cjk = this.inters[e] - this.inters[a] > words;
    return this.stretch[e] - this.stretch[a] + (cjk ? words * INTER_STRETCH * this.s.size : this.wordStretch[e] - this.wordStretch[a]);
  }

  lineShrink(a: number, e: number): number {
    return this.shrink[e] - this.shrink[a];
  }


}

/** Stretch of the gap before character i, on a Latin line (word spaces) or any line (the rest). */
export function gapStretch(s: Shaped, i: number): number {
  switch (s.glue[i] as Glue) {
    case Glue.Word:
      return s.adv[i] * WORD_STRETCH;
    case Glue.HanLatin:
      return s.size * HAN_LATIN_STRETCH;
    case Glue.Inter:
      return s.squeeze[i] > 0 ? s.squeeze[i] : s.size * INTER_STRETCH;
    default:
      return 0;
  }
}

/** Shrink of the gap before character i: a word space's quarter, or a full-width mark's blank half. */
export function gapShrink(s: Shaped, i: number): number {
  if (s.glue[i] === Glue.Word) return s.adv[i] * WORD_SHRINK;
  return isPushInPoint(s, i) ? s.size / 2 : 0;
}

/** Push-in (clreq): the blank half of a closing mark (the next character moves left) or of an
 * opening mark (the mark moves left) not already taken by P1. */
export function isPushInPoint(s: Shaped, p: number): boolean {
  if (s.squeeze[p] !== 0) return false;
  const full = s.size * 0.99;
  return (s.kinds[p - 1] === Kind.Close && s.adv[p - 1] >= full) || (s.kinds[p] === Kind.Open && s.adv[p] >= full);
}
