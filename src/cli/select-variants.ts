// Checks the city, sectors and guides a command names against the workspace: an unknown one is a usage error.
import { nearest } from '../diagnostics/suggest.js';
import type { VariantSpec, Workspace } from '../model/types.js';
import { profileFile } from '../localise/layers.js';
import { allGuides } from '../localise/variants.js';
import { UsageError } from './usage-error.js';

function demandKnown(kind: 'city' | 'sector' | 'guide', id: string, known: Iterable<string>): void {
  const ids = [...known].sort();
  if (ids.includes(id)) return;
  const guess = nearest(id, ids, 1)[0];
  const list = ids.length > 0 ? ids.join(', ') : '—';
  throw new UsageError(`unknown-${kind}`, { id }, guess ? 'hint-nearest-known' : 'hint-known', { suggestion: guess ?? '', known: list });
}

/** A city or sector whose profile.yaml exists but did not load is known: its build fails with the file's errors. */
export function checkVariant(workspace: Workspace, spec: VariantSpec): void {
  const loaded = (kind: 'city' | 'sector', ids: Iterable<string>, id: string) =>
    workspace.broken.has(profileFile(kind, id)) ? [...ids, id] : ids;
  if (spec.city !== undefined) demandKnown('city', spec.city, loaded('city', workspace.cities.keys(), spec.city));
  for (const sector of spec.sectors) demandKnown('sector', sector, loaded('sector', workspace.sectors.keys(), sector));
}

/** The guides asked for (all, sorted, when none is named), each checked; a guide whose guide.yaml did not load is known: its build fails with the file's errors. */
export function selectGuides(workspace: Workspace, asked: readonly string[]): string[] {
  const known = allGuides(workspace);
  for (const id of asked) demandKnown('guide', id, known);
  return asked.length > 0 ? [...new Set(asked)] : known;
}
