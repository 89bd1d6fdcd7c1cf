// GFM tables: column widths from the content, Chinese wrapping inside cells, the header row
// repeated on every page the table spans, and rows taller than the room left split line by line.
import type { Block, Inline } from '../document/blocks.js';
import type { Composed } from '../text/compose.js';
import { num, rgb } from '../text/glyph-run.js';
import type { Flow } from './flow.js';
import type { TagHandle } from './tagger.js';
import { composeText, spansOf } from './text-block.js';

type Table = Extract<Block, { type: 'table' }>;
/** Inner horizontal padding of a cell. */
export const PAD_X = 5;
const PAD_Y = 3.5;

interface Row {
  cells: Composed[];
  lines: number;
}

/** `fixed`: column widths decided by the caller (an answer table), instead of from the content. */
export function tableBlock(flow: Flow, b: Table, fixed?: number[]): void {
  const { theme, tagger } = flow.ctx;
  const size = theme.sizes.table;
  const lh = size * 1.5;
  const ncol = Math.max(b.header.length, ...b.rows.map((r) => r.length));
  if (ncol === 0) return;
  const cellSpans = (inl: Inline[] | undefined, bold: boolean) => spansOf(flow, inl ?? [], { bold }).flat();
  const natural = new Array<number>(ncol).fill(0);
  const measureAll = (cells: (Inline[] | undefined)[], bold: boolean) =>
    cells.forEach((inl, j) => {
      const c = composeText(flow, cellSpans(inl, bold), { size, justify: false }, 1e6);
      natural[j] = Math.max(natural[j], (c.lines[0]?.right ?? 0) + 2 * PAD_X + 1);
    });
  if (!fixed) {
    measureAll(b.header, true);
    for (const r of b.rows) measureAll(r, false);
  }
  const widths = fixed?.length === ncol ? fixed : allocate(natural, flow.width, 3 * size + 2 * PAD_X);
  const xs = widths.map((_, j) => flow.left + widths.slice(0, j).reduce((a, w) => a + w, 0));
  const makeRow = (cells: Inline[][], bold: boolean): Row => {
    const composed = widths.map((w, j) => composeText(flow, cellSpans(cells[j], bold), { size, justify: false }, w - 2 * PAD_X));
    return { cells: composed, lines: Math.max(1, ...composed.map((c) => c.lines.length)) };
  };
  const header = b.header.length ? makeRow(b.header, true) : null;
  const headerH = header ? header.lines * lh + 2 * PAD_Y : 0;
  flow.space(theme.sizes.body * 0.8);
  tagger.open('Table');
  const table = { flow, xs, widths, lh, size, align: b.aligns };
  let first = true;
  // A list item that starts with this table: its marker sits level with the first row's first line.
  const firstBaseline = () => flow.y + PAD_Y + (lh - size) / 2 + size * 0.88;
  const drawHeader = (repeat: boolean) => {
    if (!header) return;
    if (repeat) tagger.artifact(() => drawSegment(table, header, 0, header.lines, true, null));
    else {
      const tr = tagger.create('TR');
      drawSegment(table, header, 0, header.lines, true, tr);
      tagger.end(tr);
    }
  };
  for (const cells of b.rows) {
    const row = makeRow(cells, false);
    const tr = tagger.create('TR');
    const tds = row.cells.map(() => tagger.create('TD', {}, tr));
    let from = 0;
    while (from < row.lines) {
      if (first) {
        flow.reserve(headerH + Math.min(row.lines, 2) * lh + 2 * PAD_Y);
        flow.placeMarker(firstBaseline());
        drawHeader(false);
        first = false;
      }
      const fit = Math.floor((flow.room() - 2 * PAD_Y + 0.01) / lh);
      const left = row.lines - from;
      const fresh = flow.bottom - flow.top - headerH - 2 * PAD_Y;
      // Move a row to the next page whole when it fits there; split it only when it cannot.
      if (fit < left && (left * lh <= fresh || fit < 1) && !(flow.y <= flow.top + headerH + 0.5)) {
        flow.newPage();
        drawHeader(true);
        continue;
      }
      const n = Math.max(1, Math.min(fit, left));
      drawSegment(table, row, from, from + n, false, tr, tds);
      from += n;
      if (from < row.lines) {
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

interface TableGeometry {
  flow: Flow;
  xs: number[];
  widths: number[];
  lh: number;
  size: number;
  align: ('left' | 'center' | 'right')[];
}

/** Draws lines [from, to) of every cell of a row at the flow's y: background and borders as artifacts, text as cell content. */
function drawSegment(t: TableGeometry, row: Row, from: number, to: number, isHeader: boolean, tr: TagHandle | null, tds?: TagHandle[]): void {
  const { flow } = t;
  const { tagger, theme, doc, writer } = flow.ctx;
  const h = (to - from) * t.lh + 2 * PAD_Y;
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
  row.cells.forEach((c, j) => {
    const cellTag = tr ? (tds ? tds[j] : tagger.create('TH', { }, tr)) : null;
    for (let k = from; k < Math.min(to, c.lines.length); k++) {
      const line = c.lines[k];
      const baseline = top + PAD_Y + (k - from) * t.lh + (t.lh - t.size) / 2 + t.size * 0.88;
      const inner = t.widths[j] - 2 * PAD_X;
      const a = t.align[j];
      const x = t.xs[j] + PAD_X + (a === 'right' ? inner - line.right : a === 'center' ? (inner - line.right) / 2 : 0);
      if (cellTag) tagger.contentOf(cellTag);
      writer.line(c.shaped, line, x, baseline);
    }
    if (cellTag && !tds) tagger.end(cellTag);
  });
  flow.y = top + h;
}

/** Column widths: natural widths when they fit, else the narrow columns keep theirs and the wide share the rest. */
export function allocate(natural: number[], avail: number, min: number): number[] {
  const floor = Math.min(min, avail / natural.length);
  const nat = natural.map((w) => Math.max(w, floor));
  const total = nat.reduce((a, w) => a + w, 0);
  if (total <= avail) return nat.map((w) => (w / total) * avail);
  const widths = new Array<number>(nat.length).fill(0);
  const order = nat.map((w, j) => j).sort((a, b) => nat[a] - nat[b]);
  let rest = avail;
  order.forEach((j, k) => {
    const share = rest / (order.length - k);
    widths[j] = Math.min(nat[j], share);
    rest -= widths[j];
  });
  return widths;
}
