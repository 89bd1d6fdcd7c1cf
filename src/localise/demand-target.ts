// Exactly-one-match for an override's target: the node, or a located error naming file, guide and nearest ids.
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SourceRef } from '../model/types.js';
import { didYouMean } from './nearest.js';
import { formatRef, lookup, type IndexedNode, type TreeState } from './tree-state.js';

/** What every operation needs: the tree, the layer it belongs to, its override file and where to report. */
export interface OperationContext {
  state: TreeState;
  layer: string;
  file: string;
  bag: DiagnosticBag;
}

export function demandTarget(ctx: OperationContext, id: string, at: SourceRef): IndexedNode | undefined {
  const found = lookup(ctx.state, id);
  if (found) return found;
  const guide = ctx.state.guideId;
  const removedAt = ctx.state.removed.get(id);
  if (removedAt) {
    ctx.bag.error('target-removed', { id, guide, layer: removedAt.layer, removedAt: formatRef(removedAt) }, { at, guide, node: id });
    return undefined;
  }
  ctx.bag.error('unknown-target', { id, guide, file: ctx.file }, { at, guide, node: id, ...didYouMean(id, ctx.state.index.keys()) });
  return undefined;
}
