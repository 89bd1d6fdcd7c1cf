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

/** Ends the document and returns its bytes (pdfkit finishes synchronously once every object is written). */
export function finishDocument(doc: PDFKit.PDFDocument): Buffer {
  const d = doc as unknown as Collecting;
  d.end();
  return Buffer.concat(d.chunks ?? []);
}
