// Loads a whole workspace as loadWorkspace does, but loads the YAML parser, the schema checks and the model
// builders (half of what a build would load) only when a file is not in the load cache: a command on an
// unchanged workspace reads the cached models and facts only.
import type { ReadFiles } from './cached-file.js';
import { loadWorkspaceWith, type LoadOptions, type LoadResult } from './load-workspace-with.js';

export async function loadWorkspaceLazily(root: string, env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): Promise<LoadResult> {
  // A load from the cache alone; given up at the first file to parse, and taken up again with the parser
  // from the bytes already read.
  const reads: ReadFiles = new Map();
  return loadWorkspaceWith(root, env, options, undefined, reads) ?? loadWorkspaceWith(root, env, options, (await import('./load-file.js')).loadFileText, reads)!;
}
