// Styled spans as run XML: bold, italic, code, links; a slot's placeholder highlighted, so an officer
// finds every 【待补充：…】 at a glance (and with Find, by its highlight).
import type { Inline } from './blocks.js';
import type { Span } from './field-markdown.js';
import { runProperties, type RunLook } from './formatting.js';
import { esc } from './xml.js';

/** The placeholders of markers.ts, in both languages; not the form itself quoted in prose (`【待补充：……】`). */
export const SLOT_PLACEHOLDER = /【待补充：(?![…．.]+】)[^】]*】|\[To be completed: (?![….]+\])[^\]]*\]/g;

export const CODE_FONT = 'Consolas';

/** A run's text: line breaks and tabs as Word's own elements. */
function content(text: string): string {
  if (!text.includes('\n') && !text.includes('\t')) return text === '' ? '' : `<w:t xml:space="preserve">${esc(text)}</w:t>`;
  return text
    .split('\n')
    .map((line) => line.split('\t').map((piece) => (piece === '' ? '' : `<w:t xml:space="preserve">${esc(piece)}</w:t>`)).join('<w:tab/>'))
    .join('<w:br/>');
}

/** One run: its text with line breaks and tabs as Word's own elements. */
export function run(text: string, look: RunLook = {}, breakBefore = false): string {
  return runWith(runProperties(look), text, breakBefore);
}

function runWith(properties: string, text: string, breakBefore: boolean): string {
  return `<w:r>${properties}${breakBefore ? '<w:br/>' : ''}${content(text)}</w:r>`;
}

function spanLook(span: Span, slot: boolean): RunLook {
  return {
    ...(slot ? { style: 'Slot' } : span.link ? { style: 'Hyperlink' } : {}),
    ...(span.code ? { fonts: { ascii: CODE_FONT, hAnsi: CODE_FONT } } : {}),
    ...(span.bold ? { bold: true } : {}),
    ...(span.italic ? { italic: true } : {}),
    ...(span.strike ? { strike: true } : {}),
    ...(slot ? { highlight: 'yellow' } : {}),
  };
}

/** The run properties of a span's look: a handful of combinations of six flags, each written once. */
const properties = new Map<number, string>();
function spanProperties(span: Span, slot: boolean): string {
  const key = (slot ? 1 : 0) | (span.link ? 2 : 0) | (span.code ? 4 : 0) | (span.bold ? 8 : 0) | (span.italic ? 16 : 0) | (span.strike ? 32 : 0);
  let xml = properties.get(key);
  if (xml === undefined) {
    xml = runProperties(spanLook(span, slot));
    properties.set(key, xml);
  }
  return xml;
}

/** One span's runs: its text cut around slot placeholders. */
function spanRuns(span: Span): string {
  let out = '';
  let at = 0;
  let breakBefore = span.breakBefore === true;
  const add = (text: string, slot: boolean) => {
    if (text === '') return;
    out += runWith(spanProperties(span, slot), text, breakBefore);
    breakBefore = false;
  };
  // Only a text with a 【 or [ can hold a placeholder.
  if (span.text.includes('【') || span.text.includes('[')) {
    for (const m of span.text.matchAll(SLOT_PLACEHOLDER)) {
      add(span.text.slice(at, m.index), false);
      add(m[0], true);
      at = m.index + m[0].length;
    }
  }
  add(span.text.slice(at), false);
  if (breakBefore) out += run('', {}, true);
  return out;
}

export function runsOf(spans: readonly Span[], extra: { bold?: boolean } = {}): Inline[] {
  const out: Inline[] = [];
  for (const span of spans) {
    const runs = spanRuns(extra.bold ? { ...span, bold: true } : span);
    if (runs === '') continue;
    if (span.link) out.push({ link: span.link, runs });
    else out.push(runs);
  }
  return out;
}
