// `validate`'s check of overrides: applies every variant of every guide (no rendering), each problem once.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Workspace } from '../model/types.js';
import { localiseGuide } from './localise.js';
import { allVariants } from './variants.js';

/** Diagnostics of applying the overrides of every variant `build --all` makes. */
export function validateVariants(workspace: Workspace): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const guideId of [...workspace.guides.keys()].sort()) {
    for (const spec of allVariants(workspace)) {
      for (const d of localiseGuide(workspace, guideId, spec).diagnostics) {
        // The same broken city override shows up in the city's variant and in each city+sector pair.
        const key = JSON.stringify([d.file, d.line, d.col, d.rule, d.messageId, d.args]);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(d);
      }
    }
  }
  return out;
}
