// A proposed text (plain, as a reviewer edited it in Word) back into the field's YAML source: the edits land in the
// source's literal text and Markdown, each `{{variable}}` whose shown value still stands is written as the variable again.
import { diffChars } from 'diff';
import { plainVariables } from '../render/text/expand-variables.js';

/** The field as the build shows it: a text (its source, with variables) or a slot (its placeholder). */
export type FieldSource = { kind: 'text'; source: string; valueOf: (name: string) => string | undefined } | { kind: 'slot'; placeholder: string };

export type Rebuilt =
  | { ok: true; text: string }
  /** A variable's shown value was edited (or a slot's placeholder kept beside new text). */
  | { ok: false; why: 'variable-edited'; name: string }
  | { ok: false; why: 'slot-kept' }
  /** The text the DOCX showed is not the field's text now (changed since the DOCX was built). */
  | { ok: false; why: 'text-changed'; near: string }
  | { ok: false; why: 'template' };

interface Segment {
  /** Literal source text, or a variable (its `{{…}}` source and shown value). */
  kind: 'literal' | 'variable';
  shown: string;
  source: string;
  name?: string;
}

function segmentsOf(field: { source: string; valueOf: (name: string) => string | undefined }): Segment[] | undefined {
  const plain = plainVariables(field.source);
  if (!plain) return undefined;
  const out: Segment[] = [];
  plain.literals.forEach((literal, i) => {
    if (literal) out.push({ kind: 'literal', shown: literal, source: literal });
    const path = plain.paths[i];
    if (!path) return;
    const name = path.join('.');
    out.push({ kind: 'variable', shown: field.valueOf(name) ?? '', source: `{{${name}}}`, name });
  });
  return out;
}

// What Markdown adds around the words a reader sees: emphasis and code marks, list and heading markers, link targets.
const MARKUP_ONLY = /^[\s*_`#>+\-.\d|[\]!]*$/;
const LINK_TARGET = /\]\([^)]*\)/g;

/**
 * `original` is the field as the reviewer saw it (plain text, paragraphs apart by blank lines), `proposed` the same with
 * their changes. The shown text is aligned with the source's rendering; an edit maps to the source characters it touches.
 */
export function rebuildText(field: FieldSource, original: string, proposed: string): Rebuilt {
  if (field.kind === 'slot') {
    // The whole field was still to be filled in: the proposal is the new text, once the placeholder is gone from it.
    if (original.trim() !== field.placeholder.trim()) return { ok: false, why: 'text-changed', near: original.trim().slice(0, 30) };
    return proposed.includes(field.placeholder) ? { ok: false, why: 'slot-kept' } : { ok: true, text: proposed };
  }
  const segments = segmentsOf(field);
  if (!segments) return { ok: false, why: 'template' };
  const shown = segments.map((s) => s.shown).join('');
  const owner: number[] = [];
  segments.forEach((s, i) => {
    for (let k = 0; k < s.shown.length; k++) owner.push(i);
  });

  // original position → rendered position (or -1: a character the rendering does not have).
  const toShown = new Array<number>(original.length).fill(-1);
  let i = 0;
  let j = 0;
  for (const part of diffChars(original, shown)) {
    const n = part.value.length;
    if (part.added) {
      if (!MARKUP_ONLY.test(part.value.replace(LINK_TARGET, ''))) return { ok: false, why: 'text-changed', near: part.value.trim().slice(0, 30) };
      j += n;
    } else if (part.removed) {
      if (part.value.trim() !== '') return { ok: false, why: 'text-changed', near: part.value.trim().slice(0, 30) };
      i += n;
    } else {
      for (let k = 0; k < n; k++) toShown[i + k] = j + k;
      i += n;
      j += n;
    }
  }

  const deleted = new Array<boolean>(shown.length).fill(false);
  const inserted = new Map<number, string>();
  const insertAt = (pos: number, text: string) => inserted.set(pos, (inserted.get(pos) ?? '') + text);
  i = 0;
  for (const part of diffChars(original, proposed)) {
    const n = part.value.length;
    if (part.added) insertAt(shownPosition(toShown, i, shown.length), part.value);
    else if (part.removed) {
      for (let k = i; k < i + n; k++) if (toShown[k] >= 0) deleted[toShown[k]] = true;
      i += n;
    } else i += n;
  }

  // Each variable is kept whole (written as its source again) or, if any of it was touched, the proposal is refused.
  let out = '';
  let start = 0;
  for (const s of segments) {
    const end = start + s.shown.length;
    if (s.kind === 'literal') {
      for (let k = start; k < end; k++) {
        out += inserted.get(k) ?? '';
        if (!deleted[k]) out += shown[k];
      }
    } else {
      out += inserted.get(start) ?? '';
      const gone = deleted.slice(start, end);
      const inside = [...inserted.keys()].some((p) => p > start && p < end);
      if (gone.some((d) => d) || inside) return { ok: false, why: 'variable-edited', name: s.name! };
      out += s.source;
    }
    start = end;
  }
  out += inserted.get(shown.length) ?? '';
  return { ok: true, text: out };
}

/** Where text inserted before original position `i` goes in the rendering: right after the character before it. */
function shownPosition(toShown: number[], i: number, length: number): number {
  for (let k = i - 1; k >= 0; k--) if (toShown[k] >= 0) return toShown[k] + 1;
  for (let k = i; k < toShown.length; k++) if (toShown[k] >= 0) return toShown[k];
  return length;
}
