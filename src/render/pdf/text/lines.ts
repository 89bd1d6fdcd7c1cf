// Splits a shaped paragraph into lines: first fit over the allowed breaks (with P2 line-end
// compression counted), a character break only for a word longer than the line (L4), then G2:
// no single Han character alone on the last line.
import { Kind } from './chars.js';
import { endTrim, type Shaped } from './shape.js';

export interface LineRange {
  start: number; // first character (not a space)
  end: number; // one past the last character, trailing spaces excluded
  /** Natural width of the line, P2 trim included. */
  width: number;
  /** The line was cut inside a word (L4). */
  forced: boolean;
}

const EPS = 0.01;

/** Natural x of each character of a line starting at `start`, written into `xs` (indexed by character). */
export function naturalX(s: Shaped, start: number, end: number, xs: Float64Array): void {
  let x = 0;
  xs[start] = 0;
  for (let i = start + 1; i < end; i++) {
    x += s.adv[i - 1] + s.gap[i] - s.squeeze[i];
    xs[i] = x;
  }
}

function lastInk(s: Shaped, start: number, end: number): number {
  let e = end - 1;
  while (e > start && s.kinds[e] === Kind.Space) e--;
  return e;
}

/** `measureOf(k)` is the width available to line k (the first line may be indented). */
export function breakLines(s: Shaped, breaks: Uint8Array, measureOf: (line: number) => number): LineRange[] {
  const lines: LineRange[] = [];
  const { n, adv, gap, squeeze, kinds } = s;
  const half = s.size / 2;
  const cap = shrinkPrefix(s);
  // Push-in room of a line holding characters start..end-1: the shrink points strictly inside it.
  const capacity = (start: number, end: number) => (end - 1 > start ? cap[end - 1] - cap[start] : 0);
  let start = 0;
  while (start < n) {
    const measure = measureOf(lines.length);
    let x = 0;
    let best = -1;
    let bestWidth = 0;
    let i = start;
    for (; i < n; i++) {
      if (i > start) x += adv[i - 1] + gap[i] - squeeze[i];
      if (i > start && breaks[i]) {
        const e = lastInk(s, start, i);
        const w = xAt(s, start, e, x, i) + adv[e] - endTrim(s, e);
        if (w <= measure + EPS) {
          best = i;
          bestWidth = w;
        } else if (w - capacity(start, e + 1) <= measure + EPS && w - measure < measure - bestWidth) {
          // Push in (clreq): compressing this line's punctuation costs less than stretching the shorter one.
          best = i;
          bestWidth = w;
        }
      }
      if (kinds[i] !== Kind.Space && x + adv[i] - half - capacity(start, i) > measure + EPS) break;
    }
    if (i === n) {
      const e = lastInk(s, start, n);
      const w = (n - 1 > start ? x : 0) - (n - 1 > e ? xDiff(s, e, n - 1) : 0) + adv[e] - endTrim(s, e);
      if (w <= measure + EPS) {
        best = n;
        bestWidth = w;
      }
    }
    let forced = false;
    if (best < 0) {
      // L4: nothing fits: cut the word at the last character that fits (at least one).
      let w = 0;
      let k = start;
      for (; k < n; k++) {
        const step = (k > start ? gap[k] - squeeze[k] : 0) + adv[k];
        if (k > start && w + step > measure + EPS) break;
        w += step;
      }
      best = k;
      bestWidth = w;
      forced = true;
    }
    const end = lastInk(s, start, best) + 1;
    lines.push({ start, end, width: bestWidth, forced });
    start = best;
    while (start < n && kinds[start] === Kind.Space) start++;
  }
  avoidLoneLastChar(s, breaks, lines, measureOf);
  return lines;
}

/** Positions whose blank half-em may still be taken to push a line in: a closing mark's right half
 * (the next character moves left) or an opening mark's left half (the mark moves left). */
export function shrinkPoints(s: Shaped, start: number, end: number): number[] {
  const pts: number[] = [];
  const full = s.size * 0.99;
  for (let p = start + 1; p < end; p++) {
    if (s.squeeze[p] !== 0) continue;
    if ((s.kinds[p - 1] === Kind.Close && s.adv[p - 1] >= full) || (s.kinds[p] === Kind.Open && s.adv[p] >= full)) pts.push(p);
  }
  return pts;
}

/** Prefix sums of push-in room: cap[k] = room of the shrink points at positions ≤ k (see shrinkPoints). */
function shrinkPrefix(s: Shaped): Float64Array {
  const cap = new Float64Array(s.n);
  const full = s.size * 0.99;
  let sum = 0;
  for (let p = 0; p < s.n; p++) {
    if (p > 0 && s.squeeze[p] === 0) {
      if (s.kinds[p - 1] === Kind.Close && s.adv[p - 1] >= full) sum += s.size / 2;
      else if (s.kinds[p] === Kind.Open && s.adv[p] >= full) sum += s.size / 2;
    }
    cap[p] = sum;
  }
  return cap;
}

/** x of character e given the x of character i (i ≥ e) on the same line. */
function xAt(s: Shaped, start: number, e: number, xi: number, i: number): number {
  return xi - xDiff(s, e, i);
}

function xDiff(s: Shaped, from: number, to: number): number {
  let d = 0;
  for (let k = from + 1; k <= to; k++) d += s.adv[k - 1] + s.gap[k] - s.squeeze[k];
  return d;
}

function widthOf(s: Shaped, start: number, end: number): number {
  const e = lastInk(s, start, end);
  return xDiff(s, start, e) + s.adv[e] - endTrim(s, e);
}

/** G2: when the last line holds one Han character (with its punctuation), bring one more down. */
function avoidLoneLastChar(s: Shaped, breaks: Uint8Array, lines: LineRange[], measureOf: (k: number) => number): void {
  if (lines.length < 2) return;
  const last = lines[lines.length - 1];
  let han = 0;
  let other = 0;
  for (let i = last.start; i < last.end; i++) {
    const k = s.kinds[i];
    if (k === Kind.Han) han++;
    else if (k !== Kind.Close && k !== Kind.Middle && k !== Kind.Space) other++;
  }
  if (han !== 1 || other !== 0) return;
  const prev = lines[lines.length - 2];
  const k = lines.length - 2;
  for (let b = last.start - 1; b > prev.start; b--) {
    if (!breaks[b]) continue;
    const prevEnd = lastInk(s, prev.start, b) + 1;
    const prevWidth = widthOf(s, prev.start, prevEnd);
    if (prevWidth < measureOf(k) * 0.6) return; // would leave a gappy line: keep the lone character
    let newStart = b;
    while (newStart < s.n && s.kinds[newStart] === Kind.Space) newStart++;
    const lastWidth = widthOf(s, newStart, last.end);
    if (lastWidth > measureOf(k + 1) + EPS) return;
    lines[k] = { start: prev.start, end: prevEnd, width: prevWidth, forced: prev.forced };
    lines[k + 1] = { start: newStart, end: last.end, width: lastWidth, forced: false };
    return;
  }
}
