// `validate`'s check of the variants: applies every variant's overrides to every guide (no rendering) and
// resolves its texts, so a broken override or a missing variable fails validation before any build.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { dedupeDiagnostics } from '../diagnostics/dedupe.js';
import { localiseGuide } from '../localise/localise.js';
import { allVariants } from '../localise/variants.js';
import type { Workspace } from '../model/types.js';
import { checkTexts } from '../render/text/check-texts.js';

/** Diagnostics of every variant `build --all` makes, each problem once. */
export function validateVariants(workspace: Workspace): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const guideId of [...workspace.guides.keys()].sort()) {
    for (const spec of allVariants(workspace)) {
      const { adapted, diagnostics } = localiseGuide(workspace, guideId, spec);
      found.push(...diagnostics);
      if (adapted) found.push(...checkTexts(adapted));
    }
  }
  return dedupeDiagnostics(found);
}
