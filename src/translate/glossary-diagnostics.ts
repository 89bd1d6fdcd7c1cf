// The glossary checks of every guide and override file as located warnings (for `validate`).
import { warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Workspace } from '../model/types.js';
import { checkGlossary } from './glossary-check.js';
import { translationSources, type TranslationSources } from './sources.js';

export function glossaryDiagnostics(workspace: Workspace, sources: TranslationSources = translationSources(workspace)): Diagnostic[] {
  if (!workspace.glossary || workspace.glossary.terms.length === 0) return [];
  const out: Diagnostic[] = [];
  const files = [...sources.guides.values(), ...[...sources.overrides.values()].flatMap((m) => [...m.values()])];
  for (const file of files) {
    const international = new Map((sources.guides.get(file.guide)?.texts ?? []).map((t) => [t.unit, t.text?.en]));
    for (const t of file.texts) {
      if (!t.text || t.text.zh === undefined) continue;
      // A zh that overrides only the zh of an international text translates the international en.
      const en = t.text.en ?? (t.change !== undefined ? international.get(t.unit) : undefined);
      for (const f of checkGlossary(workspace.glossary, en, t.text.zh)) {
        out.push(
          warning(f.rule, { term: f.term.en, expected: f.term.zh, found: f.found }, {
            at: t.at.zh,
            hint: 'hint-glossary-expected',
            node: t.node,
            guide: file.guide,
          }),
        );
      }
    }
  }
  return out;
}
