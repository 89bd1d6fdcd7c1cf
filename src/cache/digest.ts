// The content digest every cache keys and checks by (SHA-256, hex).
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

export function digest(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** One digest of several parts, each delimited so that no two different lists give the same text. */
export function digestOf(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(`${part.length}:${part}\0`);
  return h.digest('hex');
}

// One buffer for every file digested: checking a build's outputs reads megabytes of PDF, and a fresh
// buffer per file was most of the garbage a repeated build made.
const chunk = Buffer.allocUnsafe(1 << 20);

/** Digest and size of a file's content, read in chunks; undefined when it cannot be read. */
export function digestFile(path: string): { digest: string; bytes: number } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const h = createHash('sha256');
    let bytes = 0;
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; bytes += n) h.update(chunk.subarray(0, n));
    return { digest: h.digest('hex'), bytes };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
