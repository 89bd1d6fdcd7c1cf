// What the DOCX body is made of before it becomes docx objects: paragraphs (with their runs, bookmark
// marks included) and tables, so that a node's bookmark can still be put around what it printed.
import type { AlignmentType, ParagraphChild } from 'docx';

export interface Para {
  kind: 'p';
  /** A paragraph style id of styles.ts (`Heading1`, `Title`, `Caption`, `CalloutTip`, …). */
  style?: string;
  /** A list paragraph: which numbering, its level, and the list it belongs to (numbering restarts per list). */
  list?: { ordered: boolean; level: number; instance: number };
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** A paragraph of a callout box of this kind (`tip`, `note`, `case-study`). */
  box?: string;
  children: ParagraphChild[];
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

export function para(children: ParagraphChild[], options: Omit<Para, 'kind' | 'children'> = {}): Para {
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
