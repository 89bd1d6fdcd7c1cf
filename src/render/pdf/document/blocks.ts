// The document as the PDF layout sees it: blocks of inline text, each with its Markdown line.

export interface Inline {
  text: string;
  bold: boolean;
  code: boolean;
  /** URL, or `#slug` for a heading of this document. */
  link?: string;
  /** A hard line break before this piece. */
  breakBefore?: boolean;
  /** An image written inline: a paragraph of its own becomes an image block; elsewhere its alt text shows. */
  image?: string;
}

/** GitHub's five alert types, and the case study (a NOTE after `<!-- kind: case-study -->`). */
export type CalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution' | 'case-study';

export type Block =
  | { type: 'heading'; level: number; inlines: Inline[]; slug: string; line: number }
  | { type: 'paragraph'; inlines: Inline[]; line: number }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[]; line: number }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][]; aligns: ('left' | 'center' | 'right')[]; line: number }
  /** A checklist's answer table (after `<!-- kind: checklist -->`): its title, then the table, last column to write in. */
  | { type: 'answer-table'; title: Inline[]; table: Extract<Block, { type: 'table' }>; line: number }
  /** The guide's first page (after `<!-- kind: title-page -->`): a heading with the title, then locality, edition, attribution. */
  | { type: 'title-page'; blocks: Block[]; line: number }
  | { type: 'callout'; kind: CalloutKind; title: Inline[]; blocks: Block[]; line: number }
  | { type: 'quote'; blocks: Block[]; line: number }
  | { type: 'code'; text: string; line: number }
  | { type: 'image'; src: string; alt: string; line: number }
  | { type: 'rule'; line: number };

export interface ListItem {
  blocks: Block[];
  /** A checklist item (`- [ ]` / `- [x]`). */
  checked?: boolean;
  line: number;
}

/** The plain text of inline pieces (for bookmarks, the TOC and the checker). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => i.text).join('');
}
