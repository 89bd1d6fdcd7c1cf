// A PDF/UA-1 checker for tests: the machine-checkable failure conditions of the Matterhorn Protocol
// 1.1 that apply to what adapt-guide writes, read from the file's own objects (test/support/pdfua/),
// not from the code that wrote them. Each finding names its Matterhorn number (or, for a rule the
// protocol has no machine test for, the ISO 14289-1 clause). The human-judgement conditions (alt text
// quality, reading order, semantic fit of tags) are not checked: see docs/pdf.md.
import { checkAnnotations } from './pdfua/check-annotations.js';
import { checkContent } from './pdfua/check-content.js';
import { checkDocument } from './pdfua/check-document.js';
import { checkStructure } from './pdfua/check-structure.js';
import { walkContent, type PageContent } from './pdfua/content.js';
import type { UaFinding } from './pdfua/finding.js';
import type { FontInfo } from './pdfua/fonts.js';
import { Dict, PdfFile } from './pdfua/objects.js';
import { readStructure } from './pdfua/structure.js';

export type { UaFinding } from './pdfua/finding.js';

export interface PdfUaOptions {
  /** A document with headings and at least this many pages must have an outline (default 8). */
  outlineFromPages?: number;
}

export function checkPdfUa(bytes: Uint8Array, options: PdfUaOptions = {}): UaFinding[] {
  const findings: UaFinding[] = [];
  const report = (f: UaFinding) => findings.push(f);
  const file = new PdfFile(bytes);
  const tree = readStructure(file);
  const pages = file.pages();
  const content: PageContent = { painted: [], mcids: [], nesting: [], forms: new Map(), references: [] };
  const fonts = new Map<Dict, FontInfo>();
  pages.forEach((p, i) => walkContent(file, i, p.dict, fonts, content));
  checkDocument(file, tree, pages.length, { outlineFromPages: options.outlineFromPages ?? 8 }, report);
  checkStructure(file, tree, report);
  checkContent(file, tree, pages.map((p) => p.num), content, report);
  checkAnnotations(file, tree, pages, report);
  return findings;
}

/** The Matterhorn failure conditions this checker tests (the others: docs/pdf.md). */
export const CHECKED = [
  '01-003', '01-004', '01-005', '01-007', '02-001', '02-003', '02-004', '06-001', '06-002', '06-003',
  '07-001', '07-002', '09-004', '09-005', '09-006', '09-007', '09-008', '10-001', '11-001', '11-002',
  '11-003', '11-004', '11-006', '13-004', '14-002', '14-003', '14-006', '14-007', '15-003', '17-002',
  '19-003', '19-004', '26-001', '26-002', '28-002', '28-004', '28-006', '28-007', '28-008', '28-009',
  '28-011', '28-012', '28-017', '30-001', '30-002', '31-004', '31-005', '31-009', '31-011', '31-027',
  '31-028', '31-029', '31-030',
] as const;
