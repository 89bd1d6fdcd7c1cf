// Watches workspace folders and reports saved files in batches (an editor's save is several events).
import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

export interface FolderWatch {
  close(): void;
}

/** Temporary and backup files of editors and of our own atomic writes. */
const NOISE = /(^|\/)(\.[^/]*\.tmp|[^/]*~|\.#[^/]*|[^/]*\.sw[px]|4913)$/;
/** Files a build reads: a vanished file of another kind was an editor's temporary file (`sed -i`, safe-write). */
const INPUT = /\.(ya?ml|hbs|png|jpe?g|gif|svg|webp)$/i;

/**
 * Calls `onBatch` with the workspace-relative paths (with `/`) changed in `folders`, once the
 * events have been quiet for `delayMs`. Each directory is watched on its own: an editor that saves
 * by renaming a new file over the old one is seen, which Node's recursive watch on Linux misses.
 */
export function watchFolders(root: string, folders: readonly string[], onBatch: (files: string[]) => void, delayMs = 80): FolderWatch {
  const pending = new Set<string>();
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    const files = [...pending].filter((f) => INPUT.test(f) || existsSync(join(root, f))).sort();
    pending.clear();
    if (files.length) onBatch(files);
  };
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    try {
      watchers.set(dir, watch(join(root, dir), (_event, name) => name && seen(`${dir}/${String(name)}`)));
      for (const e of readdirSync(join(root, dir), { withFileTypes: true })) if (e.isDirectory()) add(`${dir}/${e.name}`);
    } catch {
      // The folder went away between listing and watching; its parent reports it.
    }
  };
  const seen = (file: string) => {
    if (NOISE.test(file)) return;
    if (isDir(join(root, file))) add(file);
    else pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  for (const folder of folders) if (isDir(join(root, folder))) add(folder);
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
    },
  };
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
