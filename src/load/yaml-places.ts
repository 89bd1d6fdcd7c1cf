// Where each value and key of a YAML file was written, kept beside the data as a tree of source offsets.
import { isMap, isNode, isScalar, isSeq } from 'yaml';

/** A node's source offset (yaml's `range[0]`), with its keys' and children's places for maps and sequences. */
export interface YamlPlace {
  at: number;
  /** Map entries by key (as `String(key)`; the last entry of a key wins, as in the data): the key's offset and the value's place. */
  keys?: Map<string, { at: number; value?: YamlPlace }>;
  items?: (YamlPlace | undefined)[];
}

/** The places of a `yaml` document's nodes (the reference parser's view). */
export function placesOf(node: unknown): YamlPlace | undefined {
  if (!isNode(node) || !node.range) return undefined;
  const place: YamlPlace = { at: node.range[0] };
  if (isMap(node)) {
    place.keys = new Map();
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      // Keys equal as strings but not as values (`1:` and `"1":`) are no duplicates to yaml; the data keeps the last.
      place.keys.set(String(pair.key.value), { at: pair.key.range[0], value: placesOf(pair.value) });
    }
  } else if (isSeq(node)) {
    place.items = node.items.map(placesOf);
  }
  return place;
}

/** The place one step below `place`: a map entry's value by key, a sequence item by index. */
export function childPlace(place: YamlPlace | undefined, key: string | number): YamlPlace | undefined {
  if (!place) return undefined;
  if (place.items) {
    const index = typeof key === 'number' ? key : Number(key);
    return Number.isInteger(index) && index >= 0 ? place.items[index] : undefined;
  }
  return place.keys?.get(String(key))?.value;
}

/** Offsets where lines start, as `yaml`'s LineCounter records them (every `\n` starts one). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of `offset`, exactly as `yaml`'s `LineCounter.linePos`. */
export function linePos(starts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] < offset) low = mid + 1;
    else high = mid;
  }
  if (starts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - starts[low - 1] + 1 };
}
