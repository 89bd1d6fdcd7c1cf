// J1: spreads a line's slack in the stretch order of TYPOGRAPHY.md — spaces and Han–Latin gaps
// first (up to ¼ em more each), then evenly between CJK characters (up to MAX_INTER); beyond that,
// spaces again, else the gaps beside punctuation (clreq widens those first), else all CJK gaps.
// A line with no gap at all (a word cut by L4) spreads it between its characters as a last resort.
// A pushed-in line (wider than the measure) takes the excess from its punctuation's blank halves.
import { Kind } from './chars.js';
import { Glue, type Shaped } from './shape.js';
import { shrinkPoints, type LineRange } from './lines.js';

/** Widest even gap between CJK characters, in em: text extractors (pdf.js: 0.102 em) read wider gaps as spaces (C1). */
const MAX_INTER = 0.09;

export interface PlacedLine extends LineRange {
  /** x of each character of the line, from the line's left edge (index i - start). */
  xs: Float64Array;
  /** x where the line's ink ends (the measure for a justified line). */
  right: number;
  /** The stretch added at each gap between CJK characters, in points (0 for a line set ragged). */
  inter: number;
}

const besidePunct = (s: Shaped, i: number) => {
  const a = s.kinds[i - 1];
  const b = s.kinds[i];
  return a === Kind.Close || a === Kind.Middle || b === Kind.Open || b === Kind.Middle;
};

export function placeLine(s: Shaped, line: LineRange, measure: number, justify: boolean): PlacedLine {
  const { start, end } = line;
  const count = end - start;
  const xs = new Float64Array(count);
  let spaces = 0;
  let inters = 0;
  let puncts = 0;
  for (let i = start + 1; i < end; i++) {
    const g = s.glue[i];
    if (g === Glue.Space) spaces++;
    else if (g === Glue.Inter) {
      inters++;
      if (besidePunct(s, i)) puncts++;
    }
  }
  const slack = justify ? Math.max(0, measure - line.width) : 0;
  let perSpace = 0;
  let perInter = 0;
  let perPunct = 0;
  let perChar = 0;
  if (slack > 0) {
    perSpace = spaces > 0 ? Math.min(slack / spaces, s.size / 4) : 0;
    let rest = slack - perSpace * spaces;
    if (inters > 0) perInter = Math.min(rest / inters, MAX_INTER * s.size);
    rest -= perInter * inters;
    if (rest > 1e-6) {
      if (spaces > 0) perSpace += rest / spaces;
      else if (puncts > 0) perPunct = rest / puncts;
      else if (inters > 0) perInter += rest / inters;
      else if (count > 1) perChar = slack / (count - 1);
    }
  }
  const excess = line.width - measure;
  const pts = excess > 0.01 ? shrinkPoints(s, start, end) : [];
  const perPoint = pts.length ? Math.min(s.size / 2, excess / pts.length) : 0;
  let p = 0;
  let x = 0;
  for (let i = start; i < end; i++) {
    if (i > start) {
      x += s.adv[i - 1] + s.gap[i] - s.squeeze[i] + perChar;
      if (p < pts.length && pts[p] === i) {
        x -= perPoint;
        p++;
      }
      const g = s.glue[i];
      // A source space is a character: its stretch goes before it, which looks the same.
      if (g === Glue.Space) x += perSpace;
      else if (g === Glue.Inter) x += perInter + (perPunct && besidePunct(s, i) ? perPunct : 0);
    }
    xs[i - start] = x;
  }
  return { ...line, xs, right: line.width + slack - perPoint * pts.length, inter: perInter };
}
