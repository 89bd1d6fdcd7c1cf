// The one input guard: every file the tool reads is a regular file (no FIFO, device or socket, which
// could hang or never end), read with a byte cap that holds while reading (a file growing after `stat`
// cannot get past it), and, when it comes from a workspace, its real path lies inside the allowed roots
// (a symlink out of the workspace is refused, not followed).
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

export type InputProblem =
  | { rule: 'unreadable-file'; args: { reason: string } }
  | { rule: 'not-a-file'; args: Record<string, never> }
  | { rule: 'not-regular-file'; args: Record<string, never> }
  | { rule: 'file-too-large'; args: { size: number; limit: number } }
  | { rule: 'input-outside-workspace'; args: { target: string } };

export type InputRead = { ok: true; bytes: Buffer } | { ok: false; problem: InputProblem };

export interface InputLimits {
  /** Most bytes read; more is `file-too-large`. */
  limit: number;
  /** Folders the file's real path must lie in (the workspace, the installed package); none: anywhere. */
  within?: readonly string[];
}

/** A real path inside one of `roots` (each compared by its own real path). */
export function insideRoots(real: string, roots: readonly string[]): boolean {
  return roots.some((root) => {
    let base = root;
    try {
      base = realpathSync(root);
    } catch {
      /* a root that does not exist holds nothing */
    }
    const rel = relative(base, real);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  });
}

/** The problem `path` would give without reading it: missing, outside the roots, not a regular file. */
export function checkInput(path: string, within?: readonly string[]): InputProblem | undefined {
  const opened = openInput(path, within);
  if ('problem' in opened) return opened.problem;
  closeSync(opened.fd);
  return undefined;
}

export function readInput(path: string, limits: InputLimits): InputRead {
  const opened = openInput(path, limits.within);
  if ('problem' in opened) return { ok: false, problem: opened.problem };
  const { fd, size } = opened;
  try {
    if (size > limits.limit) return tooLarge(size, limits.limit);
    // Sized by `fstat`, plus the one byte past it that tells a file that grew since from one that did
    // not; a file that grew is read on into larger buffers, never past one byte over the cap.
    let buffer = Buffer.allocUnsafe(size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > limits.limit) return tooLarge(total, limits.limit);
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limits.limit + 1));
        buffer.copy(larger, 0, 0, total);
        buffer = larger;
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > limits.limit) return tooLarge(total, limits.limit);
    return { ok: true, bytes: buffer.subarray(0, total) };
  } catch (e) {
    return { ok: false, problem: { rule: 'unreadable-file', args: { reason: systemReason(e) } } };
  } finally {
    closeSync(fd);
  }
}

function openInput(path: string, within?: readonly string[]): { fd: number; size: number } | { problem: InputProblem } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    return { problem: { rule: 'unreadable-file', args: { reason: systemReason(e) } } };
  }
  if (within && !insideRoots(real, within)) return { problem: { rule: 'input-outside-workspace', args: { target: real } } };
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer, for ever.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { problem: { rule: 'unreadable-file', args: { reason: systemReason(e) } } };
  }
  const stat = fstatSync(fd);
  if (stat.isFile()) return { fd, size: stat.size };
  closeSync(fd);
  return { problem: stat.isDirectory() ? { rule: 'not-a-file', args: {} } : { rule: 'not-regular-file', args: {} } };
}

function tooLarge(size: number, limit: number): InputRead {
  return { ok: false, problem: { rule: 'file-too-large', args: { size, limit } } };
}

export function systemReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  return code ?? String(e);
}
