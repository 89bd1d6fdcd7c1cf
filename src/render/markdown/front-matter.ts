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

export function frontMatter(data: FrontMatter): string {
  const ordered: { [key: string]: string } = {};
  for (const [key, value] of Object.entries(data)) if (value !== undefined && value !== '') ordered[key] = value;
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n`;
}
