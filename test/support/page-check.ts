// The page rules of ../shared/TYPOGRAPHY.md (G2, H1, the guide as a document), checked on a tagged
// PDF's text and structure (see pdf-text.ts): the cover inside the margins, no heading, caption or
// checklist title last on a page, no orphan or widow, no short paragraph split, a table's header
// repeated on every page it spans, a chapter's last page with three lines or more, no .notdef glyph.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfText, TextLine } from './pdf-text.js';

export type PageRule = 'cover' | 'keep' | 'orphan' | 'widow' | 'split' | 'header' | 'chapter-end' | 'notdef';

export interface PageFinding {
  rule: PageRule;
  page: number; // 1-based
  text: string;
  detail?: string;
}

export interface PageCheckOptions {
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  /** First page (0-based) of the body; earlier pages are cover and contents. */
  firstBodyPage: number;
}

const KEEP = /^(?:H[1-6]?|Caption)$/;
const TOL = 0.5;
const CLOSE_FULL = /[、，。．；：！？”’）］｝】》〉」』〕〗]/u;
const OPEN_FULL = /[“‘（［｛【《〈「『〔〖]/u;

export function checkPages(pdf: PdfText, o: PageCheckOptions): PageFinding[] {
  const out: PageFinding[] = [];
  const content = pdf.lines.filter((l) => !l.artifact && l.page >= o.firstBodyPage);
  checkCover(pdf, o, out);
  checkKeeps(content, out);
  checkParagraphs(content, out);
  checkTableHeaders(pdf, content, out);
  checkChapterEnds(pdf, content, o, out);
  return out;
}

const finding = (rule: PageRule, l: TextLine, detail: string): PageFinding => ({ rule, page: l.page + 1, text: l.text, detail });
/** The element a line belongs to, the same on every page it spans. */
const idOf = (l: TextLine): unknown => l.element ?? l.block;

/** Every text of the cover, its ascent and descent included, lies inside the page margins. */
export function checkCover(pdf: PdfText, o: PageCheckOptions, out: PageFinding[] = []): PageFinding[] {
  const { width, height, margins: m } = o.page;
  for (const l of pdf.lines.filter((x) => x.page === 0)) {
    const bad: string[] = [];
    // An opening bracket at a line start loses its blank half (issue 20): its advance may start half an em early.
    const underhang = OPEN_FULL.test(l.text.trim().slice(0, 1)) ? l.size / 2 : 0;
    if (l.left + underhang < m.left - TOL) bad.push(`left ${l.left.toFixed(1)} < ${m.left}`);
    // P2: a full-width closing mark at a line end is set half-width; its advance's blank half may overhang.
    const overhang = CLOSE_FULL.test(l.text.trim().slice(-1)) ? l.size / 2 : 0;
    if (l.right - overhang > width - m.right + TOL) bad.push(`right ${l.right.toFixed(1)} > ${width - m.right}`);
    if (l.y - 0.12 * l.size < m.bottom - TOL) bad.push(`bottom ${(l.y - 0.12 * l.size).toFixed(1)} below the margin at ${m.bottom}`);
    if (l.y + 0.88 * l.size > height - m.top + TOL) bad.push(`top above the margin`);
    if (bad.length) out.push(finding('cover', l, bad.join('; ')));
  }
  return out;
}

/** H1: a heading, caption or checklist title has the next two lines of what follows on its page. */
export function checkKeeps(content: TextLine[], out: PageFinding[] = []): PageFinding[] {
  content.forEach((l, i) => {
    if (!KEEP.test(l.role ?? '')) return;
    const rest = content.slice(i + 1).filter((x) => idOf(x) !== idOf(l));
    if (rest.length === 0) return;
    const next = rest.filter((x) => !KEEP.test(x.role ?? '')).slice(0, 2);
    if (rest[0].page !== l.page) out.push(finding('keep', l, `${l.role} is the last line of its page`));
    else if (next.some((x) => x.page !== l.page)) out.push(finding('keep', l, `${l.role} is not kept with the next two lines`));
  });
  return out;
}

/** G2: no paragraph's first line alone at a page foot, nor its last alone at a page top; ≤ 3 lines never split. */
export function checkParagraphs(content: TextLine[], out: PageFinding[] = []): PageFinding[] {
  const paragraphs = new Map<unknown, TextLine[]>();
  for (const l of content) {
    if (l.role !== 'P' || idOf(l) === undefined) continue;
    const list = paragraphs.get(idOf(l));
    if (list) list.push(l);
    else paragraphs.set(idOf(l), [l]);
  }
  for (const lines of paragraphs.values()) {
    const first = lines[0].page;
    const last = lines[lines.length - 1].page;
    if (first === last) continue;
    if (lines.length <= 3) out.push(finding('split', lines[0], `a paragraph of ${lines.length} lines split across pages`));
    else if (lines.filter((l) => l.page === first).length === 1) out.push(finding('orphan', lines[0], "孤行: a paragraph's first line alone at a page foot"));
    else if (lines.filter((l) => l.page === last).length === 1) out.push(finding('widow', lines[lines.length - 1], "孤行: a paragraph's last line alone at a page top"));
  }
  return out;
}

/** A table's header row is repeated (as an artifact) above its rows on every page after its first. */
export function checkTableHeaders(pdf: PdfText, content: TextLine[], out: PageFinding[] = []): PageFinding[] {
  const tables = new Map<number, TextLine[]>();
  for (const l of content) if (l.table !== undefined) tables.set(l.table, [...(tables.get(l.table) ?? []), l]);
  for (const lines of tables.values()) {
    const head = lines.find((l) => l.role === 'TH');
    if (!head) continue;
    const pages = [...new Set(lines.map((l) => l.page))].filter((p) => p !== head.page);
    for (const p of pages) {
      const top = Math.max(...lines.filter((l) => l.page === p).map((l) => l.y));
      const repeated = pdf.lines.some((l) => l.page === p && l.artifact && l.text.includes(head.text) && l.y > top);
      if (!repeated) out.push({ rule: 'header', page: p + 1, text: head.text, detail: 'the table continues without its header row' });
    }
  }
  return out;
}

/** A chapter that runs onto a new page has three lines or more there (a repeated table header counts; the running header and footer do not). */
export function checkChapterEnds(pdf: PdfText, content: TextLine[], o: PageCheckOptions, out: PageFinding[] = []): PageFinding[] {
  const chapters = content.filter((l, i) => l.role === 'H1' && content[i - 1]?.block !== l.block);
  const inside = (l: TextLine) => l.y > o.page.margins.bottom && l.y < o.page.height - o.page.margins.top;
  chapters.forEach((h, k) => {
    const end = chapters[k + 1] ? chapters[k + 1].page - 1 : Math.max(...content.map((l) => l.page));
    if (end <= h.page) return;
    const last = pdf.lines.filter((l) => l.page === end && (!l.artifact || inside(l)));
    if (last.length < 3) out.push(finding('chapter-end', last[0] ?? h, `the chapter's last page holds ${last.length} line(s)`));
  });
  return out;
}

/** Glyphs drawn with code 0 (.notdef: the font had no glyph for a character) in any font. */
export async function notdefGlyphs(bytes: Uint8Array): Promise<PageFinding[]> {
  const out: PageFinding[] = [];
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  for (let p = 1; p <= pdf.numPages; p++) {
    const ops = await (await pdf.getPage(p)).getOperatorList();
    ops.fnArray.forEach((fn, k) => {
      if (fn !== OPS.showText) return;
      const glyphs = ops.argsArray[k][0] as ({ originalCharCode?: number; unicode?: string } | number)[];
      const bad = glyphs.filter((g) => typeof g === 'object' && g !== null && g.originalCharCode === 0);
      if (bad.length) out.push({ rule: 'notdef', page: p, text: bad.map((g) => (typeof g === 'object' ? g.unicode ?? '' : '')).join(''), detail: `${bad.length} .notdef glyph(s)` });
    });
  }
  await pdf.destroy();
  return out;
}
