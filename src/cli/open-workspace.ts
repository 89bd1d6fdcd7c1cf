// Finds and loads the workspace a command works on; a --root that is no workspace is a usage error.
import { join } from 'node:path';
import { findRoot, isDir } from '../workspace/find-root.js';
import { loadWorkspace, type LoadOptions, type LoadResult } from '../workspace/load-workspace.js';
import { UsageError } from './usage-error.js';

export interface OpenedWorkspace extends LoadResult {
  shipped: boolean;
}

/** `options`: loadWorkspace's (`guides`: a command about those guides only needs their models). */
export function openWorkspace(rootOption: string | undefined, cwd: string, options: LoadOptions = {}): OpenedWorkspace {
  const { root, shipped } = workspaceRoot(rootOption, cwd);
  return { ...loadWorkspace(root, process.env, options), shipped };
}

/** The workspace a command works on, without loading it. */
export function workspaceRoot(rootOption: string | undefined, cwd: string): { root: string; shipped: boolean } {
  const located = findRoot(rootOption, cwd);
  if (!isDir(join(located.root, 'guides'))) throw new UsageError('no-guides-folder', { root: located.root }, 'hint-init-workspace');
  return located;
}
