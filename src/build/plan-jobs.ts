// The job model's one definition of a build's jobs: which guide × variant, read from which inputs, written where.
import { profileFile, sourceFiles } from '../localise/layers.js';
import { allGuides, allVariants } from '../localise/variants.js';
import { variantName, type VariantSpec, type Workspace } from '../model/types.js';
import { outputPath } from '../output/output-path.js';
import type { BuildRequest, Job } from './request.js';
import { GLOSSARY_FILE } from '../workspace/discover.js';

/** Guides asked for (all, sorted, when none is named); variant-major; only this request's shard. */
export function planJobs(workspace: Workspace, request: BuildRequest): Job[] {
  const variants = request.variants === 'all' ? allVariants(workspace) : request.variants;
  const guides = request.guides.length > 0 ? [...new Set(request.guides)] : allGuides(workspace);
  const jobs: Job[] = [];
  let index = -1;
  for (const variant of variants) {
    const name = variantName(variant);
    for (const guide of guides) {
      // CI jobs split the matrix: job i (variant-major, guides sorted) belongs to shard i mod N.
      if (++index % request.shard.count !== request.shard.index) continue;
      jobs.push({
        id: `${name}/${guide}`,
        guide,
        variant,
        variantName: name,
        inputs: jobInputs(workspace, guide, variant),
        outputs: request.formats.map((format) => ({ format, path: outputPath(request.out, name, guide, request.lang, format) })),
      });
    }
  }
  return jobs;
}

function jobInputs(workspace: Workspace, guide: string, variant: VariantSpec): string[] {
  const localities = [...variant.sectors.map((id) => ['sector', id] as const), ...(variant.city ? [['city', variant.city] as const] : [])];
  const folder = (kind: 'city' | 'sector', id: string) => `guides/${kind === 'city' ? 'cities' : 'sectors'}/${id}/`;
  const inputs = new Set(sourceFiles(workspace, guide, variant));
  inputs.add(`guides/international/${guide}/guide.yaml`);
  // The glossary's checks belong to every build: a glossary that does not load fails them all.
  inputs.add(GLOSSARY_FILE);
  for (const [kind, id] of localities) {
    inputs.add(profileFile(kind, id));
    // An override by its place: one saved later (or deleted) changes this job even before it is loaded.
    inputs.add(`${folder(kind, id)}${guide}.yaml`);
    inputs.add(`${folder(kind, id)}${guide}.yml`);
  }
  inputs.add('templates/');
  inputs.add(`guides/international/${guide}/assets/`);
  for (const [kind, id] of localities) inputs.add(`${folder(kind, id)}assets/`);
  return [...inputs];
}
