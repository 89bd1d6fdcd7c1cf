// Reads the map a DOCX carries (bookmark-map.ts, docs/docx-map.md) back from its custom XML part, for
// `feedback import`.
import { SaxesParser } from 'saxes';
import type { Lang, OutputLang } from '../model/types.js';
import { MAP_NAMESPACE, MAP_VERSION, type BookmarkMap } from './bookmark-map.js';

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
