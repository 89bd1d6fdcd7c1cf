// Finds and loads the workspace a command works on; a --root that is no workspace is a usage error.
import { join } from 'node:path';
import { findRoot, isDir } from '../workspace/find-root.js';
import { loadWorkspace, type LoadResult } from '../workspace/load-workspace.js';
import { UsageError } from './usage-error.js';

export interface OpenedWorkspace extends LoadResult {
  shipped: boolean;
}

export function openWorkspace(rootOption: string | undefined, cwd: string): OpenedWorkspace {
  const { root, shipped } = workspaceRoot(rootOption, cwd);
  return { ...loadWorkspace(root), shipped };
}

/** The workspace a command works on, without loading it. */
export function workspaceRoot(rootOption: string | undefined, cwd: string): { root: string; shipped: boolean } {
  const located = findRoot(rootOption, cwd);
  if (!isDir(join(located.root, 'guides'))) throw new UsageError('no-guides-folder', { root: located.root }, 'hint-init-workspace');
  return located;
}
