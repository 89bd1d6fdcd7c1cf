// The write step: whole files or nothing (temporary file, then rename), and removal of stale outputs.
// Every file the tool writes goes through here: outputs, the build cache, `init`, `review`, `xliff import`.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Writers of one process (worker threads each load this module) differ by this tag, processes by pid;
// 'wx' refuses a name already taken (a leftover, or the rare equal tag) and a fresh tag is drawn.
const tag = () => randomBytes(6).toString('hex');
let mine = tag();
let written = 0;
function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${mine}.${written++}.tmp`);
}

/**
 * Writes `data` to `path` so that a reader sees the old file or the new one, never a part.
 * A file that exists keeps its permission bits (a user's YAML stays as they set it).
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  let temporary = temporaryBeside(path);
  let mode: number | undefined;
  try {
    // No file yet (a new output) is the usual case: asked without throwing.
    const existing = statSync(path, { throwIfNoEntry: false });
    mode = existing ? existing.mode & 0o777 : undefined;
  } catch {
    mode = undefined;
  }
  try {
    try {
      writeFileSync(temporary, data, { flag: 'wx' });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // No folder yet, or a file where one goes: make it (or fail as making it fails). A temporary file
      // left by a process that had this pid before: take another name.
      if (code === 'ENOENT' || code === 'ENOTDIR') mkdirSync(dirname(path), { recursive: true });
      else if (code === 'EEXIST') mine = tag();
      else throw err;
      temporary = temporaryBeside(path);
      writeFileSync(temporary, data, { flag: 'wx' });
    }
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
}

/**
 * A guide that failed must not leave an earlier build's file where its output would be. A folder in
 * its place is left alone (the write, or the guide's error, already says what went wrong).
 */
export function removeStale(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // EISDIR, EACCES, EROFS: nothing to remove that is ours.
  }
}
