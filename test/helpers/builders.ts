// In-memory builders for guides, profiles, overrides and workspaces, for unit tests of later stages.
import type { FileTexts, GuideNode, Json, NodeType, OverrideFile, Profile, Provenance, Operation, Workspace, Guide, VariableDecl, SourceRef } from '../../src/model/types.js';

/** The translator tools' record of a file these builders make: none (they test the stages after loading). */
const noTexts = (): FileTexts => ({ texts: [], changes: [], nodes: new Map(), operations: [], sha256: '' });

let line = 1;
const at = (file: string, layer = 'international'): Provenance => ({ file, line: line++, col: 1, layer });

/** A node whose every field leaf is attributed to `file` at a fresh line. */
export function node(id: string, type: NodeType, fields: { [key: string]: Json } = {}, children: GuideNode[] = [], file = 'guides/international/g/guide.yaml'): GuideNode {
  const here = at(file);
  const prov: { [path: string]: Provenance } = {};
  const visit = (value: Json, path: string) => {
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
    } else prov[path] = { ...here };
  };
  for (const [k, v] of Object.entries(fields)) visit(v, k);
  return { id, type, fields, children, at: here, prov };
}

export const text = (id: string, zh: string, en: string) => node(id, 'text', { body: { zh, en } });
export const section = (id: string, zh: string, en: string, children: GuideNode[] = []) => node(id, 'section', { title: { zh, en } }, children);
export const item = (id: string, zh: string, en: string) => node(id, 'item', { text: { zh, en } });

export function guide(id: string, chapters: GuideNode[], vars: { [name: string]: Json } = {}, fields: { [key: string]: Json } = {}): Guide {
  const file = `guides/international/${id}/guide.yaml`;
  const root = node(id, 'guide', { title: { zh: '指南', en: 'Guide' }, edition: '2026-11', ...fields }, chapters, file);
  const decls: { [name: string]: VariableDecl } = {};
  for (const [name, value] of Object.entries(vars)) decls[name] = { value, at: at(file) };
  return { id, file, dir: `/ws/guides/international/${id}`, root, sources: [], vars: decls, translatable: noTexts() };
}

export function profile(kind: 'city' | 'sector', id: string, zh: string, en: string, extra: { [key: string]: Json } = {}, vars: { [name: string]: Json } = {}, sectors: string[] = []): Profile {
  const file = `guides/${kind === 'city' ? 'cities' : 'sectors'}/${id}/profile.yaml`;
  const decls: { [name: string]: VariableDecl } = {};
  for (const [name, value] of Object.entries(vars)) decls[name] = { value, at: at(file) };
  return { kind, id, file, dir: `/ws/${file.replace('/profile.yaml', '')}`, name: { zh, en }, data: { name: { zh, en }, ...extra }, sectors, sectorsAt: sectors.map(() => ({ file, line: 1, col: 1 })), vars: decls, slots: [] };
}

type OpInit =
  | { change: string; set: { [key: string]: Json } }
  | { add: GuideNode[]; before?: string; after?: string; start?: string; end?: string }
  | { remove: string };

/** An override file; operation i sits at line 10 + i of the file. */
export function override(kind: 'city' | 'sector', locality: string, guideId: string, ops: OpInit[], vars: { [name: string]: Json } = {}): OverrideFile {
  const file = `guides/${kind === 'city' ? 'cities' : 'sectors'}/${locality}/${guideId}.yaml`;
  const operations: Operation[] = ops.map((o, i): Operation => {
    const here: SourceRef = { file, line: 10 + i, col: 5 };
    if ('change' in o) return { op: 'change', target: o.change, set: o.set, setAt: {}, at: here };
    if ('remove' in o) return { op: 'remove', target: o.remove, at: here };
    const position = o.before ? 'before' : o.after ? 'after' : o.start ? 'start' : 'end';
    const target = (o.before ?? o.after ?? o.start ?? o.end)!;
    for (const n of o.add) reattribute(n, file);
    return { op: 'add', position, target, nodes: o.add, at: here };
  });
  const decls: { [name: string]: VariableDecl } = {};
  for (const [name, value] of Object.entries(vars)) decls[name] = { value, at: { file, line: 3, col: 3, layer: '' } };
  return { locality: { kind, id: locality }, guide: guideId, file, vars: decls, operations, translatable: noTexts() };
}

function reattribute(n: GuideNode, file: string): void {
  n.at = { ...n.at, file };
  for (const k of Object.keys(n.prov)) n.prov[k] = { ...n.prov[k], file };
  n.children.forEach((c) => reattribute(c, file));
}

export function workspace(guides: Guide[], cities: Profile[] = [], sectors: Profile[] = [], overrides: OverrideFile[] = []): Workspace {
  const ws: Workspace = {
    root: '/ws',
    guides: new Map(guides.map((g) => [g.id, g])),
    cities: new Map(cities.map((p) => [p.id, p])),
    sectors: new Map(sectors.map((p) => [p.id, p])),
    overrides: new Map(),
    broken: new Set(),
  };
  for (const o of overrides) {
    const key = `${o.locality.kind}:${o.locality.id}`;
    if (!ws.overrides.has(key)) ws.overrides.set(key, new Map());
    ws.overrides.get(key)!.set(o.guide, o);
  }
  return ws;
}
