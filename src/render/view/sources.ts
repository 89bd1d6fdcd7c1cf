// The closing list of sources, as data: each with its title, publisher and year, and the line a format prints.
import type { GuideSource, OutputLang } from '../../model/types.js';
import type { Say } from '../markdown/language.js';
import { wording } from './wording.js';

export interface SourceEntry extends GuideSource {
  /** `Title. Publisher, 2017.` / `Title，出版者，2017年。` */
  citation: string;
}

export interface SourcesView {
  heading: string;
  entries: SourceEntry[];
}

/** Chinese and bilingual guides cite in Chinese punctuation; an English guide in English. */
function citation(source: GuideSource, lang: OutputLang): string {
  const { title, publisher, year } = source;
  if (lang === 'en') return `${title}. ${publisher}, ${year}.`;
  return `${title}，${publisher}，${year}年。`;
}

export function sourcesView(sources: readonly GuideSource[], lang: OutputLang, say: Say): SourcesView {
  return {
    heading: say.fixed(wording.sources),
    entries: sources.map((s) => ({ ...s, citation: citation(s, lang) })),
  };
}
