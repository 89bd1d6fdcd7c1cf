// What a caller of renderPdf says about the document: everything not in the Markdown itself.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from './theme.js';

export interface PdfMetadata {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
}

export interface PdfOptions {
  /** The theme (see loadTheme); its fonts are parsed once per process. */
  theme: Theme;
  /** Folder that relative image paths are resolved against. */
  baseDir: string;
  /** Images must resolve inside this folder (default: baseDir). */
  allowedRoot?: string;
  /** Language of the output: metadata, cover and footer wording. Default: the front matter's, else zh. */
  lang?: 'zh' | 'en' | 'bilingual';
  /** Overrides the front matter and the first heading. */
  metadata?: PdfMetadata;
  /** The front matter as data (a build's guide): the Markdown's front matter block is then skipped, not parsed. */
  front?: { [key: string]: unknown };
  /** Fixed creation date for byte-identical output (SOURCE_DATE_EPOCH); default: the front matter's `edition`, else 2000-01-01. */
  creationDate?: Date;
  /** Write PDF/A-2b. */
  pdfa?: boolean;
  /** File name used in diagnostics. */
  file?: string;
  /** Skip cover and table of contents (e.g. for short documents or tests). */
  bare?: boolean;
}

export interface PdfResult {
  bytes: Buffer;
  pages: number;
  diagnostics: Diagnostic[];
}
