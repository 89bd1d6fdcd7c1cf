// Finds and loads the workspace a command works on; a --root that is no workspace is a usage error.
import { loadWorkspace, type LoadOptions, type LoadResult } from '../workspace/load-workspace.js';
import { workspaceRoot } from './workspace-root.js';

export interface OpenedWorkspace extends LoadResult {
  shipped: boolean;
}

/** `options`: loadWorkspace's (`guides`: a command about those guides only needs their models). */
export function openWorkspace(rootOption: string | undefined, cwd: string, options: LoadOptions = {}): OpenedWorkspace {
  const { root, shipped } = workspaceRoot(rootOption, cwd);
  return { ...loadWorkspace(root, process.env, options), shipped };
}
