// Writes edited YAML files all or nothing: each atomically (temporary file, then rename), after checking none changed on disk.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { writeAtomic } from '../output/write-atomic.js';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';

export interface FileEdit {
  /** Workspace-relative, for messages. */
  file: string;
  absPath: string;
  /** The text the edit was computed from: the file must still hold exactly this. */
  before: string;
  after: string;
}

/** Problems that would stop the write, found before anything is written: read-only files. */
export function checkWritable(edits: readonly FileEdit[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of edits) {
    try {
      // Checked on the mode bits, not with access(): a file marked read-only stays so even for root.
      if ((statSync(e.absPath).mode & 0o222) === 0) out.push(error('read-only-file', {}, { at: { file: e.file, line: 1, col: 1 } }));
    } catch (err) {
      out.push(error('yaml-write-failed', { reason: (err as NodeJS.ErrnoException).code ?? String(err) }, { at: { file: e.file, line: 1, col: 1 } }));
    }
  }
  return out;
}

/**
 * The file a write replaces: a symlinked YAML file (shared between workspaces) is updated where it
 * lives, not replaced by a copy. Reading it already checked that its real path is inside the workspace.
 */
function target(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Writes every edit or, on the first failure, puts back the files already written. */
export function writeFiles(edits: readonly FileEdit[]): Diagnostic[] {
  const problems = checkWritable(edits);
  if (problems.length > 0) return problems;
  const bom = new Map<FileEdit, string>();
  for (const e of edits) {
    const now = readFileSync(e.absPath, 'utf8');
    bom.set(e, now.startsWith('\ufeff') ? '\ufeff' : '');
    if (now.replace(/^\ufeff/, '') !== e.before) return [error('file-changed-while-writing', {}, { at: { file: e.file, line: 1, col: 1 } })];
  }
  const done: FileEdit[] = [];
  for (const e of edits) {
    try {
      writeAtomic(target(e.absPath), bom.get(e) + e.after);
      done.push(e);
    } catch (err) {
      for (const d of done.reverse()) {
        try {
          writeAtomic(target(d.absPath), bom.get(d) + d.before);
        } catch {
          // Nothing more can be done; the diagnostic below says the write failed.
        }
      }
      return [error('yaml-write-failed', { reason: (err as NodeJS.ErrnoException).code ?? String(err) }, { at: { file: e.file, line: 1, col: 1 } })];
    }
  }
  return [];
}
