// Finds the layers of one variant of one guide, in the fixed order international → sectors (as given) → city.
import type { OverrideFile, Profile, VariantSpec, Workspace } from '../model/types.js';
import type { Layer } from './types.js';

export const INTERNATIONAL_LAYER = 'international';

function layerName(kind: 'city' | 'sector', id: string): string {
  return `${kind}:${id}`;
}

/**
 * Layers of `guideId` for `spec`. Ids of cities and sectors are checked by the caller (a usage
 * error, not a content one), so an unknown one here is skipped rather than reported twice.
 */
export function layersOf(workspace: Workspace, guideId: string, spec: VariantSpec): Layer[] {
  const layers: Layer[] = [{ name: INTERNATIONAL_LAYER, kind: 'international' }];
  const push = (kind: 'city' | 'sector', id: string, profile: Profile | undefined) => {
    if (!profile) return;
    const override: OverrideFile | undefined = workspace.overrides.get(layerName(kind, id))?.get(guideId);
    layers.push(override ? { name: layerName(kind, id), kind, profile, override } : { name: layerName(kind, id), kind, profile });
  };
  for (const sector of spec.sectors) push('sector', sector, workspace.sectors.get(sector));
  if (spec.city) push('city', spec.city, workspace.cities.get(spec.city));
  return layers;
}

/** Where a locality's profile lives, loaded or not. */
export function profileFile(kind: 'city' | 'sector', id: string): string {
  return `guides/${kind === 'city' ? 'cities' : 'sectors'}/${id}/profile.yaml`;
}

/**
 * Every workspace file one variant of a guide is made from: its problems are that build's problems.
 * Profiles are named by their place, so a profile that failed to load still fails the build.
 */
export function sourceFiles(workspace: Workspace, guideId: string, spec: VariantSpec): string[] {
  const files: string[] = [];
  const guide = workspace.guides.get(guideId);
  if (guide) files.push(guide.file);
  for (const sector of spec.sectors) files.push(profileFile('sector', sector));
  if (spec.city) files.push(profileFile('city', spec.city));
  for (const layer of layersOf(workspace, guideId, spec)) if (layer.override) files.push(layer.override.file);
  // An override file that failed to load is not among the layers, but the variant is made from it all the same.
  const overrideFiles = [...spec.sectors.map((s) => `guides/sectors/${s}/${guideId}.yaml`), ...(spec.city ? [`guides/cities/${spec.city}/${guideId}.yaml`] : [])];
  for (const file of overrideFiles) if (workspace.broken.has(file) && !files.includes(file)) files.push(file);
  return files;
}
