// The YAML front matter of a guide: what the cover shows and what a pipeline needs to know.
import { stringify } from 'yaml';

export interface FrontMatter {
  title: string;
  subtitle?: string;
  guide: string;
  edition: string;
  variant: string;
  lang: string;
  locality: string;
  adapter: string;
  publication?: string;
  attribution?: string;
}

/** The fields a guide's front matter holds, in order: those with a value. */
export function frontMatterFields(data: FrontMatter): { [key: string]: string } {
  const ordered: { [key: string]: string } = {};
  for (const [key, value] of Object.entries(data)) if (value !== undefined && value !== '') ordered[key] = value;
  return ordered;
}

/** The front matter block of the Markdown file. */
export function frontMatter(fields: { [key: string]: string }): string {
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}
