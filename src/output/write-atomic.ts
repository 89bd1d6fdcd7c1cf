// The write step: whole files or nothing (temporary file, then rename), and removal of stale outputs.
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Writes `data` to `path` so that a reader sees the old file or the new one, never a part. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryBeside(path);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
}

export function copyAtomic(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const temporary = temporaryBeside(to);
  try {
    copyFileSync(from, temporary);
    renameSync(temporary, to);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
}

/** A guide that failed must not leave an earlier build's file where its output would be. */
export function removeStale(path: string): void {
  rmSync(path, { force: true });
}
