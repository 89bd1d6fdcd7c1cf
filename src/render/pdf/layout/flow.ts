// The page flow: where the next line goes, page breaks, indentation, and boxes (callouts, quotes)
// whose tinted background is drawn per page segment, so a box may cross a page break.
import type { DiagnosticBag } from '../../../diagnostics/diagnostic.js';
import type { Theme } from '../theme.js';
import type { Faces } from '../text/fonts.js';
import { GlyphWriter, num, rgb } from '../text/glyph-run.js';
import type { TextStyle } from '../text/shape.js';
import { Tagger } from './tagger.js';

export interface HeadingRecord {
  level: number;
  text: string;
  slug: string;
  /** 0-based physical page index. */
  page: number;
  y: number;
}

export interface Box {
  fill: string;
  bar: string;
  left: number;
  right: number;
  /** Where the box's segment on the current page starts. */
  startY: number;
  /** A callout (padded box): text continued on a new page starts a padding below the tint's top. */
  padded?: boolean;
}

/** Padding above a callout's text where it continues on a new page (matches the padding above its title). */
const BOX_TOP_PADDING = 6;

export interface RenderContext {
  doc: PDFKit.PDFDocument;
  theme: Theme;
  faces: Faces;
  writer: GlyphWriter;
  tagger: Tagger;
  bag: DiagnosticBag;
  file?: string;
  lang: 'zh' | 'en' | 'bilingual';
  baseDir: string;
  allowedRoot: string;
  headings: HeadingRecord[];
  /** Code points the font lacks, with the first Markdown line that used them. */
  missing: Map<number, number>;
  /** The Markdown line being laid out (for diagnostics). */
  line: number;
  /** One style object per combination; `italic`: Latin letters in the italic face (E1); `english`: quotes and dashes in the Latin face;
   * `strong`: strong text inside running text (Latin letters in the Latin companion's bold). */
  style(bold: boolean, color: string, link?: string, italic?: boolean, english?: boolean, strong?: boolean): TextStyle;
  onMissing: (cp: number) => void;
}

/** The narrowest column nesting (lists in lists, boxes in boxes) may leave, in points. */
const MIN_MEASURE = 120;

export class Flow {
  readonly ctx: RenderContext;
  y = 0;
  page = -1;
  left: number;
  right: number;
  readonly top: number;
  /** The bottom margin of a full page. */
  readonly pageBottom: number;
  /** Points taken off the foot of given pages (0-based), so that a chapter's last page gets three lines. */
  private readonly shortBy: ReadonlyMap<number, number>;
  private currentBottom: number;
  /** Chapters whose last page holds fewer than three lines: the page before it → the points it should give. */
  readonly shortEnds = new Map<number, number>();
  private chapterPage = -1;
  /** Where the content of each finished page ended. */
  private readonly pageEnds = new Map<number, number>();
  private readonly boxes: Box[] = [];
  /** Draws a list marker beside the next line placed (set by lists, taken by the first line). */
  pendingMarker: ((baseline: number) => void) | null = null;

  /** Draws the list marker waiting for its item's first line, level with `baseline`: text lines call it, and
   * so do blocks with no first line of body text (a table's first row, an image's top, a rule). */
  placeMarker(baseline: number): void {
    const draw = this.pendingMarker;
    if (!draw) return;
    this.pendingMarker = null;
    draw(baseline);
  }

  /** A list marker is still waiting for a line (its item had nothing that placed it). */
  get markerPending(): boolean {
    return this.pendingMarker !== null;
  }

  /** Vertical space owed before the next block; dropped at a page top. */
  private owed = 0;

  constructor(ctx: RenderContext, shortBy: ReadonlyMap<number, number> = new Map()) {
    this.ctx = ctx;
    const { page } = ctx.theme;
    this.top = page.margins.top;
    this.pageBottom = page.height - page.margins.bottom;
    this.currentBottom = this.pageBottom;
    this.shortBy = shortBy;
    this.left = page.margins.left;
    this.right = page.width - page.margins.right;
  }

  /** Where content must end on the current page. */
  get bottom(): number {
    return this.currentBottom;
  }

  /** A level-1 heading: a chapter starts on a new page; the one before is checked for a short last page. */
  startChapter(): void {
    this.endChapter();
    if (!this.atPageTop) this.newPage();
    this.chapterPage = this.page;
  }

  /** A chapter that ran onto a page holding less than three lines: the page before should give it some. */
  endChapter(): void {
    if (this.chapterPage < 0 || this.page <= this.chapterPage) return;
    const { body, lineHeight } = this.ctx.theme.sizes;
    const want = 3 * body * lineHeight;
    const used = this.y - this.pageTop;
    // The page before must end that much higher than where its content ended (not its margin).
    const free = this.pageBottom - (this.pageEnds.get(this.page - 1) ?? this.pageBottom);
    if (used > 0 && used < want - 0.5) this.shortEnds.set(this.page - 1, free + want - used + 1);
  }

  get width(): number {
    return this.right - this.left;
  }

  /** Where content starts on the current page: below the top margin, and below the padding of a box continued from the page before. */
  private pageTop = 0;

  get atPageTop(): boolean {
    return this.y <= this.pageTop + 0.01;
  }

  newPage(): void {
    if (this.page >= 0) this.closeBoxSegments();
    this.pageEnds.set(this.page, this.y);
    this.ctx.tagger.pageBreak();
    this.ctx.doc.addPage();
    this.page++;
    this.y = this.top;
    this.currentBottom = this.pageBottom - (this.shortBy.get(this.page) ?? 0);
    this.owed = 0;
    for (const b of this.boxes) b.startY = this.y;
    // A box continued from the page before: its tint starts at the margin, its text a padding below.
    if (this.boxes.some((b) => b.padded)) this.y += BOX_TOP_PADDING;
    this.pageTop = this.y;
  }

  /** Space between blocks: collapses with the previous space and vanishes at the top of a page. */
  space(h: number): void {
    this.owed = Math.max(this.owed, h);
  }

  /** Applies owed space; breaks the page when `need` more points do not fit. */
  reserve(need: number): void {
    if (!this.atPageTop && this.y + this.owed + need > this.bottom + 0.01) this.newPage();
    if (!this.atPageTop) this.y += this.owed;
    this.owed = 0;
  }

  room(): number {
    return this.bottom - this.y - (this.atPageTop ? 0 : this.owed);
  }

  /** Narrows the column for nested content; deep nesting stops narrowing at MIN_MEASURE. */
  indent(left: number, right: number, body: () => void): void {
    const room = Math.max(0, this.width - MIN_MEASURE);
    const l = Math.min(left, room);
    const r = Math.min(right, room - l);
    this.left += l;
    this.right -= r;
    try {
      body();
    } finally {
      this.left -= l;
      this.right += r;
    }
  }

  openBox(box: Omit<Box, 'startY'>): void {
    this.boxes.push({ ...box, startY: this.y });
  }

  closeBox(): void {
    const b = this.boxes.pop();
    if (b) this.drawBox(b, this.y);
  }

  private closeBoxSegments(): void {
    for (const b of this.boxes) this.drawBox(b, this.bottom);
  }

  /** The tint is multiplied over what is already drawn, so text drawn first stays on top of it. */
  private drawBox(b: Box, endY: number): void {
    if (endY - b.startY < 0.5) return;
    const doc = this.ctx.doc as unknown as { page: { height: number; ext_gstates: Record<string, unknown> }; ref(d: object): { end(): void }; addContent(s: string): void };
    const h = doc.page.height;
    this.ctx.tagger.artifact(() => {
      let gs = multiplyState.get(this.ctx.doc);
      if (!gs) {
        gs = doc.ref({ Type: 'ExtGState', BM: 'Multiply' });
        gs.end();
        multiplyState.set(this.ctx.doc, gs);
      }
      doc.page.ext_gstates.GsMul = gs;
      const rect = (x: number, y0: number, w: number, y1: number) => `${num(x)} ${num(h - y1)} ${num(w)} ${num(y1 - y0)} re f`;
      doc.addContent(
        `q 1 0 0 -1 0 ${num(h)} cm /GsMul gs ${rgb(b.fill)} rg ${rect(b.left, b.startY, b.right - b.left, endY)} Q ` +
          `q 1 0 0 -1 0 ${num(h)} cm ${rgb(b.bar)} rg ${rect(b.left, b.startY, 3, endY)} Q`,
      );
    });
  }
}

const multiplyState = new WeakMap<object, { end(): void }>();
