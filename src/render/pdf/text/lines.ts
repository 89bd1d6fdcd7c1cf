// Splits a shaped paragraph into lines by total fit (Knuth–Plass): of all ways to break it at the
// allowed breaks, the one whose lines need the least stretching and shrinking, judged as a whole
// (badness 100·r³ per line, demerits (10 + badness)² plus penalties, a penalty for a tight line next
// to a loose one and for two hyphenated lines in a row). The rules take part as costs:
// - P2 (a closing mark at a line end set half-width) and push-in are in the line's width and shrink;
// - G2: a paragraph's last line holding one Han character (with its punctuation) costs more than
//   any set of stretched lines;
// - L4: a word longer than the line may be cut between any two of its characters, at a high
//   penalty; such a line is set ragged, as is one without any gap to stretch.
import { Kind } from './chars.js';
import { Metrics } from './glue.js';
import { endTrim, startTrim, type Shaped } from './shape.js';

export interface LineRange {
  start: number; // first character (not a space)
  end: number; // one past the last character, trailing spaces excluded
  /** Natural width of the line: P2 trim, the opening-bracket trim and a hyphen included. */
  width: number;
  /** The line was cut inside a word (L4). */
  forced: boolean;
  /** Width of the hyphen ending the line (a hyphenation point), else 0. */
  hyphen: number;
}

const EPS = 0.01;
const LINE_PENALTY = 10;
const HYPHEN_PENALTY = 50;
const URL_PENALTY = 100;
const FORCED_PENALTY = 5000;
const ADJ_DEMERITS = 10000;
const DOUBLE_HYPHEN_DEMERITS = 10000;
const FINAL_HYPHEN_DEMERITS = 5000;
const LONE_CHAR_DEMERITS = 1e12;
const MAX_BADNESS = 1e6;
/** Badness of the loosest line the first pass considers (stretch ratio about 2.2). */
const TOLERANCE = 1000;

/** A break candidate's kind: where the line may end and what it costs. */
const enum Cand {
  Normal = 1,
  Url = 2,
  Hyphen = 3,
  Forced = 4,
}

/**
 * The nodes of one totalFit run (Knuth–Plass's active and passive nodes), as parallel arrays kept
 * from run to run: a build breaks tens of thousands of paragraphs, and a node object for every
 * feasible break was a fifth of what typesetting allocated. Node k's fields are at index k.
 */
class Nodes {
  size = 0;
  /** Where the line before the node ends (the break), and the next line's first character and its left edge (from the paragraph start, opening-bracket trim taken). */
  pos = new Int32Array(256);
  start = new Int32Array(256);
  left = new Float64Array(256);
  demerits = new Float64Array(256);
  /** The node the line before starts from; -1 for the paragraph start. */
  prev = new Int32Array(256);
  lines = new Int32Array(256);
  fit = new Uint8Array(256);
  hyphen = new Uint8Array(256);
  forced = new Uint8Array(256);

  add(s: Shaped, m: Metrics, pos: number, demerits: number, prev: number, fit: number, hyphen: boolean, forced: boolean): number {
    if (this.size === this.pos.length) this.grow();
    const k = this.size++;
    const start = firstInk(s, pos);
    this.pos[k] = pos;
    this.start[k] = start;
    this.left[k] = start < s.n ? m.x[start] + startTrim(s, start) : 0;
    this.demerits[k] = demerits;
    this.prev[k] = prev;
    this.lines[k] = prev >= 0 ? this.lines[prev] + 1 : 0;
    this.fit[k] = fit;
    this.hyphen[k] = hyphen ? 1 : 0;
    this.forced[k] = forced ? 1 : 0;
    return k;
  }

  private grow(): void {
    const twice = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.pos = twice(this.pos);
    this.start = twice(this.start);
    this.left = twice(this.left);
    this.demerits = twice(this.demerits);
    this.prev = twice(this.prev);
    this.lines = twice(this.lines);
    this.fit = twice(this.fit);
    this.hyphen = twice(this.hyphen);
    this.forced = twice(this.forced);
  }
}

const nodes = new Nodes();
/** The active nodes of a totalFit run (indices into `nodes`), also kept from run to run. */
let activeList: Int32Array = new Int32Array(64);

function firstInk(s: Shaped, p: number): number {
  while (p < s.n && s.kinds[p] === Kind.Space) p++;
  return p;
}

function lastInk(s: Shaped, start: number, end: number): number {
  let e = end - 1;
  while (e > start && s.kinds[e] === Kind.Space) e--;
  return e;
}

/**
 * `breaks[i]` is 1 (or 2 inside a URL) when a line may end before character i; `measureOf(k)` is the
 * width available to line k (the first may be indented); `justify`: lines other than the last
 * will be stretched to the measure (otherwise the breaks only keep the right edge even).
 */
export function breakLines(s: Shaped, breaks: Uint8Array, measureOf: (line: number) => number, justify = true): LineRange[] {
  if (s.n === 0) return [];
  const m = new Metrics(s);
  const cands = candidates(s, breaks, m, Math.min(measureOf(0), measureOf(1)));
  // First only lines no looser than TOLERANCE (few candidates per line stay in play: fast); when
  // that finds no way through, every line.
  const tolerant = totalFit(s, m, cands, measureOf, justify, TOLERANCE);
  const end = tolerant >= 0 ? tolerant : totalFit(s, m, cands, measureOf, justify, Infinity);
  const chain: number[] = [];
  for (let nd = end; nd >= 0 && nodes.prev[nd] >= 0; nd = nodes.prev[nd]) chain.push(nd);
  chain.reverse();
  return chain.map((nd) => {
    const pos = nodes.pos[nd];
    const a = firstInk(s, nodes.pos[nodes.prev[nd]]);
    const e = lastInk(s, a, pos);
    const hyphen = nodes.hyphen[nd] ? s.hyphen[pos] : 0;
    return { start: a, end: e + 1, width: m.width(a, e, hyphen), forced: nodes.forced[nd] === 1, hyphen };
  });
}

/** The best last node of the paragraph (an index into `nodes`, -1 for none), over lines whose badness is at most `tolerance`. */
function totalFit(s: Shaped, m: Metrics, cands: Int32Array, measureOf: (line: number) => number, justify: boolean, tolerance: number): number {
  const { n } = s;
  nodes.size = 0;
  let active: Int32Array = activeList;
  active[0] = nodes.add(s, m, 0, 0, -1, 1, false, false);
  let count = 1;
  const best = [-1, -1, -1, -1];
  for (let c = 0; c < cands.length; c += 2) {
    const b = cands[c];
    const kind = cands[c + 1] as Cand;
    const last = b === n;
    const hyphen = kind === Cand.Hyphen ? s.hyphen[b] : 0;
    const penalty = kind === Cand.Hyphen ? HYPHEN_PENALTY : kind === Cand.Url ? URL_PENALTY : kind === Cand.Forced ? FORCED_PENALTY : 0;
    best[0] = best[1] = best[2] = best[3] = -1;
    let overfull = -1;
    // The line's end is the same from every node: its right edge, measured from the paragraph start.
    const e = lastInk(s, 0, b);
    const right = m.x[e] + s.adv[e] - endTrim(s, e) + hyphen;
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const node = active[k];
      const a = nodes.start[node];
      if (a >= b) {
        active[kept++] = node;
        continue;
      }
      const measure = measureOf(nodes.lines[node]);
      const width = right - nodes.left[node];
      const slack = measure - width;
      let badness: number;
      let fit: number;
      if (slack < -EPS) {
        const shrink = m.lineShrink(a, e);
        if (-slack > shrink + EPS) {
          // Overfull even at full shrink: so is every later line from this node.
          if (overfull < 0 || nodes.demerits[node] < nodes.demerits[overfull]) overfull = node;
          continue;
        }
        const r = -slack / shrink;
        badness = 100 * r * r * r;
        fit = r > 0.5 ? 0 : 1;
      } else if (last || kind === Cand.Forced) {
        // Set ragged: the last line, or one cut inside a word (the fuller, the better).
        badness = last ? 0 : Math.min(MAX_BADNESS, (100 * slack) / s.size);
        fit = 1;
      } else {
        const stretch = justify ? m.lineStretch(a, e) : 3 * s.size;
        const r = stretch > 0 ? slack / stretch : slack < EPS ? 0 : Infinity;
        badness = Math.min(MAX_BADNESS, 100 * r * r * r);
        fit = r > 1 ? 3 : r > 0.5 ? 2 : 1;
      }
      active[kept++] = node;
      if (badness > tolerance) continue;
      let d = (LINE_PENALTY + badness) ** 2 + penalty * penalty;
      if (Math.abs(fit - nodes.fit[node]) > 1) d += ADJ_DEMERITS;
      const nodeHyphen = nodes.hyphen[node] === 1;
      if (hyphen && nodeHyphen) d += DOUBLE_HYPHEN_DEMERITS;
      if (last && nodeHyphen) d += FINAL_HYPHEN_DEMERITS;
      if (last && nodes.lines[node] > 0 && loneChar(s, a, e)) d += LONE_CHAR_DEMERITS;
      const total = nodes.demerits[node] + d;
      const held = best[fit];
      if (held < 0 || total < nodes.demerits[held]) best[fit] = nodes.add(s, m, b, total, node, fit, hyphen > 0, kind === Cand.Forced);
    }
    count = kept;
    let added = false;
    for (const nd of best) {
      if (nd >= 0) {
        if (count === active.length) active = activeList = grown(active);
        active[count++] = nd;
        added = true;
      }
    }
    if (!added && count === 0 && overfull >= 0) {
      if (tolerance !== Infinity) return -1;
      // Nothing fits (a glyph wider than the line): break here anyway, overfull.
      active[count++] = nodes.add(s, m, b, nodes.demerits[overfull] + MAX_BADNESS ** 2, overfull, 1, false, true);
    }
  }
  let end = -1;
  for (let k = 0; k < count; k++) {
    const node = active[k];
    if (nodes.pos[node] === n && (end < 0 || nodes.demerits[node] < nodes.demerits[end])) end = node;
  }
  return end;
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Break candidates in order, as (position, kind) pairs: the allowed breaks, hyphenation points,
 * and, inside an unbreakable run wider than `narrowest`, every position between two characters (L4). */
function candidates(s: Shaped, breaks: Uint8Array, m: Metrics, narrowest: number): Int32Array {
  const { n } = s;
  // Each position 1..n is a candidate at most once: 2n numbers at most, in an array kept from call to call.
  if (candidateList.length < 2 * n) candidateList = new Int32Array(2 * n);
  const out = candidateList;
  let len = 0;
  let prev = 0;
  for (let b = 1; b <= n; b++) {
    const kind = breaks[b] === 2 ? Cand.Url : breaks[b] ? Cand.Normal : s.hyphen[b] > 0 ? Cand.Hyphen : 0;
    if (!kind) continue;
    const a = firstInk(s, prev);
    const e = lastInk(s, a, b);
    if (e > a && m.width(a, e) > narrowest + EPS) {
      for (let k = a + 1; k <= e; k++) {
        if (s.kinds[k] !== Kind.Space && s.kinds[k - 1] !== Kind.Space) {
          out[len++] = k;
          out[len++] = Cand.Forced;
        }
      }
    }
    out[len++] = b;
    out[len++] = kind;
    prev = b;
  }
  return out.subarray(0, len);
}

let candidateList = new Int32Array(1024);

/** G2: the line a..e is one Han character with, at most, its punctuation. */
function loneChar(s: Shaped, a: number, e: number): boolean {
  let han = 0;
  for (let i = a; i <= e; i++) {
    const k = s.kinds[i];
    if (k === Kind.Han) han++;
    else if (k !== Kind.Close && k !== Kind.Middle && k !== Kind.Space) return false;
  }
  return han === 1;
}
