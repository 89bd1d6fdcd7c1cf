// Resolves every text of an adapted guide in both languages without rendering it, to find what would fail.
import { DiagnosticBag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { isSlot, type Json, type Lang } from '../../model/types.js';
import type { AdaptedGuide } from '../../localise/types.js';
import { walk } from '../../localise/tree-state.js';
import { textResolver } from './resolve-text.js';

const LANGS: Lang[] = ['zh', 'en'];

/** Paths of the texts inside a field value: bilingual maps, plain strings and slots, in lists and maps. */
export function textPaths(value: Json, path: string, into: string[]): void {
  if (typeof value === 'string' || isSlot(value)) into.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => textPaths(v, `${path}.${i}`, into));
  else if (value && typeof value === 'object') {
    if (typeof value.en === 'string' || typeof value.zh === 'string') into.push(path);
    else for (const [k, v] of Object.entries(value)) textPaths(v, `${path}.${k}`, into);
  }
}

/** Only the problems that would fail a build: missing variables and unreadable `{{…}}`. */
export function checkTexts(adapted: AdaptedGuide): Diagnostic[] {
  const bag = new DiagnosticBag();
  const resolve = textResolver(adapted, { strict: false }, bag);
  walk(adapted.guide.root, (node) => {
    const paths: string[] = [];
    for (const [key, value] of Object.entries(node.fields)) textPaths(value, key, paths);
    for (const path of paths) for (const lang of LANGS) resolve(node, path, lang);
  });
  return bag.items.filter((d) => d.severity === 'error');
}
