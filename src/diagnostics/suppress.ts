// Per file, a YAML syntax error is shown once, saying how many parser errors follow from it; `--all-errors` shows them too.
import type { Diagnostic } from './diagnostic.js';

export function shownDiagnostics(diagnostics: Diagnostic[], allErrors = false): Diagnostic[] {
  if (!allErrors) return diagnostics.filter((d) => !d.secondary);
  return diagnostics.map((d) => {
    if (!d.suppressed) return d;
    const { suppressed: _shown, ...rest } = d;
    return rest;
  });
}
