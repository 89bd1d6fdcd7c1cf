// Turns a Markdown text into XLIFF content: `{{variables}}` and autolinks become placeholders, emphasis and
// links paired codes, each with the source syntax it stands for; the rest stays text.
import { codesOf, type Code, type Inline } from './inline.js';
import { markdownMarks, type MarkdownSpan } from './markdown-spans.js';

/** Handlebars mustaches: `{{{raw}}}`, `{{!-- comments --}}`, and every other `{{…}}`. */
const MUSTACHE = /\{\{\{[\s\S]*?\}\}\}|\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}/g;

interface Range {
  start: number;
  end: number;
}

/** The content of `text` with codes numbered 1, 2, … in document order. */
export function protect(text: string): Inline[] {
  const marks = markdownMarks(text);
  const mustaches: Range[] = [...text.matchAll(MUSTACHE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // A mark whose syntax cuts through a mustache (`_` inside `{{a_b}}`) is not a mark; a mustache inside
  // a link's `](…)` or an autolink is protected as part of it.
  const crosses = (r: Range) => mustaches.some((m) => (m.start < r.start && m.end > r.start) || (m.start < r.end && m.end > r.end));
  const spans = marks.spans.filter((s) => !crosses({ start: s.start, end: s.openEnd }) && !crosses({ start: s.closeStart, end: s.end }));
  const autolinks = marks.autolinks.filter((a) => !crosses(a));
  const placeholders = [
    ...autolinks.map((a) => ({ ...a, role: 'link' as const })),
    ...mustaches.filter((m) => !autolinks.some((a) => a.start <= m.start && m.end <= a.end)).map((m) => ({ ...m, role: 'var' as const })),
  ].sort((a, b) => a.start - b.start);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let next = 1;
  const id = () => String(next++);

  const leaf = (from: number, to: number): Inline[] => {
    const out: Inline[] = [];
    let pos = from;
    for (const p of placeholders) {
      if (p.start < from || p.end > to) continue;
      if (p.start > pos) out.push(text.slice(pos, p.start));
      out.push({ kind: 'ph', id: id(), original: text.slice(p.start, p.end), role: p.role });
      pos = p.end;
    }
    if (pos < to) out.push(text.slice(pos, to));
    return out;
  };
  const build = (from: number, to: number, inner: MarkdownSpan[]): Inline[] => {
    const out: Inline[] = [];
    let pos = from;
    for (let i = 0; i < inner.length; i++) {
      const s = inner[i]!;
      if (s.start < pos) continue;
      out.push(...leaf(pos, s.start));
      const code = { kind: 'pc' as const, id: id(), start: text.slice(s.start, s.openEnd), end: text.slice(s.closeStart, s.end), role: s.role, content: [] as Inline[] };
      code.content = build(s.openEnd, s.closeStart, inner.filter((t) => t.start >= s.openEnd && t.end <= s.closeStart));
      out.push(code);
      pos = s.end;
    }
    out.push(...leaf(pos, to));
    return out;
  };
  return build(0, text.length, spans);
}

/**
 * The content of a translation, its codes numbered as the source's: the k-th `{{city.name}}` of the zh is
 * the k-th of the en, the k-th `**…**` likewise. A code the source does not have stays plain text, so the
 * content still stands for exactly the zh.
 */
export function protectTarget(text: string, source: readonly Inline[]): Inline[] {
  const pool = new Map<string, Code[]>();
  for (const code of codesOf(source).values()) {
    const list = pool.get(keyOf(code)) ?? [];
    list.push(code);
    pool.set(keyOf(code), list);
  }
  const renumber = (content: Inline[]): Inline[] => {
    const out: Inline[] = [];
    const push = (s: string) => (typeof out[out.length - 1] === 'string' ? (out[out.length - 1] += s) : out.push(s));
    for (const part of content) {
      if (typeof part === 'string') {
        push(part);
        continue;
      }
      const match = pool.get(keyOf(part))?.shift();
      if (part.kind === 'ph') {
        if (match) out.push({ ...part, id: match.id });
        else push(part.original);
      } else if (match) out.push({ ...part, id: match.id, content: renumber(part.content) });
      else {
        push(part.start);
        for (const p of renumber(part.content)) typeof p === 'string' ? push(p) : out.push(p);
        push(part.end);
      }
    }
    return out;
  };
  return renumber(protect(text));
}

function keyOf(code: Code): string {
  return code.kind === 'ph' ? `ph\0${code.original}` : `pc\0${code.role}\0${code.start}\0${code.end}`;
}
