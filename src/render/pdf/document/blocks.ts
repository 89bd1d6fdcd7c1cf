// The document as the PDF layout sees it: blocks of inline text, each with its Markdown line.

export interface Inline {
  text: string;
  bold: boolean;
  /** Emphasis (`*text*`): bold for Han (E1), the italic face for Latin letters. */
  italic?: boolean;
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
  | { type: 'table'; header: Inline[][]; rows: Inline[][][]; aligns: ('left' | 'center' | 'right')[]; line: number; caption?: Caption }
  /** A title set apart (a checklist's): kept with what follows. */
  | { type: 'caption'; inlines: Inline[]; line: number }
  /** A checklist's answer table (after `<!-- kind: checklist -->`): its title, then the table, last column to write in. */
  | { type: 'answer-table'; title: Inline[]; table: Extract<Block, { type: 'table' }>; line: number }
  /** The guide's first page (after `<!-- kind: title-page -->`): a heading with the title, then locality, edition, attribution. */
  | { type: 'title-page'; blocks: Block[]; line: number }
  | { type: 'callout'; kind: CalloutKind; title: Inline[]; blocks: Block[]; line: number }
  | { type: 'quote'; blocks: Block[]; line: number }
  | { type: 'code'; text: string; line: number }
  /** `figure`: the picture's number in its chapter, when its alt text is shown as its caption ("图 2-1" / "Figure 2-1"). */
  | { type: 'image'; src: string; alt: string; line: number; figure?: { chapter: number; index: number } }
  | { type: 'rule'; line: number };

/** A table's caption, numbered by chapter by the renderer ("表 3-2" / "Table 3-2"). */
export interface Caption {
  inlines: Inline[];
  /** Chapter (the count of level-1 headings before it; 0 before the first) and the table's number in it (0: the content numbered it). */
  chapter: number;
  index: number;
}

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
