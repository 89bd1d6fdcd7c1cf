// The `add` operation: new nodes before / after a node, or at the start / end of its children.
import { CHILDREN_KEY, type GuideNode, type NodeType, type Operation } from '../model/types.js';
import { demandTarget, type OperationContext } from './demand-target.js';
import { copyTree, formatRef, indexSubtree, record, walk } from './tree-state.js';

type AddOperation = Extract<Operation, { op: 'add' }>;

const BLOCKS: NodeType[] = ['section', 'text', 'list', 'checklist', 'table', 'callout', 'image'];

/** Which node types a container's children may have. */
const CHILD_TYPES: Partial<Record<NodeType, NodeType[]>> = {
  guide: ['section'],
  section: BLOCKS,
  list: ['item'],
  checklist: ['item'],
  table: ['row'],
};

export function applyAdd(ctx: OperationContext, op: AddOperation): void {
  const found = demandTarget(ctx, op.target, op.at);
  if (!found) return;
  const guide = ctx.state.guideId;
  const inside = op.position === 'start' || op.position === 'end';
  const container = inside ? found.node : found.parent;
  if (!container || !CHILDREN_KEY[container.type]) {
    ctx.bag.error('add-no-children', { id: op.target, guide, position: op.position }, { at: op.at, guide, node: op.target });
    return;
  }
  const taken = new Set<string>();
  const fresh = op.nodes.filter((node) => acceptable(ctx, container, node, taken));
  if (fresh.length === 0) return;
  const siblings = container.children;
  const at = op.position === 'start' ? 0 : op.position === 'end' ? siblings.length : siblings.indexOf(found.node) + (op.position === 'after' ? 1 : 0);
  // Private copies, maps and all: the override file's nodes are shared by every variant that applies it.
  const added = fresh.map(copyTree);
  siblings.splice(at, 0, ...added);
  const position = `${op.position} ${op.target}`;
  for (const node of added) {
    walk(node, (n) => {
      ctx.state.owned.add(n);
      n.at = { ...n.at, layer: ctx.layer };
      for (const path of Object.keys(n.prov)) n.prov[path] = { ...n.prov[path], layer: ctx.layer };
      ctx.state.removed.delete(n.id);
      record(ctx.state, n.id, { layer: ctx.layer, action: 'added', nodeType: n.type, at: n.at, position: n === node ? position : `inside ${node.id}` });
    });
    indexSubtree(ctx.state, node, container);
  }
}

/**
 * A new node may go into `container` when its type fits and neither it nor its descendants reuse an id
 * of the guide or of a node added before it in the same operation (`taken`).
 */
function acceptable(ctx: OperationContext, container: GuideNode, node: GuideNode, taken: Set<string>): boolean {
  const guide = ctx.state.guideId;
  const allowed = CHILD_TYPES[container.type] ?? [];
  if (!allowed.includes(node.type)) {
    ctx.bag.error('add-wrong-type', { id: node.id, type: node.type, guide, container: container.id, containerType: container.type, allowed: allowed.join(', ') }, { at: node.at, guide, node: node.id });
    return false;
  }
  let ok = true;
  walk(node, (n) => {
    const existing = ctx.state.index.get(n.id);
    if (existing || taken.has(n.id) || n.id === guide) {
      const first = existing ? formatRef(existing.node.at) : n.id === guide ? formatRef(ctx.state.root.at) : formatRef(node.at);
      ctx.bag.error('add-existing-id', { id: n.id, guide, first }, { at: n.at, guide, node: n.id });
      ok = false;
    }
    taken.add(n.id);
  });
  return ok;
}
