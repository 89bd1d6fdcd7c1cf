// What `explain` reports: per node, the layers that touched it, what each changed, and where every field came from.
import type { GuideNode, Json, Provenance } from '../model/types.js';
import type { AdaptedGuide, HistoryEntry } from '../localise/types.js';
import { INTERNATIONAL_LAYER } from '../localise/layers.js';
import { walk } from '../localise/tree-state.js';

export interface NodeExplanation {
  id: string;
  type?: string;
  removed: boolean;
  /** The start of its title or text (zh, else en), so a reader knows which node an id is. */
  summary?: string;
  history: HistoryEntry[];
  /** For one node asked by id: every field leaf and where it was set. */
  fields?: { path: string; at: Provenance }[];
}

export interface GuideExplanation {
  guide: string;
  layers: string[];
  nodes: NodeExplanation[];
  /** How many nodes (removed ones included) exist in the adapted guide or its history. */
  total: number;
  /** Variables whose value a locality layer set (in the whole-guide listing only). */
  variables: { name: string; value: Json; at: Provenance }[];
}

const touched = (history: HistoryEntry[]) => history.some((h) => h.layer !== INTERNATIONAL_LAYER);

/** All nodes a locality layer touched (document order, removed ones last), or the one node `nodeId`. */
export function explainGuide(adapted: AdaptedGuide, nodeId?: string): GuideExplanation | undefined {
  const present = new Map<string, GuideNode>();
  walk(adapted.guide.root, (node) => present.set(node.id, node));
  const explain = (id: string): NodeExplanation => {
    const node = present.get(id);
    const history = adapted.history.get(id) ?? [];
    const summary = node && summaryOf(node);
    return { id, type: node?.type ?? typeOf(history), removed: !node, ...(summary ? { summary } : {}), history };
  };
  const layers = adapted.layers.map((l) => l.name);
  const total = adapted.history.size;
  if (nodeId !== undefined) {
    if (!adapted.history.has(nodeId)) return undefined;
    const one = explain(nodeId);
    const node = present.get(nodeId);
    if (node) one.fields = Object.keys(node.prov).sort().map((path) => ({ path, at: node.prov[path] }));
    return { guide: adapted.guide.id, layers, nodes: [one], total, variables: [] };
  }
  const nodes: NodeExplanation[] = [];
  for (const id of present.keys()) if (touched(adapted.history.get(id) ?? [])) nodes.push(explain(id));
  for (const [id, history] of adapted.history) if (!present.has(id) && touched(history)) nodes.push(explain(id));
  const variables = Object.keys(adapted.vars)
    .sort()
    .filter((name) => adapted.vars[name].at.layer !== INTERNATIONAL_LAYER)
    .map((name) => ({ name, value: adapted.vars[name].value, at: adapted.vars[name].at }));
  return { guide: adapted.guide.id, layers, nodes, total, variables };
}

const SUMMARY_FIELDS = ['title', 'text', 'caption', 'body', 'alt'];

function summaryOf(node: GuideNode): string | undefined {
  for (const field of SUMMARY_FIELDS) {
    const value = node.fields[field];
    const text = typeof value === 'string' ? value : value && typeof value === 'object' && !Array.isArray(value) ? (value.zh ?? value.en) : undefined;
    if (typeof text !== 'string' || text.trim() === '') continue;
    const line = text.trim().split('\n')[0];
    return line.length > 40 ? `${line.slice(0, 40)}…` : line;
  }
  return undefined;
}

function typeOf(history: HistoryEntry[]): string | undefined {
  return history.find((h) => h.nodeType)?.nodeType;
}
