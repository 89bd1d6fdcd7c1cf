// A fast reader for the YAML workspaces are written in, giving the same data and places as `yaml` would.
//
// `yaml` (v2) parses a 180 KB guide in about 130 ms on a cold start; js-yaml's event parser takes about
// 30 ms. This reader builds the data and the place tree from js-yaml's events for the common case:
// one document of block or flow maps and sequences holding plain, quoted or block scalars. Anything
// else — a syntax error, an anchor, alias or tag, an empty value, a duplicate or non-string key, a
// tab, a lone CR, a byte-order mark, document markers, numbers other than decimal — returns
// undefined, and the file goes through `yaml`, which stays the reference for every diagnostic.
// test/load/fast-yaml.test.ts checks both agree on every YAML file of the repository and on edge cases.
import { EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import type { Json } from '../model/types.js';
import type { YamlPlace } from './yaml-places.js';

/** Thrown inside the reader when the text needs the full parser. */
class NotPlain extends Error {}
const notPlain = new NotPlain();

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Plain scalars that could be something other than a string in the YAML 1.2 core schema. */
const MAYBE_NOT_STRING = /^(?:[-+.0-9~]|[Nn]ull$|NULL$|[Tt]rue$|TRUE$|[Ff]alse$|FALSE$)/;
/** A block scalar's header: its indicator, then optional indentation and chomping indicators and a comment. */
const BLOCK_HEADER_REST = /^[1-9+-]{0,2}(?:[ ]+#.*)?[ ]*$/;

/** The data and places of `text`, or undefined when it needs `yaml` (see the file comment). */
export function readPlainYaml(text: string, maxDepth: number): { data: Json; root: YamlPlace } | undefined {
  if (text.charCodeAt(0) === 0xfeff || text.includes('\t') || /\r(?!\n)/.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth });
  } catch {
    return undefined;
  }
  const doc = events[0];
  if (!doc || doc.type !== EVENT_ID.DOCUMENT || doc.explicitStart || doc.explicitEnd || doc.directives.length > 0) return undefined;
  if (events.length < 3 || events[events.length - 1].type !== EVENT_ID.POP) return undefined;
  const reader = new Reader(text, events);
  try {
    const [data, root] = reader.node();
    if (reader.i !== events.length - 1) return undefined;
    return { data, root };
  } catch (e) {
    if (e === notPlain) return undefined;
    throw e;
  }
}

class Reader {
  i = 1;
  constructor(
    private readonly text: string,
    private readonly events: Event[],
  ) {}

  node(): [Json, YamlPlace] {
    const e = this.events[this.i++];
    switch (e.type) {
      case EVENT_ID.SCALAR:
        return this.scalar(e);
      case EVENT_ID.MAPPING: {
        if (e.anchorStart !== -1 || e.tagStart !== -1) throw notPlain;
        const data: { [key: string]: Json } = {};
        const keys = new Map<string, { at: number; value?: YamlPlace }>();
        for (;;) {
          const k = this.events[this.i++];
          if (k.type === EVENT_ID.POP) break;
          if (k.type !== EVENT_ID.SCALAR) throw notPlain;
          const [key, keyPlace] = this.scalar(k);
          if (typeof key !== 'string' || key === '__proto__' || keys.has(key)) throw notPlain;
          const [value, place] = this.node();
          data[key] = value;
          keys.set(key, { at: keyPlace.at, value: place });
        }
        return [data, { at: e.start, keys }];
      }
      case EVENT_ID.SEQUENCE: {
        if (e.anchorStart !== -1 || e.tagStart !== -1) throw notPlain;
        const data: Json[] = [];
        const items: YamlPlace[] = [];
        while (this.events[this.i].type !== EVENT_ID.POP) {
          const [value, place] = this.node();
          data.push(value);
          items.push(place);
        }
        this.i++;
        return [data, { at: e.start, items }];
      }
      default:
        throw notPlain;
    }
  }

  scalar(e: ScalarEvent): [Json, YamlPlace] {
    if (e.anchorStart !== -1 || e.tagStart !== -1 || e.valueStart === -1) throw notPlain;
    const source = e.fast ? this.text.slice(e.valueStart, e.valueEnd) : getScalarValue(this.text, e);
    switch (e.style) {
      case SCALAR_STYLE.PLAIN:
        return [MAYBE_NOT_STRING.test(source) ? resolvePlain(source) : source, { at: e.valueStart }];
      case SCALAR_STYLE.SINGLE_QUOTED:
      case SCALAR_STYLE.DOUBLE_QUOTED: {
        const at = e.valueStart - 1;
        if (this.text[at] !== (e.style === SCALAR_STYLE.SINGLE_QUOTED ? "'" : '"')) throw notPlain;
        return [source, { at }];
      }
      default:
        return [source, { at: this.blockHeader(e.valueStart) }];
    }
  }

  /** The offset of a block scalar's `|` or `>`, on the line before its content (where `yaml` places the node). */
  blockHeader(contentStart: number): number {
    const text = this.text;
    let end = contentStart - 1;
    if (text[end] !== '\n') throw notPlain;
    if (text[end - 1] === '\r') end--;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    for (let p = lineStart; p < end; p++) {
      const c = text[p];
      if ((c === '|' || c === '>') && (p === lineStart || text[p - 1] === ' ') && BLOCK_HEADER_REST.test(text.slice(p + 1, end))) return p;
    }
    throw notPlain;
  }
}

/** A plain scalar by the YAML 1.2 core schema, as `yaml` resolves it; the rarer forms go to `yaml` itself. */
function resolvePlain(source: string): Json {
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (INT.test(source)) {
    const n = parseInt(source[0] === '-' || source[0] === '+' ? source.slice(1) : source, 10);
    return source[0] === '-' ? -1 * n : n;
  }
  if (FLOAT.test(source)) return parseFloat(source);
  // `.inf`, `.nan`, `0o…`, `0x…` and the like
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(source)) throw notPlain;
  return source;
}
