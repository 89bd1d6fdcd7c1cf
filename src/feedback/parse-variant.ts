// A variant's name as outputs and feedback entries write it (`huzhou`, `huzhou+petroleum`) → its layers.
import type { VariantSpec, Workspace } from '../model/types.js';

/** Its layers, if every locality exists in the workspace (the first part is the city when it is one). */
export function parseVariant(workspace: Workspace, name: string): VariantSpec | undefined {
  const parts = name.split('+').filter(Boolean);
  if (parts.length === 0) return undefined;
  const city = workspace.cities.has(parts[0]) ? parts[0] : undefined;
  const sectors = city ? parts.slice(1) : parts;
  return sectors.every((s) => workspace.sectors.has(s)) ? { ...(city ? { city } : {}), sectors } : undefined;
}
