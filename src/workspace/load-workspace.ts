// Loads a whole workspace, parsing what the load cache does not hold. A build loads through
// load-workspace-lazily.ts instead, which loads the parser only when a file needs it.
import { loadFileText } from './load-file.js';
import { loadWorkspaceWith, type LoadOptions, type LoadResult } from './load-workspace-with.js';

export type { LoadOptions, LoadResult } from './load-workspace-with.js';

export function loadWorkspace(root: string, env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): LoadResult {
  return loadWorkspaceWith(root, env, options, loadFileText)!;
}
