// Tagged PDF: one Document root, a structure element per block, page furniture as artifacts.
// Marked content is opened lazily when a leaf element draws and closed at every page break or
// decoration, so each piece of content belongs to exactly one element. Linked text is the content
// of a Link element inside its paragraph (or cell, or heading), which also holds the link
// annotations (OBJR, with the annotation's /StructParent) through pdfkit's `structParent` option.
import type { TextMarking } from '../text/glyph-run.js';

type StructElement = ReturnType<PDFKit.PDFDocument['struct']>;
type StructContent = ReturnType<PDFKit.PDFDocument['markStructureContent']>;

/** What pdfkit writes into a structure element: /Alt, /Lang, /ActualText, and a table cell's /Scope attribute. */
export interface StructOptions {
  alt?: string;
  lang?: string;
  actual?: string;
  scope?: 'Column' | 'Row' | 'Both';
}

export interface TagHandle {
  el: StructElement;
  type: string;
  /** The element's language: its own /Lang, else its parent's, else the document's. */
  lang: string;
}

interface Marking {
  el: StructElement;
  type: string;
  content: StructContent;
}

const ROOT_TYPE = 'Document';

/** A Link element still open: the next line may continue it (a link wrapped onto the next line). */
interface OpenLink {
  el: StructElement;
  href: string;
  parent: TagHandle;
}

export class Tagger implements TextMarking {
  private readonly doc: PDFKit.PDFDocument;
  private readonly root: StructElement;
  private readonly stack: TagHandle[] = [];
  private marking: Marking | null = null;
  /** The element the glyph writer's text belongs to (marked when drawn); null inside artifacts. */
  private owner: TagHandle | null = null;
  private link: OpenLink | null = null;
  /** The document's language (its /Lang). */
  private readonly lang: string;
  /** The level of the last heading tagged (0 before the first). */
  private headingLevel = 0;

  constructor(doc: PDFKit.PDFDocument, lang: string) {
    this.doc = doc;
    this.lang = lang;
    this.root = doc.struct(ROOT_TYPE);
    doc.addStructure(this.root);
  }

  /** Opens a structure element as a child of the innermost open one. */
  open(type: string, options: StructOptions = {}): void {
    this.stack.push(this.create(type, options));
  }

  /**
   * The tag of a heading: its Markdown level, but never more than one below the heading before it
   * (PDF/UA-1 7.4.2; Matterhorn 14-002, 14-003), so a file that starts at ## or skips a level still
   * gives a well-formed outline of H1…H6. Its look keeps the Markdown level.
   */
  heading(level: number): string {
    this.headingLevel = Math.min(level, this.headingLevel + 1, 6);
    return `H${this.headingLevel}`;
  }

  /** Makes an element under the innermost open one (or `parent`) without entering it (list labels, table cells filled page by page). */
  create(type: string, options: StructOptions = {}, parent?: TagHandle): TagHandle {
    this.endLink();
    this.stop();
    this.owner = null;
    const el = this.doc.struct(type, options as Parameters<PDFKit.PDFDocument['struct']>[1]);
    const holder = parent ?? this.stack[this.stack.length - 1];
    (holder?.el ?? this.root).add(el);
    return { el, type, lang: options.lang ?? holder?.lang ?? this.lang };
  }

  /** Enters an element made earlier with create(), to fill it now (the contents, filled last). */
  enter(h: TagHandle): void {
    this.endLink();
    this.stop();
    this.owner = null;
    this.stack.push(h);
  }

  /** Marks what is drawn next as content of a given element. */
  contentOf(h: TagHandle): void {
    this.owner = h;
    if (this.link && this.link.parent.el !== h.el) this.endLink();
    if (this.marking?.el === h.el) return;
    this.stop();
    this.marking = { el: h.el, type: h.type, content: this.doc.markStructureContent(h.type) };
  }

  end(h: TagHandle): void {
    this.endLink();
    if (this.marking?.el === h.el) this.stop();
    if (this.owner?.el === h.el) this.owner = null;
    h.el.end();
  }

  close(): void {
    this.endLink();
    this.stop();
    this.owner = null;
    const top = this.stack.pop();
    top?.el.end();
  }

  /** Makes sure what is drawn next is content of the innermost open element. */
  content(): void {
    const top = this.stack[this.stack.length - 1];
    if (top) this.contentOf(top);
  }

  /**
   * The text the glyph writer draws next belongs to the innermost open element; it is marked when
   * drawn (see text()), so a line that starts with a link leaves no empty marked content before it.
   */
  expectText(): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    if (this.link && this.link.parent.el !== top.el) this.endLink();
    if (this.marking && this.marking.el !== top.el) this.stop();
    this.owner = top;
  }

  /** Ends the open marked content (before a decoration or another element). */
  stop(): void {
    if (!this.marking) return;
    this.doc.endMarkedContent();
    this.marking.el.add(this.marking.content);
    this.marking = null;
  }

  /**
   * Before a page break: ends marked content and any open Link element. pdfkit writes an OBJR's
   * /Pg as the page current when the element ends, so a Link element never outlives its page.
   */
  pageBreak(): void {
    this.endLink();
    this.stop();
  }

  /** Draws page furniture or decoration outside the structure tree. */
  artifact(draw: () => void): void {
    this.stop();
    const owner = this.owner;
    this.owner = null;
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
    this.owner = owner;
  }

  /** The innermost open element (annotations that belong to it, such as a TOC entry's link). */
  get current(): StructElement | undefined {
    return this.stack[this.stack.length - 1]?.el;
  }

  // TextMarking: called by the glyph writer around the runs of a line.

  language(): string | undefined {
    return this.owner?.lang;
  }

  text(): void {
    if (!this.owner || this.marking?.el === this.owner.el) return;
    this.stop();
    this.marking = { el: this.owner.el, type: this.owner.type, content: this.doc.markStructureContent(this.owner.type) };
  }

  enterLink(href: string, continues: boolean): void {
    const parent = this.owner;
    if (!parent) return; // drawn as an artifact, or outside any element: no Link element
    this.stop();
    if (!(continues && this.link && this.link.href === href && this.link.parent.el === parent.el)) {
      this.endLink();
      const el = this.doc.struct('Link');
      parent.el.add(el);
      this.link = { el, href, parent };
    }
    this.marking = { el: this.link!.el, type: 'Link', content: this.doc.markStructureContent('Link') };
  }

  /** The annotation follows the text in the Link element: content first, then its OBJR. */
  leaveLink(open: boolean, annotate: (structParent: object | undefined) => void): void {
    const tagged = this.link !== null && this.marking?.el === this.link.el;
    if (tagged) this.stop();
    annotate(tagged ? this.link!.el : undefined);
    if (!open) this.endLink();
  }

  private endLink(): void {
    if (!this.link) return;
    if (this.marking?.el === this.link.el) this.stop();
    this.link.el.end();
    this.link = null;
  }

  finish(): void {
    this.endLink();
    this.stop();
    while (this.stack.length) this.close();
    this.root.end();
  }
}
