// Turns a message id and its arguments into text in the UI language, from the catalogue in src/messages/.
import { catalogue, type Catalogue } from '../messages/index.js';

export type MessageArgs = Record<string, string | number>;
export type UiLang = 'en' | 'zh';

/** Fills `{name}` placeholders; an unknown message id shows itself with its arguments so nothing is silent. */
export function format(template: string, args: MessageArgs): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

export function message(id: string, args: MessageArgs = {}, ui: UiLang = 'en', table: Catalogue = catalogue): string {
  const entry = table[id];
  if (!entry) return `${id} ${JSON.stringify(args)}`;
  return format((ui === 'zh' && entry.zh) || entry.en, args);
}
