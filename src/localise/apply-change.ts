// The `change` operation: set fields of one node, per language, keeping the rest.
import { CHILD_KEYS, CHILDREN_KEY, type Operation, type Provenance, type SourceRef, type TextPlace } from '../model/types.js';
import { demandTarget, type OperationContext } from './demand-target.js';
import { leafPaths, mergeField } from './merge-fields.js';
import { formatRef, record, writableFields } from './tree-state.js';
import { nearest } from '../diagnostics/suggest.js';
import { fieldsOf } from '../validate/node-fields.js';

type ChangeOperation = Extract<Operation, { op: 'change' }>;

/** Leaf paths already changed in the current override file, per target id, with where. */
export type ChangedLeaves = Map<string, Map<string, SourceRef>>;

const STRUCTURAL_KEYS = new Set(['id', 'type', 'children', ...CHILD_KEYS]);

/** Where `set` wrote `path`: the nearest recorded position of the path or an ancestor, else the operation. */
function setPosition(op: ChangeOperation, path: string): TextPlace {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const at = op.setAt[p];
    if (at) return at;
  }
  return op.at;
}

export function applyChange(ctx: OperationContext, op: ChangeOperation, changed: ChangedLeaves): void {
  const found = demandTarget(ctx, op.target, op.at);
  if (!found) return;
  const { node } = found;
  const guide = ctx.state.guideId;
  const seen = changed.get(op.target) ?? new Map<string, SourceRef>();
  changed.set(op.target, seen);
  const provOf = (path: string): Provenance => ({ ...setPosition(op, path), layer: ctx.layer });
  const allChanges = [];
  let applied = 0;
  for (const key of Object.keys(op.set)) {
    const at = setPosition(op, key);
    if (STRUCTURAL_KEYS.has(key) || key === CHILDREN_KEY[node.type]) {
      ctx.bag.error('set-children', { id: op.target, guide, field: key }, { at, guide, node: op.target, hint: 'hint-set-children' });
      continue;
    }
    const allowed = fieldsOf(node.type);
    if (!allowed.includes(key)) {
      // A misspelt field would otherwise be added beside the real one, which keeps its old text.
      const guess = nearest(key, allowed, 1)[0];
      const hint: { hint: string; hintArgs: Record<string, string> } = guess ? { hint: 'hint-did-you-mean', hintArgs: { suggestion: guess } } : { hint: 'hint-allowed', hintArgs: { allowed: allowed.join(', ') } };
      ctx.bag.error('unknown-field', { id: op.target, guide, field: key, type: node.type }, { at, guide, node: op.target, messageId: 'set-unknown-field', ...hint });
      continue;
    }
    const clash = leafPaths(op.set[key], key).find((leaf) => overlapping(seen, leaf));
    if (clash) {
      const first = overlapping(seen, clash)!;
      ctx.bag.error('duplicate-change', { id: op.target, guide, field: clash, first: formatRef(first) }, { at: setPosition(op, clash), guide, node: op.target });
      continue;
    }
    for (const leaf of leafPaths(op.set[key], key)) seen.set(leaf, setPosition(op, leaf));
    writableFields(ctx.state, node);
    allChanges.push(...mergeField(node, key, op.set[key], provOf));
    applied++;
  }
  if (applied === 0) return;
  record(ctx.state, node.id, { layer: ctx.layer, action: 'changed', at: { ...op.at, layer: ctx.layer }, changes: allChanges });
}

/** A leaf already changed that equals `leaf`, contains it or lies inside it. */
function overlapping(seen: Map<string, SourceRef>, leaf: string): SourceRef | undefined {
  for (const [path, at] of seen) {
    if (path === leaf || leaf.startsWith(`${path}.`) || path.startsWith(`${leaf}.`)) return at;
  }
  return undefined;
}
