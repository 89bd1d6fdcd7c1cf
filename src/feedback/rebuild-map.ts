// A DOCX whose map part was dropped by the program that saved it still names its guide, variant and language in its
// document properties; bookmark names are hashes of guide, node, field and language (docs/docx-map.md), so the map is
// made again from the guide model: every node, and every text field of it in both languages.
import { bookmarkName, MAP_NAMESPACE, type BookmarkMap, type MappedBookmark } from '../docx/bookmark-map.js';
import { localiseGuide } from '../localise/localise.js';
import { walk } from '../localise/tree-state.js';
import { isSlot, type Json, type OutputLang, type Workspace } from '../model/types.js';
import { parseVariant } from './parse-variant.js';

const TEXT_KEYS = new Set(['en', 'zh', 'reviewed']);

/** `title`, `body`, `cells.party`, `columns.2.label`, `answers.0`: the paths of a node's texts (and slots). */
function textPaths(value: Json, path: string, out: string[]): void {
  if (value === null || typeof value !== 'object') return;
  if (isSlot(value) || (!Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => TEXT_KEYS.has(k)))) {
    if (path) out.push(path);
    return;
  }
  const entries: [string, Json][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [k, v] of entries) textPaths(v, path ? `${path}.${k}` : k, out);
}

export function mapFromProperties(workspace: Workspace, properties: Record<string, string>): BookmarkMap | undefined {
  const guide = properties['adapt-guide.guide'];
  const variant = properties['adapt-guide.variant'];
  const lang = properties['adapt-guide.lang'];
  if (!guide || !variant || properties['adapt-guide.map'] !== MAP_NAMESPACE || !['zh', 'en', 'bilingual'].includes(lang ?? '')) return undefined;
  const spec = parseVariant(workspace, variant);
  const adapted = spec && workspace.guides.has(guide) ? localiseGuide(workspace, guide, spec).adapted : undefined;
  if (!spec || !adapted) return undefined;
  const bookmarks: MappedBookmark[] = [];
  walk(adapted.guide.root, (node) => {
    bookmarks.push({ name: bookmarkName(guide, node.id), node: node.id });
    const paths: string[] = [];
    textPaths(node.fields, '', paths);
    for (const field of paths) for (const l of ['zh', 'en'] as const) bookmarks.push({ name: bookmarkName(guide, node.id, field, l), node: node.id, field, lang: l });
  });
  return { guide, variant, ...(spec.city ? { city: spec.city } : {}), sectors: spec.sectors, lang: lang as OutputLang, edition: properties['adapt-guide.edition'] ?? '', tool: '', bookmarks };
}
