// The map a DOCX carries from its bookmarks back to the guide: which guide, locality and edition it was
// built from, and for each bookmark the node id (and text field, language) it wraps. Written by the DOCX
// renderer, read by `feedback import`; the format is described in docs/docx-map.md.
import { createHash } from 'node:crypto';
import { SaxesParser } from 'saxes';
import type { Lang, OutputLang } from '../model/types.js';

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
  const hash = createHash('sha256').update(`${guide}\n${node}\n${field ?? ''}\n${lang ?? ''}`, 'utf8').digest('hex');
  return `ag_${hash.slice(0, 16)}`;
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function attrs(pairs: [string, string | undefined][]): string {
  return pairs.flatMap(([k, v]) => (v === undefined ? [] : [` ${k}="${escapeAttr(v)}"`])).join('');
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
  const rows = map.bookmarks.map((b) => `<bookmark${attrs([['name', b.name], ['node', b.node], ['field', b.field], ['lang', b.lang]])}/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<map xmlns="${MAP_NAMESPACE}"${head}>\n${rows.join('\n')}\n</map>\n`;
}

/** Why a part is not a map this version can read. */
export type MapProblem =
  /** Not XML. */
  | 'malformed'
  /** XML, but its root is not `map` in MAP_NAMESPACE (another custom XML part). */
  | 'not-a-map'
  /** A map of another format version. */
  | 'unknown-version'
  /** A map whose root or bookmark lacks a required attribute, or has a bad value. */
  | 'incomplete';

export type ReadMap = { map: BookmarkMap } | { problem: MapProblem; detail: string };

const LANGS = new Set(['zh', 'en']);
const OUTPUT_LANGS = new Set(['zh', 'en', 'bilingual']);

/** Reads a custom XML part; `not-a-map` for a part that is some other tool's. */
export function readMapXml(xml: string): ReadMap {
  const parser = new SaxesParser({ xmlns: true });
  let result: ReadMap | undefined;
  let map: BookmarkMap | undefined;
  let depth = 0;
  const stop = (problem: MapProblem, detail: string) => {
    result ??= { problem, detail };
  };
  parser.on('error', (err) => stop('malformed', err.message));
  parser.on('opentag', (tag) => {
    depth += 1;
    if (result) return;
    const value = (name: string): string | undefined => tag.attributes[name]?.value;
    if (depth === 1) {
      if (tag.local !== 'map' || tag.uri !== MAP_NAMESPACE) return stop('not-a-map', `root element {${tag.uri}}${tag.local}`);
      if (value('version') !== MAP_VERSION) return stop('unknown-version', `version ${value('version') ?? '(none)'}`);
      const guide = value('guide');
      const variant = value('variant');
      const lang = value('lang');
      if (!guide || !variant || !lang || !OUTPUT_LANGS.has(lang)) return stop('incomplete', 'the map names no guide, variant or language');
      const city = value('city');
      const sectors = value('sectors');
      map = {
        guide,
        variant,
        ...(city ? { city } : {}),
        sectors: sectors ? sectors.split(/\s+/).filter(Boolean) : [],
        lang: lang as OutputLang,
        edition: value('edition') ?? '',
        tool: value('tool') ?? '',
        bookmarks: [],
      };
      return;
    }
    if (depth !== 2 || tag.local !== 'bookmark' || tag.uri !== MAP_NAMESPACE || !map) return;
    const name = value('name');
    const node = value('node');
    const field = value('field');
    const lang = value('lang');
    if (!name || !node) return stop('incomplete', `a bookmark without name or node (line ${parser.line})`);
    if (lang !== undefined && !LANGS.has(lang)) return stop('incomplete', `bookmark ${name}: language ${lang}`);
    map.bookmarks.push({ name, node, ...(field ? { field } : {}), ...(field && lang ? { lang: lang as Lang } : {}) });
  });
  parser.on('closetag', () => {
    depth -= 1;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    stop('malformed', err instanceof Error ? err.message : String(err));
  }
  if (result) return result;
  if (!map) return { problem: 'malformed', detail: 'no root element' };
  return { map };
}
