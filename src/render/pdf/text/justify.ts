// J1: places a line's characters. A justified line's slack is shared by its gaps in proportion to
// their stretch (glue.ts: a compressed pair of marks gets its blank half back first, CJK gaps up to
// 0.09 em, the Han–Latin gap up to ⅓ em, word spaces); past that, word spaces take the rest, else
// Han–Latin gaps (wider CJK gaps would read as spaces, C1), else the gaps beside punctuation
// (clreq widens those first), else all CJK gaps. A line with nothing to stretch, or cut inside a word (L4), is set ragged rather than spread letter by letter. A line
// wider than the measure shrinks its word spaces and the blank halves of its marks (push-in).
import { Kind } from './chars.js';
import { gapShrink, gapStretch, INTER_STRETCH } from './glue.js';
import type { LineRange } from './lines.js';
import { endTrim, Glue, startTrim, type Shaped } from './shape.js';

export interface PlacedLine extends LineRange {
  /** x of each character of the line, from the line's left edge (index i - start). */
  xs: Float64Array;
  /** x where the line's ink ends (the measure for a justified line), hyphen included. */
  right: number;
  /** The stretch added at each gap between CJK characters, in points (0 for a line set ragged). */
  inter: number;
}

const besidePunct = (s: Shaped, i: number) => {
  const a = s.kinds[i - 1];
  const b = s.kinds[i];
  return a === Kind.Close || a === Kind.Middle || b === Kind.Open || b === Kind.Middle;
};

/** `xs`: where to put the characters' x (end - start of them), when the caller holds one array for a paragraph's lines. */
export function placeLine(s: Shaped, line: LineRange, measure: number, justify: boolean, xs = new Float64Array(line.end - line.start)): PlacedLine {
  const { start, end } = line;
  // Per gap: stretch (or shrink) and the overflow class it belongs to.
  let words = 0;
  let gaps = 0;
  let puncts = 0;
  let inters = 0;
  let stretch = 0;
  let shrink = 0;
  for (let i = start + 1; i < end; i++) {
    const g = s.glue[i];
    if (g === Glue.Inter) {
      inters++;
      if (besidePunct(s, i)) puncts++;
    } else if (g === Glue.Word) words++;
    else if (g === Glue.HanLatin) gaps++;
    shrink += gapShrink(s, i);
  }
  const cjkLine = inters > words; // as glue.ts decides
  const wordStretch = (i: number) => (cjkLine ? INTER_STRETCH * s.size : gapStretch(s, i));
  for (let i = start + 1; i < end; i++) stretch += s.glue[i] === Glue.Word ? wordStretch(i) : gapStretch(s, i);
  const slack = measure - line.width;
  let ratio = 0; // share of each gap's stretch (> 0) or shrink (< 0)
  let perWord = 0;
  let perGap = 0;
  let perPunct = 0;
  let perInter = 0;
  if (slack < -0.01 && shrink > 0) ratio = Math.max(-1, slack / shrink);
  else if (justify && !line.forced && slack > 0 && stretch > 0) {
    ratio = Math.min(1, slack / stretch);
    const rest = slack - ratio * stretch;
    if (rest > 1e-6) {
      if (words > 0) perWord = rest / words;
      else if (gaps > 0) perGap = rest / gaps;
      else if (puncts > 0) perPunct = rest / puncts;
      else if (inters > 0) perInter = rest / inters;
    }
  }
  let x = -startTrim(s, start);
  for (let i = start; i < end; i++) {
    if (i > start) {
      x += s.adv[i - 1] + s.gap[i] - s.squeeze[i];
      const g = s.glue[i];
      if (ratio < 0) x += ratio * gapShrink(s, i);
      else if (ratio > 0) {
        // A source space is a character: its stretch goes before it, which looks the same.
        if (g === Glue.Word) x += ratio * wordStretch(i) + perWord;
        else if (g === Glue.Inter) x += ratio * gapStretch(s, i) + perInter + (perPunct && besidePunct(s, i) ? perPunct : 0);
        else if (g === Glue.HanLatin) x += ratio * gapStretch(s, i) + perGap;
      }
    }
    xs[i - start] = x;
  }
  const e = end - 1;
  const right = xs[e - start] + s.adv[e] - endTrim(s, e) + line.hyphen;
  // Only a line with gaps between CJK characters has an even stretch to write as character spacing.
  const inter = ratio > 0 && inters > 0 ? ratio * INTER_STRETCH * s.size + perInter : 0;
  return { start, end, width: line.width, forced: line.forced, hyphen: line.hyphen, xs, right, inter };
}
