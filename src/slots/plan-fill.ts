// Values for slots → edits of the locality's own YAML files (comments and formatting kept), all or nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { editYaml, type YamlChange } from '../edit-yaml/edit-yaml.js';
import type { FileEdit } from '../edit-yaml/write-files.js';
import type { DataPath } from '../load/locate.js';
import type { Json, Workspace } from '../model/types.js';
import { localiseGuide } from '../localise/localise.js';
import { fieldAt } from '../render/text/resolve-text.js';
import type { SlotInventory, SlotRow, SlotTarget } from './inventory.js';

export interface FilledValue {
  key: string;
  zh: string;
  en: string;
  /** Where the value was typed: the sheet and its row (or the prompt), for messages. */
  at: { file: string; line: number; col: number };
}

export interface FillPlan {
  edits: FileEdit[];
  /** Files that do not exist yet (a locality's first override of a guide): written whole. */
  created: { file: string; absPath: string; text: string }[];
  filled: string[];
  unchanged: string[];
  diagnostics: Diagnostic[];
}

const HAN = /\p{Script=Han}/u;
const EXPRESSION = /\{\{\s*([^}]*?)\s*\}\}/g;

/** What a value becomes in YAML: a text per language; a language-neutral value (a number, a phone) as it is. */
export function yamlValue(v: FilledValue): string | { [lang: string]: string } {
  if (v.zh && v.en) return { zh: v.zh, en: v.en };
  if (v.zh) return HAN.test(v.zh) ? { zh: v.zh } : v.zh;
  return { en: v.en };
}

export function planFill(workspace: Workspace, inventory: SlotInventory, values: readonly FilledValue[]): FillPlan {
  const plan: FillPlan = { edits: [], created: [], filled: [], unchanged: [], diagnostics: [] };
  const rows = new Map(inventory.rows.map((r) => [r.key, r]));
  const known = inventory.variables;
  const byFile = new Map<string, { changes: YamlChange[]; items: string[]; guide?: string }>();
  // Each target file read and parsed once, whatever the number of values it receives.
  const parsedFiles = new Map<string, { [key: string]: Json } | null>();
  const dataOf = (file: string) => {
    if (!parsedFiles.has(file)) {
      const abs = join(workspace.root, file);
      parsedFiles.set(file, existsSync(abs) ? (parse(readFileSync(abs, 'utf8')) as { [key: string]: Json } | null) : null);
    }
    return parsedFiles.get(file)!;
  };
  const bucket = (file: string) => byFile.get(file) ?? byFile.set(file, { changes: [], items: [] }).get(file)!;

  for (const v of values) {
    for (const text of [v.zh, v.en]) {
      for (const m of text.matchAll(EXPRESSION)) {
        if (!known.has(m[1])) plan.diagnostics.push(error('slots-unknown-variable', { name: m[1], key: v.key }, { at: v.at, hint: 'hint-slots-variable' }));
      }
    }
    const row = rows.get(v.key);
    if (!row) {
      const now = currentValue(workspace, inventory, v.key);
      if (now !== undefined && isDeepStrictEqual(now, yamlValue(v))) plan.unchanged.push(v.key);
      else if (now !== undefined) plan.diagnostics.push(error('slots-already-filled', { key: v.key }, { at: v.at }));
      else plan.diagnostics.push(error('slots-unknown-slot', { key: v.key, variant: inventory.variant }, { at: v.at }));
      continue;
    }
    addChange(bucket, row, v, dataOf);
    plan.filled.push(v.key);
  }
  if (plan.diagnostics.length > 0) return plan;

  for (const [file, { changes, items, guide }] of byFile) {
    const absPath = join(workspace.root, file);
    if (!existsSync(absPath)) {
      const text = newOverrideFile(guide ?? '', items);
      plan.created.push({ file, absPath, text });
      continue;
    }
    const before = readFileSync(absPath, 'utf8').replace(/^\ufeff/, '');
    let text = before;
    const varChanges = changes.filter((c) => 'map' in c && c.map.length === 1 && c.map[0] === 'vars');
    const data = dataOf(file);
    if (varChanges.length > 0 && (!data || typeof data.vars !== 'object' || data.vars === null)) {
      // No `vars:` yet: add the map at the end, then the values go into it like into any other.
      text = `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}vars:\n${varChanges.map((c) => `  ${(c as { key: string }).key}: ""`).join('\n')}\n`;
    }
    const all: YamlChange[] = [...changes, ...(items.length > 0 ? [{ append: ['operations'] as DataPath, items }] : [])];
    const result = editYaml(text, all);
    if (!result.ok) {
      plan.diagnostics.push(error('slots-write-failed', result.failure.args, { messageId: result.failure.messageId, at: { file, line: 1, col: 1 } }));
      continue;
    }
    plan.edits.push({ file, absPath, before, after: result.text });
  }
  return plan;
}

type DataOf = (file: string) => { [key: string]: Json } | null;

function addChange(bucket: (file: string) => { changes: YamlChange[]; items: string[]; guide?: string }, row: SlotRow, v: FilledValue, dataOf: DataOf): void {
  for (const target of row.targets) addTargetChange(bucket, target, yamlValue(v), dataOf);
}

function addTargetChange(bucket: (file: string) => { changes: YamlChange[]; items: string[]; guide?: string }, target: SlotTarget, value: string | { [lang: string]: string }, dataOf: DataOf): void {
  if (target.kind === 'variable') {
    // The long form `name: {value: …, description: …}` keeps its description: only `value` changes.
    const vars = dataOf(target.file)?.vars;
    const decl = vars && typeof vars === 'object' && !Array.isArray(vars) ? vars[target.name] : undefined;
    if (decl && typeof decl === 'object' && !Array.isArray(decl) && 'value' in decl) bucket(target.file).changes.push({ map: ['vars', target.name], key: 'value', value, replace: true });
    else bucket(target.file).changes.push({ map: ['vars'], key: target.name, value, replace: true });
  } else if (target.kind === 'profile') {
    bucket(target.file).changes.push({ map: target.path.slice(0, -1), key: String(target.path.at(-1)), value, replace: true });
  } else {
    const b = bucket(target.file);
    b.guide = target.guide;
    b.items.push(changeItem(target.node, target.field, value, target.basedOn));
  }
}

/** One `change` operation, as YAML source of a sequence item (first line after the dash). */
function changeItem(node: string, field: string, value: string | { [lang: string]: string }, basedOn?: string): string {
  const flow = typeof value === 'string' ? JSON.stringify(value) : `{${Object.entries(value).map(([k, t]) => `${k}: ${JSON.stringify(t)}`).join(', ')}}`;
  const parts = field.split('.');
  const lines = [`change: ${node}`, 'set:'];
  parts.forEach((p, i) => lines.push(`${'  '.repeat(i + 1)}${p}:${i === parts.length - 1 ? ` ${flow}` : ''}`));
  if (basedOn) lines.push(`based-on: {${field}: ${basedOn}}`);
  return lines.join('\n');
}

function newOverrideFile(guide: string, items: string[]): string {
  const body = items.map((item) => item.split('\n').map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)).join('\n')).join('\n');
  return ['# yaml-language-server: $schema=../../../schemas/override.schema.json', `# Overrides of the guide \`${guide}\` for this locality (values filled in with adapt-guide slots import / fill).`, `guide: ${guide}`, 'operations:', body, ''].join('\n');
}

/** The value a key holds now in this variant (after a slot was filled), or undefined if there is no such place. */
function currentValue(workspace: Workspace, inventory: SlotInventory, key: string): Json | undefined {
  const spec = inventory.spec;
  const text = /^([a-z0-9-]+)#([a-z0-9-]+)\.(.+)$/.exec(key);
  if (text) {
    const adapted = localiseGuide(workspace, text[1], spec).adapted;
    let found: Json | undefined;
    const walk = (n: { id: string; fields: { [k: string]: Json }; children: unknown[] }) => {
      if (n.id === text[2]) found = fieldAt(n.fields, text[3]);
      for (const c of n.children) walk(c as typeof n);
    };
    if (adapted) walk(adapted.guide.root);
    return stripReviewed(found);
  }
  const [scope, ...rest] = key.split('.');
  if (scope === 'vars') {
    for (const g of workspace.guides.keys()) {
      const v = localiseGuide(workspace, g, spec).adapted?.vars[rest.join('.')];
      if (v) return stripReviewed(v.value);
    }
    return undefined;
  }
  const profile = scope === 'city' && spec.city ? workspace.cities.get(spec.city) : scope === 'sector' && spec.sectors.length > 0 ? workspace.sectors.get(spec.sectors.at(-1)!) : undefined;
  return profile ? stripReviewed(fieldAt(profile.data, rest.join('.'))) : undefined;
}

function stripReviewed(value: Json | undefined): Json | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('reviewed' in value)) return value;
  const { reviewed: _, ...rest } = value;
  return rest;
}
