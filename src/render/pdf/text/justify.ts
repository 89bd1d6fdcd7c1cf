// J1: spreads a line's slack in the stretch order of TYPOGRAPHY.md — spaces and Han–Latin gaps
// first (up to ¼ em more each), then evenly between CJK characters; a line with neither (a word
// cut by L4) spreads it between its characters as a last resort.
import { Glue, type Shaped } from './shape.js';
import { shrinkPoints, type LineRange } from './lines.js';

export interface PlacedLine extends LineRange {
  /** x of each character of the line, from the line's left edge (index i - start). */
  xs: Float64Array;
  /** The even extra space after each CJK character (drawn with the PDF character spacing operator). */
  inter: number;
  /** x where the line's ink ends (the measure for a justified line). */
  right: number;
}

export function placeLine(s: Shaped, line: LineRange, measure: number, justify: boolean): PlacedLine {
  const { start, end } = line;
  const count = end - start;
  const xs = new Float64Array(count);
  let spaces = 0;
  let inters = 0;
  for (let i = start + 1; i < end; i++) {
    const g = s.glue[i];
    if (g === Glue.Space) spaces++;
    else if (g === Glue.Inter) inters++;
  }
  const slack = justify ? Math.max(0, measure - line.width) : 0;
  let perSpace = 0;
  let perInter = 0;
  let perChar = 0;
  if (slack > 0) {
    if (inters > 0) {
      perSpace = spaces > 0 ? Math.min(slack / spaces, s.size / 4) : 0;
      perInter = (slack - perSpace * spaces) / inters;
    } else if (spaces > 0) perSpace = slack / spaces;
    else if (count > 1) perChar = slack / (count - 1);
  }
  // A pushed-in line (wider than the measure) takes the excess evenly from its punctuation's blank halves.
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
      // A source space is a character: its stretch goes after it, i.e. before the next character.
      if (g === Glue.Space) x += perSpace;
      else if (g === Glue.Inter) x += perInter;
    }
    xs[i - start] = x;
  }
  return { ...line, xs, inter: perInter, right: line.width + slack - perPoint * pts.length };
}
