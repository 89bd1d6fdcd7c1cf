// The line composer's entry point: styled spans in, measured and justified lines out.
import { breakOpportunities } from './breaks.js';
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

/** The text of a composed line (for tests and the checker). */
export function lineText(c: Composed, line: PlacedLine): string {
  const s = c.shaped;
  return s.text.slice(s.offsets[line.start], line.end < s.n ? s.offsets[line.end] : undefined);
}
