// The guide tree while overrides are applied: an id index, the ids removed so far and each node's history.
import type { GuideNode, Provenance } from '../model/types.js';
import type { HistoryEntry } from './types.js';

/** The id an override uses for the root: `add: ... end: guide` appends chapters. */
export const GUIDE_TARGET = 'guide';

export interface IndexedNode {
  node: GuideNode;
  parent?: GuideNode;
}

export interface TreeState {
  guideId: string;
  root: GuideNode;
  index: Map<string, IndexedNode>;
  /** Ids removed by some layer, with the operation that removed them. */
  removed: Map<string, Provenance>;
  history: Map<string, HistoryEntry[]>;
  /** Nodes whose `fields` and `prov` maps are this state's own (see writableFields). */
  owned: Set<GuideNode>;
}

/**
 * A copy of the tree's structure: nodes, children lists, `fields` and `prov` maps are new; values
 * inside fields are shared, so whatever changes them copies first (see merge-fields.ts).
 */
export function copyTree(node: GuideNode): GuideNode {
  return { id: node.id, type: node.type, fields: { ...node.fields }, children: node.children.map(copyTree), at: node.at, prov: { ...node.prov } };
}

/**
 * A copy of the nodes and children lists only: `fields` and `prov` stay shared with the workspace's guide
 * (and every other variant of it) until a layer writes them. Most nodes are never changed by a variant,
 * and copying every node's maps for each variant was most of localising it.
 */
function copyStructure(node: GuideNode): GuideNode {
  return { id: node.id, type: node.type, fields: node.fields, children: node.children.map(copyStructure), at: node.at, prov: node.prov };
}

/** `node`'s `fields` and `prov`, made the state's own before a layer writes them. */
export function writableFields(state: TreeState, node: GuideNode): void {
  if (state.owned.has(node)) return;
  node.fields = { ...node.fields };
  node.prov = { ...node.prov };
  state.owned.add(node);
}

/** A state over a private copy of `root`'s structure, every node recorded as defined by the international layer. */
export function createTreeState(guideId: string, root: GuideNode, layer: string): TreeState {
  const state: TreeState = { guideId, root: copyStructure(root), index: new Map(), removed: new Map(), history: new Map(), owned: new Set() };
  for (const child of state.root.children) indexSubtree(state, child, state.root);
  walk(state.root, (node) => record(state, node.id, { layer, action: 'defined', nodeType: node.type, at: node.at }));
  return state;
}

export function walk(node: GuideNode, visit: (node: GuideNode, parent?: GuideNode) => void, parent?: GuideNode): void {
  visit(node, parent);
  for (const child of node.children) walk(child, visit, node);
}

export function indexSubtree(state: TreeState, node: GuideNode, parent: GuideNode): void {
  walk(node, (n, p) => state.index.set(n.id, { node: n, parent: p }), parent);
}

export function unindexSubtree(state: TreeState, node: GuideNode): void {
  walk(node, (n) => state.index.delete(n.id));
}

/** The node an override names: an indexed id, or the root for `guide` (or the guide's own id). */
export function lookup(state: TreeState, id: string): IndexedNode | undefined {
  if (id === GUIDE_TARGET || id === state.guideId) return { node: state.root };
  return state.index.get(id);
}

export function record(state: TreeState, id: string, entry: HistoryEntry): void {
  const entries = state.history.get(id);
  if (entries) entries.push(entry);
  else state.history.set(id, [entry]);
}

export function formatRef(at: { file: string; line: number }): string {
  return `${at.file}:${at.line}`;
}
