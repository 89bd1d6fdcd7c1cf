// The content of an XLIFF source or target: text with protected inline codes, and the Markdown it stands for.

/** A `{{variable}}` (or an autolink) the translator must keep as it is: `<ph/>`. */
export interface Placeholder {
  kind: 'ph';
  id: string;
  /** The source text the code stands for, e.g. `{{city.name}}`. */
  original: string;
  role: 'var' | 'link';
}

/** Markdown emphasis, strikethrough or a link around translatable text: `<pc>…</pc>`. */
export interface PairedCode {
  kind: 'pc';
  id: string;
  /** The source syntax before and after the text: `**` and `**`, or `[` and `](https://…)`. */
  start: string;
  end: string;
  role: 'b' | 'i' | 's' | 'link';
  content: Inline[];
}

export type Code = Placeholder | PairedCode;
export type Inline = string | Code;

/** The Markdown a content stands for: its text with each code's source syntax put back. */
export function markdownOf(content: readonly Inline[]): string {
  let out = '';
  for (const part of content) {
    if (typeof part === 'string') out += part;
    else if (part.kind === 'ph') out += part.original;
    else out += part.start + markdownOf(part.content) + part.end;
  }
  return out;
}

/** Every code of a content, by id, in document order. */
export function codesOf(content: readonly Inline[], into = new Map<string, Code>()): Map<string, Code> {
  for (const part of content) {
    if (typeof part === 'string') continue;
    into.set(part.id, part);
    if (part.kind === 'pc') codesOf(part.content, into);
  }
  return into;
}

/**
 * Whether a target may leave a code out: emphasis, which Chinese often renders otherwise (quotation marks
 * instead of italics). Variables and links carry content and must stay.
 */
export function mayDrop(code: Code): boolean {
  return code.kind === 'pc' && code.role !== 'link';
}

/** What a translator sees of a code in a message: `{{city.name}}`, `**…**`. */
export function shownCode(code: Code): string {
  return code.kind === 'ph' ? code.original : `${code.start}…${code.end}`;
}
