// Collects the bytes pdfkit writes without going through its Readable stream: pdfkit pushes every
// PDF object as a small chunk, and the stream machinery cost more than typesetting the text (see
// bench/pdf.js). Relies on pdfkit 0.20's internal `_write` (pinned), like glyph-run.ts.
import type { PdfKitConstructor } from './cjs.js';

interface Collecting {
  chunks?: Uint8Array[];
  _offset: number;
  end(): void;
}

/** A PDFDocument class whose output is kept in memory (the header is written by the constructor, hence a subclass). */
export function collectingDocument(PDFDocument: PdfKitConstructor): PdfKitConstructor {
  class CollectingDocument extends (PDFDocument as unknown as new (...a: unknown[]) => Collecting) {
    _write(data: Uint8Array | string): void {
      const bytes = typeof data === 'string' ? Buffer.from(data + '\n', 'latin1') : data;
      (this.chunks ??= []).push(bytes);
      this._offset += bytes.length;
    }
  }
  return CollectingDocument as unknown as PdfKitConstructor;
}

/**
 * Name trees (the named destinations headings and the TOC link to) must list their keys in byte
 * order of the encoded strings (ISO 32000-1, 7.9.6) for a reader's binary search; pdfkit sorts them
 * with localeCompare, which orders Chinese keys by locale and costs ~15 ms to set up the collator.
 * pdfkit encodes an ASCII key as bytes and any other as UTF-16BE after FE FF, so: ASCII keys first,
 * each group in code-unit order. Set on the tree's class once (pdfkit 0.20, pinned).
 */
export function byteOrderNameTrees(doc: PDFKit.PDFDocument): void {
  const root = (doc as unknown as { _root?: { data?: { Names?: { data?: { Dests?: object } } } } })._root;
  const tree = root?.data?.Names?.data?.Dests;
  if (!tree) return;
  const proto = Object.getPrototypeOf(tree) as { _compareKeys?: (a: string, b: string) => number; _byteOrder?: boolean };
  if (proto._byteOrder) return;
  proto._compareKeys = compareNameKeys;
  proto._byteOrder = true;
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

export function compareNameKeys(a: string, b: string): number {
  const ua = ASCII.test(a) ? 0 : 1;
  const ub = ASCII.test(b) ? 0 : 1;
  if (ua !== ub) return ua - ub;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ends the document and returns its bytes (pdfkit finishes synchronously once every object is written). */
export function finishDocument(doc: PDFKit.PDFDocument): Buffer {
  const d = doc as unknown as Collecting;
  d.end();
  return Buffer.concat(d.chunks ?? []);
}
