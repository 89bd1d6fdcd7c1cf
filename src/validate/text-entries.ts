// Records, once when a guide or override file is loaded, every translatable text with its place, its
// languages and its review record; its change operations; and what each node holds. Translator tools read these.
import { createHash } from 'node:crypto';
import { childNode, locate, nearestNode, nodePosition } from '../load/locate.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import {
  CHILD_KEYS,
  isSlot,
  slotDescription,
  type AddPosition,
  type BilingualText,
  type ChangeEntry,
  type DataPath,
  type FileTexts,
  type Json,
  type NodeInfo,
  type OperationEntry,
  type SourceRef,
  type TextEntry,
} from '../model/types.js';
import { PROSE_FIELDS } from './build-node.js';

type Obj = { [key: string]: Json };

const ROOT_ONLY = new Set(['id', 'edition', 'sources', 'vars', 'chapters']);
const POSITIONS: readonly AddPosition[] = ['before', 'after', 'start', 'end'];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text map found, before its places are looked up. */
type Found = Omit<TextEntry, 'at'>;

export function guideTexts(parsed: ParsedYaml, guideId: string): FileTexts {
  const out = empty(parsed);
  const data = parsed.data;
  if (!isObj(data)) return out;
  const found: Found[] = [];
  const rootFields: Obj = {};
  for (const [k, v] of Object.entries(data)) if (!ROOT_ONLY.has(k)) rootFields[k] = v;
  fieldTexts(rootFields, [], guideId, found);
  varTexts(data.vars, found);
  const root: NodeInfo = { id: guideId, path: [], descendants: [], ...nodeLabel(data) };
  out.nodes.set(guideId, root);
  walkChildren(data, [], undefined, [root], out, found);
  out.texts = found.map((t) => placed(parsed, t));
  return out;
}

export function overrideTexts(parsed: ParsedYaml): FileTexts {
  const out = empty(parsed);
  const data = parsed.data;
  if (!isObj(data)) return out;
  const found: Found[] = [];
  varTexts(data.vars, found);
  const ops = Array.isArray(data.operations) ? data.operations : [];
  ops.forEach((op, i) => {
    if (!isObj(op)) return;
    const path = ['operations', i];
    if (typeof op.change === 'string' && isObj(op.set)) {
      const own: Found[] = [];
      fieldTexts(op.set, [...path, 'set'], op.change, own);
      for (const t of own) found.push({ ...t, change: i });
      const fields = own.map((t) => t.field);
      const basedOnAt = Object.fromEntries(fields.map((f) => [f, locate(parsed, [...path, 'based-on', f])]));
      const entry: ChangeEntry = { index: i, target: op.change, fields, at: { change: locate(parsed, [...path, 'change']), basedOn: basedOnAt } };
      if (isObj(op['based-on'])) entry.basedOn = Object.fromEntries(Object.entries(op['based-on']).map(([k, v]) => [k, String(v)]));
      out.changes.push(entry);
    } else if (Array.isArray(op.add)) {
      const position = POSITIONS.find((p) => typeof op[p] === 'string');
      const added: OperationEntry = { index: i, op: 'add', target: position ? String(op[position]) : '', adds: [] };
      if (position) added.position = position;
      op.add.forEach((node, j) => {
        if (!isObj(node)) return;
        if (typeof node.id === 'string') added.adds!.push(node.id);
        walkNode(node, [...path, 'add', j], undefined, [], out, found);
      });
      out.operations.push(added);
    } else if (typeof op.remove === 'string') {
      out.operations.push({ index: i, op: 'remove', target: op.remove });
    }
  });
  out.texts = found.map((t) => placed(parsed, t));
  return out;
}

/** Every slot `{todo: ...}` of a profile's fields outside `vars`, with its dotted path and place. */
export function profileSlots(parsed: ParsedYaml): { path: string; todo: string; at: SourceRef }[] {
  if (!isObj(parsed.data)) return [];
  const data: Obj = { ...parsed.data };
  delete data.vars;
  return findSlots(data, []).map((s) => ({ path: s.path.join('.'), todo: s.todo, at: locate(parsed, s.path) }));
}

function empty(parsed: ParsedYaml): FileTexts {
  return { texts: [], changes: [], nodes: new Map(), operations: [], sha256: createHash('sha256').update(parsed.text, 'utf8').digest('hex') };
}

function placed(parsed: ParsedYaml, t: Found): TextEntry {
  // The map is found from the root once; its keys from the map (a key not written: the map's place, as `locate` gives).
  const map = nearestNode(parsed, t.path);
  const at = (key: string) => nodePosition(parsed, childNode(map, key) ?? map);
  return { ...t, at: { map: nodePosition(parsed, map), en: at('en'), zh: at('zh'), reviewed: at('reviewed') } };
}

function walkChildren(data: Obj, path: DataPath, section: BilingualText | undefined, ancestors: NodeInfo[], out: FileTexts, found: Found[]): void {
  for (const key of CHILD_KEYS) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    list.forEach((child, i) => isObj(child) && walkNode(child, [...path, key, i], section, ancestors, out, found));
  }
}

function walkNode(data: Obj, path: DataPath, section: BilingualText | undefined, ancestors: NodeInfo[], out: FileTexts, found: Found[]): void {
  if (typeof data.id !== 'string') return;
  const info: NodeInfo = { id: data.id, path, descendants: [], ...(section ? { section } : {}), ...nodeLabel(data) };
  out.nodes.set(data.id, info);
  for (const a of ancestors) a.descendants.push(data.id);
  fieldTexts(data, path, data.id, found);
  const isSection = data.type === 'section' || 'content' in data;
  const inner = isSection && isObj(data.title) ? (data.title as BilingualText) : section;
  walkChildren(data, path, inner, [...ancestors, info], out, found);
}

function nodeLabel(data: Obj): Pick<NodeInfo, 'kind' | 'parent' | 'heading'> {
  const heading = data.title ?? data.caption ?? data.text ?? data.body;
  return {
    kind: typeof data.type === 'string' ? data.type : 'section',
    parent: Object.keys(data).some((k) => CHILD_KEYS.has(k)),
    ...(isObj(heading) ? { heading: heading as BilingualText } : {}),
  };
}

/** The texts among a node's fields (or a `set:` of a change). */
function fieldTexts(fields: Obj, path: DataPath, node: string, into: Found[]): void {
  const emit = (field: string, value: Json | undefined, at: DataPath) => {
    if (!isObj(value)) return;
    if (isSlot(value)) into.push({ unit: `${node}.${field}`, node, field, path: at, todo: slotDescription(value.todo) });
    else if (typeof value.en === 'string' || typeof value.zh === 'string') into.push({ unit: `${node}.${field}`, node, field, path: at, text: value as BilingualText });
  };
  for (const [k, v] of Object.entries(fields)) {
    if (k === 'id' || k === 'type' || CHILD_KEYS.has(k)) continue;
    if (k === 'cells' && isObj(v)) {
      for (const [col, cell] of Object.entries(v)) emit(`cells.${col}`, cell, [...path, k, col]);
    } else if (k === 'columns' && Array.isArray(v)) {
      v.forEach((c, i) => isObj(c) && emit(`columns.${typeof c.id === 'string' ? c.id : i}.label`, c.label, [...path, k, i, 'label']));
    } else if (k === 'answers' && Array.isArray(v)) {
      v.forEach((a, i) => emit(`answers.${i}`, a, [...path, k, i]));
    } else if (PROSE_FIELDS.has(k)) {
      emit(k, v, [...path, k]);
    }
  }
}

function varTexts(vars: Json | undefined, into: Found[]): void {
  if (!isObj(vars)) return;
  for (const [name, decl] of Object.entries(vars)) {
    if (!isObj(decl) || !isObj(decl.description)) continue;
    const d = decl.description;
    const entry: Found = { unit: `vars.${name}.description`, node: `vars.${name}`, field: 'description', path: ['vars', name, 'description'] };
    if (isSlot(d)) entry.todo = slotDescription(d.todo);
    else entry.text = d as BilingualText;
    into.push(entry);
  }
}

function findSlots(value: Json | undefined, path: DataPath, into: { path: DataPath; todo: string }[] = []): { path: DataPath; todo: string }[] {
  if (Array.isArray(value)) value.forEach((v, i) => findSlots(v, [...path, i], into));
  else if (isObj(value)) {
    if (isSlot(value) && Object.keys(value).length === 1) into.push({ path, todo: slotDescription(value.todo) });
    else for (const [k, v] of Object.entries(value)) findSlots(v, [...path, k], into);
  }
  return into;
}
