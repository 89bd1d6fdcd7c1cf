// Resolves every text of an adapted guide in both languages without rendering it, to find what would fail.
import { DiagnosticBag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { isSlot, type GuideNode, type Json, type Lang } from '../../model/types.js';
import type { AdaptedGuide } from '../../localise/types.js';
import { walk } from '../../localise/tree-state.js';
import { fieldAt, textExpander } from './resolve-text.js';

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

/** A text with a `{{` in either language: the only kind whose expansion can find a problem. */
function expands(value: Json | undefined): boolean {
  if (typeof value === 'string') return value.includes('{{');
  if (!value || typeof value !== 'object' || Array.isArray(value) || isSlot(value)) return false;
  return (typeof value.zh === 'string' && value.zh.includes('{{')) || (typeof value.en === 'string' && value.en.includes('{{'));
}

/**
 * The paths of a node's texts that expand, by its fields map. A variant shares the maps of the nodes
 * its layers do not change with the workspace's guide and every other variant, and no map changes once
 * its variant is localised (a layer copies a map before writing it: see writableFields): so each map is
 * walked once per process, not once per variant.
 */
const expanding = new WeakMap<object, string[]>();

function expandingPaths(fields: GuideNode['fields']): string[] {
  let found = expanding.get(fields);
  if (!found) {
    const paths: string[] = [];
    for (const key of Object.keys(fields)) textPaths(fields[key]!, key, paths);
    found = paths.filter((path) => expands(fieldAt(fields, path)));
    expanding.set(fields, found);
  }
  return found;
}

/**
 * Only the problems that would fail a build: missing variables and unreadable `{{…}}`. Those are all
 * found while variables are expanded, so the texts are not finished for printing (that finds warnings only).
 */
export function checkTexts(adapted: AdaptedGuide): Diagnostic[] {
  const bag = new DiagnosticBag();
  const resolve = textExpander(adapted, { strict: false }, bag);
  walk(adapted.guide.root, (node) => {
    for (const path of expandingPaths(node.fields)) for (const lang of LANGS) resolve(node, path, lang);
  });
  return bag.items.filter((d) => d.severity === 'error');
}
