// A fast reader for the YAML workspaces are written in, giving the same data and places as `yaml` would.
//
// `yaml` (v2) parses a 180 KB guide in about 130 ms on a cold start; js-yaml's event parser takes about
// 30 ms. This reader builds the data and the place tree from js-yaml's events for the common case:
// one document whose root is a map or sequence, of block maps and sequences and one-line flow ones,
// holding plain, quoted or block scalars. Anything else returns undefined, and the file goes through
// `yaml`, which stays the reference for every diagnostic: a syntax error, an anchor, alias or tag, an
// empty value, a duplicate, non-string or over-long key, a tab, a lone CR, a byte-order mark, document
// markers, numbers other than decimal, a flow collection over several lines, `\U` escapes and escaped
// line breaks in double quotes, block scalars with an indentation indicator or keep chomping, a value
// below its key with a comment line between — the places where the two parsers were found to differ
// (two adversarial reviews, several million fuzzed texts).
// test/foundation/fast-yaml.test.ts checks both agree on every YAML file of the repository, on each case
// found and on damaged fragments of the guides.
import { COLLECTION_STYLE, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
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
/** A block scalar's header after its indicator: a strip chomping indicator at most, then a comment. */
const BLOCK_HEADER_REST = /^-?(?:[ ]+#.*)?[ ]*$/;
/** `yaml` allows at most 1024 characters from an implicit key's start to its `:`. */
const MAX_KEY_SPAN = 1000;
/** A document marker (`---`, `...`) at the start of a line. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ \r\n]|$)/m;

/** The data and places of `text`, or undefined when it needs `yaml` (see the file comment). */
export function readPlainYaml(text: string, maxDepth: number): { data: Json; root: YamlPlace } | undefined {
  if (text.charCodeAt(0) === 0xfeff || text.includes('\t') || /\r(?!\n)/.test(text) || DOCUMENT_MARKER.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth });
  } catch {
    return undefined;
  }
  const doc = events[0];
  if (!doc || doc.type !== EVENT_ID.DOCUMENT || doc.explicitStart || doc.explicitEnd || doc.directives.length > 0) return undefined;
  if (events.length < 3 || events[events.length - 1].type !== EVENT_ID.POP) return undefined;
  // Workspace files are maps (a bare scalar at the top is where the parsers' block scalars differ).
  if (events[1].type !== EVENT_ID.MAPPING && events[1].type !== EVENT_ID.SEQUENCE) return undefined;
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
  /** The end of the last scalar or flow collection read (its closing quote or bracket included). */
  lastEnd = -1;
  constructor(
    private readonly text: string,
    private readonly events: Event[],
  ) {}

  /** The next value; `after` is where its key ends (a block scalar's header is looked for after it). */
  node(after = 0): [Json, YamlPlace] {
    const e = this.events[this.i++];
    switch (e.type) {
      case EVENT_ID.SCALAR: {
        const read = this.scalar(e, after);
        this.commentBefore(read[1].at);
        return read;
      }
      case EVENT_ID.MAPPING: {
        if (e.anchorStart !== -1 || e.tagStart !== -1) throw notPlain;
        const data: { [key: string]: Json } = {};
        const keys = new Map<string, { at: number; value?: YamlPlace }>();
        for (;;) {
          const k = this.events[this.i++];
          if (k.type === EVENT_ID.POP) break;
          if (k.type !== EVENT_ID.SCALAR) throw notPlain;
          const [key, keyPlace] = this.scalar(k, 0);
          if (typeof key !== 'string' || key === '__proto__' || keys.has(key)) throw notPlain;
          // A quoted key may hold a `|`: the value's block header comes after the key.
          const [value, place] = this.node(k.valueEnd + 1);
          if (place.at - keyPlace.at > MAX_KEY_SPAN) throw notPlain;
          data[key] = value;
          keys.set(key, { at: keyPlace.at, value: place });
        }
        if (e.style === COLLECTION_STYLE.FLOW) this.closeFlow(e.start);
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
        if (e.style === COLLECTION_STYLE.FLOW) this.closeFlow(e.start);
        return [data, { at: e.start, items }];
      }
      default:
        throw notPlain;
    }
  }

  /** A scalar's value and place (a key, or a value whose key ends at `after`). */
  scalar(e: ScalarEvent, after: number): [Json, YamlPlace] {
    const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
    this.lastEnd = e.valueEnd + (quoted ? 1 : 0);
    if (e.anchorStart !== -1 || e.tagStart !== -1 || e.valueStart === -1) throw notPlain;
    const source = e.fast ? this.text.slice(e.valueStart, e.valueEnd) : getScalarValue(this.text, e);
    switch (e.style) {
      case SCALAR_STYLE.PLAIN:
        return [MAYBE_NOT_STRING.test(source) ? resolvePlain(source) : source, { at: e.valueStart }];
      case SCALAR_STYLE.SINGLE_QUOTED:
      case SCALAR_STYLE.DOUBLE_QUOTED: {
        // `\U` escapes (out-of-range ones `yaml` rejects) and escaped line breaks (folded differently).
        if (!e.fast && e.style === SCALAR_STYLE.DOUBLE_QUOTED && /\\(?:U|\r?\n)/.test(this.text.slice(e.valueStart, e.valueEnd))) throw notPlain;
        const at = e.valueStart - 1;
        if (this.text[at] !== (e.style === SCALAR_STYLE.SINGLE_QUOTED ? "'" : '"')) throw notPlain;
        return [source, { at }];
      }
      default:
        return [source, { at: this.blockHeader(e.valueStart, after) }];
    }
  }

  /**
   * Flow collections are read only when they close on the line they open on (`{todo: "…"}`, `[a, b]`):
   * across lines the two parsers differ on comments and indentation. From the end of the last scalar
   * (or inner collection) read, only spaces and commas may come before the closing bracket.
   */
  closeFlow(start: number): void {
    const text = this.text;
    let p = this.lastEnd > start ? this.lastEnd : start + 1;
    if (text.slice(start, p).includes('\n')) throw notPlain;
    while (text[p] === ' ' || text[p] === ',') p++;
    if (text[p] !== ']' && text[p] !== '}') throw notPlain;
    this.lastEnd = p + 1;
  }

  /**
   * A value on a line below its key or dash with a comment line between: `yaml` may fold the lines
   * after it into it (a quirk with `#text` comments and blank lines), so such files go to `yaml`.
   */
  commentBefore(at: number): void {
    const text = this.text;
    let p = at - 1;
    while (text[p] === ' ') p--;
    while (p >= 0 && text[p] === '\n') {
      const lineStart = text.lastIndexOf('\n', p - 1) + 1;
      const line = text.slice(lineStart, p).trim();
      if (line.startsWith('#')) throw notPlain;
      if (line !== '') return;
      p = lineStart - 1;
    }
  }

  /**
   * The offset of a block scalar's `|` or `>`, on the line before its content (where `yaml` places the node).
   * Headers with an indentation indicator or keep chomping (`|2`, `|+`) are left to `yaml`.
   */
  blockHeader(contentStart: number, after: number): number {
    const text = this.text;
    let end = contentStart - 1;
    if (text[end] !== '\n') throw notPlain;
    if (text[end - 1] === '\r') end--;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    // The first `|` or `>` after the key that starts a word is the indicator; a header it does not begin
    // (`|2`, `>+`, or something else) goes to `yaml`, rather than a `|` in the comment being taken for it.
    for (let p = Math.max(lineStart, after); p < end; p++) {
      const c = text[p];
      if ((c === '|' || c === '>') && (p === lineStart || text[p - 1] === ' ')) {
        if (BLOCK_HEADER_REST.test(text.slice(p + 1, end))) return p;
        throw notPlain;
      }
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
