// The guide's furniture, as data every format prints on its first page: title, locality, edition, attribution.
import type { AdaptedGuide } from '../../localise/types.js';
import type { OutputLang } from '../../model/types.js';
import type { Say } from '../markdown/language.js';
import { contextIn, rawContext } from '../text/variable-context.js';
import { wording } from './wording.js';

export interface Furniture {
  title: string;
  subtitle: string;
  locality: string;
  edition: string;
  /** Who adapted the guide (a bureau, or the project for the international edition). */
  adapter: string;
  /** What it was adapted from. */
  publication: string;
  /** The content's own sentence: adapted by whom from what, and that it is not an official ILO translation. */
  attribution: string;
  /** The labels of the locality and edition lines, in the output language. */
  labels: { locality: string; edition: string };
}

function localityText(adapted: AdaptedGuide, key: 'name' | 'adapter', lang: OutputLang): string {
  const locality = rawContext(adapted).locality;
  const value = locality && typeof locality === 'object' && !Array.isArray(locality) ? locality[key] : undefined;
  if (value === undefined) return '';
  if (lang !== 'bilingual') return String(contextIn(value, lang));
  const zh = String(contextIn(value, 'zh'));
  const en = String(contextIn(value, 'en'));
  return zh === en ? zh : `${zh} / ${en}`;
}

export function guideFurniture(adapted: AdaptedGuide, lang: OutputLang, say: Say): Furniture {
  const root = adapted.guide.root;
  return {
    title: say.inline(root, 'title'),
    subtitle: say.inline(root, 'subtitle'),
    locality: localityText(adapted, 'name', lang),
    edition: String(root.fields.edition ?? ''),
    adapter: localityText(adapted, 'adapter', lang),
    publication: say.inline(root, 'publication'),
    attribution: say.inline(root, 'attribution'),
    labels: { locality: say.fixed(wording.locality), edition: say.fixed(wording.edition) },
  };
}
