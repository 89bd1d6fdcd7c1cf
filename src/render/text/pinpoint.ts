// Moves a problem of a text from where the text starts to the `{{` it is about (a long block text: its line).
import { braceOffsets } from '../../model/braces.js';
import type { SourceRef, TextPlace } from '../../model/types.js';

/** A mustache that Handlebars reads: `{{name}}`, `{{#if x}}`, `{{{raw}}}`, `{{! comment }}`. */
const WELL_FORMED = /^\{\{\{?~?\s*[#/^>!&]?\s*[^{}\s][^{}]*\}\}/;

/**
 * The place of the `{{` that uses variable `name` (or, without a name, of the first `{{` that does not
 * start a well-formed expression); the text's own place when the loader could not line its `{{` up.
 */
export function pinpoint(at: TextPlace, text: string, name?: string): SourceRef {
  const place: SourceRef = { file: at.file, line: at.line, col: at.col };
  const offsets = braceOffsets(text);
  if (!at.braces || at.braces.length !== offsets.length || offsets.length === 0) return place;
  const index = name === undefined ? offsets.findIndex((i) => !WELL_FORMED.test(text.slice(i))) : offsets.findIndex((i) => uses(text, i, name));
  const [line, col] = at.braces[Math.max(0, index)];
  return { file: at.file, line, col };
}

function uses(text: string, offset: number, name: string): boolean {
  const end = text.indexOf('}}', offset + 2);
  const inside = text.slice(offset + 2, end < 0 ? undefined : end);
  return new RegExp(`(^|[\\s{(~#])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s})~]|$)`).test(inside);
}
