// Finds every translatable text of a guide file or an override file, with its YAML path and its unit key.
import type { DataPath } from '../load/locate.js';
import { isSlot, slotDescription, type BilingualText, type Json } from '../model/types.js';
import { PROSE_FIELDS } from '../validate/build-node.js';

type Obj = { [key: string]: Json };

/** A text map `{en, zh, reviewed}` (or a slot) found in a file. */
export interface TextEntry {
  /** `<node>.<field>`: the id of the XLIFF unit, and what status prints. */
  unit: string;
  node: string;
  /** `title`, `body`, `cells.party`, `columns.party.label`, `answers.0`, `description` (of a variable). */
  field: string;
  /** Where the text map is in the file's data. */
  path: DataPath;
  text?: BilingualText;
  todo?: string;
  /** For a text inside a `change` operation: the operation's index. */
  change?: number;
}

/** A `change` operation, with the text fields it sets and the record of what it was based on. */
export interface ChangeEntry {
  index: number;
  target: string;
  fields: string[];
  basedOn?: { [field: string]: string };
}

/** What a file says about its nodes: each node's descendants and the section it sits in. */
export interface NodeInfo {
  id: string;
  path: DataPath;
  descendants: string[];
  section?: BilingualText;
}

export interface FileTexts {
  texts: TextEntry[];
  changes: ChangeEntry[];
  nodes: Map<string, NodeInfo>;
}

const CHILDREN = new Set(['chapters', 'content', 'items', 'rows']);
const ROOT_ONLY = new Set(['id', 'edition', 'sources', 'vars', 'chapters']);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function guideTexts(data: Json, guideId: string): FileTexts {
  const out: FileTexts = { texts: [], changes: [], nodes: new Map() };
  if (!isObj(data)) return out;
  const rootFields: Obj = {};
  for (const [k, v] of Object.entries(data)) if (!ROOT_ONLY.has(k)) rootFields[k] = v;
  fieldTexts(rootFields, [], guideId, out.texts);
  varTexts(data.vars, out.texts);
  const root: NodeInfo = { id: guideId, path: [], descendants: [] };
  out.nodes.set(guideId, root);
  walkChildren(data, [], undefined, [root], out);
  return out;
}

export function overrideTexts(data: Json): FileTexts {
  const out: FileTexts = { texts: [], changes: [], nodes: new Map() };
  if (!isObj(data)) return out;
  varTexts(data.vars, out.texts);
  const ops = Array.isArray(data.operations) ? data.operations : [];
  ops.forEach((op, i) => {
    if (!isObj(op)) return;
    if (typeof op.change === 'string' && isObj(op.set)) {
      const found: TextEntry[] = [];
      fieldTexts(op.set, ['operations', i, 'set'], op.change, found);
      for (const t of found) out.texts.push({ ...t, change: i });
      const entry: ChangeEntry = { index: i, target: op.change, fields: found.map((t) => t.field) };
      if (isObj(op['based-on'])) entry.basedOn = Object.fromEntries(Object.entries(op['based-on']).map(([k, v]) => [k, String(v)]));
      out.changes.push(entry);
    } else if (Array.isArray(op.add)) {
      op.add.forEach((node, j) => isObj(node) && walkNode(node, ['operations', i, 'add', j], undefined, [], out));
    }
  });
  return out;
}

function walkChildren(data: Obj, path: DataPath, section: BilingualText | undefined, ancestors: NodeInfo[], out: FileTexts): void {
  for (const key of CHILDREN) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    list.forEach((child, i) => isObj(child) && walkNode(child, [...path, key, i], section, ancestors, out));
  }
}

function walkNode(data: Obj, path: DataPath, section: BilingualText | undefined, ancestors: NodeInfo[], out: FileTexts): void {
  if (typeof data.id !== 'string') return;
  const info: NodeInfo = { id: data.id, path, descendants: [], ...(section ? { section } : {}) };
  out.nodes.set(data.id, info);
  for (const a of ancestors) a.descendants.push(data.id);
  fieldTexts(data, path, data.id, out.texts);
  const isSection = data.type === 'section' || 'content' in data;
  const inner = isSection && isObj(data.title) ? (data.title as BilingualText) : section;
  walkChildren(data, path, inner, [...ancestors, info], out);
}

/** The texts among a node's fields (or a `set:` of a change). */
export function fieldTexts(fields: Obj, path: DataPath, node: string, into: TextEntry[]): void {
  const emit = (field: string, value: Json | undefined, at: DataPath) => {
    if (!isObj(value)) return;
    if (isSlot(value)) into.push({ unit: `${node}.${field}`, node, field, path: at, todo: slotDescription(value.todo) });
    else if (typeof value.en === 'string' || typeof value.zh === 'string') into.push({ unit: `${node}.${field}`, node, field, path: at, text: value as BilingualText });
  };
  for (const [k, v] of Object.entries(fields)) {
    if (k === 'id' || k === 'type' || CHILDREN.has(k)) continue;
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

function varTexts(vars: Json | undefined, into: TextEntry[]): void {
  if (!isObj(vars)) return;
  for (const [name, decl] of Object.entries(vars)) {
    if (!isObj(decl) || !isObj(decl.description)) continue;
    const d = decl.description;
    const entry: TextEntry = { unit: `vars.${name}.description`, node: `vars.${name}`, field: 'description', path: ['vars', name, 'description'] };
    if (isSlot(d)) entry.todo = slotDescription(d.todo);
    else entry.text = d as BilingualText;
    into.push(entry);
  }
}

/** Every slot `{todo: ...}` anywhere under `value` (variables' values, profile fields). */
export function findSlots(value: Json | undefined, path: DataPath, into: { path: DataPath; todo: string }[] = []): { path: DataPath; todo: string }[] {
  if (Array.isArray(value)) value.forEach((v, i) => findSlots(v, [...path, i], into));
  else if (isObj(value)) {
    if (isSlot(value) && Object.keys(value).length === 1) into.push({ path, todo: slotDescription(value.todo) });
    else for (const [k, v] of Object.entries(value)) findSlots(v, [...path, k], into);
  }
  return into;
}
