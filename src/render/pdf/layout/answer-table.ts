// A checklist's answer table: its title kept with the table, a wide first column for the statements,
// narrow tick columns for the answers, and a last column wide enough to write remarks in by hand.
import type { Block, Inline } from '../document/blocks.js';
import type { Flow } from './flow.js';
import { PAD_X, tableBlock } from './table.js';
import { composeOneLine } from '../text/compose.js';
import { spansOf } from './text-block.js';

type AnswerTable = Extract<Block, { type: 'answer-table' }>;

/** Share of the measure the remarks column gets (at least), and the statements column keeps (at least). */
const REMARKS_SHARE = 0.24;
const ITEM_SHARE = 0.36;

/** The widest word of a header cell: a tick column is never narrower, so its header breaks only between words. */
function widestWord(flow: Flow, cell: readonly Inline[], size: number): number {
  const words = cell.flatMap((piece) => piece.text.split(/\s+|(?<=\/)|(?=\/)/).filter(Boolean));
  return Math.max(
    0,
    ...words.map((text) => {
      return composeOneLine(spansOf(flow, [{ text, bold: true, code: false }], { bold: true }).flat(), size, flow.ctx.onMissing).right;
    }),
  );
}

export function answerTableWidths(flow: Flow, header: readonly Inline[][]): number[] {
  const size = flow.ctx.theme.sizes.table;
  const total = flow.width;
  const n = header.length;
  if (n < 3) return [];
  const answers = header.slice(1, -1).map((cell) => Math.max(2.5 * size, widestWord(flow, cell, size)) + 2 * PAD_X + 1);
  const ticks = answers.reduce((a, w) => a + w, 0);
  const remarks = Math.max(REMARKS_SHARE * total, widestWord(flow, header[n - 1], size) + 2 * PAD_X + 1);
  const item = total - ticks - remarks;
  // A narrow page keeps the statements readable: remarks give way first, then the table falls back to content widths.
  if (item < ITEM_SHARE * total) {
    const squeezed = total - ticks - ITEM_SHARE * total;
    if (squeezed < 3 * size + 2 * PAD_X) return [];
    return [ITEM_SHARE * total, ...answers, squeezed];
  }
  return [item, ...answers, remarks];
}

export function answerTableBlock(flow: Flow, b: AnswerTable): void {
  // H1: the checklist title is the table's caption (never numbered: index 0), so the table keeps it with its
  // header and first two rows as it measures them; bilingual titles stack as captions do.
  const table = b.title.length > 0 ? { ...b.table, caption: { inlines: b.title, chapter: 0, index: 0 } } : b.table;
  tableBlock(flow, table, answerTableWidths(flow, b.table.header));
}
