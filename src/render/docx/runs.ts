// Styled spans as docx runs: bold, italic, code, links; a slot's placeholder highlighted, so an officer
// finds every 【待补充：…】 at a glance (and with Find, by its highlight).
import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Span } from './field-markdown.js';

/** The placeholders of markers.ts, in both languages; not the form itself quoted in prose (`【待补充：……】`). */
export const SLOT_PLACEHOLDER = /【待补充：(?![…．.]+】)[^】]*】|\[To be completed: (?![….]+\])[^\]]*\]/g;

export const CODE_FONT = 'Consolas';

function textRun(span: Span, text: string, slot: boolean, breakBefore: boolean): TextRun {
  return new TextRun({
    text,
    ...(span.bold ? { bold: true } : {}),
    ...(span.italic ? { italics: true } : {}),
    ...(span.strike ? { strike: true } : {}),
    ...(span.code ? { font: { ascii: CODE_FONT, hAnsi: CODE_FONT } } : {}),
    ...(span.link ? { style: 'Hyperlink' } : {}),
    ...(slot ? { highlight: 'yellow', style: 'Slot' } : {}),
    ...(breakBefore ? { break: 1 } : {}),
  });
}

/** One span's runs: its text cut around slot placeholders. */
function spanRuns(span: Span): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  let breakBefore = span.breakBefore === true;
  const add = (text: string, slot: boolean) => {
    if (text === '') return;
    runs.push(textRun(span, text, slot, breakBefore));
    breakBefore = false;
  };
  for (const m of span.text.matchAll(SLOT_PLACEHOLDER)) {
    add(span.text.slice(at, m.index), false);
    add(m[0], true);
    at = m.index + m[0].length;
  }
  add(span.text.slice(at), false);
  return runs;
}

export function runsOf(spans: readonly Span[], extra: { bold?: boolean } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const span of spans) {
    const runs = spanRuns(extra.bold ? { ...span, bold: true } : span);
    if (span.link) out.push(new ExternalHyperlink({ link: span.link, children: runs }));
    else out.push(...runs);
  }
  return out;
}

/** Plain text as one run (fixed words, labels). */
export function plainRun(text: string, options: { bold?: boolean } = {}): TextRun {
  return new TextRun({ text, ...(options.bold ? { bold: true } : {}) });
}
