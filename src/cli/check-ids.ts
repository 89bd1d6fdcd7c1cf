// Checks the ids a command was given (guides, cities, sectors) against the workspace: an unknown one is a usage error.
import { nearest } from '../diagnostics/suggest.js';
import type { Workspace } from '../model/types.js';
import { UsageError } from './usage-error.js';

export function checkId(kind: 'guide' | 'city' | 'sector', id: string, workspace: Workspace): void {
  const known = [...(kind === 'guide' ? workspace.guides : kind === 'city' ? workspace.cities : workspace.sectors).keys()];
  if (known.includes(id)) return;
  const guess = nearest(id, known, 1)[0];
  throw new UsageError(`unknown-${kind}`, { id }, guess ? 'hint-did-you-mean' : 'hint-known', guess ? { suggestion: guess } : { known: known.join(', ') || '(none)' });
}

/** Accepts repeated options and comma lists alike: `--guide a --guide b,c`. */
export function idList(value: unknown): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}
