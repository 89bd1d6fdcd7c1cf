// word/document.xml: the cover, a table of contents field Word updates on opening (filled in with the
// headings, linked), the chapters and the sources, in one A4 section whose first page (the cover) has no
// header or footer.
import type { Block } from './blocks.js';
import type { BodyWriter } from './body-xml.js';
import { paragraphProperties } from './formatting.js';
import { run } from './runs.js';
import { NS, W_ROOT, XML_HEAD } from './xml.js';

/** The relationship ids of the header and footer parts (package.ts writes them). */
export const SECTION_PARTS = { header: 'rIdHeader', firstHeader: 'rIdHeaderFirst', footer: 'rIdFooter', firstFooter: 'rIdFooterFirst' };

const fieldChar = (type: 'begin' | 'separate' | 'end', dirty = false) => `<w:r><w:fldChar w:fldCharType="${type}"${dirty ? ' w:dirty="true"' : ''}/></w:r>`;
const instruction = (text: string) => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;

/** A field with no result yet (the reader computes it): PAGE, NUMPAGES. */
export function field(code: string): string {
  return `${fieldChar('begin')}${instruction(code)}${fieldChar('separate')}${fieldChar('end')}`;
}

/**
 * The TOC field, its result already holding one linked line per Heading 1–3 (text, dotted leader, a
 * PAGEREF Word fills in), marked dirty so that Word (with updateFields in the settings) rebuilds it on opening.
 */
function tableOfContents(writer: BodyWriter, title: string): string {
  const heading = `<w:p>${paragraphProperties({ style: 'TOCHeading', pageBreakBefore: true })}${run(title)}</w:p>`;
  const lines = writer.toc.map((entry, i) => {
    const begin = i === 0 ? `${fieldChar('begin', true)}${instruction('TOC \\o &quot;1-3&quot; \\h \\z')}${fieldChar('separate')}` : '';
    const link = `<w:hyperlink w:anchor="${entry.anchor}" w:history="1"><w:r><w:t xml:space="preserve">${entry.text}</w:t></w:r><w:r><w:tab/></w:r>${field(`PAGEREF ${entry.anchor} \\h`)}</w:hyperlink>`;
    return `<w:p>${paragraphProperties({ style: `TOC${entry.level}` })}${begin}${link}</w:p>`;
  });
  const close = `<w:p>${writer.toc.length === 0 ? `${fieldChar('begin', true)}${instruction('TOC \\o &quot;1-3&quot; \\h \\z')}${fieldChar('separate')}` : ''}${fieldChar('end')}</w:p>`;
  const gallery = '<w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>';
  return `${heading}<w:sdt>${gallery}<w:sdtContent>${lines.join('')}${close}</w:sdtContent></w:sdt>`;
}

function section(): string {
  const refs = `<w:headerReference w:type="default" r:id="${SECTION_PARTS.header}"/><w:headerReference w:type="first" r:id="${SECTION_PARTS.firstHeader}"/><w:footerReference w:type="default" r:id="${SECTION_PARTS.footer}"/><w:footerReference w:type="first" r:id="${SECTION_PARTS.firstFooter}"/>`;
  const page = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1588" w:bottom="1440" w:left="1588" w:header="851" w:footer="851" w:gutter="0"/>';
  return `<w:sectPr>${refs}${page}<w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>`;
}

export function documentXml(writer: BodyWriter, parts: { cover: Block[]; body: Block[]; tocTitle: string }): string {
  // Cover first, then the body: bookmark ids and the TOC's entries follow document order; the TOC has no bookmarks of its own.
  const cover = writer.blocks(parts.cover);
  const body = writer.blocks(parts.body);
  const namespaces = `${W_ROOT} xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}"`;
  return `${XML_HEAD}<w:document ${namespaces}><w:body>${cover}${tableOfContents(writer, parts.tocTitle)}${body}${section()}</w:body></w:document>`;
}
