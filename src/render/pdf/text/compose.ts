// The line composer's entry point: styled spans in, measured and justified lines out.
import { breakOpportunities } from './breaks.js';
import { Kind } from './chars.js';
import { placeLine, type PlacedLine } from './justify.js';
import { breakLines } from './lines.js';
import { shape, type Shaped, type Span } from './shape.js';

export interface Composed {
  shaped: Shaped;
  lines: PlacedLine[];
}

export interface ComposeOptions {
  size: number;
  /** Width of every line; the first may be narrower by `firstIndent`. */
  measure: number;
  firstIndent?: number;
  /** J1 for body text; headings, table cells and furniture are set ragged. */
  justify: boolean;
  onMissing: (cp: number) => void;
}

export function compose(spans: readonly Span[], o: ComposeOptions): Composed {
  const shaped = shape(spans, o.size, o.onMissing);
  if (shaped.n === 0) return { shaped, lines: [] };
  const indent = o.firstIndent ?? 0;
  const measureOf = (k: number) => (k === 0 ? o.measure - indent : o.measure);
  const ranges = breakLines(shaped, breakOpportunities(shaped), measureOf, o.justify);
  // The lines' x positions in one array (one backing store per paragraph, not one per line).
  let total = 0;
  for (const r of ranges) total += r.end - r.start;
  const xs = new Float64Array(total);
  let at = 0;
  const lines = ranges.map((r, k) => placeLine(shaped, r, measureOf(k), o.justify && k < ranges.length - 1, xs.subarray(at, (at += r.end - r.start))));
  return { shaped, lines };
}

/**
 * The text set on a single line however long it is (a table cell's max-content width): its shaped
 * characters and where its ink ends, as compose() at an unbounded measure, ragged, gives them (one
 * line from the first to the last character that is not a space), without breaking lines.
 */
export function composeOneLine(spans: readonly Span[], size: number, onMissing: (cp: number) => void): { shaped: Shaped; right: number } {
  const shaped = shape(spans, size, onMissing);
  let start = 0;
  while (start < shaped.n && shaped.kinds[start] === Kind.Space) start++;
  if (start === shaped.n) return { shaped, right: 0 };
  let e = shaped.n - 1;
  while (e > start && shaped.kinds[e] === Kind.Space) e--;
  const line = placeLine(shaped, { start, end: e + 1, width: 0, forced: false, hyphen: 0 }, Infinity, false);
  return { shaped, right: line.right };
}

/** The text of a composed line (for tests and the checker). */
export function lineText(c: Composed, line: PlacedLine): string {
  const s = c.shaped;
  return s.text.slice(s.offsets[line.start], line.end < s.n ? s.offsets[line.end] : undefined);
}
