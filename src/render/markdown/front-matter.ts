// The YAML front matter of a guide: what the cover shows and what a pipeline needs to know.
import { Document, isSeq } from 'yaml';
import type { OutputLang } from '../../model/types.js';

export interface FrontMatter {
  title: string;
  subtitle?: string;
  guide: string;
  edition: string;
  variant: string;
  /** A BCP 47 tag: `zh-CN` or `en`; a bilingual guide is `zh-CN` first, with both in `languages`. */
  lang: string;
  languages?: string[];
  locality: string;
  adapter: string;
  publication?: string;
  attribution?: string;
}

const TAGS = { zh: 'zh-CN', en: 'en' } as const;

export function languageTags(lang: OutputLang): { lang: string; languages?: string[] } {
  return lang === 'bilingual' ? { lang: TAGS.zh, languages: [TAGS.zh, TAGS.en] } : { lang: TAGS[lang] };
}

/** The fields a guide's front matter holds, in order: those with a value. */
export function frontMatterFields(data: FrontMatter): { [key: string]: string | string[] } {
  const ordered: { [key: string]: string | string[] } = {};
  for (const [key, value] of Object.entries(data)) if (value !== undefined && value !== '') ordered[key] = value;
  return ordered;
}

/** The front matter block of the Markdown file. */
export function frontMatter(fields: { [key: string]: string | string[] }): string {
  const doc = new Document(fields);
  // Flow style for the language list: `languages: [zh-CN, en]`.
  const languages = doc.get('languages', true);
  if (isSeq(languages)) languages.flow = true;
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
