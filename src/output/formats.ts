// The output formats a build can write from a guide's Markdown. `pdf` is plugged in with the PDF engine.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OutputLang } from '../model/types.js';

export interface FormatContext {
  guide: string;
  lang: OutputLang;
  /** The variant's output folder: images are already copied to its assets/. */
  variantDir: string;
  /** Workspace-relative name of the output, for diagnostics. */
  file: string;
}

export interface FormatResult {
  bytes: Uint8Array;
  pages?: number;
  diagnostics: Diagnostic[];
}

export interface OutputFormat {
  render(markdown: string, context: FormatContext): Promise<FormatResult>;
}

const markdownFormat: OutputFormat = {
  render: async (markdown) => ({ bytes: Buffer.from(markdown, 'utf8'), diagnostics: [] }),
};

/**
 * Formats by name (the file extension). To add PDF: `pdf: { render: async (md, c) => {
 * const r = await renderPdf(md, { theme, baseDir: c.variantDir, lang: c.lang, file: c.file });
 * return { bytes: r.bytes, pages: r.pages, diagnostics: r.diagnostics }; } }`.
 */
export const OUTPUT_FORMATS: { [name: string]: OutputFormat | undefined } = {
  md: markdownFormat,
  pdf: undefined,
};
