// Bilingual Markdown joins a Chinese text and its English with " / " (headings, table cells, front
// matter) or follows a Chinese paragraph with its English one: these find the two halves.
import type { Inline } from './blocks.js';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}|\d/u;
const SEPARATOR = ' / ';

/**
 * Where a zh " / " en text splits: the first separator with Chinese before it (no Latin letter
 * after its last Han character: "是 / 否 — Yes / No" is not a pair) and English after it.
 */
function splitAt(text: string): number {
  for (let k = text.indexOf(SEPARATOR); k >= 0; k = text.indexOf(SEPARATOR, k + 1)) {
    // Back from the separator to the last Han character: no Latin letter on the way.
    let j = k - 1;
    while (j >= 0 && !HAN.test(text[j]) && !/[A-Za-z]/.test(text[j])) j--;
    if (j < 0 || !HAN.test(text[j])) continue;
    const after = text.slice(k + SEPARATOR.length);
    if (isEnglishText(after) || (!HAN.test(after) && LATIN.test(after))) return k;
  }
  return -1;
}

/** "优质学徒制 / Quality apprenticeships" → ["优质学徒制", "Quality apprenticeships"]; null when it is not such a pair. */
export function splitPair(text: string): [string, string] | null {
  const k = splitAt(text);
  return k < 0 ? null : [text.slice(0, k).trim(), text.slice(k + SEPARATOR.length).trim()];
}

/** The same split on styled inline pieces (bold, links and code stay as they were on each side). */
export function splitInlinePair(inlines: readonly Inline[]): [Inline[], Inline[]] | null {
  const whole = inlines.map((i) => i.text).join('');
  const k = splitAt(whole);
  if (k < 0) return null;
  const zh: Inline[] = [];
  const en: Inline[] = [];
  let pos = 0;
  for (const inl of inlines) {
    const from = pos;
    pos += inl.text.length;
    const cutA = Math.min(Math.max(k - from, 0), inl.text.length);
    const cutB = Math.min(Math.max(k + SEPARATOR.length - from, 0), inl.text.length);
    const a = inl.text.slice(0, cutA).replace(/\s+$/, '');
    const b = inl.text.slice(cutB).replace(/^\s+/, '');
    if (a && from < k) zh.push({ ...inl, text: a });
    if (b && pos > k + SEPARATOR.length) en.push({ ...inl, text: b, breakBefore: en.length ? inl.breakBefore : undefined });
  }
  return zh.length && en.length ? [zh, en.map(dropUndefined)] : null;
}

/** A Chinese text, a hard line break, then its English ("**什么是…**：…\\ **What…**: …" in a list item). */
export function splitBreakPair(inlines: readonly Inline[]): [Inline[], Inline[]] | null {
  for (let k = inlines.length - 1; k > 0; k--) {
    if (!inlines[k].breakBefore) continue;
    const zh = inlines.slice(0, k);
    const en = inlines.slice(k).map((i, j) => (j === 0 ? dropUndefined({ ...i, breakBefore: undefined }) : i));
    const text = (xs: readonly Inline[]) => xs.map((i) => i.text).join('');
    return HAN.test(text(zh)) && isEnglishText(text(en)) ? [zh, en] : null;
  }
  return null;
}

function dropUndefined(i: Inline): Inline {
  if (i.breakBefore === undefined) delete i.breakBefore;
  return i;
}

/** Latin letters, and Han characters outside brackets, of a text (one pass: it runs on every paragraph). */
function scriptCounts(text: string): { latin: number; han: number; hanOutside: number; firstLetterHan: boolean | undefined } {
  let latin = 0;
  let han = 0;
  let hanOutside = 0;
  let depth = 0;
  let firstLetterHan: boolean | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      latin++;
      firstLetterHan ??= false;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f)) {
      han++;
      if (depth === 0) hanOutside++;
      firstLetterHan ??= true;
    } else if (c === 0x5b || c === 0x28 || c === 0xff08 || c === 0x3010) depth++;
    else if ((c === 0x5d || c === 0x29 || c === 0xff09 || c === 0x3011) && depth > 0) depth--;
  }
  return { latin, han, hanOutside, firstLetterHan };
}

/** English text in a bilingual document: Latin letters, and Han only in a bracketed term or slot ("agreement (培养协议)", "[To be completed: 本地…]"). */
export function isEnglishText(text: string): boolean {
  const n = scriptCounts(text);
  return n.latin > 0 && n.latin >= 6 * n.hanOutside && n.firstLetterHan === false;
}

/** Chinese text in an English document: more Han characters than Latin letters. */
function isChineseText(text: string): boolean {
  const n = scriptCounts(text);
  return n.han > 0 && n.han >= n.latin;
}

/** The /Lang of an element whose text is in the other language than the document's (PDF/UA), else undefined. */
export function otherLanguage(docLang: 'zh' | 'en' | 'bilingual', text: string): string | undefined {
  if (docLang === 'en') return isChineseText(text) ? 'zh-CN' : undefined;
  return isEnglishText(text) ? 'en' : undefined;
}
