// "Did you mean": the known ids closest to a mistyped one.
import { distance } from 'fastest-levenshtein';

/** Up to `max` candidates within a plausible edit distance of `id`, nearest first, ties by name. */
export function nearestIds(id: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(id.length / 3));
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    const d = distance(id, candidate);
    if (d <= limit) scored.push([candidate, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return scored.slice(0, max).map(([candidate]) => candidate);
}

/** The `hint` part of a diagnostic init suggesting the nearest ids, or nothing when none is close. */
export function didYouMean(id: string, candidates: Iterable<string>): { hint?: string; hintArgs?: { suggestion: string } } {
  const near = nearestIds(id, candidates);
  if (near.length === 0) return {};
  return { hint: 'hint-did-you-mean', hintArgs: { suggestion: near.join('`, `') } };
}
