// "Did you mean" for override targets: the hint naming the existing ids nearest to a mistyped one.
import { nearest } from '../diagnostics/suggest.js';

/** The `hint` part of a diagnostic init suggesting the nearest ids, or nothing when none is close. */
export function didYouMean(id: string, candidates: Iterable<string>): { hint?: string; hintArgs?: { suggestion: string } } {
  const near = nearest(id, candidates, 3);
  if (near.length === 0) return {};
  return { hint: 'hint-did-you-mean', hintArgs: { suggestion: near.join('`, `') } };
}
