// Puts a text in the output language: zh, en, or bilingual (zh then en per paragraph; `zh / en` inline).
import { isSlot, type GuideNode, type Lang, type OutputLang } from '../../model/types.js';
import { fallbackMarker } from '../text/markers.js';
import { fieldAt, type TextResolver } from '../text/resolve-text.js';

export interface Say {
  /** A block of Markdown paragraphs (bodies). */
  block(node: GuideNode, field: string): string;
  /** A list item: like a block, but bilingual one-liners stay in one paragraph (zh, a hard break, en). */
  item(node: GuideNode, field: string): string;
  /** A short text on one line (titles, captions, cells). */
  inline(node: GuideNode, field: string): string;
  /** The one-line text per language: `[zh, en]` in a bilingual output where they differ, else `[text]`. */
  inlinePair(node: GuideNode, field: string): [string, string?];
  /** A fixed text of the output, given in both languages. */
  fixed(text: Record<Lang, string>): string;
}

// Most texts are one line already: the regex only runs on those that are not.
const oneLine = (text: string) => (text.includes('\n') ? text.replace(/\s*\r?\n\s*/g, ' ') : text).trim();
const paragraphs = (text: string) => text.trim().split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);

/** Both versions, unless zh is only the marked English (then the English would show twice). */
export function pair(zh: string, en: string): [string, string?] {
  if (zh === '' || zh === en || zh === fallbackMarker('zh') + en) return [zh || en];
  if (en === '') return [zh];
  return [zh, en];
}

export function sayIn(lang: OutputLang, resolve: TextResolver): Say {
  if (lang !== 'bilingual') {
    return {
      block: (node, field) => resolve(node, field, lang).trim(),
      item: (node, field) => resolve(node, field, lang).trim(),
      inline: (node, field) => oneLine(resolve(node, field, lang)),
      inlinePair: (node, field) => [oneLine(resolve(node, field, lang))],
      fixed: (text) => text[lang],
    };
  }
  // A slot has no language: one zh placeholder, not the same note twice.
  const slot = (node: GuideNode, field: string) => isSlot(fieldAt(node.fields, field));
  return {
    block(node, field) {
      if (slot(node, field)) return resolve(node, field, 'zh').trim();
      const [zh, en] = pair(resolve(node, field, 'zh').trim(), resolve(node, field, 'en').trim());
      if (en === undefined) return zh;
      const zs = paragraphs(zh);
      const es = paragraphs(en);
      if (zs.length !== es.length) return `${zh}\n\n${en}`;
      return zs.flatMap((p, i) => [p, es[i]]).join('\n\n');
    },
    item(node, field) {
      if (slot(node, field)) return resolve(node, field, 'zh').trim();
      const [zh, en] = pair(resolve(node, field, 'zh').trim(), resolve(node, field, 'en').trim());
      if (en === undefined) return zh;
      if (zh.includes('\n') || en.includes('\n')) return this.block(node, field);
      // A backslash before the newline is CommonMark's hard line break: no trailing spaces to lose.
      return `${zh}\\\n${en}`;
    },
    inline(node, field) {
      const [zh, en] = this.inlinePair(node, field);
      return en === undefined ? zh : `${zh} / ${en}`;
    },
    inlinePair(node, field) {
      if (slot(node, field)) return [oneLine(resolve(node, field, 'zh'))];
      return pair(oneLine(resolve(node, field, 'zh')), oneLine(resolve(node, field, 'en')));
    },
    fixed: (text) => (text.zh === text.en ? text.zh : `${text.zh} / ${text.en}`),
  };
}
