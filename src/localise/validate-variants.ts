// `validate`'s check of overrides: applies every variant of every guide (no rendering), each problem once.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { dedupeDiagnostics } from '../diagnostics/dedupe.js';
import type { Workspace } from '../model/types.js';
import { localiseGuide } from './localise.js';
import { allVariants } from './variants.js';

/** Diagnostics of applying the overrides of every variant `build --all` makes. */
export function validateVariants(workspace: Workspace): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const guideId of [...workspace.guides.keys()].sort()) {
    for (const spec of allVariants(workspace)) found.push(...localiseGuide(workspace, guideId, spec).diagnostics);
  }
  return dedupeDiagnostics(found);
}
