// Splits optional YAML front matter (between `---` lines) off a Markdown file and reads the fields
// the cover and the metadata use.
import { createRequire } from 'node:module';
import type { DiagnosticBag } from '../../../diagnostics/diagnostic.js';

export interface FrontMatter {
  title?: string;
  subtitle?: string;
  guide?: string;
  edition?: string;
  variant?: string;
  lang?: string;
  /** The languages of a bilingual document (`[zh-CN, en]`). */
  languages?: string[];
  locality?: string;
  /** Who adapted the guide (a bureau), never the ILO unless it says so. */
  adapter?: string;
  /** The publication adapted from. */
  source?: string;
  /** A whole attribution sentence written by the content ("adapted by … from …; not an official translation"). */
  attribution?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
}

export interface SplitMarkdown {
  front: FrontMatter;
  body: string;
  /** Lines taken by the front matter, to turn body line numbers into file line numbers. */
  lineOffset: number;
}

const FIELDS: Record<string, keyof FrontMatter> = {
  title: 'title',
  subtitle: 'subtitle',
  guide: 'guide',
  edition: 'edition',
  variant: 'variant',
  lang: 'lang',
  locality: 'locality',
  adapter: 'adapter',
  adapted_by: 'adapter',
  adaptedBy: 'adapter',
  source: 'source',
  adapted_from: 'source',
  adaptedFrom: 'source',
  publication: 'source',
  attribution: 'attribution',
  author: 'author',
  subject: 'subject',
};

const require = createRequire(import.meta.url);

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Line endings and a BOM normalised; the front matter block (its YAML, the lines it takes) cut off. */
function cut(markdown: string): { yaml?: string; body: string; lineOffset: number } {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = FRONT_MATTER.exec(text);
  if (!m) return { body: text, lineOffset: 0 };
  return { yaml: m[1], body: text.slice(m[0].length), lineOffset: m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0) };
}

/** yaml is loaded only for a file that has front matter. */
export function splitFrontMatter(markdown: string, bag: DiagnosticBag, file?: string): SplitMarkdown {
  const { yaml, body, lineOffset } = cut(markdown);
  if (yaml === undefined) return { front: {}, body, lineOffset };
  let data: unknown;
  try {
    const { parse } = require('yaml') as typeof import('yaml');
    data = parse(yaml, { maxAliasCount: 10, customTags: [] });
  } catch (e) {
    bag.warning('pdf-front-matter', { reason: (e as Error).message.split('\n')[0] }, { at: { file, line: 2, col: 1 } });
  }
  return { front: fieldsOf(data), body, lineOffset };
}

/** A build hands the front matter over as data: its block in the Markdown is skipped, not parsed back. */
export function givenFrontMatter(markdown: string, data: { [key: string]: unknown }): SplitMarkdown {
  const { body, lineOffset } = cut(markdown);
  return { front: fieldsOf(data), body, lineOffset };
}

/** The fields the cover and the metadata use, under their names (`adapted_by` is `adapter`, …). */
function fieldsOf(data: unknown): FrontMatter {
  const front: FrontMatter = {};
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
      const field = FIELDS[k];
      if (field && (typeof v === 'string' || typeof v === 'number' || v instanceof Date)) {
        (front as Record<string, string>)[field] = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
      } else if (field && v && typeof v === 'object' && !Array.isArray(v)) {
        // A bilingual value {zh, en}: the reader picks the language later; keep zh first.
        const o = v as Record<string, unknown>;
        const s = o.zh ?? o.en;
        if (typeof s === 'string') (front as Record<string, string>)[field] = s;
      } else if (k === 'languages' && Array.isArray(v)) {
        front.languages = v.map(String);
      } else if (k === 'keywords') {
        front.keywords = Array.isArray(v) ? v.map(String) : String(v).split(/[,，]\s*/);
      }
    }
  }
  return front;
}
