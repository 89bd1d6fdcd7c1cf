// What the DOCX body is made of before it is written out: paragraphs (their content as run XML and marks)
// and tables, so that a node's bookmark can still be put around what it printed. Bookmark ids, hyperlink
// and picture relationships and list numbers are given when the body is written, in document order.
import type { Align } from './formatting.js';

/** A picture to embed, sized in EMU (914,400 to the inch). */
export interface Picture {
  bytes: Uint8Array;
  type: 'png' | 'jpg';
  width: number;
  height: number;
  /** The image node id. */
  name: string;
  alt: string;
}

/** Paragraph content: run XML, or a mark the body writer resolves. */
export type Inline = string | { bookmark: 'start' | 'end'; name: string } | { link: string; runs: string } | { picture: Picture };

export interface Para {
  kind: 'p';
  /** A paragraph style id of styles.ts (`Heading1`, `Title`, `Caption`, …). */
  style?: string;
  /** A list paragraph: which numbering, its level, and the list it belongs to (numbering restarts per list). */
  list?: { ordered: boolean; level: number; instance: number };
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  align?: Align;
  /** A paragraph of a callout box of this kind (`tip`, `note`, `case-study`). */
  box?: string;
  children: Inline[];
}

export interface Cell {
  paras: Para[];
  /** A share of the table's width, in per cent. */
  width: number;
  /** Centre the cell's text (answer columns). */
  center?: boolean;
}

export interface Row {
  /** A header row, repeated at the top of every page the table runs onto. */
  header: boolean;
  cells: Cell[];
}

export interface Tbl {
  kind: 'table';
  rows: Row[];
}

export type Block = Para | Tbl;

export function para(children: Inline[], options: Omit<Para, 'kind' | 'children'> = {}): Para {
  return { kind: 'p', children, ...options };
}

/**
 * The first paragraph of some blocks in document order (table cells included). Looked at from the
 * front, not by walking every paragraph: bookmarks ask this of every node, around its children's blocks.
 */
export function firstPara(blocks: readonly Block[]): Para | undefined {
  for (const block of blocks) {
    if (block.kind === 'p') return block;
    for (const row of block.rows) for (const cell of row.cells) if (cell.paras.length > 0) return cell.paras[0];
  }
  return undefined;
}

/** The last paragraph of some blocks in document order, looked at from the back. */
export function lastPara(blocks: readonly Block[]): Para | undefined {
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b];
    if (block.kind === 'p') return block;
    for (let r = block.rows.length - 1; r >= 0; r--) {
      const cells = block.rows[r].cells;
      for (let c = cells.length - 1; c >= 0; c--) if (cells[c].paras.length > 0) return cells[c].paras.at(-1);
    }
  }
  return undefined;
}
