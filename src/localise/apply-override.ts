// Runs one override file's operations, in order, on the tree of the guide it changes.
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { OverrideFile } from '../model/types.js';
import { applyAdd } from './apply-add.js';
import { applyChange, type ChangedLeaves } from './apply-change.js';
import { applyRemove } from './apply-remove.js';
import type { TreeState } from './tree-state.js';

export function applyOverride(state: TreeState, layer: string, override: OverrideFile, bag: DiagnosticBag): void {
  const ctx = { state, layer, file: override.file, bag };
  // "Two changes of the same field" is a rule within one file, so the record starts afresh per file.
  const changed: ChangedLeaves = new Map();
  for (const op of override.operations) {
    if (op.op === 'change') applyChange(ctx, op, changed);
    else if (op.op === 'add') applyAdd(ctx, op);
    else applyRemove(ctx, op);
  }
}
