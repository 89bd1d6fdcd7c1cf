// Tagged PDF: one Document root, a structure element per block, page furniture as artifacts.
// Marked content is opened lazily when a leaf element draws and closed at every page break or
// decoration, so each piece of content belongs to exactly one element.

type StructElement = ReturnType<PDFKit.PDFDocument['struct']>;
type StructContent = ReturnType<PDFKit.PDFDocument['markStructureContent']>;

export interface TagHandle {
  el: StructElement;
  type: string;
}

interface Marking {
  el: StructElement;
  type: string;
  content: StructContent;
}

export class Tagger {
  private readonly doc: PDFKit.PDFDocument;
  private readonly root: StructElement;
  private readonly stack: { el: StructElement; type: string }[] = [];
  private marking: Marking | null = null;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** Opens a structure element as a child of the innermost open one. */
  open(type: string, options: { alt?: string; lang?: string } = {}): void {
    this.stack.push(this.create(type, options));
  }

  /** Makes an element under the innermost open one without entering it (table cells filled page by page). */
  create(type: string, options: { alt?: string; lang?: string } = {}, parent?: TagHandle): TagHandle {
    this.stop();
    const el = this.doc.struct(type, options);
    (parent?.el ?? (this.stack.length ? this.stack[this.stack.length - 1].el : this.root)).add(el);
    return { el, type };
  }

  /** Marks what is drawn next as content of a given element. */
  contentOf(h: TagHandle): void {
    if (this.marking?.el === h.el) return;
    this.stop();
    this.marking = { el: h.el, type: h.type, content: this.doc.markStructureContent(h.type) };
  }

  end(h: TagHandle): void {
    if (this.marking?.el === h.el) this.stop();
    h.el.end();
  }

  close(): void {
    this.stop();
    const top = this.stack.pop();
    top?.el.end();
  }

  /** Makes sure what is drawn next is content of the innermost open element. */
  content(): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    if (this.marking?.el === top.el) return;
    this.stop();
    this.marking = { el: top.el, type: top.type, content: this.doc.markStructureContent(top.type) };
  }

  /** Ends the open marked content (before a page break, a decoration or another element). */
  stop(): void {
    if (!this.marking) return;
    this.doc.endMarkedContent();
    this.marking.el.add(this.marking.content);
    this.marking = null;
  }

  /** Draws page furniture or decoration outside the structure tree. */
  artifact(draw: () => void): void {
    this.stop();
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  finish(): void {
    this.stop();
    while (this.stack.length) this.close();
    this.root.end();
  }
}
