// Maps a data path of a parsed YAML file back to the file:line:col of its node (or of its key).
import { isMap, isNode, isPair, isScalar, type Node } from 'yaml';
import type { SourceRef } from '../model/types.js';
import type { ParsedYaml } from './parse-yaml.js';

export type DataPath = readonly (string | number)[];

/** Position of the value at `path`; falls back to the nearest existing ancestor. */
export function locate(parsed: ParsedYaml, path: DataPath): SourceRef {
  for (let n = path.length; n >= 0; n--) {
    const node = parsed.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return position(parsed, node.range[0]);
  }
  return { file: parsed.file, line: 1, col: 1 };
}

/** Position of the key `key` inside the map at `path` (for unknown or duplicate fields). */
export function locateKey(parsed: ParsedYaml, path: DataPath, key: string): SourceRef {
  const map = path.length === 0 ? parsed.doc.contents : parsed.doc.getIn(path, true);
  if (isMap(map)) {
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === key && item.key.range) {
        return position(parsed, item.key.range[0]);
      }
    }
  }
  return locate(parsed, path);
}

export function position(parsed: ParsedYaml, offset: number): SourceRef {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { file: parsed.file, line, col };
}

export function nodeAt(parsed: ParsedYaml, path: DataPath): Node | undefined {
  const node = parsed.doc.getIn(path, true);
  return isNode(node) ? node : undefined;
}
