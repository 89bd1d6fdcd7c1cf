// Which string of a text value an output language shows: its own, else the other language's (a fallback).
import { isSlot, type Json, type Lang, type SlotTodo } from '../../model/types.js';

export type Picked =
  | { kind: 'slot'; todo: SlotTodo }
  | { kind: 'text'; source: string; used: Lang; /** `''` for a plain string, else `.zh` / `.en` */ suffix: string }
  | { kind: 'none' };

export function pickLanguage(value: Json | undefined, lang: Lang): Picked {
  if (value === undefined || value === null || Array.isArray(value)) return { kind: 'none' };
  if (isSlot(value)) return { kind: 'slot', todo: value.todo };
  if (typeof value !== 'object') return { kind: 'text', source: String(value), used: lang, suffix: '' };
  const own = value[lang];
  if (typeof own === 'string' && own !== '') return { kind: 'text', source: own, used: lang, suffix: `.${lang}` };
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const fallback = value[other];
  if (typeof fallback === 'string' && fallback !== '') return { kind: 'text', source: fallback, used: other, suffix: `.${other}` };
  return { kind: 'none' };
}
