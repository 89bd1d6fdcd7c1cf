// "Did you mean": the candidates nearest to a mistyped word.
import { distance } from 'fastest-levenshtein';

/** Up to `max` candidates close enough to `word` to be a plausible typo, nearest first. */
export function nearest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const d = distance(word, c);
    const containing = c.includes(word) || word.includes(c);
    if (d <= limit || (containing && Math.min(word.length, c.length) >= 3)) scored.push({ c, d });
  }
  scored.sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1));
  return scored.slice(0, max).map((s) => s.c);
}

/** `a`, `a` or `b`, `a`, `b` or `c` — for hints. */
export function orList(words: readonly string[]): string {
  const q = words.map((w) => `\`${w}\``);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}
