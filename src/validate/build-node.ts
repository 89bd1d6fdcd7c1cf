// Turns validated YAML data into GuideNodes that remember where each field was written.
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Node } from 'yaml';
import { bracePositions, childNode, locate, locateKey, nearestNode, nodeAt, nodePosition, type DataPath } from '../load/locate.js';
import { nearest } from '../diagnostics/suggest.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import { CHILDREN_KEY, type GuideNode, type Json, type NodeType, type Provenance } from '../model/types.js';

/** Fields that hold prose: a plain string there is accepted with a warning. */
export const PROSE_FIELDS = new Set(['title', 'subtitle', 'body', 'text', 'caption', 'label', 'alt', 'publication', 'attribution', 'description', 'note', 'remarks']);

export interface BuildContext {
  parsed: ParsedYaml;
  /** `international`, `city:huzhou`, `sector:petroleum` */
  layer: string;
  diagnostics: Diagnostic[];
}

type Obj = { [key: string]: Json };

export function provenance(ctx: BuildContext, path: DataPath): Provenance {
  return { ...locate(ctx.parsed, path), layer: ctx.layer };
}

/** The type of a node by its data when it is not given by its place: content nodes carry `type`. */
export function inferType(data: Obj): NodeType {
  if (typeof data.type === 'string') return data.type as NodeType;
  if ('cells' in data) return 'row';
  if ('content' in data || 'title' in data) return 'section';
  return 'item';
}

export function buildNode(ctx: BuildContext, data: Obj, path: DataPath, type: NodeType): GuideNode {
  const childrenKey = CHILDREN_KEY[type];
  const fields: Obj = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === 'id' || k === 'type' || k === childrenKey) continue;
    fields[k] = v;
  }
  const node: GuideNode = {
    id: String(data.id ?? ''),
    type,
    fields,
    children: [],
    at: provenance(ctx, path),
    prov: {},
  };
  recordLeaves(ctx, fields, path, '', node.prov);
  checkTexts(ctx, fields, path);
  const children = childrenKey ? data[childrenKey] : undefined;
  if (Array.isArray(children)) {
    children.forEach((child, i) => {
      if (child && typeof child === 'object' && !Array.isArray(child)) {
        const childType: NodeType = type === 'guide' ? 'section' : type === 'table' ? 'row' : type === 'section' ? inferType(child) : 'item';
        node.children.push(buildNode(ctx, child, [...path, childrenKey!, i], childType));
      }
    });
  }
  return node;
}

/** Records, for every leaf under `value`, the place it was written (`title.zh` → file:line:col). */
export function recordLeaves(ctx: BuildContext, value: Json, path: DataPath, prefix: string, into: Record<string, Provenance>): void {
  const node = nodeAt(ctx.parsed, path);
  walkLeaves(ctx, value, node, node ?? nearestNode(ctx.parsed, path), prefix, into);
}

// Walks yaml's nodes beside the data, so each leaf costs one child lookup rather than a lookup from the root.
// A leaf with no node of its own (data the builder added) takes its nearest written ancestor's, as `locate` does.
function walkLeaves(ctx: BuildContext, value: Json, node: Node | undefined, nearest: Node | undefined, prefix: string, into: Record<string, Provenance>): void {
  if (value !== null && typeof value === 'object') {
    let empty = true;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        empty = false;
        const child = childNode(node, i);
        walkLeaves(ctx, value[i], child, child ?? nearest, prefix ? `${prefix}.${i}` : String(i), into);
      }
    } else {
      for (const k in value) {
        if (!Object.hasOwn(value, k)) continue;
        empty = false;
        const child = childNode(node, k);
        walkLeaves(ctx, value[k], child, child ?? nearest, prefix ? `${prefix}.${k}` : k, into);
      }
    }
    if (empty && prefix) into[prefix] = { ...nodePosition(ctx.parsed, nearest), layer: ctx.layer };
  } else if (prefix) {
    const braces = typeof value === 'string' ? bracePositions(ctx.parsed, node, value) : undefined;
    into[prefix] = { ...nodePosition(ctx.parsed, nearest), layer: ctx.layer, ...(braces ? { braces } : {}) };
  }
}

/**
 * Prose given as a plain string (a warning) and texts left empty (an error); with `languages`, keys of a
 * text other than `zh`, `en` (and `reviewed`), where no schema checks them (an override's `set:`).
 */
export function checkTexts(ctx: BuildContext, fields: Obj, path: DataPath, options: { languages?: boolean } = {}): void {
  const check = (field: string, value: Json | undefined, at: DataPath) => {
    checkText(ctx, field, value, at);
    if (options.languages) checkLanguages(ctx, value, at);
  };
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'cells' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [col, cell] of Object.entries(value)) check(`cells.${col}`, cell, [...path, key, col]);
    } else if (key === 'columns' && Array.isArray(value)) {
      value.forEach((c, i) => c && typeof c === 'object' && !Array.isArray(c) && check('label', c.label, [...path, key, i, 'label']));
    } else if (key === 'answers' && Array.isArray(value)) {
      value.forEach((a, i) => check('answers', a, [...path, key, i]));
    } else if (PROSE_FIELDS.has(key)) {
      check(key, value, [...path, key]);
    }
  }
}

const TEXT_KEYS = ['zh', 'en', 'reviewed'];

function checkLanguages(ctx: BuildContext, value: Json | undefined, path: DataPath): void {
  if (!value || typeof value !== 'object' || Array.isArray(value) || 'todo' in value) return;
  for (const key of Object.keys(value)) {
    if (TEXT_KEYS.includes(key)) continue;
    const guess = nearest(key, ['zh', 'en'], 1)[0] ?? (/^(zh|chi|cn)/i.test(key) ? 'zh' : /^en/i.test(key) ? 'en' : undefined);
    ctx.diagnostics.push(error('unknown-language', { key }, { at: locateKey(ctx.parsed, path, key), ...(guess ? { hint: 'hint-did-you-mean', hintArgs: { suggestion: guess } } : { hint: 'hint-languages' }) }));
  }
}

function checkText(ctx: BuildContext, field: string, value: Json | undefined, path: DataPath): void {
  if (typeof value === 'string') {
    if (value.trim() === '') ctx.diagnostics.push(error('empty-text', { field }, { at: locate(ctx.parsed, path) }));
    else ctx.diagnostics.push(warning('plain-string-text', { field }, { at: locate(ctx.parsed, path), hint: 'hint-plain-string-text' }));
    return;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  if ('todo' in value) return;
  const langs = ['en', 'zh'].filter((l) => typeof value[l] === 'string');
  if (langs.length === 0) ctx.diagnostics.push(error('empty-text', { field }, { at: locate(ctx.parsed, path) }));
  for (const l of langs) {
    if ((value[l] as string).trim() === '') ctx.diagnostics.push(error('empty-text', { field: `${field}.${l}` }, { at: locate(ctx.parsed, [...path, l]) }));
  }
}
