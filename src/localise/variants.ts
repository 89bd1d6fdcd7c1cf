// The variants `build --all` makes: international, each city, each sector, each city+sector a profile lists.
import type { VariantSpec, Workspace } from '../model/types.js';

export function allVariants(workspace: Workspace): VariantSpec[] {
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const variants: VariantSpec[] = [{ sectors: [] }];
  const cities = [...workspace.cities.keys()].sort(byId);
  for (const city of cities) variants.push({ city, sectors: [] });
  for (const sector of [...workspace.sectors.keys()].sort(byId)) variants.push({ sectors: [sector] });
  for (const city of cities) {
    for (const sector of workspace.cities.get(city)!.sectors) {
      if (workspace.sectors.has(sector)) variants.push({ city, sectors: [sector] });
    }
  }
  return variants;
}
