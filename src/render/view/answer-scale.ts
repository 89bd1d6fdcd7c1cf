// A checklist as an answer table: the item column, one column per answer of the guide's scale, and a
// wide remarks column to write in. Data, so that every format draws the same table.
import type { GuideNode } from '../../model/types.js';
import type { Say } from '../markdown/language.js';
import { wording } from './wording.js';

export interface AnswerScale {
  /** Header of the first column (the statements). */
  item: string;
  /** The tick columns (是 / 否 / 需改进 by default). */
  answers: string[];
  /** The write-in column (备注 by default). */
  remarks: string;
}

export interface AnswerTable {
  title: string;
  scale: AnswerScale;
  items: { id: string; text: string }[];
}

export function answerScale(node: GuideNode, say: Say): AnswerScale {
  const own = Array.isArray(node.fields.answers) ? node.fields.answers : [];
  return {
    item: say.fixed(wording.checklistItem),
    answers: own.length > 0 ? own.map((_, i) => say.inline(node, `answers.${i}`)) : wording.answers.map((w) => say.fixed(w)),
    remarks: node.fields.remarks !== undefined ? say.inline(node, 'remarks') : say.fixed(wording.remarks),
  };
}

/** Items are one line each: a table row has no room for paragraphs (bilingual: `zh / en`). */
export function answerTable(node: GuideNode, say: Say): AnswerTable {
  return {
    title: say.inline(node, 'title'),
    scale: answerScale(node, say),
    items: node.children.map((item) => ({ id: item.id, text: say.inline(item, 'text') })),
  };
}
