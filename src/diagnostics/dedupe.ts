// The same problem found by several builds (a city override applies to the city and each city+sector pair) is shown once.
import type { Diagnostic } from './diagnostic.js';

/** `ignoredArgs`: arguments that name which build found a problem (`variant`), not what the problem is. */
export function dedupeDiagnostics(diagnostics: Iterable<Diagnostic>, ignoredArgs: readonly string[] = []): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const args = ignoredArgs.length === 0 ? d.args : Object.fromEntries(Object.entries(d.args).filter(([k]) => !ignoredArgs.includes(k)));
    const key = JSON.stringify([d.file, d.line, d.col, d.severity, d.rule, d.messageId, args, d.node]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
