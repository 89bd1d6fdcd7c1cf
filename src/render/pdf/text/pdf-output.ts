// The bytes of a finished document, read through pdfkit's public stream API, with the one fix we make
// to what pdfkit writes: the named destinations in byte order (see docs/pdf.md, "pdfkit and us").
import { sortNameTrees } from './name-tree.js';

/**
 * Ends the document and resolves to its bytes once pdfkit's stream has ended. pdfkit finishes some
 * objects asynchronously (a PNG with an alpha channel is inflated through zlib before its object is
 * written, and the xref and trailer wait for it), so the bytes are whole only at the stream's 'end'.
 */
export function finishDocument(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.once('end', () => resolve(sortNameTrees(Buffer.concat(chunks))));
    doc.once('error', reject);
    doc.end();
  });
}
