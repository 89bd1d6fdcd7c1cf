// The `remove` operation: take a node (and its children) out of the guide, remembering who did.
import type { Operation } from '../model/types.js';
import { demandTarget, type OperationContext } from './demand-target.js';
import { record, unindexSubtree, walk } from './tree-state.js';

type RemoveOperation = Extract<Operation, { op: 'remove' }>;

export function applyRemove(ctx: OperationContext, op: RemoveOperation): void {
  const found = demandTarget(ctx, op.target, op.at);
  if (!found) return;
  const guide = ctx.state.guideId;
  if (!found.parent) {
    ctx.bag.error('remove-guide', { guide }, { at: op.at, guide });
    return;
  }
  const siblings = found.parent.children;
  siblings.splice(siblings.indexOf(found.node), 1);
  unindexSubtree(ctx.state, found.node);
  const at = { ...op.at, layer: ctx.layer };
  walk(found.node, (n) => {
    ctx.state.removed.set(n.id, at);
    record(ctx.state, n.id, { layer: ctx.layer, action: 'removed', at, ...(n === found.node ? {} : { position: `with ${found.node.id}` }) });
  });
}
