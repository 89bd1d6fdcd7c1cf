// Document-level PDF/UA-1 checkpoints: tagged-PDF flags, role map, XMP metadata (PDF/UA identifier,
// dc:title), the title shown in the window, the document's language, encryption, the outline.
import { isLanguageTag, type Report } from './finding.js';
import { PdfFile, Stream, textOf } from './objects.js';
import { STANDARD_TYPES, type StructTree } from './structure.js';

export interface DocumentCheckOptions {
  /** A document with at least this many pages and headings must have an outline (bookmarks). */
  outlineFromPages: number;
}

export function checkDocument(file: PdfFile, tree: StructTree, pageCount: number, o: DocumentCheckOptions, report: Report): void {
  const catalog = file.catalog;
  if (!catalog) {
    report({ checkpoint: '01-005', clause: '7.1-2', message: 'no document catalog: nothing can be tagged' });
    return;
  }
  // Tagged PDF (ISO 32000-1 14.8.1): MarkInfo /Marked true and a structure tree. No failure condition of
  // its own in the protocol: without them every piece of content is 01-005.
  const markInfo = file.dict(catalog.get('MarkInfo'));
  if (file.resolve(markInfo?.get('Marked')) !== true) report({ checkpoint: 'UA1 7.1', clause: '7.1 (ISO 32000-1 14.8.1)', message: 'the catalog has no /MarkInfo with /Marked true' });
  if (file.resolve(markInfo?.get('Suspects')) === true) report({ checkpoint: '01-007', clause: '7.1-11', message: '/MarkInfo /Suspects is true' });
  if (!tree.root) report({ checkpoint: 'UA1 7.1', clause: '7.1 (ISO 32000-1 14.7.2)', message: 'the catalog has no /StructTreeRoot' });

  // Role map: every non-standard type maps, through the role map, to a standard one; no loop; no standard type remapped.
  for (const k of tree.roleMap.keys()) if (STANDARD_TYPES.has(k)) report({ checkpoint: '02-004', clause: '7.1-4', message: `the standard type /${k} is remapped to /${tree.roleMap.get(k)}` });
  const types = new Set(tree.elements.map((e) => e.raw));
  for (const raw of [...types, ...tree.roleMap.keys()]) {
    if (STANDARD_TYPES.has(raw)) continue;
    const m = tree.mapping(raw);
    if (m.circular) report({ checkpoint: '02-003', clause: '7.1-3', message: `the role map of /${raw} is circular` });
    else if (!m.standard) report({ checkpoint: '02-001', clause: '7.1-3', message: `the structure type /${raw} is not standard and its role map does not end on a standard type` });
  }

  // XMP metadata: a stream, the PDF/UA identifier (pdfuaid:part 1), dc:title.
  const metadata = file.resolve(catalog.get('Metadata'));
  if (!(metadata instanceof Stream)) report({ checkpoint: '06-001', clause: '7.1-8', message: 'the catalog has no XMP /Metadata stream' });
  else {
    const xmp = metadata.data().toString('utf8');
    const part = /<pdfuaid:part>\s*(\d+)\s*<\/pdfuaid:part>/.exec(xmp)?.[1] ?? /pdfuaid:part\s*=\s*["'](\d+)["']/.exec(xmp)?.[1];
    if (part === undefined || !/xmlns:pdfuaid\s*=\s*["']http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/["']/.test(xmp)) report({ checkpoint: '06-002', clause: '5', message: 'the XMP metadata has no PDF/UA identifier (pdfuaid:part in http://www.aiim.org/pdfua/ns/id/)' });
    else if (part !== '1') report({ checkpoint: '06-002', clause: '5', message: `pdfuaid:part is ${part}, not 1` });
    const title = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(xmp)?.[1];
    const titles = [...(title ?? '').matchAll(/<rdf:li([^>]*)>([^<]*)<\/rdf:li>/g)];
    if (!titles.some((t) => t[2].trim() !== '')) report({ checkpoint: '06-003', clause: '7.1-8', message: 'the XMP metadata has no dc:title (or an empty one)' });
    // 11-006: the metadata's language, from the catalog's /Lang or a title's xml:lang.
    const titleLang = titles.map((t) => /xml:lang\s*=\s*["']([^"']+)["']/.exec(t[1])?.[1]).find((l) => l && l !== 'x-default');
    if (!isLanguageTag(textOf(file.resolve(catalog.get('Lang')))) && !isLanguageTag(titleLang)) report({ checkpoint: '11-006', clause: '7.2-3', message: 'the language of the metadata cannot be determined (no /Lang in the catalog, no xml:lang on dc:title)' });
  }

  // The window shows the title, not the file name.
  const prefs = file.dict(catalog.get('ViewerPreferences'));
  const display = file.resolve(prefs?.get('DisplayDocTitle'));
  if (display === undefined) report({ checkpoint: '07-001', clause: '7.1-9', message: 'the /ViewerPreferences have no /DisplayDocTitle' });
  else if (display !== true) report({ checkpoint: '07-002', clause: '7.1-9', message: '/DisplayDocTitle is not true' });

  const lang = textOf(file.resolve(catalog.get('Lang')));
  if (lang !== undefined && !isLanguageTag(lang)) report({ checkpoint: '11-001', clause: '7.2-3', message: `the catalog's /Lang (${JSON.stringify(lang)}) is not a language tag` });

  // Encryption must leave assistive technology its access (P bit 10).
  const encrypt = file.dict(file.trailer.get('Encrypt'));
  if (encrypt) {
    const p = file.resolve(encrypt.get('P'));
    if (typeof p !== 'number') report({ checkpoint: '26-001', clause: '7.16-1', message: 'the file is encrypted and its encryption dictionary has no /P' });
    else if (((p | 0) & (1 << 9)) === 0) report({ checkpoint: '26-002', clause: '7.16-1', message: 'the file is encrypted and /P forbids extracting text for accessibility (bit 10)' });
  }

  // Navigation (7.17 asks for an outline in a document with structure; the protocol's 27-001 has no machine test).
  const headings = tree.elements.some((e) => /^H\d*$/.test(e.type));
  const outlines = file.dict(catalog.get('Outlines'));
  if (headings && pageCount >= o.outlineFromPages && !(outlines && file.dict(outlines.get('First')))) report({ checkpoint: 'UA1 7.17', clause: '7.17 (27-001: no machine test)', message: `a ${pageCount}-page document with headings has no outline (bookmarks)` });
  // 11-003: outline titles take the document's language; without /Lang it cannot be determined.
  if (outlines && file.dict(outlines.get('First')) && !isLanguageTag(lang)) report({ checkpoint: '11-003', clause: '7.2-3', message: 'the language of the outline entries cannot be determined (no /Lang in the catalog)' });
}
