// The variants `build --all` makes: international, each city, each sector, each city+sector a profile lists.
import type { VariantSpec, Workspace } from '../model/types.js';

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ids of the cities or sectors: loaded ones, and those whose profile.yaml failed to load (their builds fail). */
function localities(workspace: Workspace, kind: 'cities' | 'sectors'): string[] {
  const ids = new Set(workspace[kind].keys());
  const pattern = new RegExp(`^guides/${kind}/([^/]+)/profile\\.yaml$`);
  for (const file of workspace.broken) {
    const m = pattern.exec(file);
    if (m) ids.add(m[1]);
  }
  return [...ids].sort(byId);
}

/** Ids of the guides: loaded ones, and those whose guide.yaml failed to load or is missing (their builds fail). */
export function allGuides(workspace: Workspace): string[] {
  const ids = new Set(workspace.guides.keys());
  for (const file of workspace.broken) {
    const m = /^guides\/international\/([^/]+)\/guide\.yaml$/.exec(file);
    if (m) ids.add(m[1]);
  }
  return [...ids].sort(byId);
}

export function allVariants(workspace: Workspace): VariantSpec[] {
  const variants: VariantSpec[] = [{ sectors: [] }];
  const cities = localities(workspace, 'cities');
  for (const city of cities) variants.push({ city, sectors: [] });
  for (const sector of localities(workspace, 'sectors')) variants.push({ sectors: [sector] });
  for (const city of cities) {
    for (const sector of workspace.cities.get(city)?.sectors ?? []) {
      if (workspace.sectors.has(sector)) variants.push({ city, sectors: [sector] });
    }
  }
  return variants;
}
