// Maps a data path of a parsed YAML file back to the file:line:col of its node (or of its key).
import type { DataPath, SourceRef } from '../model/types.js';
import type { ParsedYaml } from './parse-yaml.js';
import { childPlace, linePos, type YamlPlace } from './yaml-places.js';

export type { DataPath };

/** Position of the value at `path`; falls back to the nearest existing ancestor. */
export function locate(parsed: ParsedYaml, path: DataPath): SourceRef {
  return placePosition(parsed, nearestPlace(parsed, path));
}

/** Where `place` was written; the file's start for none (an empty file). */
export function placePosition(parsed: ParsedYaml, place: YamlPlace | undefined): SourceRef {
  return place ? position(parsed, place.at) : { file: parsed.file, line: 1, col: 1 };
}

/** The place of the value at `path`, or of its nearest ancestor that was written. */
export function nearestPlace(parsed: ParsedYaml, path: DataPath): YamlPlace | undefined {
  let place = parsed.root;
  for (const key of path) {
    const next = childPlace(place, key);
    if (!next) break;
    place = next;
  }
  return place;
}

/** Position of the key `key` inside the map at `path` (for unknown or duplicate fields). */
export function locateKey(parsed: ParsedYaml, path: DataPath, key: string): SourceRef {
  const entry = placeAt(parsed, path)?.keys?.get(key);
  return entry ? position(parsed, entry.at) : locate(parsed, path);
}

export function position(parsed: ParsedYaml, offset: number): SourceRef {
  const { line, col } = linePos(parsed.lines, offset);
  return { file: parsed.file, line, col };
}

/** The place of the value at exactly `path`, if it was written. */
export function placeAt(parsed: ParsedYaml, path: DataPath): YamlPlace | undefined {
  let place = parsed.root;
  for (const key of path) place = childPlace(place, key);
  return place;
}

/** The value at `path` in the file's data. */
export function valueAt(parsed: ParsedYaml, path: DataPath): unknown {
  let value: unknown = parsed.data;
  for (const key of path) value = value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}
