// The typography checker: the rules of ../shared/TYPOGRAPHY.md, checked on a PDF's extracted text
// and geometry alone (see pdf-text.ts). Each finding names the rule, the page and the line.
import type { PdfText, TextLine } from './pdf-text.js';

export type Rule = 'L1' | 'L2' | 'L3' | 'J1' | 'G2' | 'widow' | 'H1' | 'C1' | 'footer' | 'toc' | 'text';

export interface Finding {
  rule: Rule;
  page: number; // 1-based, as a reader counts
  text: string;
  detail?: string;
}

export interface CheckOptions {
  /** Body text size: lines of this size (and not artifacts) are body text. */
  bodySize: number;
  /** x of the measure's right end(s) that justified lines must reach (±tolerance). */
  rights: number[];
  /** x where a paragraph's indented first line starts (G1 indent style): a line starting here begins a paragraph. */
  indents?: number[];
  /** First page (0-based) of the body; earlier pages are cover and contents. */
  firstBodyPage: number;
  lang?: 'zh' | 'en';
  tolerance?: number;
  /** The expected text in reading order (whitespace is ignored in the comparison). */
  expectedText?: string;
  /** The source (e.g. the Markdown), for C1 only: a space it has between two Han characters is not fake. */
  sourceText?: string;
  /** Where a line's glyphs end, read from the content stream (glyph-check.ts), when known: pdf.js's
   * extracted text leaves out a line-end soft hyphen and may count character spacing twice. */
  inkRight?: (l: TextLine) => number | undefined;
}

const L1 = new Set([...'、，。．；：！？”’）］｝】》〉」』〕〗·‧％']);
const L2 = new Set([...'“‘（［｛【《〈「『〔〖']);
const CLOSE_FULL = new Set([...'、，。．；：！？”’）］｝】》〉」』〕〗']);
const HAN = /\p{Script=Han}/u;
const TRAILING_PUNCT = /[、，。．；：！？”’）］｝】》〉」』〕〗·‧]+$/u;

// Body text: paragraphs at the body size (tagged P, or untagged), after the cover and contents.
const isBody = (l: TextLine, o: CheckOptions) => !l.artifact && Math.abs(l.size - o.bodySize) < 0.05 && l.page >= o.firstBodyPage && (l.role === undefined || l.role === 'P');

export function checkTypography(pdf: PdfText, o: CheckOptions): Finding[] {
  const out: Finding[] = [];
  const tol = o.tolerance ?? 0.5;
  const content = pdf.lines.filter((l) => !l.artifact && l.page >= o.firstBodyPage);
  const at = (rule: Rule, l: TextLine, detail?: string) => out.push({ rule, page: l.page + 1, text: l.text, ...(detail ? { detail } : {}) });

  // L1, L2, L3 on every content line.
  content.forEach((l, i) => {
    const t = l.text.trim();
    if (!t) return;
    if (L1.has(t[0])) at('L1', l, `starts with ${t[0]}`);
    if (L2.has(t[t.length - 1])) at('L2', l, `ends with ${t[t.length - 1]}`);
    const prev = content[i - 1]?.text.trim();
    if (prev && ((prev.endsWith('—') && t.startsWith('—')) || (prev.endsWith('…') && t.startsWith('…')))) {
      if (countTail(prev, prev[prev.length - 1]) % 2 === 1) at('L3', l, 'a —— or …… split across lines');
    }
  });

  // J1, G2 and widows on body lines: a line is a paragraph's non-final line when the next body
  // line continues it. In a tagged PDF the structure says so: both lines belong to the same
  // paragraph element, on one page or across a page break. Untagged, geometry decides (same left
  // edge, or this line is the first one, indented by 2 em).
  const body = pdf.lines.filter((l) => isBody(l, o));
  const em = o.bodySize;
  const startsParagraph = (x: number) => (o.indents ?? []).some((ix) => Math.abs(ix - x) < 0.5);
  // A list item (bullet, number or checkbox text) starts a paragraph of its own.
  const LIST_MARK = /^\s*(?:[•◦▪‣·]|\d+[.)、]|[（(]\d+[）)])\s/u;
  const continues = body.map((l, i) => {
    const next = body[i + 1];
    if (!next) return false;
    if (l.element !== undefined && next.element !== undefined) return l.element === next.element;
    if (next.page === l.page && l.block && next.block) return l.block === next.block;
    if (LIST_MARK.test(next.text)) return false;
    return (
      next.page - l.page <= 1 &&
      !startsParagraph(next.left) &&
      (Math.abs(next.left - l.left) < 0.5 || (startsParagraph(l.left) && Math.abs(l.left - 2 * em - next.left) < 0.5))
    );
  });
  body.forEach((l, i) => {
    if (continues[i]) {
      // P2: a closing mark at the line end is set half-width: its advance overhangs the measure by ½ em.
      // In English text ’ and ” are Latin (proportional) marks: no overhang.
      const last = l.text.trim().slice(-1);
      const overhang = CLOSE_FULL.has(last) && !(o.lang === 'en' && (last === '’' || last === '”')) ? l.size / 2 : 0;
      const right = o.inkRight?.(l) ?? l.right;
      if (!o.rights.some((r) => Math.abs(right - overhang - r) <= tol)) at('J1', l, `ends at ${right.toFixed(2)}, measure ends at ${o.rights.map((r) => r.toFixed(2)).join(' or ')}`);
      return;
    }
    const core = l.text.trim().replace(TRAILING_PUNCT, '');
    if ([...core].length === 1 && HAN.test(core) && i > 0 && continues[i - 1]) at('G2', l, '孤字: one character alone on the last line');
    if (i > 0 && continues[i - 1] && body[i - 1].page === l.page - 1) at('widow', l, "孤行: a paragraph's last line alone at the top of a page");
  });

  // H1: a heading is never the last line of a page: two lines of text follow it on its page.
  content.forEach((l, i) => {
    if (l.size <= o.bodySize * 1.05) return;
    const after = content.slice(i + 1, i + 3);
    const isHeading = (x: TextLine) => x.size > o.bodySize * 1.05;
    if (after.length === 0) return;
    if (after[0].page !== l.page || (!isHeading(after[0]) && after.length > 1 && !isHeading(after[1]) && after[1].page !== l.page)) at('H1', l, 'heading not kept with the next two lines');
  });

  // C1: no fake spaces between Han characters (a space the source has between them is fine).
  const source = o.expectedText ?? o.sourceText;
  for (const l of content) {
    for (const m of l.text.matchAll(/(\p{Script=Han})\s+(?=(\p{Script=Han}))/gu)) {
      if (source === undefined || !new RegExp(`${m[1]}\\s+${m[2]}`, 'u').test(source)) {
        at('C1', l, `space between ${m[1]} and ${m[2]}`);
        break;
      }
    }
  }

  checkFooters(pdf, o, out);
  checkToc(pdf, o, out);
  if (o.expectedText !== undefined) {
    const got = content.map((l) => l.text).join('').replace(/\s+/g, '');
    const want = o.expectedText.replace(/\s+/g, '');
    if (got !== want) {
      let k = 0;
      while (k < got.length && got[k] === want[k]) k++;
      out.push({ rule: 'text', page: 0, text: got.slice(Math.max(0, k - 10), k + 20), detail: `differs from the Markdown at ${k}: expected «${want.slice(Math.max(0, k - 10), k + 20)}»` });
    }
  }
  return out;
}

function countTail(s: string, ch: string): number {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === ch; i--) n++;
  return n;
}


/** Every page from 2 on carries `第 N 页 共 M 页` (or `Page N of M`) as an artifact; the cover none. */
function checkFooters(pdf: PdfText, o: CheckOptions, out: Finding[]): void {
  for (let p = 0; p < pdf.pages; p++) {
    const furniture = pdf.lines.filter((l) => l.page === p && l.artifact).map((l) => l.text.replace(/\s+/g, ''));
    const want = o.lang === 'en' ? `Pageof`.replace('of', `${p + 1}of${pdf.pages}`) : `第${p + 1}页共${pdf.pages}页`;
    const has = furniture.some((t) => t === want);
    if (p === 0 && furniture.some((t) => /^第\d+页共\d+页$|^Page\d+of\d+$/.test(t))) out.push({ rule: 'footer', page: 1, text: '', detail: 'the cover has a page footer' });
    if (p > 0 && !has) out.push({ rule: 'footer', page: p + 1, text: furniture.join(' | '), detail: `no footer «${want}»` });
  }
}

/** Lines of one structure element (a wrapped TOC entry or heading) joined into one. */
function joinWrapped(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && l.block && prev.block === l.block) out[out.length - 1] = { ...prev, text: prev.text + l.text };
    else out.push(l);
  }
  return out;
}

/** Each TOC entry's page number is the page its heading is on. */
function checkToc(pdf: PdfText, o: CheckOptions, out: Finding[]): void {
  const tocLines = joinWrapped(pdf.lines.filter((l) => !l.artifact && l.page > 0 && l.page < o.firstBodyPage));
  const headings = joinWrapped(pdf.lines.filter((l) => !l.artifact && l.page >= o.firstBodyPage && l.size > o.bodySize * 1.05));
  for (const l of tocLines) {
    const m = /^(.*?)\s*(\d+)$/.exec(l.text.trim());
    if (!m || !m[1]) continue;
    // A bilingual entry "zh / en" is set as its heading's two lines, zh then en.
    const title = m[1].replace(/\s+|\//g, '');
    const target = Number(m[2]) - 1;
    const found = headings.filter((h) => h.text.replace(/\s+|\//g, '') === title);
    if (found.length === 0) out.push({ rule: 'toc', page: l.page + 1, text: l.text, detail: 'no heading with this text' });
    else if (!found.some((h) => h.page === target)) out.push({ rule: 'toc', page: l.page + 1, text: l.text, detail: `heading is on page ${found.map((h) => h.page + 1).join(', ')}` });
  }
}
