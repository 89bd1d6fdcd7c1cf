// What one variant still has to fill in: every slot its guides print or its profiles hold, one row per slot,
// each with the place its value goes (the locality's own files, never the shared international guide).
import { fingerprint } from '../translate/fingerprint.js';
import type { DataPath } from '../load/locate.js';
import { isSlot, variantName, type GuideNode, type Json, type Profile, type SlotTodo, type VariantSpec, type Workspace } from '../model/types.js';
import { localiseGuide } from '../localise/localise.js';
import type { AdaptedGuide } from '../localise/types.js';
import { textPaths } from '../render/text/check-texts.js';
import { fieldAt } from '../render/text/resolve-text.js';
import { rawContext } from '../render/text/variable-context.js';

/** Where a filled-in value is written. Files are workspace-relative. */
export type SlotTarget =
  /** `vars: {name: VALUE}` in a locality's profile, or in its override file when it declared the slot there. */
  | { kind: 'variable'; file: string; name: string }
  /** A field of a locality's profile (`adapter`, `contacts.0.phone`). */
  | { kind: 'profile'; file: string; path: DataPath }
  /** A `change` of the node's field, appended to the locality's override file for the guide (made if missing). */
  | { kind: 'text'; file: string; guide: string; node: string; field: string; basedOn?: string };

export interface SlotRow {
  /** Stable, readable id: `vars.online_platform`, `city.adapter`, `core-skills#local-case.body`. */
  key: string;
  todo: SlotTodo;
  /** Guides that print it (empty for a profile field no text uses). */
  guides: string[];
  /** `guide › chapter › section` of each place it is printed (zh titles). */
  where: string[];
  /** The text around its first appearance. */
  context: string;
  /** Where its value goes: one place, or for a variable each file that sets it for some guide of the variant. */
  targets: SlotTarget[];
}

export interface SlotInventory {
  variant: string;
  spec: VariantSpec;
  rows: SlotRow[];
  /** `vars.x`, `locality.y`, `city.y`, `sector.y`: what a filled-in value may use, from the same localisation. */
  variables: Set<string>;
}

const REF = /\{\{\s*(vars|locality|city|sector)\.([A-Za-z0-9_.]+)\s*\}\}/g;

/** The locality whose files a variant's values go to: its city, else its last sector. */
export function ownProfile(workspace: Workspace, spec: VariantSpec): Profile | undefined {
  if (spec.city) return workspace.cities.get(spec.city);
  const last = spec.sectors.at(-1);
  return last ? workspace.sectors.get(last) : undefined;
}

export function localityFolder(profile: Profile): string {
  return profile.file.slice(0, profile.file.lastIndexOf('/') + 1);
}

function zhOf(value: Json | undefined): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (typeof value.zh === 'string') return value.zh;
    if (typeof value.en === 'string') return value.en;
  }
  return '';
}

function around(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const end = Math.min(text.length, index + length + 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

export function slotInventory(workspace: Workspace, spec: VariantSpec): SlotInventory {
  const profile = ownProfile(workspace, spec);
  const rows = new Map<string, SlotRow>();
  const variables = new Set<string>();
  const city = spec.city ? workspace.cities.get(spec.city) : undefined;
  const sector = spec.sectors.length > 0 ? workspace.sectors.get(spec.sectors.at(-1)!) : undefined;
  const profileOf = (scope: string) => (scope === 'city' ? city : scope === 'sector' ? sector : (city ?? sector));

  const seen = (key: string, make: () => SlotRow, guide: string | undefined, where: string | undefined, context: string) => {
    let row = rows.get(key);
    const made = make();
    if (!row) {
      row = made;
      row.context = context;
      rows.set(key, row);
    } else {
      for (const t of made.targets) if (!row.targets.some((r) => r.file === t.file)) row.targets.push(t);
    }
    if (guide && !row.guides.includes(guide)) row.guides.push(guide);
    if (where && !row.where.includes(where)) row.where.push(where);
  };

  for (const guideId of [...workspace.guides.keys()].sort()) {
    const { adapted } = localiseGuide(workspace, guideId, spec);
    if (!adapted) continue;
    const raw = rawContext(adapted) as { [scope: string]: Json };
    for (const [scope, data] of Object.entries(raw)) {
      if (data && typeof data === 'object' && !Array.isArray(data)) for (const key of Object.keys(data)) variables.add(`${scope}.${key}`);
    }
    const international = workspace.guides.get(guideId)!.root;
    visit(adapted.guide.root, [zhOf(adapted.guide.root.fields.title) || guideId], (node, trail) => {
      const where = trail.join(' › ');
      const paths: string[] = [];
      for (const [k, v] of Object.entries(node.fields)) textPaths(v, k, paths);
      for (const path of paths) {
        const value = fieldAt(node.fields, path);
        if (isSlot(value)) {
          if (!profile) continue;
          const key = `${guideId}#${node.id}.${path}`;
          const en = zhOrEn(findNode(international, node.id)?.fields, path, 'en');
          const target: SlotTarget = { kind: 'text', file: `${localityFolder(profile)}${guideId}.yaml`, guide: guideId, node: node.id, field: path, ...(en ? { basedOn: fingerprint(en) } : {}) };
          seen(key, () => ({ key, todo: value.todo, guides: [], where: [], context: '', targets: [target] }), guideId, where, zhOf(node.fields.title));
          continue;
        }
        const text = zhOf(value);
        for (const m of text.matchAll(REF)) {
          const [scope, name] = [m[1], m[2]];
          const held = fieldAt(raw[scope] && typeof raw[scope] === 'object' ? (raw[scope] as { [k: string]: Json }) : {}, name);
          if (!isSlot(held)) continue;
          const context = around(text, m.index ?? 0, m[0].length);
          if (scope === 'vars') {
            const key = `vars.${name}`;
            seen(key, () => variableRow(adapted, profile, name, held.todo), guideId, where, context);
          } else {
            const owner = profileOf(scope);
            if (!owner) continue;
            const key = `${owner.kind}.${name}`;
            seen(key, () => ({ key, todo: held.todo, guides: [], where: [], context: '', targets: [{ kind: 'profile', file: owner.file, path: name.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) }] }), guideId, where, context);
          }
        }
      }
    });
    // Variables the guide declares but no text of this variant prints still count as unfilled (status lists them).
    for (const [name, resolved] of Object.entries(adapted.vars)) {
      if (isSlot(resolved.value)) seen(`vars.${name}`, () => variableRow(adapted, profile, name, (resolved.value as { todo: SlotTodo }).todo), undefined, undefined, '');
    }
  }
  // Profile fields still to be filled in that no text prints (a contact's phone): status lists them too.
  for (const owner of [city, ...spec.sectors.map((s) => workspace.sectors.get(s))]) {
    if (!owner) continue;
    for (const slot of slotsIn(owner.data, [])) {
      const key = `${owner.kind}.${slot.path.join('.')}`;
      if (!rows.has(key)) seen(key, () => ({ key, todo: slot.todo, guides: [], where: [], context: '', targets: [{ kind: 'profile', file: owner.file, path: slot.path }] }), undefined, undefined, '');
    }
  }
  return { variant: variantName(spec), spec, rows: [...rows.values()].filter((r) => r.targets.every((t) => t.file !== '')), variables };
}

function variableRow(adapted: AdaptedGuide, profile: Profile | undefined, name: string, todo: SlotTodo): SlotRow {
  const setIn = adapted.vars[name]?.at.file;
  // A slot the locality declared in its own override (whose vars win over the profile's) is filled there.
  const file = !profile ? '' : setIn && setIn.startsWith(localityFolder(profile)) ? setIn : profile.file;
  return { key: `vars.${name}`, todo, guides: [], where: [], context: '', targets: [{ kind: 'variable', file, name }] };
}

function visit(node: GuideNode, trail: string[], each: (node: GuideNode, trail: string[]) => void): void {
  each(node, trail);
  const title = node.type === 'section' ? zhOf(node.fields.title) : '';
  for (const child of node.children) visit(child, title ? [...trail, title] : trail, each);
}

function findNode(root: GuideNode, id: string): GuideNode | undefined {
  if (root.id === id) return root;
  for (const child of root.children) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

function zhOrEn(fields: { [key: string]: Json } | undefined, path: string, lang: 'zh' | 'en'): string | undefined {
  const value = fields ? fieldAt(fields, path) : undefined;
  return value && typeof value === 'object' && !Array.isArray(value) && typeof value[lang] === 'string' ? (value[lang] as string) : undefined;
}

function slotsIn(value: Json, path: DataPath, into: { path: DataPath; todo: SlotTodo }[] = []): { path: DataPath; todo: SlotTodo }[] {
  if (isSlot(value)) into.push({ path, todo: value.todo });
  else if (Array.isArray(value)) value.forEach((v, i) => slotsIn(v, [...path, i], into));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) slotsIn(v, [...path, k], into);
  return into;
}
