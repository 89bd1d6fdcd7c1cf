// Makes a small DOCX as adapt-guide's renderer lays it out (bookmarks inside paragraphs, the map as a custom XML part)
// with a reviewer's marks written as Word writes them: w:ins / w:del runs, comment ranges and comments.xml.
import JSZip from 'jszip';
import { bookmarkName, writeMapXml, type BookmarkMap, type MappedBookmark } from '../../src/docx/bookmark-map.js';

export type Piece =
  | { text: string }
  | { ins: string; author?: string; date?: string }
  | { del: string; author?: string; date?: string }
  | { start: string }
  | { end: string }
  | { commentStart: number }
  | { commentEnd: number; ref?: boolean }
  | { commentRef: number }
  /** The paragraph mark itself deleted (this paragraph joined with the next). */
  | { deletedMark: true };

export interface ReviewDocx {
  guide: string;
  city?: string;
  sectors?: string[];
  edition?: string;
  /** Bookmarks used, by a name of the test's own: [node, field?]. */
  bookmarks: Record<string, [string, string?]>;
  paragraphs: Piece[][];
  comments?: { id: number; author: string; date?: string; text: string }[];
  /** Leave the map part out (a DOCX not built by adapt-guide). */
  noMap?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export async function makeReviewDocx(d: ReviewDocx): Promise<Buffer> {
  const names = new Map<string, MappedBookmark>();
  for (const [key, [node, field]] of Object.entries(d.bookmarks)) names.set(key, { name: bookmarkName(d.guide, node, field, field ? 'zh' : undefined), node, ...(field ? { field, lang: 'zh' as const } : {}) });
  const ids = new Map<string, number>();
  let change = 1;
  const body = d.paragraphs
    .map((pieces) => {
      const mark = pieces.some((p) => 'deletedMark' in p) ? `<w:pPr><w:rPr><w:del w:id="${change++}" w:author="R" w:date="2026-12-01T10:00:00Z"/></w:rPr></w:pPr>` : '';
      const xml = pieces
        .map((p) => {
          if ('text' in p) return `<w:r><w:t xml:space="preserve">${esc(p.text)}</w:t></w:r>`;
          if ('ins' in p) return `<w:ins w:id="${change++}" w:author="${esc(p.author ?? '王芳')}" w:date="${p.date ?? '2026-12-01T09:00:00Z'}"><w:r><w:t xml:space="preserve">${esc(p.ins)}</w:t></w:r></w:ins>`;
          if ('del' in p) return `<w:del w:id="${change++}" w:author="${esc(p.author ?? '王芳')}" w:date="${p.date ?? '2026-12-01T09:00:00Z'}"><w:r><w:delText xml:space="preserve">${esc(p.del)}</w:delText></w:r></w:del>`;
          if ('start' in p) {
            const b = names.get(p.start)!;
            ids.set(p.start, ids.size);
            return `<w:bookmarkStart w:id="${ids.get(p.start)}" w:name="${b.name}"/>`;
          }
          if ('end' in p) return `<w:bookmarkEnd w:id="${ids.get(p.end)}"/>`;
          if ('commentStart' in p) return `<w:commentRangeStart w:id="${p.commentStart}"/>`;
          if ('commentEnd' in p) return `<w:commentRangeEnd w:id="${p.commentEnd}"/>${p.ref === false ? '' : `<w:r><w:commentReference w:id="${p.commentEnd}"/></w:r>`}`;
          if ('commentRef' in p) return `<w:r><w:commentReference w:id="${p.commentRef}"/></w:r>`;
          return '';
        })
        .join('');
      return `<w:p>${mark}${xml}</w:p>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (d.comments) {
    const comments = d.comments.map((c) => `<w:comment w:id="${c.id}" w:author="${esc(c.author)}" w:date="${c.date ?? '2026-12-01T08:00:00Z'}"><w:p><w:r><w:t>${esc(c.text)}</w:t></w:r></w:p></w:comment>`).join('');
    zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments ${W}>${comments}</w:comments>`);
  }
  if (!d.noMap) {
    const map: BookmarkMap = { guide: d.guide, variant: [d.city, ...(d.sectors ?? [])].filter(Boolean).join('+'), ...(d.city ? { city: d.city } : {}), sectors: d.sectors ?? [], lang: 'zh', edition: d.edition ?? '2026-11', tool: 'adapt-guide test', bookmarks: [...names.values()] };
    zip.file('customXml/item1.xml', writeMapXml(map));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Adds a comment, as Word writes one, on the last run whose whole text is `text` (a heading rather than its line in
 * the contents), with the comments part, its relationship and content type.
 */
export async function addWordComment(zip: JSZip, text: string, author: string, said: string): Promise<void> {
  let xml = await zip.file('word/document.xml')!.async('string');
  const runs = [...xml.matchAll(new RegExp(`<w:t(?: [^>]*)?>${text}</w:t></w:r>`, 'g'))];
  const last = runs.at(-1);
  if (!last) throw new Error(`no run "${text}"`);
  const start = Math.max(xml.lastIndexOf('<w:r>', last.index), xml.lastIndexOf('<w:r ', last.index));
  const end = last.index + last[0].length;
  xml = `${xml.slice(0, start)}<w:commentRangeStart w:id="0"/>${xml.slice(start, end)}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${xml.slice(end)}`;
  zip.file('word/document.xml', xml);
  zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments ${W}><w:comment w:id="0" w:author="${esc(author)}" w:date="2026-12-02T11:00:00Z"><w:p><w:r><w:t>${esc(said)}</w:t></w:r></w:p></w:comment></w:comments>`);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdReview1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
}
