// The output formats a build can write for a guide, as a list the build iterates: the Markdown itself,
// its PDF, and the DOCX made from the guide model (a new format is one more entry here).
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AdaptedGuide } from '../localise/types.js';
import type { OutputLang } from '../model/types.js';
import { epochDate } from '../render/view/edition-date.js';
import type { Theme } from '../render/pdf/index.js';
import { markdownProblem } from './verify/markdown.js';
import { pdfProblem } from './verify/pdf.js';
import { zipProblem } from './verify/zip.js';

export interface FormatContext {
  guide: string;
  lang: OutputLang;
  /** The variant's output folder: images are already copied to its assets/. */
  variantDir: string;
  /** The Markdown output's name as shown to the user: diagnostics of any format point at its lines. */
  file: string;
  /** SOURCE_DATE_EPOCH, when set: the PDF's dates (else the guide's edition). */
  sourceDateEpoch?: string;
  /** The guide's front matter as data: the PDF takes its cover and metadata from it, not from the Markdown's YAML. */
  front?: { [key: string]: string | string[] };
  /** For a format made from the guide model (`fromModel`): the adapted guide and its images. Never sent to a worker. */
  model?: GuideModel;
}

export interface GuideModel {
  adapted: AdaptedGuide;
  strict: boolean;
  /** The bytes of each image the guide uses, by the `assets/…` path the Markdown links. */
  images: ReadonlyMap<string, Uint8Array>;
}

export interface FormatResult {
  bytes: Uint8Array;
  pages?: number;
  diagnostics: Diagnostic[];
}

export interface OutputFormat {
  /** Its name in `--format`, and the file extension. */
  name: string;
  /** Slow enough to go to a worker thread when a build has several to make. */
  offThread: boolean;
  /** Made from the guide model (the context's `model`), not from the Markdown. */
  fromModel?: boolean;
  render(markdown: string, context: FormatContext): Promise<FormatResult>;
  /** Loads what rendering needs (modules, fonts) ahead of the first render: a worker thread does it as it starts. */
  prepare?(): Promise<void>;
  /**
   * Checks the rendered bytes before they replace an earlier file: undefined when whole, else why not
   * (a PDF must parse with its xref and trailer; a zip-based format must open with its parts).
   */
  verify?(bytes: Uint8Array): string | undefined;
}

const markdownFormat: OutputFormat = {
  name: 'md',
  offThread: false,
  verify: markdownProblem,
  render: async (markdown) => ({ bytes: Buffer.from(markdown, 'utf8'), diagnostics: [] }),
};

// The PDF engine and its theme (and fonts), loaded once per process, however many guides a build
// typesets; on first use, so that a Markdown-only build never pays for pdfkit and the fonts.
let engine: Promise<{ renderPdf: typeof import('../render/pdf/index.js').renderPdf; theme: Theme; diagnostics: Diagnostic[] }> | undefined;
const pdfEngine = () =>
  (engine ??= (async () => {
    const { renderPdf, loadTheme, preparePdf } = await import('../render/pdf/index.js');
    const bag = new DiagnosticBag();
    const theme = await loadTheme({}, bag);
    if (!bag.items.some((d) => d.severity === 'error')) preparePdf(theme);
    return { renderPdf, theme, diagnostics: bag.items };
  })());

const pdfFormat: OutputFormat = {
  name: 'pdf',
  offThread: true,
  verify: pdfProblem,
  async prepare() {
    await pdfEngine();
  },
  async render(markdown, c) {
    const { renderPdf, ...loaded } = await pdfEngine();
    if (loaded.diagnostics.some((d) => d.severity === 'error')) return { bytes: new Uint8Array(), diagnostics: loaded.diagnostics };
    const creationDate = epochDate(c.sourceDateEpoch);
    const result = await renderPdf(markdown, {
      theme: loaded.theme,
      baseDir: c.variantDir,
      allowedRoot: c.variantDir,
      file: c.file,
      lang: c.lang,
      ...(c.front ? { front: c.front } : {}),
      ...(creationDate ? { creationDate } : {}),
    });
    // The theme's warnings come with every PDF; the build shows each problem once.
    return { bytes: result.bytes, pages: result.pages, diagnostics: [...loaded.diagnostics, ...result.diagnostics] };
  },
};

const docxFormat: OutputFormat = {
  name: 'docx',
  offThread: false,
  fromModel: true,
  // A whole zip with the parts Word opens first.
  verify: (bytes) => zipProblem(bytes, ['[Content_Types].xml', 'word/document.xml']),
  async render(_markdown, c) {
    if (!c.model) throw new Error('the DOCX is made from the guide model, and the build gave none');
    // Loaded on first use: a build without DOCX never loads the docx package.
    const { renderDocx } = await import('../render/docx/render-docx.js');
    const sourceDate = epochDate(c.sourceDateEpoch);
    return renderDocx(c.model.adapted, { lang: c.lang, strict: c.model.strict, images: c.model.images, ...(sourceDate ? { sourceDate } : {}) });
  },
};

/** Every format, in the order a job makes them when asked for several. */
export const OUTPUT_FORMATS: OutputFormat[] = [markdownFormat, pdfFormat, docxFormat];

export function formatNamed(name: string): OutputFormat | undefined {
  return OUTPUT_FORMATS.find((f) => f.name === name);
}
