// Loads a whole workspace as loadWorkspace does, but loads the YAML parser, the schema checks and the model
// builders (half of what a build would load) only when a file is not in the load cache: a build on an
// unchanged workspace reads the cached models and facts only.
import type { ParseFile } from './load-file.js';
import { loadWorkspaceWith, type LoadAttempt, type LoadOptions, type LoadResult } from './load-workspace-with.js';

/** The parser, once a load of this process needed it (`--watch` builds again after each save). */
let parser: ParseFile | undefined;

export async function loadWorkspaceLazily(root: string, env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): Promise<LoadResult> {
  // A load from the cache alone; given up at the first file to parse, and taken up again with the parser,
  // from the bytes already read and the cache already opened.
  const attempt: LoadAttempt = { reads: new Map() };
  const first = loadWorkspaceWith(root, env, options, parser, attempt);
  if (first) return first;
  parser = (await import('./load-file.js')).loadFileText;
  return loadWorkspaceWith(root, env, options, parser, attempt)!;
}
