// The bytes of a finished document, read through pdfkit's public stream API, with the one fix we make
// to what pdfkit writes: the named destinations in byte order (see docs/pdf.md, "pdfkit and us").
import { sortNameTrees } from './name-tree.js';

/** Ends the document and returns its bytes: pdfkit writes every object synchronously in `end()`, and
 * `read()` with no size hands back everything buffered. */
export function finishDocument(doc: PDFKit.PDFDocument): Buffer {
  doc.end();
  const bytes = doc.read() as Buffer | null;
  return sortNameTrees(bytes ?? Buffer.alloc(0));
}
