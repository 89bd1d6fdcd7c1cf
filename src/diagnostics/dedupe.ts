// The same problem found by several builds (a city override applies to the city and each city+sector pair) is shown once.
import type { Diagnostic } from './diagnostic.js';

export function dedupeDiagnostics(diagnostics: Iterable<Diagnostic>): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = JSON.stringify([d.file, d.line, d.col, d.severity, d.rule, d.messageId, d.args, d.node]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
