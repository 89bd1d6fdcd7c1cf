// English text in the PDF: which paragraphs are English (an English edition's, or a bilingual
// edition's paragraphs without Han characters), their curly quotes and hyphenation points, and the
// English edition's page: body size, leading and a text block of about `english.measure`
// characters (the page's side margins grow to narrow the measure).
import type { Inline } from './document/blocks.js';
import type { PdfLang } from './document/words.js';
import type { Face } from './text/fonts.js';
import { hyphenateEnglish } from './text/hyphenate.js';
import { curlyQuotes } from './text/quotes.js';
import type { Theme } from './theme.js';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LATIN = /[A-Za-z]/g;

/** Is this text set by the English rules? All of an English edition's; a bilingual edition's where Latin letters outnumber Han characters. */
export function isEnglish(lang: PdfLang, inlines: readonly Inline[]): boolean {
  if (lang !== 'bilingual') return lang === 'en';
  let latin = 0;
  let han = 0;
  for (const i of inlines) {
    latin += i.text.match(LATIN)?.length ?? 0;
    han += i.text.match(HAN)?.length ?? 0;
  }
  return latin > han;
}

/** English inline text as it is set: curly quotes, and (for justified text) hyphenation points. Code is left alone. */
export function englishInlines(inlines: readonly Inline[], hyphenate: boolean): Inline[] {
  let before = '';
  return inlines.map((inl) => {
    if (inl.code) {
      before = inl.text.slice(-1);
      return inl;
    }
    let text = curlyQuotes(inl.text, before);
    before = inl.text.slice(-1) || before;
    if (hyphenate && !inl.link?.match(/^[a-z]+:/)) text = hyphenateEnglish(text);
    return text === inl.text ? inl : { ...inl, text };
  });
}

// Running English text, for the average width of a character (spaces included).
const SAMPLE = 'Apprenticeships combine structured on-the-job learning with off-the-job training; the enterprise, the learner and the training provider each have a role.';

/** The width of a line of about `english.measure` characters of running English at `size`, in points. */
export function englishMeasure(theme: Theme, face: Face, size: number): number {
  let width = 0;
  for (const ch of SAMPLE) width += Math.max(0, face.advance(ch.codePointAt(0)!));
  return (width / SAMPLE.length) * size * theme.english.measure;
}

/** The English edition's theme: body size and leading, and side margins widened so that a line holds about `english.measure` characters. */
export function englishTheme(theme: Theme, face: Face): Theme {
  const { body, lineHeight } = theme.english;
  const wanted = englishMeasure(theme, face, body);
  const { margins } = theme.page;
  const current = theme.page.width - margins.left - margins.right;
  const extra = Math.max(0, (current - wanted) / 2);
  return {
    ...theme,
    page: { ...theme.page, margins: { ...margins, left: margins.left + extra, right: margins.right + extra } },
    sizes: { ...theme.sizes, body, lineHeight },
  };
}
