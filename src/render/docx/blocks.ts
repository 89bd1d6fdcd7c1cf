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

/** Every paragraph of some blocks, in document order (table cells included). */
export function* parasOf(blocks: readonly Block[]): Generator<Para> {
  for (const block of blocks) {
    if (block.kind === 'p') yield block;
    else for (const row of block.rows) for (const cell of row.cells) yield* cell.paras;
  }
}

export function firstPara(blocks: readonly Block[]): Para | undefined {
  for (const p of parasOf(blocks)) return p;
  return undefined;
}

export function lastPara(blocks: readonly Block[]): Para | undefined {
  let last: Para | undefined;
  for (const p of parasOf(blocks)) last = p;
  return last;
}
