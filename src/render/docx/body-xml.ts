// Writes blocks as WordprocessingML, in document order, and gives out what only that order can: bookmark
// ids (0, 1, 2, … by start), list numbers, the relationships of hyperlinks and pictures, drawing ids, and
// a `_Toc` bookmark on each Heading 1–3 for the table of contents.
import type { Block, Para, Picture, Tbl } from './blocks.js';
import { paragraphProperties, type ParaLook } from './formatting.js';
import { boxLook } from './styles.js';
import { esc, NS } from './xml.js';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

export interface TocEntry {
  level: number;
  /** The `_Toc` bookmark on the heading. */
  anchor: string;
  /** The heading's run text, already escaped. */
  text: string;
}

const TABLE_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('')}</w:tblBorders>`;
const HEADER_FILL = 'D9E2F3';
/** Twentieths of a point per per cent of the text width (8730 wide; Word takes the grid as a hint). */
const GRID_PER_CENT = 90;

export class BodyWriter {
  /** The `ag_` bookmark names, in the order their starts are written (the map's order). */
  readonly names: string[] = [];
  readonly relationships: Relationship[] = [];
  /** Pictures by their part name (`media/image1.png`). */
  readonly media = new Map<string, Uint8Array>();
  /** Each list's kind, by its number (numId) − 1. */
  readonly lists: { ordered: boolean }[] = [];
  readonly toc: TocEntry[] = [];
  private readonly bookmarkIds = new Map<string, number>();
  private nextBookmark = 0;
  private readonly numIds = new Map<number, number>();
  private readonly links = new Map<string, string>();
  private drawings = 0;
  /** Paragraph properties by look (see paragraph). */
  private readonly looks = new Map<string, string>();

  blocks(blocks: readonly Block[]): string {
    let out = '';
    for (const b of blocks) {
      if (b.kind === 'p') out += this.paragraph(b);
      // A small empty paragraph follows every table: space below it, and LibreOffice drops a bookmark
      // that spans several paragraphs when it starts in the paragraph right after a table.
      else out += this.table(b) + '<w:p><w:pPr><w:pStyle w:val="AfterTable"/></w:pPr></w:p>';
    }
    return out;
  }

  paragraph(p: Para, center = false): string {
    const align = center ? ('center' as const) : p.align;
    // A list paragraph has its own numbering; the others share a few looks, each written once.
    const key = p.list ? undefined : `${p.style ?? ''}|${p.keepNext ? 1 : 0}|${p.pageBreakBefore ? 1 : 0}|${p.box ?? ''}|${align ?? ''}`;
    let properties = key === undefined ? undefined : this.looks.get(key);
    if (properties === undefined) {
      const look: ParaLook = {
        ...(p.style ? { style: p.style } : p.list ? { style: 'ListParagraph' } : {}),
        ...(p.keepNext ? { keepNext: true } : {}),
        ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
        ...(p.list ? { numbering: { numId: this.numId(p.list), level: p.list.level } } : {}),
        ...(p.box ? boxLook(p.box) : {}),
        ...(align ? { align } : {}),
      };
      properties = paragraphProperties(look);
      if (key !== undefined) this.looks.set(key, properties);
    }
    // The table of contents links to a Heading 1–3 through a `_Toc` bookmark (Word's own naming), the first one the paragraph opens.
    const level = /^Heading([1-3])$/.exec(p.style ?? '');
    const anchor = level ? `_Toc${this.toc.length + 1}` : undefined;
    let content = anchor ? this.bookmarkStart(anchor) : '';
    for (const child of p.children) {
      if (typeof child === 'string') content += child;
      else if ('bookmark' in child) content += child.bookmark === 'start' ? this.bookmarkStart(child.name) : this.bookmarkEnd(child.name);
      else if ('link' in child) content += `<w:hyperlink r:id="${this.link(child.link)}" w:history="1">${child.runs}</w:hyperlink>`;
      else content += this.picture(child.picture);
    }
    if (level && anchor) {
      const text = [...content.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      this.toc.push({ level: Number(level[1]), anchor, text });
      content += this.bookmarkEnd(anchor);
    }
    return `<w:p>${properties}${content}</w:p>`;
  }

  private bookmarkStart(name: string): string {
    const id = this.nextBookmark++;
    this.bookmarkIds.set(name, id);
    if (name.startsWith('ag_')) this.names.push(name);
    return `<w:bookmarkStart w:name="${name}" w:id="${id}"/>`;
  }

  private bookmarkEnd(name: string): string {
    return `<w:bookmarkEnd w:id="${this.bookmarkIds.get(name)}"/>`;
  }

  private numId(list: NonNullable<Para['list']>): number {
    let id = this.numIds.get(list.instance);
    if (id === undefined) {
      this.lists.push({ ordered: list.ordered });
      id = this.lists.length;
      this.numIds.set(list.instance, id);
    }
    return id;
  }

  private link(url: string): string {
    let id = this.links.get(url);
    if (id === undefined) {
      id = `rIdLink${this.links.size + 1}`;
      this.links.set(url, id);
      this.relationships.push({ id, type: `${NS.officeRel}hyperlink`, target: url, external: true });
    }
    return id;
  }

  private picture(p: Picture): string {
    const n = ++this.drawings;
    const part = `media/image${n}.${p.type === 'png' ? 'png' : 'jpeg'}`;
    const rel = `rIdImage${n}`;
    this.media.set(part, p.bytes);
    this.relationships.push({ id: rel, type: `${NS.officeRel}image`, target: part });
    const name = esc(p.name);
    const alt = esc(p.alt);
    const size = `cx="${p.width}" cy="${p.height}"`;
    return (
      `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent ${size}/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:docPr id="${n}" name="${name}" descr="${alt}" title="${alt}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
      `<a:graphic><a:graphicData uri="${NS.pic}"><pic:pic><pic:nvPicPr><pic:cNvPr id="${n}" name="${name}" descr="${alt}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
      `<pic:blipFill><a:blip r:embed="${rel}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
      `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ${size}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
    );
  }

  private table(t: Tbl): string {
    const grid = (t.rows[0]?.cells ?? []).map((c) => `<w:gridCol w:w="${Math.round(c.width * GRID_PER_CENT)}"/>`).join('');
    const rows = t.rows
      .map((row) => {
        const cells = row.cells
          .map((cell) => {
            const props = `<w:tcPr><w:tcW w:w="${Math.round(cell.width * 50)}" w:type="pct"/>${row.header ? `<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/>` : ''}<w:vAlign w:val="center"/></w:tcPr>`;
            // A cell holds at least one paragraph.
            const paras = cell.paras.length > 0 ? cell.paras.map((p) => this.paragraph(p, cell.center)).join('') : this.paragraph({ kind: 'p', children: [] }, cell.center);
            return `<w:tc>${props}${paras}</w:tc>`;
          })
          .join('');
        return `<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
      })
      .join('');
    return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>${TABLE_BORDERS}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
  }
}
