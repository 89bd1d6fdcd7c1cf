// GFM tables: column widths from the content (min-content / max-content, as browsers' and Typst's
// auto columns), Chinese wrapping inside cells, a numbered caption and the header row kept with the
// first two rows and repeated on every page the table spans; rows move whole to the next page and a
// row taller than a page splits between lines. In a bilingual document a "zh / en" cell is stacked:
// the Chinese, then the English in the secondary style.
import { otherLanguage, splitInlinePair } from '../document/bilingual.js';
import { plainText, type Block, type Inline } from '../document/blocks.js';
import { breakOpportunities } from '../text/breaks.js';
import { composeOneLine, type Composed } from '../text/compose.js';
import type { Shaped } from '../text/shape.js';
import { num, rgb } from '../text/glyph-run.js';
import { captionBlock } from './caption.js';
import type { Flow } from './flow.js';
import type { TagHandle } from './tagger.js';
import { composeText, spansOf } from './text-block.js';

type Table = Extract<Block, { type: 'table' }>;
/** Inner horizontal padding of a cell. */
export const PAD_X = 5;
const PAD_Y = 3.5;

/** One line of a cell: the composed text it belongs to, its index there, its height. */
interface CellLine {
  c: Composed;
  k: number;
  lh: number;
  size: number;
  lang?: string;
}

interface Row {
  cells: CellLine[][];
  height: number;
  /** Each cell's /Lang when its text is in the other language than the document's (PDF/UA). */
  langs: (string | undefined)[];
}

/** A cell's text in its parts: one, or the Chinese and the English of a bilingual pair. */
interface Part {
  inlines: Inline[];
  size: number;
  color?: string;
  lang?: string;
}

/** `fixed`: column widths decided by the caller (an answer table), instead of from the content. */
export function tableBlock(flow: Flow, b: Table, fixed?: number[]): void {
  const { theme, tagger, lang } = flow.ctx;
  const size = theme.sizes.table;
  const lh = size * 1.5;
  const ncol = Math.max(b.header.length, ...b.rows.map((r) => r.length));
  if (ncol === 0) return;
  const partsOf = (inl: Inline[] | undefined): Part[] => {
    const pair = lang === 'bilingual' && inl ? splitInlinePair(inl) : null;
    if (!pair) return [{ inlines: inl ?? [], size }];
    return [
      { inlines: pair[0], size },
      { inlines: pair[1], size: size * theme.sizes.secondary, color: theme.colors.secondary, lang: 'en' },
    ];
  };
  const composePart = (p: Part, bold: boolean, width: number) =>
    composeText(flow, spansOf(flow, p.inlines, { bold, ...(p.color ? { color: p.color } : {}) }).flat(), { size: p.size, justify: false }, width);
  // Column widths: every cell's narrowest (its longest unbreakable piece) and widest (one line) width.
  const min = new Array<number>(ncol).fill(0);
  const max = new Array<number>(ncol).fill(0);
  const natural = max.map((): number[] => []);
  const measureAll = (cells: (Inline[] | undefined)[], bold: boolean) =>
    cells.forEach((inl, j) => {
      let cell = 0;
      for (const p of partsOf(inl)) {
        const spans = spansOf(flow, p.inlines, { bold, ...(p.color ? { color: p.color } : {}) }).flat();
        const { shaped, right } = composeOneLine(spans, p.size, flow.ctx.onMissing);
        cell = Math.max(cell, right + 2 * PAD_X + 1);
        min[j] = Math.max(min[j], minContent(shaped) + 2 * PAD_X + 1);
      }
      max[j] = Math.max(max[j], cell);
      natural[j].push(cell);
    });
  if (!fixed) {
    measureAll(b.header, true);
    for (const r of b.rows) measureAll(r, false);
  }
  const widths = fixed?.length === ncol ? fixed : columnWidths(min, max, flow.width, natural);
  const xs = widths.map((_, j) => flow.left + widths.slice(0, j).reduce((a, w) => a + w, 0));
  const makeRow = (cells: Inline[][], bold: boolean): Row => {
    const composed = widths.map((w, j) =>
      partsOf(cells[j]).flatMap((p) => {
        const c = composePart(p, bold, w - 2 * PAD_X);
        return c.lines.map((_, k): CellLine => ({ c, k, lh: p.size * 1.5, size: p.size, ...(p.lang ? { lang: p.lang } : {}) }));
      }),
    );
    const langs = widths.map((_, j) => otherLanguage(lang, plainText(cells[j] ?? [])));
    return { cells: composed, height: Math.max(lh, ...composed.map(heightOf)), langs };
  };
  const header = b.header.length ? makeRow(b.header, true) : null;
  const headerH = header ? header.height + 2 * PAD_Y : 0;
  const rows = b.rows.map((cells) => makeRow(cells, false));
  flow.space(theme.sizes.body * 0.8);
  tagger.open('Table');
  // The caption, kept with the header and the first two rows (H1).
  const start = headerH + rows.slice(0, 2).reduce((h, r) => h + r.height + 2 * PAD_Y, 0);
  if (b.caption) captionBlock(flow, b.caption.inlines, Math.min(start, flow.pageBottom - flow.top - 3 * lh), b.caption);
  const table = { flow, xs, widths, align: b.aligns };
  let first = true;
  // A list item that starts with this table: its marker sits level with the first row's first line.
  const firstBaseline = () => flow.y + PAD_Y + (lh - size) / 2 + size * 0.88;
  const drawHeader = (repeat: boolean) => {
    if (!header) return;
    const all = header.cells.map((c) => c.length);
    if (repeat) tagger.artifact(() => drawSegment(table, header, all.map(() => 0), all, true, null));
    else {
      const tr = tagger.create('TR');
      drawSegment(table, header, all.map(() => 0), all, true, tr);
      tagger.end(tr);
    }
  };
  const fresh = flow.pageBottom - flow.top - headerH - 2 * PAD_Y;
  for (const row of rows) {
    const tr = tagger.create('TR');
    const tds = row.cells.map((_, j) => tagger.create('TD', row.langs[j] ? { lang: row.langs[j] } : {}, tr));
    const from = row.cells.map(() => 0);
    while (from.some((f, j) => f < row.cells[j].length)) {
      if (first) {
        flow.reserve(Math.min(start, fresh));
        flow.placeMarker(firstBaseline());
        drawHeader(false);
        first = false;
      }
      const room = flow.room() - 2 * PAD_Y + 0.01;
      const left = Math.max(...row.cells.map((c, j) => heightOf(c.slice(from[j]))));
      // Move a row to the next page whole when it fits there; split it only when it cannot.
      if (left > room && (left <= fresh || room < lh) && !(flow.y <= flow.top + headerH + 0.5)) {
        flow.newPage();
        drawHeader(true);
        continue;
      }
      const to = row.cells.map((c, j) => linesWithin(c, from[j], Math.max(room, c[from[j]]?.lh ?? 0)));
      drawSegment(table, row, from, to, false, tr, tds);
      to.forEach((t, j) => (from[j] = t));
      if (from.some((f, j) => f < row.cells[j].length)) {
        flow.newPage();
        drawHeader(true);
      }
    }
    for (const td of tds) tagger.end(td);
    tagger.end(tr);
  }
  if (first) {
    flow.reserve(headerH);
    flow.placeMarker(firstBaseline());
    drawHeader(false);
  }
  tagger.close();
  flow.space(theme.sizes.body * 0.8);
}

const heightOf = (lines: readonly CellLine[]) => lines.reduce((h, l) => h + l.lh, 0);

/** The index after the last line, from `from`, that ends within `room` points. */
function linesWithin(lines: readonly CellLine[], from: number, room: number): number {
  let h = 0;
  let k = from;
  while (k < lines.length && h + lines[k].lh <= room) h += lines[k++].lh;
  return k;
}

/** The widest piece the text cannot be broken inside (a Latin word, a Han character with its punctuation). */
function minContent(s: Shaped): number {
  if (s.n === 0) return 0;
  const breaks = breakOpportunities(s);
  let widest = 0;
  let w = 0;
  let ink = 0;
  for (let i = 0; i < s.n; i++) {
    if (i > 0 && breaks[i]) {
      widest = Math.max(widest, ink);
      w = 0;
      ink = 0;
    } else if (i > 0) w += s.gap[i] - s.squeeze[i];
    w += s.adv[i];
    if (s.cps[i] !== 0x20) ink = w;
  }
  return Math.max(widest, ink);
}

interface TableGeometry {
  flow: Flow;
  xs: number[];
  widths: number[];
  align: ('left' | 'center' | 'right')[];
}

/** Draws lines [from[j], to[j]) of every cell j of a row at the flow's y: background and borders as artifacts, text as cell content. */
function drawSegment(t: TableGeometry, row: Row, from: number[], to: number[], isHeader: boolean, tr: TagHandle | null, tds?: TagHandle[]): void {
  const { flow } = t;
  const { tagger, theme, doc, writer } = flow.ctx;
  const h = Math.max(theme.sizes.table * 1.5, ...row.cells.map((c, j) => heightOf(c.slice(from[j], to[j])))) + 2 * PAD_Y;
  const top = flow.y;
  const pageH = (doc as unknown as { page: { height: number } }).page.height;
  const left = t.xs[0];
  const right = t.xs[t.xs.length - 1] + t.widths[t.widths.length - 1];
  const frame = () => {
    let ops = `q 1 0 0 -1 0 ${num(pageH)} cm `;
    if (isHeader) ops += `${rgb(theme.colors.tableHeader)} rg ${num(left)} ${num(pageH - top - h)} ${num(right - left)} ${num(h)} re f `;
    ops += `${rgb(theme.colors.rule)} RG 0.5 w `;
    for (const x of [...t.xs, right]) ops += `${num(x)} ${num(pageH - top)} m ${num(x)} ${num(pageH - top - h)} l `;
    ops += `${num(left)} ${num(pageH - top)} m ${num(right)} ${num(pageH - top)} l ${num(left)} ${num(pageH - top - h)} m ${num(right)} ${num(pageH - top - h)} l S Q`;
    doc.addContent(ops);
  };
  if (tr) tagger.artifact(frame);
  else frame();
  row.cells.forEach((lines, j) => {
    // Header cells are TH with /Scope /Column (PDF/UA): they head the column below them.
    const cellTag = tr ? (tds ? tds[j] : tagger.create('TH', { scope: 'Column', ...(row.langs[j] ? { lang: row.langs[j] } : {}) }, tr)) : null;
    let y = top + PAD_Y;
    let span: TagHandle | null = null;
    for (let k = from[j]; k < to[j]; k++) {
      const { c, k: n, lh, size, lang } = lines[k];
      const line = c.lines[n];
      const baseline = y + (lh - size) / 2 + size * 0.88;
      const inner = t.widths[j] - 2 * PAD_X;
      const a = t.align[j];
      const x = t.xs[j] + PAD_X + (a === 'right' ? inner - line.right : a === 'center' ? (inner - line.right) / 2 : 0);
      if (cellTag) {
        // The English of a stacked cell: a Span with its own /Lang inside the cell.
        if (lang && !span) span = tagger.create('Span', { lang }, cellTag);
        tagger.contentOf(span ?? cellTag);
      }
      writer.line(c.shaped, line, x, baseline);
      y += lh;
    }
    if (span) tagger.end(span);
    if (cellTag && !tds) tagger.end(cellTag);
  });
  flow.y = top + h;
}

/**
 * Column widths from the content. When every column fits on one line, the spare width is shared in
 * proportion to max-content. Otherwise widths follow the amount of text in each column (as LaTeX's
 * tabulary: the sum of its cells' one-line widths, `cells`), each column between a floor — its
 * min-content (its longest unbreakable piece), raised to its upper-quartile cell's width so that
 * three cells in four stay on one line, up to ¾ of an equal share — and its max-content.
 */
export function columnWidths(min: number[], max: number[], avail: number, cells?: number[][]): number[] {
  const n = min.length;
  // A single unbreakable piece (a URL) may not claim more than half the measure.
  const lo = min.map((m) => Math.min(m, avail / 2));
  const hi = max.map((m, j) => Math.max(m, lo[j]));
  const sumHi = hi.reduce((a, w) => a + w, 0);
  if (sumHi <= avail) return hi.map((w) => (w / sumHi) * avail);
  const floor = lo.map((l, j) => Math.min(hi[j], Math.max(l, Math.min(quartile(cells?.[j] ?? []), (0.75 * avail) / n))));
  const weight = hi.map((h, j) => (cells?.[j]?.length ? cells[j].reduce((a, w) => a + w, 0) : h));
  const widths = new Array<number | undefined>(n).fill(undefined);
  let rest = avail;
  // Columns whose share falls outside [floor, max] take the bound; the others share what is left.
  for (let changed = true; changed; ) {
    changed = false;
    const open = widths.map((w, j) => (w === undefined ? j : -1)).filter((j) => j >= 0);
    const total = open.reduce((a, j) => a + weight[j], 0);
    for (const j of open) {
      const share = total > 0 ? (weight[j] / total) * rest : rest / open.length;
      const bound = share < floor[j] ? floor[j] : share > hi[j] ? hi[j] : undefined;
      if (bound !== undefined) {
        widths[j] = bound;
        rest -= bound;
        changed = true;
        break;
      }
    }
  }
  const open = widths.map((w, j) => (w === undefined ? j : -1)).filter((j) => j >= 0);
  const total = open.reduce((a, j) => a + weight[j], 0);
  for (const j of open) widths[j] = total > 0 ? (weight[j] / total) * Math.max(rest, 0) : Math.max(rest, 0) / open.length;
  const out = widths.map((w) => w ?? 0);
  // Floors over the measure (many columns of long words): scale down to fit; spare width (every column at max) goes by max.
  const sum = out.reduce((a, w) => a + w, 0);
  return sum > avail + 0.01 || sum < avail - 0.01 ? out.map((w) => (w * avail) / sum) : out;
}

/** The upper quartile: three cells in four are this wide or narrower. */
function quartile(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.ceil((s.length - 1) * 0.75)];
}
