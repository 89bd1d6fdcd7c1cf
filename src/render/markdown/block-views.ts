// One view per block type: the strings a partial prints, already in the output language and escaped for their place.
import type { GuideNode, Json, OutputLang, SourceRef } from '../../model/types.js';
import { answerTable } from '../view/answer-scale.js';
import { calloutView } from '../view/callout.js';
import type { Say } from './language.js';

export interface AssetUse {
  node: string;
  /** The `src` as written, and where (its folder holds the assets/ it names). */
  src: string;
  at: SourceRef;
}

export interface BlockContext {
  say: Say;
  lang: OutputLang;
  assets: AssetUse[];
  /** `assets/…` path of an image as the Markdown links it. */
  assetLink: (src: string) => string;
}

export type BlockView = { partial: string; id: string } & { [key: string]: unknown };

/** Relative column widths of an answer table, as dashes in its delimiter row: pandoc's Markdown reader takes them as widths (the row is longer than 72 columns). */
const ITEM_RULE = '-'.repeat(40);
const ANSWER_RULE = ':-----:';
const REMARKS_RULE = '-'.repeat(20);

/** A table cell: a pipe would end the cell, a newline the row. */
export function escapeCell(text: string): string {
  if (!text.includes('|') && !text.includes('\n')) return text;
  return text.replace(/\\\|/g, '|').replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
}

/**
 * A title the template sets in bold, as a line of its own (`**…**`): bold markers inside it would end
 * that bold early, and the whole line is bold anyway.
 */
export function boldLine(text: string): string {
  if (!text.includes('**') && !text.includes('__')) return text;
  return text.replace(/(?<!\\)(\*\*|__)/g, '');
}

/** Continuation lines of a list item are indented under its text. */
function indentItem(text: string, width: number): string {
  if (!text.includes('\n')) return text;
  return text.replace(/\n(?=.)/g, `\n${' '.repeat(width)}`);
}

/** A checklist: its title, then a GFM table with a row per item and a column per answer, remarks last. */
function checklistView(node: GuideNode, c: BlockContext): BlockView {
  const { title, scale, items } = answerTable(node, c.say);
  const blanks = [...scale.answers.map(() => ''), ''];
  return {
    partial: 'checklist',
    id: node.id,
    title: boldLine(title),
    header: [scale.item, ...scale.answers, scale.remarks].map(escapeCell),
    rule: [ITEM_RULE, ...scale.answers.map(() => ANSWER_RULE), REMARKS_RULE],
    rows: items.map((item) => ({ id: item.id, cells: [escapeCell(item.text), ...blanks] })),
  };
}

export function blockView(node: GuideNode, c: BlockContext): BlockView | undefined {
  const { say } = c;
  switch (node.type) {
    case 'text':
      return { partial: 'text', id: node.id, body: say.block(node, 'body') };
    case 'list': {
      const ordered = node.fields.ordered === true;
      const items = node.children.map((item, i) => {
        const marker = ordered ? `${i + 1}.` : '-';
        return { id: item.id, marker, text: indentItem(say.item(item, 'text'), marker.length + 1) };
      });
      return { partial: 'list', id: node.id, items };
    }
    case 'checklist':
      return checklistView(node, c);
    case 'table': {
      const columns = Array.isArray(node.fields.columns) ? (node.fields.columns as Json[]) : [];
      const ids = columns.map((col) => (col && typeof col === 'object' && !Array.isArray(col) ? String(col.id) : ''));
      return {
        partial: 'table',
        id: node.id,
        caption: boldLine(say.inline(node, 'caption')),
        header: columns.map((_, i) => escapeCell(say.inline(node, `columns.${i}.label`))),
        rows: node.children.map((row) => ({ id: row.id, cells: ids.map((col) => escapeCell(say.inline(row, `cells.${col}`))) })),
      };
    }
    case 'callout': {
      const body = say.block(node, 'body');
      const { alert, kind, title } = calloutView(node, c.lang, say);
      // GitHub's alert syntax: the marker alone on its line, the title as a bold line below it.
      return {
        partial: 'callout',
        id: node.id,
        alert,
        kind,
        caseStudy: kind === 'case-study',
        title: boldLine(title),
        lines: body === '' ? [] : body.split('\n').map((line) => line.trimEnd()),
      };
    }
    case 'image': {
      const src = typeof node.fields.src === 'string' ? node.fields.src : '';
      const { file, line, col } = node.prov.src ?? node.at;
      c.assets.push({ node: node.id, src, at: { file, line, col } });
      return { partial: 'image', id: node.id, src: c.assetLink(src), alt: say.inline(node, 'alt').replace(/[[\]]/g, '\\$&'), caption: say.inline(node, 'caption') };
    }
    default:
      return undefined;
  }
}
