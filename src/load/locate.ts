// Maps a data path of a parsed YAML file back to the file:line:col of its node (or of its key), from yaml's node ranges.
import { isMap, isNode, isScalar, isSeq, type Node } from 'yaml';
import { braceOffsets } from '../model/braces.js';
import type { DataPath, SourceRef } from '../model/types.js';
import type { ParsedYaml } from './parse-yaml.js';

export type { DataPath };

/** Position of the value at `path`; falls back to the nearest existing ancestor. */
export function locate(parsed: ParsedYaml, path: DataPath): SourceRef {
  return nodePosition(parsed, nearestNode(parsed, path));
}

/** Where `node` was written; the file's start for none (an empty file). */
export function nodePosition(parsed: ParsedYaml, node: Node | undefined): SourceRef {
  return node?.range ? position(parsed, node.range[0]) : { file: parsed.file, line: 1, col: 1 };
}

/** The node of the value at `path`, or of its nearest ancestor that was written. */
export function nearestNode(parsed: ParsedYaml, path: DataPath): Node | undefined {
  let node = parsed.root;
  for (const key of path) {
    const next = childNode(node, key);
    if (!next) break;
    node = next;
  }
  return node;
}

/** The node of the value at exactly `path`, if it was written. */
export function nodeAt(parsed: ParsedYaml, path: DataPath): Node | undefined {
  let node = parsed.root;
  for (const key of path) node = childNode(node, key);
  return node;
}

/** Position of the key `key` inside the map at `path` (for unknown or duplicate fields). */
export function locateKey(parsed: ParsedYaml, path: DataPath, key: string): SourceRef {
  const pair = pairOf(nodeAt(parsed, path), key);
  return pair?.key.range ? position(parsed, pair.key.range[0]) : locate(parsed, path);
}

/** The node one step below `node`: a map entry's value by key, a sequence item by index. */
export function childNode(node: Node | undefined, key: string | number): Node | undefined {
  if (isSeq(node)) {
    const index = typeof key === 'number' ? key : Number(key);
    const item = Number.isInteger(index) && index >= 0 ? node.items[index] : undefined;
    return isNode(item) ? item : undefined;
  }
  const value = pairOf(node, key)?.value;
  return isNode(value) ? value : undefined;
}

/**
 * The entry of `key` in a map, compared as strings as the data's keys are: keys equal as strings but
 * not as values (`1:` and `"1":`) are no duplicates to yaml, and the data keeps the last, so this does.
 */
function pairOf(node: Node | undefined, key: string | number): { key: Node & { range?: unknown }; value: unknown } | undefined {
  if (!isMap(node)) return undefined;
  const name = String(key);
  let found: { key: Node; value: unknown } | undefined;
  for (const pair of node.items) if (isScalar(pair.key) && pair.key.range && String(pair.key.value) === name) found = { key: pair.key, value: pair.value };
  return found;
}

/**
 * Where each `{{` of a string value was written, in order, so a problem with one variable of a long block
 * text points at its line. Undefined when the source does not show them one for one (an escape made one).
 */
export function bracePositions(parsed: ParsedYaml, node: Node | undefined, value: string): [number, number][] | undefined {
  if (!node?.range || !value.includes('{{')) return undefined;
  const start = node.range[0];
  const source = parsed.text.slice(start, node.range[1]);
  const found = braceOffsets(source).map((i): [number, number] => {
    const { line, col } = parsed.lineCounter.linePos(start + i);
    return [line, col];
  });
  return found.length === braceOffsets(value).length ? found : undefined;
}

export function position(parsed: ParsedYaml, offset: number): SourceRef {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { file: parsed.file, line, col };
}

/** The value at `path` in the file's data. */
export function valueAt(parsed: ParsedYaml, path: DataPath): unknown {
  let value: unknown = parsed.data;
  for (const key of path) value = value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}
