// A cache entry that carries the digest of its own bytes: a damaged or edited entry is a miss, never a result.
import { digest } from './digest.js';

export interface Sealed {
  digest: string;
  bytes: Uint8Array;
}

export function seal(bytes: Uint8Array): Sealed {
  return { digest: digest(bytes), bytes };
}

/** The entry's bytes when they still match their digest. */
export function unseal(entry: unknown): Uint8Array | undefined {
  const e = entry as Partial<Sealed> | undefined;
  if (!e || typeof e.digest !== 'string' || !(e.bytes instanceof Uint8Array)) return undefined;
  return digest(e.bytes) === e.digest ? e.bytes : undefined;
}
