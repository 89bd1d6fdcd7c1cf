// Caches key by real paths: a workspace or output folder reached through a symlink is the same folder.
import { realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The real path of `path`, or, when it does not exist yet, of its nearest existing parent joined with the rest. */
export function realPath(path: string): string {
  try {
    // The system's realpath, one call: Node's JavaScript one asks for every folder of the path in turn.
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}
