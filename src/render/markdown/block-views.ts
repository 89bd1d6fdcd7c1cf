// One view per block type: the strings a partial prints, already in the output language and escaped for their place.
import type { GuideNode, Json, SourceRef } from '../../model/types.js';
import type { Say } from './language.js';

export interface AssetUse {
  node: string;
  /** The `src` as written, and where (its folder holds the assets/ it names). */
  src: string;
  at: SourceRef;
}

export interface BlockContext {
  say: Say;
  assets: AssetUse[];
  /** `assets/…` path of an image as the Markdown links it. */
  assetLink: (src: string) => string;
}

export type BlockView = { partial: string; id: string } & { [key: string]: unknown };

const DEFAULT_ANSWERS = { zh: '是 / 否 / 需改进 / 备注', en: 'Yes / No / Needs improvement / Remarks' };
const KIND_TAGS: { [kind: string]: string } = { tip: 'TIP', note: 'NOTE', 'case-study': 'CASE-STUDY' };

/** A table cell: a pipe would end the cell, a newline the row. */
export function escapeCell(text: string): string {
  return text.replace(/\\\|/g, '|').replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
}

/** Continuation lines of a list item are indented under its text. */
function indentItem(text: string, width: number): string {
  return text.replace(/\n(?=.)/g, `\n${' '.repeat(width)}`);
}

function answers(node: GuideNode, c: BlockContext): string {
  const value = node.fields.answers;
  if (!Array.isArray(value) || value.length === 0) return c.say.fixed(DEFAULT_ANSWERS);
  return value.map((_, i) => c.say.inline(node, `answers.${i}`)).join(' / ');
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
      return {
        partial: 'checklist',
        id: node.id,
        title: say.inline(node, 'title'),
        answers: answers(node, c),
        items: node.children.map((item) => ({ id: item.id, text: indentItem(say.item(item, 'text'), 2) })),
      };
    case 'table': {
      const columns = Array.isArray(node.fields.columns) ? (node.fields.columns as Json[]) : [];
      const ids = columns.map((col) => (col && typeof col === 'object' && !Array.isArray(col) ? String(col.id) : ''));
      return {
        partial: 'table',
        id: node.id,
        caption: say.inline(node, 'caption'),
        header: columns.map((_, i) => escapeCell(say.inline(node, `columns.${i}.label`))),
        rows: node.children.map((row) => ({ id: row.id, cells: ids.map((col) => escapeCell(say.inline(row, `cells.${col}`))) })),
      };
    }
    case 'callout': {
      const body = say.block(node, 'body');
      return {
        partial: 'callout',
        id: node.id,
        tag: KIND_TAGS[String(node.fields.kind)] ?? 'NOTE',
        title: say.inline(node, 'title'),
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
