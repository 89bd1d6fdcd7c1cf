// Images of every guide of a variant share one assets/ folder: two different files must not claim one name.

/** Remembers which source file (and content) each output image came from during one build. */
export class AssetRegister {
  private readonly sources = new Map<string, { from: string; digest: string }>();

  /** The earlier source of `target` when it differs from `from` (same bytes count as the same image). */
  conflict(target: string, from: string, digest: string): string | undefined {
    const earlier = this.sources.get(target);
    if (earlier === undefined || earlier.from === from || earlier.digest === digest) return undefined;
    return earlier.from;
  }

  claim(target: string, from: string, digest: string): void {
    if (!this.sources.has(target)) this.sources.set(target, { from, digest });
  }
}
