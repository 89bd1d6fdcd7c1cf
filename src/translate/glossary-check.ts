// Glossary checks: an en text using a term whose zh lacks the preferred term; a zh text using a forbidden variant.
import type { Glossary, GlossaryTerm } from '../model/types.js';

export interface GlossaryFinding {
  rule: 'glossary-term' | 'glossary-forbidden';
  term: GlossaryTerm;
  /** The en words found (glossary-term) or the forbidden variant used (glossary-forbidden). */
  found: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest terms first, so "quality apprenticeship" is checked as itself and not also as "apprenticeship". */
function ordered(glossary: Glossary): GlossaryTerm[] {
  return [...glossary.terms].sort((a, b) => b.en.length - a.en.length);
}

function enPattern(term: GlossaryTerm): RegExp {
  const words = term.en.trim().split(/\s+/).map(escape).join('[\\s-]+');
  return new RegExp(`(?<![A-Za-z0-9])${words}(?:s|es)?(?![A-Za-z0-9])`, 'gi');
}

export function checkGlossary(glossary: Glossary | undefined, en: string | undefined, zh: string | undefined): GlossaryFinding[] {
  if (!glossary || zh === undefined) return [];
  const out: GlossaryFinding[] = [];
  // A zh identical to its en is the English on purpose (a term column, a name): nothing to translate.
  if (en !== undefined && zh.trim() !== en.trim()) {
    // Mask each match so a shorter term inside a longer one is not reported again.
    let rest = en;
    for (const term of ordered(glossary)) {
      const pattern = enPattern(term);
      const match = rest.match(pattern);
      if (!match) continue;
      rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
      if (![term.zh, ...(term.accepted ?? [])].some((z) => zh.includes(z))) out.push({ rule: 'glossary-term', term, found: match[0] });
    }
  }
  for (const term of glossary.terms) {
    for (const variant of term.forbidden) {
      if (zh.includes(variant)) out.push({ rule: 'glossary-forbidden', term, found: variant });
    }
  }
  return out;
}
