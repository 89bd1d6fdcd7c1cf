// `change`: deep-merges `set` into a node's fields, per language, recording provenance for every leaf written.
import { isSlot, type GuideNode, type Json, type Provenance } from '../model/types.js';
import type { FieldChange } from './types.js';

type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Leaf paths of a value, as the loader records them: objects and arrays are walked (a slot too). */
export function leafPaths(value: Json, path: string): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => leafPaths(v, `${path}.${i}`));
  if (!isObject(value)) return [path];
  const keys = Object.keys(value);
  if (keys.length === 0) return [path];
  return keys.flatMap((key) => leafPaths(value[key], `${path}.${key}`));
}

/**
 * Merges `value` into `fields[key]`: objects merge key by key (so `{zh}` keeps `en`); a slot,
 * an array or a scalar replaces what was there; `null` deletes the field. Returns what changed.
 */
export function mergeField(node: GuideNode, key: string, value: Json, provOf: (path: string) => Provenance): FieldChange[] {
  const changes: FieldChange[] = [];
  mergeInto(node, node.fields, key, value, key, provOf, changes);
  return changes;
}

function mergeInto(node: GuideNode, container: JsonObject, key: string, next: Json, path: string, provOf: (path: string) => Provenance, changes: FieldChange[]): void {
  if (key === '__proto__') return; // never let override data reach a prototype
  const prev = Object.prototype.hasOwnProperty.call(container, key) ? container[key] : undefined;
  if (isObject(next) && isObject(prev) && !isSlot(next) && !isSlot(prev)) {
    // Values are shared with the workspace's guide and other variants: copy before writing inside.
    const copy = { ...prev };
    container[key] = copy;
    for (const k of Object.keys(next)) mergeInto(node, copy, k, next[k], `${path}.${k}`, provOf, changes);
    return;
  }
  const unchanged = prev !== undefined && JSON.stringify(prev) === JSON.stringify(next);
  dropProvenance(node, path);
  if (next === null) {
    delete container[key];
    changes.push({ path, before: prev, after: null });
    return;
  }
  container[key] = next;
  // Setting a value equal to the old one still makes this layer its source, but is no change.
  for (const leaf of leafPaths(next, path)) node.prov[leaf] = provOf(leaf);
  if (unchanged) return;
  changes.push(prev === undefined ? { path, after: next } : { path, before: prev, after: next });
}

function dropProvenance(node: GuideNode, path: string): void {
  for (const leaf of Object.keys(node.prov)) {
    if (leaf === path || leaf.startsWith(`${path}.`)) delete node.prov[leaf];
  }
}
