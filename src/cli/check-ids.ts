// Checks one id a command was given (a guide, city or sector) the way the build commands do, and reads id lists.
import type { Workspace } from '../model/types.js';
import { checkVariant, selectGuides } from './select-variants.js';

export function checkId(kind: 'guide' | 'city' | 'sector', id: string, workspace: Workspace): void {
  if (kind === 'guide') selectGuides(workspace, [id]);
  else checkVariant(workspace, kind === 'city' ? { city: id, sectors: [] } : { sectors: [id] });
}

/** Accepts repeated options and comma lists alike: `--guide a --guide b,c`. */
export function idList(value: unknown): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}
