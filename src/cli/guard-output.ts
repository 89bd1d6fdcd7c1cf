// The one output guard of every command that writes a file or folder the user names (`--out`, `-o`):
// never over one of the command's inputs, never inside the workspace's sources. A usage error (exit 2)
// before anything is written. (Commands that exist to edit YAML — review, imports, init — are not outputs.)
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { realPath } from '../build/real-path.js';
import { UsageError } from './usage-error.js';

/** The workspace folders that hold what the tool reads: no output may land in them. */
export const SOURCE_FOLDERS = ['guides', 'templates', 'schemas'];

export interface OutputGuard {
  /** The command's input files (their real paths are compared). */
  inputs?: readonly string[];
  /** The workspace root, when the command reads one. */
  workspace?: string;
  /** `--out` names a folder; `-o` a file. */
  folder?: boolean;
  /** How the user wrote the path, for the message. */
  shown: string;
}

const inside = (path: string, folder: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export function guardOutput(path: string, g: OutputGuard): void {
  if (g.shown === '') throw new UsageError('output-empty');
  const real = realPath(path);
  for (const input of g.inputs ?? []) {
    if (realPath(input) === real) throw new UsageError('output-is-input', { path: g.shown });
  }
  if (g.workspace !== undefined) {
    const root = realPath(g.workspace);
    for (const name of SOURCE_FOLDERS) {
      const folder = join(root, name);
      if (inside(real, folder)) throw new UsageError('output-in-sources', { path: g.shown, folder: `${name}/` }, 'hint-output-elsewhere');
    }
  }
  const blocked = fileAbove(real);
  if (blocked) throw new UsageError('output-under-file', { path: g.shown, file: blocked });
  const kind = kindOf(real);
  if (g.folder && kind === 'file') throw new UsageError('output-not-folder', { path: g.shown });
  if (!g.folder && kind === 'folder') throw new UsageError('output-is-folder', { path: g.shown });
}

function kindOf(path: string): 'file' | 'folder' | 'other' | undefined {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'other';
  } catch {
    return undefined;
  }
}

/** An existing file where a folder of the path would have to be (writing there fails with ENOTDIR). */
function fileAbove(path: string): string | undefined {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const kind = kindOf(dir);
    if (kind === 'file' || kind === 'other') return dir;
    if (kind === 'folder') return undefined;
  }
  return undefined;
}
