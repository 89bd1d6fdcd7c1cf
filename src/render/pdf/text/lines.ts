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

interface Node {
  pos: number;
  /** The next line's first character and its left edge (from the paragraph start, opening-bracket trim taken). */
  start: number;
  left: number;
  demerits: number;
  prev: Node | undefined;
  lines: number;
  fit: number;
  hyphen: boolean;
  forced: boolean;
}

function newNode(s: Shaped, m: Metrics, pos: number, demerits: number, prev: Node | undefined, fit: number, hyphen: boolean, forced: boolean): Node {
  const start = firstInk(s, pos);
  const left = start < s.n ? m.x[start] + startTrim(s, start) : 0;
  return { pos, start, left, demerits, prev, lines: prev ? prev.lines + 1 : 0, fit, hyphen, forced };
}

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
  const end = totalFit(s, m, cands, measureOf, justify, TOLERANCE) ?? totalFit(s, m, cands, measureOf, justify, Infinity)!;
  const chain: Node[] = [];
  for (let nd: Node | undefined = end; nd && nd.prev; nd = nd.prev) chain.push(nd);
  chain.reverse();
  return chain.map((nd) => {
    const a = firstInk(s, nd.prev!.pos);
    const e = lastInk(s, a, nd.pos);
    const hyphen = nd.hyphen ? s.hyphen[nd.pos] : 0;
    return { start: a, end: e + 1, width: m.width(a, e, hyphen), forced: nd.forced, hyphen };
  });
}

/** The best last node of the paragraph, over lines whose badness is at most `tolerance`. */
function totalFit(s: Shaped, m: Metrics, cands: Int32Array, measureOf: (line: number) => number, justify: boolean, tolerance: number): Node | undefined {
  const { n } = s;
  const active: Node[] = [newNode(s, m, 0, 0, undefined, 1, false, false)];
  const best: (Node | undefined)[] = [undefined, undefined, undefined, undefined];
  for (let c = 0; c < cands.length; c += 2) {
    const b = cands[c];
    const kind = cands[c + 1] as Cand;
    const last = b === n;
    const hyphen = kind === Cand.Hyphen ? s.hyphen[b] : 0;
    const penalty = kind === Cand.Hyphen ? HYPHEN_PENALTY : kind === Cand.Url ? URL_PENALTY : kind === Cand.Forced ? FORCED_PENALTY : 0;
    best[0] = best[1] = best[2] = best[3] = undefined;
    let overfull: Node | undefined;
    // The line's end is the same from every node: its right edge, measured from the paragraph start.
    const e = lastInk(s, 0, b);
    const right = m.x[e] + s.adv[e] - endTrim(s, e) + hyphen;
    let kept = 0;
    for (let k = 0; k < active.length; k++) {
      const node = active[k];
      const a = node.start;
      if (a >= b) {
        active[kept++] = node;
        continue;
      }
      const measure = measureOf(node.lines);
      const width = right - node.left;
      const slack = measure - width;
      let badness: number;
      let fit: number;
      if (slack < -EPS) {
        const shrink = m.lineShrink(a, e);
        if (-slack > shrink + EPS) {
          // Overfull even at full shrink: so is every later line from this node.
          if (!overfull || node.demerits < overfull.demerits) overfull = node;
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
      if (Math.abs(fit - node.fit) > 1) d += ADJ_DEMERITS;
      if (hyphen && node.hyphen) d += DOUBLE_HYPHEN_DEMERITS;
      if (last && node.hyphen) d += FINAL_HYPHEN_DEMERITS;
      if (last && node.lines > 0 && loneChar(s, a, e)) d += LONE_CHAR_DEMERITS;
      const total = node.demerits + d;
      const held = best[fit];
      if (!held || total < held.demerits) best[fit] = newNode(s, m, b, total, node, fit, hyphen > 0, kind === Cand.Forced);
    }
    active.length = kept;
    let added = false;
    for (const nd of best) {
      if (nd) {
        active.push(nd);
        added = true;
      }
    }
    if (!added && active.length === 0 && overfull) {
      if (tolerance !== Infinity) return undefined;
      // Nothing fits (a glyph wider than the line): break here anyway, overfull.
      active.push(newNode(s, m, b, overfull.demerits + MAX_BADNESS ** 2, overfull, 1, false, true));
    }
  }
  let end: Node | undefined;
  for (const node of active) if (node.pos === n && (!end || node.demerits < end.demerits)) end = node;
  return end;
}

/** Break candidates in order, as (position, kind) pairs: the allowed breaks, hyphenation points,
 * and, inside an unbreakable run wider than `narrowest`, every position between two characters (L4). */
function candidates(s: Shaped, breaks: Uint8Array, m: Metrics, narrowest: number): Int32Array {
  const { n } = s;
  const out: number[] = [];
  let prev = 0;
  for (let b = 1; b <= n; b++) {
    const kind = breaks[b] === 2 ? Cand.Url : breaks[b] ? Cand.Normal : s.hyphen[b] > 0 ? Cand.Hyphen : 0;
    if (!kind) continue;
    const a = firstInk(s, prev);
    const e = lastInk(s, a, b);
    if (e > a && m.width(a, e) > narrowest + EPS) {
      for (let k = a + 1; k <= e; k++) if (s.kinds[k] !== Kind.Space && s.kinds[k - 1] !== Kind.Space) out.push(k, Cand.Forced);
    }
    out.push(b, kind);
    prev = b;
  }
  return Int32Array.from(out);
}

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
