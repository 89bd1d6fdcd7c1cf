// Finds the workspace: --root, else the current directory if it holds guides/, else the one shipped with the package.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import { PACKAGE_ROOT } from '../package-root.js';

export { PACKAGE_ROOT };

export interface WorkspaceLocation {
  root: string;
  /** True when it is the package's own workspace, which commands that write YAML must not change. */
  shipped: boolean;
}

export function findRoot(rootOption: string | undefined, cwd = process.cwd()): WorkspaceLocation {
  if (rootOption) return { root: resolve(cwd, rootOption), shipped: samePath(resolve(cwd, rootOption), PACKAGE_ROOT) };
  if (isDir(resolve(cwd, 'guides'))) return { root: resolve(cwd), shipped: samePath(cwd, PACKAGE_ROOT) && isInsideNodeModules(cwd) };
  return { root: resolve(PACKAGE_ROOT), shipped: true };
}

export function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

function isInsideNodeModules(p: string): boolean {
  return resolve(p).split(/[\\/]/).includes('node_modules') && existsSync(p);
}
