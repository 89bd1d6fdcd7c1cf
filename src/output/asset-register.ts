// Images of every guide of a variant share one assets/ folder: two different files must not claim one name.
import { readFileSync } from 'node:fs';

/** Remembers which source file each output image came from during one build. */
export class AssetRegister {
  private readonly sources = new Map<string, string>();

  /** The earlier source of `target` when it differs from `from` (same bytes count as the same image). */
  conflict(target: string, from: string): string | undefined {
    const earlier = this.sources.get(target);
    if (earlier === undefined || earlier === from) return undefined;
    return readFileSync(earlier).equals(readFileSync(from)) ? undefined : earlier;
  }

  claim(target: string, from: string): void {
    if (!this.sources.has(target)) this.sources.set(target, from);
  }
}
