// The content digest every cache keys and checks by (SHA-256, hex).
import { createHash } from 'node:crypto';

export function digest(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** One digest of several parts, each delimited so that no two different lists give the same text. */
export function digestOf(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(`${part.length}:${part}\0`);
  return h.digest('hex');
}
