// Changes values of a YAML file by splicing its text, so comments, key order, quoting, blank lines and flow style stay as they were.
import { CST, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, parse as parseYamlValue, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import type { DataPath } from '../load/locate.js';

/**
 * Set `key` of the map at `map` to a string (inserting the key when absent), or merge a map of strings into it;
 * with `replace`, the key's whole value (whatever it was, e.g. a slot `{todo: …}`) becomes `value`. Or append
 * one item, given as YAML source of a block sequence item without its dash, to the sequence at `append`.
 */
export type YamlChange =
  | {
      map: DataPath;
      key: string;
      value: string | { [key: string]: string };
      /** A new key goes after this one when it exists, else at the end of the map. */
      after?: string;
      replace?: boolean;
    }
  | { append: DataPath; items: string[] };

export type EditResult = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

interface Splice {
  start: number;
  end: number;
  text: string;
  seq: number;
}

const PARSE_OPTIONS = { keepSourceTokens: true, uniqueKeys: true, merge: false, version: '1.2' } as const;

export function editYaml(text: string, changes: readonly YamlChange[]): EditResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  if (doc.errors.length > 0) return { ok: false, reason: doc.errors[0].message.split('\n')[0] };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const ctx: Ctx = { text, doc, lineCounter, eol, splices: [], seq: 0, originalEnd: new Map() };
  const expected = structuredClone(doc.toJS()) as unknown;
  try {
    for (const change of changes) {
      applyChange(ctx, change);
      setIn(expected, change);
    }
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  if (ctx.splices.length === 0) return { ok: true, text, changed: false };
  // One pass from the start: insertions at the same place keep the order they were asked in.
  const sorted = [...ctx.splices].sort((a, b) => a.start - b.start || a.seq - b.seq);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) return { ok: false, reason: 'two changes of the same value' };
    parts.push(text.slice(at, s.start), s.text);
    at = s.end;
  }
  parts.push(text.slice(at));
  const out = parts.join('');
  // The safety net: the new text must parse, and mean exactly the old data with the changes made.
  const check = parseDocument(out, { uniqueKeys: true, merge: false, version: '1.2' });
  if (check.errors.length > 0) return { ok: false, reason: `result does not parse: ${check.errors[0].message.split('\n')[0]}` };
  if (!isDeepStrictEqual(check.toJS(), expected)) return { ok: false, reason: 'result differs from the intended change' };
  return { ok: true, text: out, changed: out !== text };
}

interface Ctx {
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  eol: string;
  splices: Splice[];
  seq: number;
  /** Where each token changed so far ended in the original text (a changed token's own length is no longer that). */
  originalEnd: Map<object, number>;
}

function applyChange(ctx: Ctx, change: YamlChange): void {
  if ('append' in change) {
    appendItems(ctx, change.append, change.items);
    return;
  }
  if (change.replace) {
    replaceValue(ctx, change.map, change.key, change.value);
    return;
  }
  const map = change.map.length === 0 ? ctx.doc.contents : ctx.doc.getIn(change.map, true);
  if (!isMap(map)) throw new Error(`no map at ${change.map.join('.')}`);
  if (typeof change.value === 'string') {
    setString(ctx, map, change.map, change.key, change.value, change.after);
    return;
  }
  const pair = findPair(map, change.key);
  if (pair && isMap(pair.value)) {
    for (const [k, v] of Object.entries(change.value)) setString(ctx, pair.value, [...change.map, change.key], k, v);
    return;
  }
  if (pair) throw new Error(`\`${change.key}\` is not a map`);
  const inner = Object.entries(change.value).map(([k, v]) => `${k}: ${flowScalar(v)}`).join(', ');
  insertPair(ctx, map, change.key, `{${inner}}`, change.after);
}

function setString(ctx: Ctx, map: YAMLMap, path: DataPath, key: string, value: string, after?: string): void {
  const pair = findPair(map, key);
  if (!pair) {
    insertPair(ctx, map, key, newScalar(ctx, map, value), after);
    return;
  }
  if (!isScalar(pair.value)) throw new Error(`\`${[...path, key].join('.')}\` is not a text`);
  if (pair.value.value === value) return;
  const token = pair.value.srcToken;
  if (!token || !('offset' in token)) throw new Error('no source token');
  const old = CST.stringify(token);
  if (ctx.text.slice(token.offset, token.offset + old.length) !== old) throw new Error('source token does not match the text');
  const inFlow = isInFlow(ctx.doc, path);
  ctx.originalEnd.set(token, token.offset + old.length);
  CST.setScalarValue(token, value, { afterKey: true, inFlow, implicitKey: false });
  let replaced = CST.stringify(token);
  if (token.type === 'scalar' && !plainMeans(replaced.trim(), value, inFlow)) {
    CST.setScalarValue(token, value, { afterKey: true, inFlow, implicitKey: false, type: 'QUOTE_DOUBLE' });
    replaced = CST.stringify(token);
  }
  ctx.splices.push({ start: token.offset, end: token.offset + old.length, text: withEol(replaced, ctx.eol), seq: ctx.seq++ });
}

/** The source text of a new scalar: plain when that reads back as the same string, a block literal for several lines, else double-quoted. */
function newScalar(ctx: Ctx, map: YAMLMap, value: string): string {
  if (map.flow) return flowScalar(value);
  if (value.includes('\n')) {
    const indent = keyColumn(ctx, map) + 2;
    const token = CST.createScalarToken(value, { indent, inFlow: false, implicitKey: false, offset: 0, type: 'BLOCK_LITERAL', end: [] });
    return CST.stringify(token).replace(/\n$/, '');
  }
  return plainMeans(value, value, false) ? value : JSON.stringify(value);
}

function flowScalar(value: string): string {
  return plainMeans(value, value, true) ? value : JSON.stringify(value);
}

/** Whether `source` written plain after a key reads back as the string `value`. */
function plainMeans(source: string, value: string, inFlow: boolean): boolean {
  if (source === '' || source !== source.trim() || /[\n\r]/.test(source)) return false;
  try {
    const read = parseYamlValue(inFlow ? `{k: ${source}}` : `k: ${source}`, { version: '1.2' }) as { k?: unknown };
    return read?.k === value;
  } catch {
    return false;
  }
}

function insertPair(ctx: Ctx, map: YAMLMap, key: string, valueSource: string, after?: string): void {
  const anchor = (after && findPair(map, after)) || (map.items[map.items.length - 1] as Pair<Node, Node> | undefined);
  if (!anchor || !anchor.value) throw new Error('cannot add a key to an empty map');
  const value = anchor.value as Node;
  if (map.flow) {
    const at = value.range![1];
    ctx.splices.push({ start: at, end: at, text: withEol(`, ${key}: ${valueSource}`, ctx.eol), seq: ctx.seq++ });
    return;
  }
  const token = value.srcToken;
  if (!token || !('offset' in token)) throw new Error('no source token');
  let at = ctx.originalEnd.get(token) ?? token.offset + CST.stringify(token).length;
  let prefix = '';
  if (ctx.text[at - 1] !== '\n') {
    const nl = ctx.text.indexOf('\n', at);
    if (nl < 0) {
      at = ctx.text.length;
      prefix = '\n';
    } else at = nl + 1;
  }
  const line = `${prefix}${' '.repeat(keyColumn(ctx, map))}${key}: ${valueSource}\n`;
  ctx.splices.push({ start: at, end: at, text: withEol(line, ctx.eol), seq: ctx.seq++ });
}

function keyColumn(ctx: Ctx, map: YAMLMap): number {
  const first = map.items[0] as Pair<Node, Node> | undefined;
  const offset = first?.key?.range?.[0] ?? map.range?.[0] ?? 0;
  return ctx.lineCounter.linePos(offset).col - 1;
}

function findPair(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  return map.items.find((p): p is Pair<Node, Node> => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
}

function isInFlow(doc: Document.Parsed, path: DataPath): boolean {
  for (let n = 1; n <= path.length; n++) {
    const node = doc.getIn(path.slice(0, n), true) as { flow?: boolean } | undefined;
    if (node && node.flow) return true;
  }
  return false;
}

function withEol(s: string, eol: string): string {
  return eol === '\n' ? s : s.replace(/\r?\n/g, eol);
}

/** The whole value of `key` (a scalar, a slot, any map) replaced by a flow-style `value`. */
function replaceValue(ctx: Ctx, path: DataPath, key: string, value: string | { [key: string]: string }): void {
  const map = path.length === 0 ? ctx.doc.contents : ctx.doc.getIn(path, true);
  if (!isMap(map)) throw new Error(`no map at ${path.join('.')}`);
  const pair = findPair(map, key);
  const source = typeof value === 'string' ? (isInFlow(ctx.doc, path) || map.flow ? flowScalar(value) : newScalar(ctx, map, value)) : `{${Object.entries(value).map(([k, v]) => `${k}: ${flowScalar(v)}`).join(', ')}}`;
  if (!pair) {
    insertPair(ctx, map, key, source);
    return;
  }
  const node = pair.value as Node | null;
  if (!node?.range) throw new Error(`\`${[...path, key].join('.')}\` has no value to replace`);
  // From just after `key:`, so a block value below the key is replaced too.
  const colon = ctx.text.indexOf(':', (pair.key as Node).range![1]);
  let end = node.range[1];
  while (end > colon && /\s/.test(ctx.text[end - 1])) end--;
  ctx.splices.push({ start: colon + 1, end, text: withEol(` ${source}`, ctx.eol), seq: ctx.seq++ });
}

/** More items at the end of a sequence (block style; an empty flow `[]` becomes a block sequence). */
function appendItems(ctx: Ctx, path: DataPath, items: string[]): void {
  const seq = ctx.doc.getIn(path, true) as Node | undefined;
  if (!seq || !isSeq(seq) || !seq.range) throw new Error(`no list at ${path.join('.')}`);
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (seq.flow || !last) {
    if (seq.items.length > 0) throw new Error(`the list at ${path.join('.')} is written in flow style`);
    // `key: []` → `key:` and the item on the lines below, indented under the key.
    const lineStart = ctx.text.lastIndexOf('\n', seq.range[0] - 1) + 1;
    const keyIndent = (/^ */.exec(ctx.text.slice(lineStart)) ?? [''])[0].length;
    ctx.splices.push({ start: seq.range[0] - (ctx.text[seq.range[0] - 1] === ' ' ? 1 : 0), end: seq.range[1], text: withEol(`\n${items.map((item) => indentItem(item, keyIndent + 2)).join('\n')}`, ctx.eol), seq: ctx.seq++ });
    return;
  }
  const dashCol = ctx.lineCounter.linePos(last.range![0]).col - 3;
  let at = last.range![2] ?? last.range![1];
  if (ctx.text[at - 1] !== '\n') {
    const nl = ctx.text.indexOf('\n', at);
    at = nl < 0 ? ctx.text.length : nl + 1;
  }
  const prefix = at === ctx.text.length && !ctx.text.endsWith('\n') ? '\n' : '';
  ctx.splices.push({ start: at, end: at, text: withEol(`${prefix}${items.map((item) => indentItem(item, dashCol)).join('\n')}\n`, ctx.eol), seq: ctx.seq++ });
}

/** `item` (YAML of one sequence item, first line after the dash) as a block item at `column`. */
function indentItem(item: string, column: number): string {
  const pad = ' '.repeat(column);
  return item
    .replace(/\n+$/, '')
    .split('\n')
    .map((line, i) => (i === 0 ? `${pad}- ${line}` : `${pad}  ${line}`))
    .join('\n');
}

function setIn(data: unknown, change: YamlChange): void {
  let node = data as Record<string | number, unknown>;
  if ('append' in change) {
    for (const p of change.append) node = node[p] as Record<string | number, unknown>;
    for (const item of change.items) (node as unknown as unknown[]).push(parseYamlValue(indentItem(item, 0), { version: '1.2' })[0]);
    return;
  }
  for (const p of change.map) node = node[p] as Record<string | number, unknown>;
  if (change.replace) node[change.key] = change.value;
  else if (typeof change.value === 'string') node[change.key] = change.value;
  else node[change.key] = { ...((node[change.key] as object | undefined) ?? {}), ...change.value };
}
