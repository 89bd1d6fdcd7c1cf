// Builds the termbase from a validated glossary.yaml.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { error } from '../diagnostics/diagnostic.js';
import { locate } from '../load/locate.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import type { BilingualText, Glossary, GlossaryTerm, Json } from '../model/types.js';

type Obj = { [key: string]: Json };

export function buildGlossary(parsed: ParsedYaml, diagnostics: Diagnostic[]): Glossary {
  const terms: GlossaryTerm[] = [];
  const seen = new Map<string, string>();
  const list = ((parsed.data as Obj).terms ?? []) as Obj[];
  list.forEach((t, i) => {
    const at = locate(parsed, ['terms', i]);
    const id = String(t.id);
    const first = seen.get(id);
    if (first) diagnostics.push(error('duplicate-id', { id, guide: 'glossary', first }, { at }));
    else seen.set(id, `${at.file}:${at.line}:${at.col}`);
    const term: GlossaryTerm = { id, en: String(t.en), zh: String(t.zh), forbidden: Array.isArray(t.forbidden) ? t.forbidden.map(String) : [], at };
    if (t.note && typeof t.note === 'object') term.note = t.note as BilingualText;
    if (Array.isArray(t.accepted)) term.accepted = t.accepted.map(String);
    terms.push(term);
  });
  return { file: parsed.file, terms };
}
