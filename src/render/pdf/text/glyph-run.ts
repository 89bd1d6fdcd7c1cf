// Writes a composed line as a single BT…ET block with TJ glyph runs into the page's content (addContent),
// so each glyph sits exactly where the composer put it. pdfkit's text() would re-run OpenType layout on
// every call and can only stretch spaces. The fonts are ours (embedded-font.ts): their subsets, widths
// and ToUnicode maps (copyable text, C1) are written when the document is finished (`finish`).
import { isHanLike, Kind } from './chars.js';
import { EmbeddedFont } from './embedded-font.js';
import type { Face } from './fonts.js';
import type { PlacedLine } from './justify.js';
import type { Shaped } from './shape.js';

/** The parts of pdfkit's document the writer uses (its public API; `structParent` is missing from @types/pdfkit). */
interface PdfDocument {
  page: { height: number; fonts: Record<string, unknown> };
  ref(data?: object): { end(chunk?: Uint8Array | string): void };
  addContent(s: string | Uint8Array): unknown;
  // `structParent` (pdfkit ≥ 0.15, missing from @types/pdfkit) puts the annotation into a structure
  // element as an OBJR and gives it its /StructParent.
  link(x: number, y: number, w: number, h: number, url: string, options?: { structParent?: object; Contents?: string }): unknown;
  goTo(x: number, y: number, w: number, h: number, name: string, options?: { structParent?: object; Contents?: string }): unknown;
}

/** Tagged PDF around the runs of a line (the Tagger): plain text, and linked text as Link elements. */
export interface TextMarking {
  /** The language of the element the text belongs to (`zh-CN`, `en`); undefined for untagged text.
   * Words in the other language inside it are marked `/Span << /Lang … >>` (PDF/UA 7.2). */
  language(): string | undefined;
  /** Before glyphs outside links: they are marked as content of the element being written. */
  text(): void;
  /** Before a linked run: marks it as a Link element's content (`continues`: the run starts the line,
   * so it may continue the link the previous line ended with). */
  enterLink(href: string, continues: boolean): void;
  /** After a linked run: `annotate` adds its annotation, given the Link element (undefined when the
   * text is not tagged); `open`: the run reaches the line end, so the next line may continue it. */
  leaveLink(open: boolean, annotate: (structParent: object | undefined) => void): void;
}

/**
 * Rounds for the content stream: 3 decimals, no exponent, no `-0`, no trailing zeros — what
 * String(Math.round(v * 1000) / 1000) gives, written from integers (a content stream holds hundreds
 * of thousands of numbers, and printing a fraction is the slow part of number-to-string).
 */
export function num(v: number): string {
  const k = Math.round(v * 1000);
  if (k === 0) return '0';
  const a = k < 0 ? -k : k;
  const whole = Math.floor(a / 1000);
  let frac = a - whole * 1000;
  let out = k < 0 ? `-${whole}` : String(whole);
  if (frac === 0) return out;
  let digits = 3;
  while (frac % 10 === 0) {
    frac /= 10;
    digits--;
  }
  out += '.';
  for (let d = String(frac).length; d < digits; d++) out += '0';
  return out + frac;
}

export function rgb(hex: string): string {
  const v = parseInt(hex.slice(1), 16);
  return `${num(((v >> 16) & 255) / 255)} ${num(((v >> 8) & 255) / 255)} ${num((v & 255) / 255)}`;
}

export class GlyphWriter {
  private readonly doc: PdfDocument;
  private readonly fonts = new Map<Face, EmbeddedFont>();
  /** Tagging around runs; without it text is written untagged (the caller marks it). */
  marking: TextMarking | undefined;

  constructor(doc: PDFKit.PDFDocument, marking?: TextMarking) {
    this.doc = doc as unknown as PdfDocument;
    this.marking = marking;
  }

  private embedded(face: Face): EmbeddedFont {
    let f = this.fonts.get(face);
    if (!f) {
      f = new EmbeddedFont((data) => this.doc.ref(data), face, `AG${this.fonts.size + 1}`);
      this.fonts.set(face, f);
    }
    return f;
  }

  /** Writes the fonts used into the document: call once, before the document ends. */
  finish(): void {
    for (const f of this.fonts.values()) f.embed();
  }

  /**
   * Draws a line whose left edge is at `left` and baseline at `baseline` (pdfkit's top-down
   * coordinates). A line with links is written as one text object per run, so that each linked run
   * is marked content of its own (a marked-content sequence never straddles a text object).
   */
  line(s: Shaped, line: PlacedLine, left: number, baseline: number): void {
    const { start, end } = line;
    const marking = this.marking;
    let i = start;
    while (i < end) {
      const link = s.styles[s.styleOf[i]].link;
      let j = i + 1;
      while (j < end && s.styles[s.styleOf[j]].link === link) j++;
      if (!marking && j < end) j = end; // untagged: links only add annotations, one text object
      if (marking && !hasInk(s, i, j)) {
        // Spaces between two links: nothing to draw or to mark.
      } else if (link && marking) {
        marking.enterLink(link, i === start);
        this.run(s, line, i, j, left, baseline);
        const [from, to] = [i, j];
        marking.leaveLink(j === end, (el) => this.annotate(s, line, from, to, link, left, baseline, el));
      } else {
        marking?.text();
        this.run(s, line, i, j, left, baseline);
        if (!marking) this.links(s, line, i, j, left, baseline);
      }
      i = j;
    }
  }

  /** Characters [from, to) of a line as one BT…ET text object with TJ glyph runs. */
  private run(s: Shaped, line: PlacedLine, from: number, to: number, left: number, baseline: number): void {
    const { start, end, xs } = line;
    const size = s.size;
    const k = 1000 / size;
    const doc = this.doc;
    const x0 = xs[from - start];
    const out: string[] = [`q 1 0 0 -1 0 ${num(doc.page.height)} cm BT 1 0 0 1 ${num(left + x0)} ${num(doc.page.height - baseline)} Tm`];
    let face: Face | undefined;
    let font: EmbeddedFont | undefined;
    let color = '';
    let pen = x0;
    // One TJ array per run: hex strings of consecutive glyphs, a number where the pen must move.
    let tj = '';
    let hex = '';
    const endHex = () => {
      if (hex) tj += `<${hex}>`;
      hex = '';
    };
    const flush = () => {
      endHex();
      if (tj) out.push(`[${tj}] TJ`);
      tj = '';
    };
    // A justified Chinese line stretches every gap between its characters by the same amount: say it
    // once as character spacing (Tc, added after every glyph), and only the other gaps need numbers.
    // The pen follows what a reader computes from the written value, so nothing drifts.
    // Only for a run in one face: pdf.js's text extraction counts Tc once more where a run changes
    // font, so a line with Latin (another face) would seem to reach past the measure.
    const tc = line.inter > 0.0005 && oneFace(s, from, to) ? Math.round(line.inter * 1e5) / 1e5 : 0;
    if (tc) out.push(`${tc} Tc`);
    // Words in the other language than the element's: each inside a /Span with its /Lang.
    const spans = otherLanguage(s, from, to, this.marking?.language());
    let span = 0;
    let inSpan = false;
    for (let i = from; i < to; i++) {
      const kind = s.kinds[i] as Kind;
      if (inSpan && i === spans[span - 1]) {
        flush();
        out.push('EMC');
        inSpan = false;
      }
      if (kind === Kind.Space) continue;
      if (span < spans.length && i === spans[span]) {
        flush();
        out.push(`/Span <</Lang (${spans.lang})>> BDC`);
        inSpan = true;
        span += 2;
      }
      const style = s.styles[s.styleOf[i]];
      if (style.face !== face) {
        flush();
        face = style.face;
        font = this.embedded(face);
        doc.page.fonts[font.id] = font.ref;
        out.push(`/${font.id} ${num(size)} Tf`);
      }
      if (style.color !== color) {
        flush();
        color = style.color;
        out.push(`${rgb(color)} rg`);
      }
      const x = xs[i - start];
      const shift = (pen - x) * k;
      if (Math.abs(shift) > 0.05) {
        endHex();
        tj += `${num(shift)} `;
      }
      hex += font!.hex(s.cps[i]);
      pen = x + s.adv[i] + tc;
    }
    if (to === end && line.hyphen > 0 && face) {
      // A hyphenation point: the hyphen, as U+00AD so that copied text joins the word (ISO 32000 14.8.2.2.3).
      const x = xs[end - 1 - start] + s.adv[end - 1];
      const shift = (pen - x) * k;
      if (Math.abs(shift) > 0.05) {
        endHex();
        tj += `${num(shift)} `;
      }
      hex += font!.hex(SOFT_HYPHEN);
      pen = x + line.hyphen + tc;
    }
    // Bring the pen back to the line's ink end (after a P2 half-width mark).
    const back = to === end ? (pen - line.right) * k : 0;
    if (Math.abs(back) > 0.05) {
      endHex();
      tj += num(back);
    }
    flush();
    if (inSpan) out.push('EMC');
    out.push('ET Q');
    // As bytes: pdfkit turns a string into bytes one character at a time in JavaScript (and appends
    // the newline); Buffer does the same natively. The stream is the same.
    doc.addContent(Buffer.from(out.join('\n') + '\n', 'latin1'));
  }

  /** Link annotations over the runs of linked text among characters [from, to) of a line. */
  private links(s: Shaped, line: PlacedLine, from: number, to: number, left: number, baseline: number): void {
    let i = from;
    while (i < to) {
      const link = s.styles[s.styleOf[i]].link;
      if (!link) {
        i++;
        continue;
      }
      let j = i;
      while (j < to && s.styles[s.styleOf[j]].link === link) j++;
      this.annotate(s, line, i, j, link, left, baseline);
      i = j;
    }
  }

  /** One link annotation over characters [i, j) of a line; inside `structParent` (a Link element) when tagged. */
  private annotate(s: Shaped, line: PlacedLine, i: number, j: number, link: string, left: number, baseline: number, structParent?: object): void {
    const x0 = left + line.xs[i - line.start];
    const x1 = left + line.xs[j - 1 - line.start] + s.adv[j - 1];
    const top = baseline - s.size * 0.95;
    const h = s.size * 1.25;
    // A tagged link annotation describes itself (PDF/UA): its text.
    const options = structParent ? { structParent, Contents: new String(s.text.slice(s.offsets[i], j < s.n ? s.offsets[j] : undefined)) as unknown as string } : undefined;
    if (link.startsWith('#')) this.doc.goTo(x0, top, x1 - x0, h, link.slice(1), options);
    else this.doc.link(x0, top, x1 - x0, h, link, options);
  }
}

const SOFT_HYPHEN = 0xad;

function oneFace(s: Shaped, from: number, to: number): boolean {
  const face = s.styles[s.styleOf[from]].face;
  for (let i = from + 1; i < to; i++) if (s.kinds[i] !== Kind.Space && s.styles[s.styleOf[i]].face !== face) return false;
  return true;
}

/** Words of a language other than `lang` among characters [from, to): (start, end) pairs of
 * character indices, from the first to one past the last letter of that language (spaces, digits and
 * punctuation between them join them), with that language; none when `lang` is undefined. */
function otherLanguage(s: Shaped, from: number, to: number, lang: string | undefined): number[] & { lang?: string } {
  const out: number[] & { lang?: string } = [];
  if (!lang) return out;
  const english = lang.startsWith('en');
  out.lang = english ? 'zh-CN' : 'en';
  // +1: a letter of the other language, -1: of the element's own, 0: neither (spaces, digits, punctuation).
  const side = (i: number) => {
    const script = scriptOf(s, i);
    return script === 0 ? 0 : (script === 1) === english ? 1 : -1;
  };
  let start = -1;
  let last = -1;
  for (let i = from; i < to; i++) {
    const v = side(i);
    if (v === 1) {
      if (start < 0) start = i;
      last = i;
    } else if (v === -1 && start >= 0) {
      out.push(start, last + 1);
      start = -1;
    }
  }
  if (start >= 0) out.push(start, last + 1);
  return out;
}

/** 1: a Han character (or kana, or a full-width mark), 2: a Latin letter, 0: anything else. */
function scriptOf(s: Shaped, i: number): number {
  const cp = s.cps[i];
  const kind = s.kinds[i] as Kind;
  if (isHanLike(cp) || ((kind === Kind.Open || kind === Kind.Close || kind === Kind.Middle) && s.adv[i] >= s.size * 0.99)) return 1;
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp < 0x250 && cp !== 0xd7 && cp !== 0xf7)) return 2;
  return 0;
}

function hasInk(s: Shaped, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.kinds[i] !== Kind.Space) return true;
  return false;
}
