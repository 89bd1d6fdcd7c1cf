// Checks one id a command was given (a guide, city or sector) the way the build commands do, and reads id lists.
import type { Workspace } from '../model/types.js';
import { resolveVariant, selectGuides } from './select-variants.js';

/** The id of the guide, city or sector named (by id, zh or en name); an unknown one is a usage error. */
export function checkId(kind: 'guide' | 'city' | 'sector', id: string, workspace: Workspace): string {
  if (kind === 'guide') return selectGuides(workspace, [id])[0]!;
  const spec = resolveVariant(workspace, kind === 'city' ? { city: id, sectors: [] } : { sectors: [id] });
  return kind === 'city' ? spec.city! : spec.sectors[0]!;
}

/** Accepts repeated options and comma lists alike: `--guide a --guide b,c`. */
export function idList(value: unknown): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}
