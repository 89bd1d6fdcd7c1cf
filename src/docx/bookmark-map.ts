// The map a DOCX carries from its bookmarks back to the guide: which guide, locality and edition it was
// built from, and for each bookmark the node id (and text field, language) it wraps. Written by the DOCX
// renderer, read by `feedback import` (read-map.ts, so that writing a DOCX never loads the XML parser);
// the format is described in docs/docx-map.md.
import { hash } from 'node:crypto';
import type { Lang, OutputLang } from '../model/types.js';
import { esc, XML_HEAD } from '../render/docx/xml.js';

/** The namespace of the map's root element: a reader finds the map by it, whatever the part is called. */
export const MAP_NAMESPACE = 'urn:adapt-guide:docx-map:1';
/** Where the renderer puts the map (a custom XML part); other tools may renumber custom XML parts. */
export const MAP_PART = 'customXml/item1.xml';
export const MAP_VERSION = '1';

export interface MappedBookmark {
  /** `ag_` + 16 hex digits: see bookmarkName. */
  name: string;
  /** The guide node id. */
  node: string;
  /** The text field inside the node (`title`, `body`, `cells.party`, …); absent: the whole node. */
  field?: string;
  /** The language of the field's text the bookmark wraps; absent with field. */
  lang?: Lang;
}

export interface BookmarkMap {
  guide: string;
  /** `international`, `huzhou`, `petroleum`, `huzhou+petroleum`. */
  variant: string;
  city?: string;
  /** In layer order. */
  sectors: string[];
  /** The language of the document. */
  lang: OutputLang;
  /** The guide's edition (its `edition` field). */
  edition: string;
  /** `adapt-guide 0.1.0`. */
  tool: string;
  bookmarks: MappedBookmark[];
}

/**
 * A bookmark's name: `ag_` + the first 16 hex digits of the SHA-256 of
 * `guide \n node \n field \n lang` (UTF-8; field and lang empty for a whole-node bookmark). Word allows 40
 * characters of letters, digits and `_`; node ids have hyphens and may be long, so they are hashed.
 */
export function bookmarkName(guide: string, node: string, field?: string, lang?: Lang): string {
  // The one-shot hash: a document names a bookmark per node and field, hundreds of them.
  return `ag_${hash('sha256', `${guide}\n${node}\n${field ?? ''}\n${lang ?? ''}`, 'hex').slice(0, 16)}`;
}

function attrs(pairs: [string, string | undefined][]): string {
  return pairs.flatMap(([k, v]) => (v === undefined ? [] : [` ${k}="${esc(v)}"`])).join('');
}

/** The map as the XML of its custom XML part. */
export function writeMapXml(map: BookmarkMap): string {
  const head = attrs([
    ['version', MAP_VERSION],
    ['guide', map.guide],
    ['variant', map.variant],
    ['city', map.city],
    ['sectors', map.sectors.length > 0 ? map.sectors.join(' ') : undefined],
    ['lang', map.lang],
    ['edition', map.edition],
    ['tool', map.tool],
  ]);
  // A row per bookmark, hundreds of them: written straight, the same attributes in the same order as the head's.
  let rows = '';
  for (const b of map.bookmarks) {
    rows += `<bookmark name="${esc(b.name)}" node="${esc(b.node)}"`;
    if (b.field !== undefined) rows += ` field="${esc(b.field)}"`;
    if (b.lang !== undefined) rows += ` lang="${esc(b.lang)}"`;
    rows += '/>\n';
  }
  return `${XML_HEAD}<map xmlns="${MAP_NAMESPACE}"${head}>\n${rows === '' ? '\n' : rows}</map>\n`;
}
