// The workspace a command works on, found without loading it; a --root that is no workspace is a usage error.
import { join } from 'node:path';
import { findRoot, isDir } from '../workspace/find-root.js';
import { UsageError } from './usage-error.js';

export function workspaceRoot(rootOption: string | undefined, cwd: string): { root: string; shipped: boolean } {
  const located = findRoot(rootOption, cwd);
  if (!isDir(join(located.root, 'guides'))) throw new UsageError('no-guides-folder', { root: located.root }, 'hint-init-workspace');
  return located;
}
